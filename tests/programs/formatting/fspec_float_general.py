# General formats g, G, n and the empty type with a precision.
values = [0.0, -0.0, 1.0, 10.0, 123456.0, 1234567.0, 0.0001, 0.00001, 1.5e-5, 3.14159265358979, 1e100, 2.0 / 3.0, 100.0]
for x in values:
    print(f"{x:g} {x:G} {x:n} {x:.3g} {x:.1g} {x:.10g} {x:#g} {x:#.3g}")
    print(f"{x:.3} {x:.1} {x:.12} [{x:12g}] [{x:<12.4G}] [{x:012g}] [{x:+g}]")
for p in range(0, 8):
    print(f"p={p}: {123.456:.{p}g} {0.000123456:.{p}g} {123456789.0:.{p}G} {1.0:#.{p}g}")
print(f"{12345678901234567890.0:g} {1e16:} {1e15:} {1e-5:} {0.0001:}")
print(f"{5:g} {-123456789:g} {100:G} {7:.2g}")
