/* C twin of wordfreq.py: the same LCG, vocabulary and text; the text is split
 * on whitespace in place (each word a pointer into the text), counted in an
 * open-addressing hash table of strings (a get, then a put, as in
 * `counts[w] = counts.get(w, 0) + 1`), and the 20 most frequent words are
 * printed, ordered by (-count, word). */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define VOCAB 400
#define LINES 400000
#define WORDS_PER_LINE 12
#define NSYL 16

static const char *SYLLABLES[NSYL] = {"ka", "lo", "mi", "ra", "ten", "su", "vo", "ne",
                                      "pi", "dal", "or", "ex", "qua", "bri", "fu", "zen"};

static int64_t seed = 12345;

static int64_t rand_below(int64_t n) {
    seed = (seed * 1103515245 + 12345) % 2147483648LL;
    return (seed >> 16) % n;
}

static void *xmalloc(size_t n) {
    void *p = malloc(n);
    if (!p) { perror("malloc"); exit(1); }
    return p;
}

static char *make_word(void) {
    char buf[64];
    size_t len = 0;
    int64_t k = 2 + rand_below(3);
    for (int64_t i = 0; i < k; i++) {
        const char *s = SYLLABLES[rand_below(NSYL)];
        size_t n = strlen(s);
        memcpy(buf + len, s, n);
        len += n;
    }
    char *w = xmalloc(len + 1);
    memcpy(w, buf, len);
    w[len] = '\0';
    return w;
}

/* The whole text, lines joined by '\n' plus a final '\n'; *len_out = its length. */
static char *make_text(size_t *len_out) {
    char *vocab[VOCAB];
    size_t vlen[VOCAB];
    for (int i = 0; i < VOCAB; i++) {
        vocab[i] = make_word();
        vlen[i] = strlen(vocab[i]);
    }
    char **lines = xmalloc(LINES * sizeof *lines);
    size_t *line_len = xmalloc(LINES * sizeof *line_len);
    size_t total = 0;
    for (int64_t i = 0; i < LINES; i++) {
        int64_t idx[WORDS_PER_LINE];
        size_t len = 0;
        for (int j = 0; j < WORDS_PER_LINE; j++) {
            idx[j] = rand_below(1 + rand_below(VOCAB));
            len += vlen[idx[j]] + (j > 0);
        }
        char *line = xmalloc(len + 1), *p = line;
        for (int j = 0; j < WORDS_PER_LINE; j++) {
            if (j > 0) *p++ = ' ';
            memcpy(p, vocab[idx[j]], vlen[idx[j]]);
            p += vlen[idx[j]];
        }
        *p = '\0';
        lines[i] = line;
        line_len[i] = len;
        total += len + 1;
    }
    char *text = xmalloc(total + 1), *p = text;
    for (int64_t i = 0; i < LINES; i++) {
        memcpy(p, lines[i], line_len[i]);
        p += line_len[i];
        *p++ = '\n';
        free(lines[i]);
    }
    *p = '\0';
    free(lines);
    free(line_len);
    for (int i = 0; i < VOCAB; i++) free(vocab[i]);
    *len_out = total;
    return text;
}

/* Python's str.split() on ASCII text: runs of whitespace separate words. */
static int is_space(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static char **split(char *text, size_t *n_out) {
    size_t cap = 16, n = 0;
    char **words = xmalloc(cap * sizeof *words);
    char *p = text;
    for (;;) {
        while (*p && is_space(*p)) p++;
        if (!*p) break;
        if (n == cap) {
            cap *= 2;
            words = realloc(words, cap * sizeof *words);
            if (!words) { perror("realloc"); exit(1); }
        }
        words[n++] = p;
        while (*p && !is_space(*p)) p++;
        if (!*p) break;
        *p++ = '\0';
    }
    *n_out = n;
    return words;
}

typedef struct { const char *key; uint64_t hash; int64_t value; } Entry;
typedef struct { Entry *slots; size_t cap, len; } Table;

static uint64_t hash_str(const char *s) {
    uint64_t h = 1469598103934665603ULL;   /* FNV-1a */
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

static Entry *find(Table *t, const char *key, uint64_t h) {
    size_t i = h & (t->cap - 1);
    for (;;) {
        Entry *e = &t->slots[i];
        if (!e->key || (e->hash == h && strcmp(e->key, key) == 0))
            return e;
        i = (i + 1) & (t->cap - 1);
    }
}

static int64_t get(Table *t, const char *key, uint64_t h, int64_t dflt) {
    Entry *e = find(t, key, h);
    return e->key ? e->value : dflt;
}

static void put(Table *t, const char *key, uint64_t h, int64_t value) {
    Entry *e = find(t, key, h);
    if (e->key) { e->value = value; return; }
    e->key = key; e->hash = h; e->value = value;
    if (++t->len * 3 > t->cap * 2) {          /* keep the load below 2/3 */
        Table bigger = { calloc(t->cap * 2, sizeof(Entry)), t->cap * 2, t->len };
        if (!bigger.slots) { perror("calloc"); exit(1); }
        for (size_t i = 0; i < t->cap; i++)
            if (t->slots[i].key)
                *find(&bigger, t->slots[i].key, t->slots[i].hash) = t->slots[i];
        free(t->slots);
        *t = bigger;
    }
}

static int by_count(const void *a, const void *b) {
    const Entry *x = a, *y = b;
    if (x->value != y->value)
        return x->value > y->value ? -1 : 1;
    return strcmp(x->key, y->key);
}

int main(void) {
    size_t text_len, n_words;
    char *text = make_text(&text_len);
    char **words = split(text, &n_words);
    Table counts = { calloc(8, sizeof(Entry)), 8, 0 };
    for (size_t i = 0; i < n_words; i++) {
        uint64_t h = hash_str(words[i]);
        put(&counts, words[i], h, get(&counts, words[i], h, 0) + 1);
    }

    printf("%zu characters, %zu words, %zu distinct\n", text_len, n_words, counts.len);
    Entry *items = xmalloc(counts.len * sizeof *items);
    size_t n = 0;
    for (size_t i = 0; i < counts.cap; i++)
        if (counts.slots[i].key)
            items[n++] = counts.slots[i];
    qsort(items, n, sizeof *items, by_count);
    for (size_t i = 0; i < n && i < 20; i++)
        printf("%7lld %s\n", (long long)items[i].value, items[i].key);
    free(items);
    free(counts.slots);
    free(words);
    free(text);
    return 0;
}
