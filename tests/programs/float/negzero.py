# Negative zero: printing, equality, and operations that produce or preserve it.
nz = -0.0
z = 0.0
print(nz, z, nz == z, nz < z, -z, -nz)
print(nz + z, z + nz, nz + nz, nz - z, z - z, nz - nz)
print(z * -1.0, nz * nz, nz * 5, nz / 3, 0.0 / -3)
print(abs(nz), str(nz), bool(nz), not nz)
print(round(nz), round(-0.4, 0), round(-0.0001, 2), round(nz, 3))
print(int(nz), int(-0.9), float(0), float(-0))
print(-0.0 // 1.0, -1e-320 * 1e-10, nz % 5.0, nz ** 1, nz ** 2, nz ** 3)
print(min(0.0, -0.0), min(-0.0, 0.0), max(0.0, -0.0), max(-0.0, 0.0))
f = -1.0
while f < 0.5:
    f = f + 0.25
    print(f, f * 0.0)
print(f"{nz}", -0.0 * 0.0, 0 * -1.5)
