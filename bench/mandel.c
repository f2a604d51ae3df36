/* C twin of mandel.py: same grid, same arithmetic order, same output. */
#include <stdio.h>
#include <stdint.h>

#define WIDTH 800
#define HEIGHT 600
#define MAX_ITER 1500

static int64_t escape(double cr, double ci) {
    double zr = 0.0, zi = 0.0;
    int64_t n = 0;
    while (n < MAX_ITER) {
        double zr2 = zr * zr;
        double zi2 = zi * zi;
        if (zr2 + zi2 > 4.0)
            return n;
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        n = n + 1;
    }
    return MAX_ITER;
}

int main(void) {
    int64_t inside = 0, total = 0, checksum = 0;
    for (int64_t y = 0; y < HEIGHT; y++) {
        double ci = -1.2 + 2.4 * (double)y / HEIGHT;
        for (int64_t x = 0; x < WIDTH; x++) {
            double cr = -2.2 + 3.0 * (double)x / WIDTH;
            int64_t n = escape(cr, ci);
            total = total + n;
            if (n == MAX_ITER)
                inside = inside + 1;
            checksum = (checksum * 31 + n * (x + 1) + y) % 1000000007;
        }
    }
    printf("inside: %lld\n", (long long)inside);
    printf("iterations: %lld\n", (long long)total);
    printf("checksum: %lld\n", (long long)checksum);
    return 0;
}
