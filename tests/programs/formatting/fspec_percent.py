# The % presentation type multiplies by 100 and appends a percent sign.
ratios = [0.0, 1.0, 0.5, 0.123456, 0.9999, 1.5, -0.25, 0.0005, 12.3456, 1e-7]
for r in ratios:
    print(f"{r:%} {r:.0%} {r:.1%} {r:.2%} [{r:>10.1%}] [{r:<9.0%}] [{r:+.3%}] [{r:08.2%}] [{r:,.1%}]")
scores = [("alpha", 17, 20), ("beta", 3, 9), ("gamma", 1000, 1000), ("delta", 0, 7)]
for name, got, out_of in scores:
    print(f"{name:<8}{got:>5}/{out_of:<5}{got / out_of:>8.1%}")
print(f"{1:%} {3:.1%} {-2:.0%} {0:#.0%}")
