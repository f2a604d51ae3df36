/* C twin of genpipe.py: the same four stages fused into one loop. */
#include <stdint.h>
#include <stdio.h>

int main(void) {
    const int64_t n = 90000000;
    int64_t total = 0, count = 0, previous = 0;
    for (int64_t i = 0; i < n; i++) {
        if (i % 3 == 0) continue;
        int64_t sq = i * i % 1000003;
        int64_t v = previous + sq;
        previous = sq;
        total = (total * 31 + v) % 1000000007;
        count++;
    }
    printf("%lld\n%lld\n", (long long)total, (long long)count);
    return 0;
}
