/* C twin of pidigits.py: the same streaming spigot with GMP integers, the
 * same operations in the same order, the same output.  Every quotient and
 * comparison involves non-negative values, so GMP's floor division agrees
 * with Python's //.  Build: gcc -O2 pidigits.c -lgmp */
#include <stdio.h>
#include <gmp.h>

#define N 12000

static void pidigits(long n) {
    long i = 0, k = 0, k1 = 1;
    mpz_t n1, a, d, t, u, tmp;
    char line[11];
    int len = 0;
    mpz_init_set_ui(n1, 1);
    mpz_init_set_ui(a, 0);
    mpz_init_set_ui(d, 1);
    mpz_init(t);
    mpz_init(u);
    mpz_init(tmp);
    while (i < n) {
        k = k + 1;
        mpz_mul_2exp(t, n1, 1);          /* t = n1 << 1 */
        mpz_mul_ui(n1, n1, k);           /* n1 = n1 * k */
        mpz_add(a, a, t);                /* a = a + t */
        k1 = k1 + 2;
        mpz_mul_ui(a, a, k1);            /* a = a * k1 */
        mpz_mul_ui(d, d, k1);            /* d = d * k1 */
        if (mpz_cmp(a, n1) >= 0) {
            mpz_mul_ui(tmp, n1, 3);      /* tmp = n1 * 3 + a */
            mpz_add(tmp, tmp, a);
            mpz_fdiv_q(t, tmp, d);       /* t = tmp // d */
            mpz_mul(u, t, d);            /* u = tmp - t * d + n1 */
            mpz_sub(u, tmp, u);
            mpz_add(u, u, n1);
            if (mpz_cmp(d, u) > 0) {
                line[len++] = (char)('0' + mpz_get_ui(t));
                i = i + 1;
                if (i % 10 == 0) {
                    line[len] = '\0';
                    printf("%s\t:%ld\n", line, i);
                    len = 0;
                }
                if (i >= n)
                    break;
                mpz_mul(tmp, d, t);      /* a = a - d * t */
                mpz_sub(a, a, tmp);
                mpz_mul_ui(a, a, 10);    /* a = a * 10 */
                mpz_mul_ui(n1, n1, 10);  /* n1 = n1 * 10 */
            }
        }
    }
    if (i % 10 != 0) {
        while (len < 10)
            line[len++] = ' ';
        line[len] = '\0';
        printf("%s\t:%ld\n", line, i);
    }
    mpz_clear(n1);
    mpz_clear(a);
    mpz_clear(d);
    mpz_clear(t);
    mpz_clear(u);
    mpz_clear(tmp);
}

int main(void) {
    pidigits(N);
    return 0;
}
