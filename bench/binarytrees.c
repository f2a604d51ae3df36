/* C twin of binarytrees.py: a tree is a growable array of pointers to
 * malloc'd nodes (left, right), each node holding its children's indices in
 * that array or (-1, -1) for a leaf; a node is appended after its children.
 * Every node is malloc'd and freed individually, like the tuples of the
 * Python version. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

#define MIN_DEPTH 4
#define N 17

typedef struct { int64_t left, right; } Node;
typedef struct { Node **items; int64_t len, cap; } Tree;

static void append(Tree *t, int64_t left, int64_t right) {
    Node *node = malloc(sizeof *node);
    if (!node) { perror("malloc"); exit(1); }
    node->left = left;
    node->right = right;
    if (t->len == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 4;
        t->items = realloc(t->items, (size_t)t->cap * sizeof *t->items);
        if (!t->items) { perror("realloc"); exit(1); }
    }
    t->items[t->len++] = node;
}

static int64_t make(int64_t depth, Tree *t) {
    if (depth == 0) {
        append(t, -1, -1);
    } else {
        int64_t left = make(depth - 1, t);
        int64_t right = make(depth - 1, t);
        append(t, left, right);
    }
    return t->len - 1;
}

static Tree tree(int64_t depth) {
    Tree t = { NULL, 0, 0 };
    make(depth, &t);
    return t;
}

static void free_tree(Tree *t) {
    for (int64_t i = 0; i < t->len; i++)
        free(t->items[i]);
    free(t->items);
}

static int64_t check(const Tree *t, int64_t i) {
    const Node *node = t->items[i];
    if (node->left < 0)
        return 1;
    return 1 + check(t, node->left) + check(t, node->right);
}

static int64_t check_tree(const Tree *t) {
    return check(t, t->len - 1);
}

int main(void) {
    int64_t max_depth = MIN_DEPTH + 2 > N ? MIN_DEPTH + 2 : N;
    int64_t stretch = max_depth + 1;
    Tree t = tree(stretch);
    printf("stretch tree of depth %lld\t check: %lld\n", (long long)stretch, (long long)check_tree(&t));
    free_tree(&t);

    Tree long_lived = tree(max_depth);

    for (int64_t depth = MIN_DEPTH; depth <= max_depth; depth += 2) {
        int64_t iterations = (int64_t)1 << (max_depth - depth + MIN_DEPTH);
        int64_t total = 0;
        for (int64_t i = 0; i < iterations; i++) {
            Tree t = tree(depth);
            total += check_tree(&t);
            free_tree(&t);
        }
        printf("%lld\t trees of depth %lld\t check: %lld\n", (long long)iterations, (long long)depth, (long long)total);
    }

    printf("long lived tree of depth %lld\t check: %lld\n", (long long)max_depth, (long long)check_tree(&long_lived));
    free_tree(&long_lived);
    return 0;
}
