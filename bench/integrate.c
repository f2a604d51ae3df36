/* C twin of integrate.py: same evaluation order, floats printed like Python's repr. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#define N 10000000

/* Python's repr(float): the shortest digit string that round-trips, written
 * in fixed notation when the decimal exponent is in [-4, 16), else as d.ddde+XX. */
static void py_repr(double x, char *out) {
    if (isnan(x)) { strcpy(out, "nan"); return; }
    if (isinf(x)) { strcpy(out, x > 0 ? "inf" : "-inf"); return; }
    if (x == 0.0) { strcpy(out, signbit(x) ? "-0.0" : "0.0"); return; }
    char buf[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
        if (strtod(buf, NULL) == x)
            break;
    }
    /* buf is [-]d[.ddd]e[+-]XX: collect the digits and the exponent. */
    char digits[32];
    int nd = 0, neg = 0;
    char *p = buf;
    if (*p == '-') { neg = 1; p++; }
    for (; *p && *p != 'e'; p++)
        if (*p != '.')
            digits[nd++] = *p;
    int exp10 = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = '\0';
    char *o = out;
    if (neg) *o++ = '-';
    if (exp10 >= -4 && exp10 < 16) {
        if (exp10 < 0) {
            *o++ = '0'; *o++ = '.';
            for (int i = 0; i < -exp10 - 1; i++) *o++ = '0';
            for (int i = 0; i < nd; i++) *o++ = digits[i];
        } else {
            for (int i = 0; i <= exp10; i++) *o++ = i < nd ? digits[i] : '0';
            *o++ = '.';
            if (nd > exp10 + 1)
                for (int i = exp10 + 1; i < nd; i++) *o++ = digits[i];
            else
                *o++ = '0';
        }
        *o = '\0';
    } else {
        *o++ = digits[0];
        if (nd > 1) {
            *o++ = '.';
            for (int i = 1; i < nd; i++) *o++ = digits[i];
        }
        sprintf(o, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    }
}

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
