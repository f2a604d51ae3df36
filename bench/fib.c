/* C twin of fib.py: the same naive recursion, the same output. */
#include <stdio.h>
#include <stdint.h>

#define N 41

static int64_t fib(int64_t n) {
    if (n < 2)
        return n;
    return fib(n - 1) + fib(n - 2);
}

int main(void) {
    printf("fib(10) = %lld\n", (long long)fib(10));
    printf("fib(20) = %lld\n", (long long)fib(20));
    printf("fib(%d) = %lld\n", N, (long long)fib(N));
    return 0;
}
