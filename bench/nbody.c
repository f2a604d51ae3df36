/* C twin of nbody.py: the same bodies, the same operations in the same order
 * (the distance is pow(d2, 0.5), as Python's d2 ** 0.5 calls pow()), and the
 * energies printed like Python's repr(round(e, 9)). */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#define PI 3.141592653589793
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define STEPS 2000000
#define NB 5

#include "py_repr.h"

/* round(x, 9): the correctly rounded decimal with 9 digits after the point
 * (glibc's printf is exact, like CPython's dtoa), read back as a double. */
static double round9(double x) {
    char buf[64];
    snprintf(buf, sizeof buf, "%.9f", x);
    return strtod(buf, NULL);
}

/* sun, jupiter, saturn, uranus, neptune */
static double xs[NB] = {0.0, 4.84143144246472090e+00, 8.34336671824457987e+00,
                        1.28943695621391310e+01, 1.53796971148509165e+01};
static double ys[NB] = {0.0, -1.16032004402742839e+00, 4.12479856412430479e+00,
                        -1.51111514016986312e+01, -2.59193146099879641e+01};
static double zs[NB] = {0.0, -1.03622044471123109e-01, -4.03523417114321381e-01,
                        -2.23307578892655734e-01, 1.79258772950371181e-01};
static double vxs[NB] = {0.0, 1.66007664274403694e-03 * DAYS_PER_YEAR, -2.76742510726862411e-03 * DAYS_PER_YEAR,
                         2.96460137564761618e-03 * DAYS_PER_YEAR, 2.68067772490389322e-03 * DAYS_PER_YEAR};
static double vys[NB] = {0.0, 7.69901118419740425e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
                         2.37847173959480950e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR};
static double vzs[NB] = {0.0, -6.90460016972063023e-05 * DAYS_PER_YEAR, 2.30417297573763929e-05 * DAYS_PER_YEAR,
                         -2.96589568540237556e-05 * DAYS_PER_YEAR, -9.51592254519715870e-05 * DAYS_PER_YEAR};
static double masses[NB] = {SOLAR_MASS, 9.54791938424326609e-04 * SOLAR_MASS, 2.85885980666130812e-04 * SOLAR_MASS,
                            4.36624404335156298e-05 * SOLAR_MASS, 5.15138902046611451e-05 * SOLAR_MASS};

static void offset_momentum(void) {
    double px = 0.0, py = 0.0, pz = 0.0;
    for (int i = 0; i < NB; i++) {
        px += vxs[i] * masses[i];
        py += vys[i] * masses[i];
        pz += vzs[i] * masses[i];
    }
    vxs[0] = -px / SOLAR_MASS;
    vys[0] = -py / SOLAR_MASS;
    vzs[0] = -pz / SOLAR_MASS;
}

static double energy(void) {
    double e = 0.0;
    for (int i = 0; i < NB; i++) {
        e += 0.5 * masses[i] * (vxs[i] * vxs[i] + vys[i] * vys[i] + vzs[i] * vzs[i]);
        for (int j = i + 1; j < NB; j++) {
            double dx = xs[i] - xs[j];
            double dy = ys[i] - ys[j];
            double dz = zs[i] - zs[j];
            e -= masses[i] * masses[j] / pow(dx * dx + dy * dy + dz * dz, 0.5);
        }
    }
    return e;
}

static void advance(double dt, int64_t steps) {
    for (int64_t step = 0; step < steps; step++) {
        for (int i = 0; i < NB; i++) {
            for (int j = i + 1; j < NB; j++) {
                double dx = xs[i] - xs[j];
                double dy = ys[i] - ys[j];
                double dz = zs[i] - zs[j];
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * pow(d2, 0.5));
                double mj = masses[j] * mag;
                vxs[i] -= dx * mj;
                vys[i] -= dy * mj;
                vzs[i] -= dz * mj;
                double mi = masses[i] * mag;
                vxs[j] += dx * mi;
                vys[j] += dy * mi;
                vzs[j] += dz * mi;
            }
        }
        for (int i = 0; i < NB; i++) {
            xs[i] += dt * vxs[i];
            ys[i] += dt * vys[i];
            zs[i] += dt * vzs[i];
        }
    }
}

int main(void) {
    char s[64];
    offset_momentum();
    py_repr(round9(energy()), s);
    printf("%s\n", s);
    advance(0.01, STEPS);
    py_repr(round9(energy()), s);
    printf("%s\n", s);
    return 0;
}
