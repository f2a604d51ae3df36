# f-string and format() corner cases: the empty float type with a precision, nested specs, triple quotes.
x = 12.0
w = 10
p = 3
t = (1, 2)
print(format(x, ".0"), format(x, ".1"), format(0.5, ".0"), format(123.0, ".2"), format(1e16, ".17"), format(9.99, ".1"))
print(f"{x=:{w}.{p}f}|{x!r:>{w}}|{x!s:^{w}}|")
print("%s %s" % t)
print("%s" % (t,))
print("{:=^10}".format("x"), "{:=^10}".format(5))
print(f"""{x:>8.2f}
{w:<4d}|""")
print(f"{x:}", f"{x!s:}", f"{'':}", f"{w:}")
print(f"{3.0:.0%}", f"{0.125:.1%}", f"{1e300:.0%}"[:10])
print(f"{1e16}", f"{1e-5}", f"{123456789012345678.0}")
print(f"{'a' 'b'}", f"{'x' + 'y':>4}")
