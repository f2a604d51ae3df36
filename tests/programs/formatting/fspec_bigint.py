# Arbitrary-precision ints under every int spec: bases, grouping, padding, signs.
big = 2**100 + 12345
neg = -(3**80)
for v in [big, neg, 10**40, -10**40 + 1, 2**64 - 1, -(2**63)]:
    print(f"{v:d}")
    print(f"{v:,} | {v:_}")
    print(f"{v:x} | {v:#X} | {v:_x}")
    print(f"{v:o} | {v:#o}")
    print(f"{v:#b}")
    print(f"[{v:>50}] [{v:+}]")
    print(f"[{v:^56,}]")
    print(f"[{v:060_}]")
print(f"{2**200:e} {-(2**200):.3g} {10**50:.2e}")
print("%d %x %o %X" % (big, neg, big, big))
print("{:,} {:#x}".format(neg, big))
