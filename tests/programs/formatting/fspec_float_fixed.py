# Fixed-point f and F: precision, width, sign, zero padding, grouping, rounding.
values = [0.0, 1.0, -1.5, 3.14159265, 2.5, 0.125, 1234567.891, -0.000123, 1e16, 123.456e-10]
for x in values:
    print(f"{x:f} {x:.0f} {x:.1f} {x:.2f} {x:.3F} {x:.10f}")
    print(f"[{x:12.3f}] [{x:<12.2f}] [{x:^12.1f}] [{x:012.2f}] [{x:+.2f}] [{x: .2f}]")
    print(f"[{x:,.2f}] [{x:_.3f}] [{x:#.0f}] [{x:+015,.2f}] [{x:=+12.1f}] [{x:~^14.2f}]")
for x in [0.5, 1.5, 2.5, 0.05, 0.15, 0.25, 0.35, 2.675, 1.005]:
    print(f"{x} -> {x:.0f} {x:.1f} {x:.2f}")
total = 0.0
for price in [19.99, 5.0, 0.01, 1200.5]:
    total += price
    print(f"{price:>10,.2f} {total:>12,.2f}")
