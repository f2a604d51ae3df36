/* C twin of intloop.py: same loops, same operations, same output.
 * All operands are non-negative, so C's / and % agree with Python's // and %. */
#include <stdio.h>
#include <stdint.h>

#define N 2000000
#define ROUNDS 10000000

static int64_t collatz_total(int64_t limit) {
    int64_t total = 0, best = 0, best_start = 0;
    for (int64_t start = 1; start < limit; start++) {
        int64_t n = start;
        int64_t steps = 0;
        while (n != 1) {
            if (n % 2 == 0)
                n = n / 2;
            else
                n = 3 * n + 1;
            steps = steps + 1;
        }
        total = total + steps;
        if (steps > best) {
            best = steps;
            best_start = start;
        }
    }
    printf("collatz total steps: %lld\n", (long long)total);
    printf("longest chain: %lld %lld\n", (long long)best_start, (long long)best);
    return total;
}

static int64_t lcg_mix(int64_t rounds, int64_t seed) {
    int64_t x = seed, h = 0, buckets = 0;
    for (int64_t i = 0; i < rounds; i++) {
        x = (x * 1103515245 + 12345) % 2147483648LL;
        h = (h * 31 + x / 65536) % 1000000007;
        if (x % 7 == 3)
            buckets = buckets + x / 1000 % 10;
    }
    printf("lcg state: %lld\n", (long long)x);
    printf("lcg hash: %lld buckets: %lld\n", (long long)h, (long long)buckets);
    return h;
}

int main(void) {
    int64_t t = collatz_total(N);
    int64_t m = lcg_mix(ROUNDS, t % 2147483648LL);
    printf("combined: %lld\n", (long long)((t + m) % 1000000007));
    return 0;
}
