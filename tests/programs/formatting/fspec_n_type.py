# The n presentation type (locale-aware; the C locale gives d / g behaviour).
for v in [0, 7, -1234567, 10**12]:
    print(f"{v:n} [{v:>12n}] [{v:<12n}] [{v:012n}] [{v:+n}] [{v: n}]")
for x in [0.0, 1.5, -1234567.891, 1e-7, 1e20, 123.456]:
    print(f"{x:n} [{x:.3n}] [{x:>14.8n}] [{x:+.2n}] [{x:#.4n}] [{x:014n}]")
print(format(True, "n"), format(255, "n"), format(2.0, "n"))
