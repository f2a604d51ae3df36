# Ints formatted with float presentation types (converted to float first).
for n in [0, 1, -7, 12345, 10**15, -10**20, 2**53 + 1, 10**300]:
    print(f"{n:f} {n:.2f} {n:e} {n:.3E} {n:g} {n:G} {n:%}")
    print(f"[{n:15.1f}] [{n:<+12.2e}] [{n:012.3g}] [{n:,.2f}] [{n:_.1f}] [{n:.0%}]")
print(f"{7:.3f} {-7:+.1e} {0:g}")
print(f"{True:.3f} {False:e} {True:%}")
