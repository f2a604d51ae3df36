import math

class Body:
    def __init__(self, name: str, x: float, y: float, vx: float, vy: float, m: float):
        self.name = name
        self.x, self.y, self.vx, self.vy, self.m = x, y, vx, vy, m

    def energy(self) -> float:
        return 0.5 * self.m * (self.vx ** 2 + self.vy ** 2)

G = 1.0
bodies = [Body("sun", 0.0, 0.0, 0.0, 0.0, 1000.0), Body("p1", 10.0, 0.0, 0.0, 10.0, 1.0), Body("p2", -20.0, 0.0, 0.0, -7.0, 2.0)]
dt = 0.001
for step in range(2000):
    for b in bodies:
        ax = ay = 0.0
        for o in bodies:
            if o is b:
                continue
            dx, dy = o.x - b.x, o.y - b.y
            r = math.hypot(dx, dy)
            a = G * o.m / (r * r)
            ax += a * dx / r
            ay += a * dy / r
        b.vx += ax * dt
        b.vy += ay * dt
    for b in bodies:
        b.x += b.vx * dt
        b.y += b.vy * dt
    if step % 500 == 0:
        print(step, [(b.name, round(b.x, 4), round(b.y, 4)) for b in bodies])
ke = sum([b.energy() for b in bodies], 0.0)
print(f"KE={ke:.6f}")
# projectile
v0, g = 20.0, 9.81
for deg in range(15, 90, 15):
    th = math.radians(deg)
    rng = v0 ** 2 * math.sin(2 * th) / g
    h = (v0 * math.sin(th)) ** 2 / (2 * g)
    t = 2 * v0 * math.sin(th) / g
    print(f"{deg:2d}deg range={rng:8.3f} height={h:7.3f} time={t:.3f}")
# pendulum period with large amplitude via series
def period(L, theta0):
    k = math.sin(theta0 / 2)
    s = 0.0
    for n in range(20):
        s += (math.factorial(2 * n) / (2 ** (2 * n) * math.factorial(n) ** 2)) ** 2 * k ** (2 * n)
    return 2 * math.pi * math.sqrt(L / 9.81) * s
print([round(period(1.0, math.radians(a)), 6) for a in (5, 30, 60, 90, 120)])
# decay
half = 5730.0
lam = math.log(2) / half
print([f"{math.exp(-lam * t):.5f}" for t in range(0, 30000, 5000)], math.expm1(-lam), math.log1p(-0.5) / -lam)
print(math.tanh(50.0), math.cosh(1.0) ** 2 - math.sinh(1.0) ** 2, math.atanh(math.tanh(0.5)), math.asinh(math.sinh(2.0)), math.acosh(math.cosh(3.0)))
