# inf, nan, negative zero, huge and tiny floats under every float presentation type.
inf = float("inf")
nan = float("nan")
values = [inf, -inf, nan, -0.0, 0.0, 1e308, -1e308, 5e-324, 2.2250738585072014e-308, 1e-310]
for x in values:
    print(f"{x} {x:f} {x:F} {x:e} {x:E} {x:g} {x:G} {x:%}")
    print(f"[{x:10}] [{x:<10.2f}] [{x:^12.3e}] [{x:010}] [{x:+}] [{x: }] [{x:#g}] [{x:*>9F}]")
    print(f"[{x:,.1f}] [{x:.0f}] [{x:.3g}] [{x:n}] [{x:+012.1e}] [{x:=+10}]")
print(f"{-0.0:.0f} {-0.0:+.2f} {-0.0:e} {-0.0:g} {-0.0:.0%} {-1e-10:.2f} {-0.4:.0f}")
print(f"{1e308 * 10:f} {-(1e308 * 10):E} {1e22:f} {1e23:.0f}")
