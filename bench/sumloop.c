/* C twin of sumloop.py: the same loops and operations on int64_t, the same
 * output.  Every operand of / and % is non-negative, so C's / and % agree
 * with Python's // and %. */
#include <stdio.h>
#include <stdint.h>

#define ROUNDS 60000000
#define SIDE 5000

static int64_t hash_mix(int64_t rounds) {
    int64_t h = 1, total = 0, odd = 0;
    for (int64_t i = 0; i < rounds; i++) {
        h = (h * 31 + i) % 1000003;
        total = total + h * 7 - i % 13;
        if ((h ^ i) % 3 == 1)
            odd = odd + h / 1024;
    }
    printf("hash: %lld\n", (long long)h);
    printf("total: %lld\n", (long long)total);
    printf("odd: %lld\n", (long long)odd);
    return total;
}

static int64_t grid(int64_t side) {
    int64_t acc = 0;
    for (int64_t y = 0; y < side; y++) {
        int64_t row = y * y % 977;
        for (int64_t x = 0; x < side; x++)
            acc = acc + (row * x + y) % 1009;
    }
    printf("grid: %lld\n", (long long)acc);
    return acc;
}

int main(void) {
    int64_t a = hash_mix(ROUNDS);
    int64_t b = grid(SIDE);
    printf("checksum: %lld\n", (long long)((a + b) % 1000000007));
    return 0;
}
