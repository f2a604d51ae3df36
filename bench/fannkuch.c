/* C twin of fannkuch.py: the same permutation order and flip counting; a
 * flip reverses perm[0..k] in place (Python: perm[:k + 1] = perm[k::-1]) and
 * the rotation moves perm1[1..r+1] down by one (perm1[:r + 1] = perm1[1:r + 2]). */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define N 10

static void fannkuch(int n, int64_t *checksum_out, int64_t *max_flips_out) {
    int64_t max_flips = 0, checksum = 0, sign = 1;
    int perm1[N], count[N], perm[N];
    for (int i = 0; i < n; i++) {
        perm1[i] = i;
        count[i] = i;
    }
    for (;;) {
        int k = perm1[0];
        if (k) {
            memcpy(perm, perm1, sizeof perm);
            int64_t flips = 1;
            int kk = perm[k];
            while (kk) {
                for (int lo = 0, hi = k; lo < hi; lo++, hi--) {
                    int t = perm[lo];
                    perm[lo] = perm[hi];
                    perm[hi] = t;
                }
                flips++;
                k = kk;
                kk = perm[kk];
            }
            if (flips > max_flips)
                max_flips = flips;
            checksum += sign * flips;
        }
        /* the next permutation */
        int r;
        if (sign == 1) {
            int t = perm1[0]; perm1[0] = perm1[1]; perm1[1] = t;
            sign = -1;
        } else {
            int t = perm1[1]; perm1[1] = perm1[2]; perm1[2] = t;
            sign = 1;
            for (r = 2; r < n - 1; r++) {
                if (count[r])
                    break;
                count[r] = r;
                int first = perm1[0];
                memmove(perm1, perm1 + 1, (size_t)(r + 1) * sizeof *perm1);
                perm1[r + 1] = first;
            }
            if (r == n - 1 && !count[r])
                break;
            count[r]--;
        }
    }
    *checksum_out = checksum;
    *max_flips_out = max_flips;
}

int main(void) {
    int64_t checksum, max_flips;
    fannkuch(N, &checksum, &max_flips);
    printf("%lld\n", (long long)checksum);
    printf("Pfannkuchen(%d) = %lld\n", N, (long long)max_flips);
    return 0;
}
