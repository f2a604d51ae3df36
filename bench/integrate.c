/* C twin of integrate.py: same evaluation order, floats printed like Python's repr. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#define N 10000000

#include "py_repr.h"

static double f(int64_t which, double x) {
    if (which == 0)
        return 4.0 / (1.0 + x * x);
    if (which == 1)
        return x * x * x - 2.0 * x + 1.0;
    double term = 1.0, total = 1.0;
    for (int64_t k = 1; k < 16; k++) {
        term = term * x / (double)k;
        total = total + term;
    }
    return total;
}

static double simpson(int64_t which, double a, double b, int64_t n) {
    double h = (b - a) / (double)n;
    double total = f(which, a) + f(which, b);
    for (int64_t i = 1; i < n; i++) {
        double x = a + (double)i * h;
        if (i % 2 == 1)
            total = total + 4.0 * f(which, x);
        else
            total = total + 2.0 * f(which, x);
    }
    return total * h / 3.0;
}

int main(void) {
    char s[64];
    double pi = simpson(0, 0.0, 1.0, N);
    double poly = simpson(1, 0.0, 1.0, N);
    double e1 = simpson(2, 0.0, 1.0, N);
    py_repr(pi, s); printf("pi: %s\n", s);
    py_repr(poly, s); printf("poly: %s\n", s);
    py_repr(e1, s); printf("e - 1: %s\n", s);
    py_repr(pi + poly + e1, s); printf("sum: %s\n", s);
    return 0;
}
