/* C twin of closures.py: closures as structs of an environment and a function pointer. */
#include <stdint.h>
#include <stdio.h>

typedef struct closure {
    int64_t (*fn)(const struct closure *, int64_t);
    int64_t k;
} closure;

static int64_t add(const closure *c, int64_t x) { return x + c->k; }
static int64_t scale(const closure *c, int64_t x) { return x * c->k % 1000003; }

int main(void) {
    const int64_t n = 25000000;
    closure inc = {add, 2}, scaler = {scale, 7}, minus = {add, -2};
    closure stages[4] = {{add, 5}, {scale, 3}, {add, 11}, {scale, 13}};
    int64_t acc = 0, count = 0;
    for (int64_t i = 0; i < n; i++) {
        int64_t x = inc.fn(&inc, i);
        acc = (acc + scaler.fn(&scaler, minus.fn(&minus, x))) % 1000003;
        acc = stages[i % 4].fn(&stages[i % 4], acc) % 1000003;
        count += acc & 7;
    }
    printf("%lld\n%lld\n", (long long)acc, (long long)count);
    return 0;
}
