# Scientific notation e and E with precision, width, sign and padding.
values = [0.0, 1.0, -2.5, 12345.6789, 0.000123, 6.02214076e23, 1.602e-19, -9.999e99, 5e-324, 1.7976931348623157e308]
for x in values:
    print(f"{x:e} {x:E} {x:.0e} {x:.2e} {x:.3E} {x:.12e}")
    print(f"[{x:15.3e}] [{x:<15.2E}] [{x:^15.1e}] [{x:015.4e}] [{x:+e}] [{x: .1e}] [{x:#.0e}]")
for p in range(0, 6):
    print(f"{p}: {9.9999:.{p}e} {0.5:.{p}e} {-123456:.{p}e}")
print(f"{10:e} {-7:E} {0:.2e} {123456789:.3e}")
