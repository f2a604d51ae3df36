# Benchmark: n-body from the Computer Language Benchmarks Game (float
# arithmetic on lists of floats).
#
# The Jovian planets orbiting the sun, integrated with a simple symplectic
# step; the total energy is printed before and after, rounded to 9 decimals
# (the Benchmarks Game prints "%.9f").  kiln has no classes and no imports
# yet, so each coordinate is a list of floats indexed by body, and the
# distance is d2 ** 0.5 rather than math.sqrt(d2).
#
# Size: 2,000,000 steps of 10 body pairs each.

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24
STEPS = 2000000

# sun, jupiter, saturn, uranus, neptune
xs = [0.0, 4.84143144246472090e+00, 8.34336671824457987e+00,
      1.28943695621391310e+01, 1.53796971148509165e+01]
ys = [0.0, -1.16032004402742839e+00, 4.12479856412430479e+00,
      -1.51111514016986312e+01, -2.59193146099879641e+01]
zs = [0.0, -1.03622044471123109e-01, -4.03523417114321381e-01,
      -2.23307578892655734e-01, 1.79258772950371181e-01]
vxs = [0.0, 1.66007664274403694e-03 * DAYS_PER_YEAR, -2.76742510726862411e-03 * DAYS_PER_YEAR,
       2.96460137564761618e-03 * DAYS_PER_YEAR, 2.68067772490389322e-03 * DAYS_PER_YEAR]
vys = [0.0, 7.69901118419740425e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
       2.37847173959480950e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR]
vzs = [0.0, -6.90460016972063023e-05 * DAYS_PER_YEAR, 2.30417297573763929e-05 * DAYS_PER_YEAR,
       -2.96589568540237556e-05 * DAYS_PER_YEAR, -9.51592254519715870e-05 * DAYS_PER_YEAR]
masses = [SOLAR_MASS, 9.54791938424326609e-04 * SOLAR_MASS, 2.85885980666130812e-04 * SOLAR_MASS,
          4.36624404335156298e-05 * SOLAR_MASS, 5.15138902046611451e-05 * SOLAR_MASS]


def offset_momentum():
    px = 0.0
    py = 0.0
    pz = 0.0
    for i in range(len(masses)):
        px += vxs[i] * masses[i]
        py += vys[i] * masses[i]
        pz += vzs[i] * masses[i]
    vxs[0] = -px / SOLAR_MASS
    vys[0] = -py / SOLAR_MASS
    vzs[0] = -pz / SOLAR_MASS


def energy():
    e = 0.0
    n = len(masses)
    for i in range(n):
        e += 0.5 * masses[i] * (vxs[i] * vxs[i] + vys[i] * vys[i] + vzs[i] * vzs[i])
        for j in range(i + 1, n):
            dx = xs[i] - xs[j]
            dy = ys[i] - ys[j]
            dz = zs[i] - zs[j]
            e -= masses[i] * masses[j] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(dt, steps):
    n = len(masses)
    for step in range(steps):
        for i in range(n):
            for j in range(i + 1, n):
                dx = xs[i] - xs[j]
                dy = ys[i] - ys[j]
                dz = zs[i] - zs[j]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * d2 ** 0.5)
                mj = masses[j] * mag
                vxs[i] -= dx * mj
                vys[i] -= dy * mj
                vzs[i] -= dz * mj
                mi = masses[i] * mag
                vxs[j] += dx * mi
                vys[j] += dy * mi
                vzs[j] += dz * mi
        for i in range(n):
            xs[i] += dt * vxs[i]
            ys[i] += dt * vys[i]
            zs[i] += dt * vzs[i]


offset_momentum()
print(round(energy(), 9))
advance(0.01, STEPS)
print(round(energy(), 9))
