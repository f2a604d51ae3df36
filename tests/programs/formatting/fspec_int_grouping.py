# Thousands separators , and _ on ints with every presentation type that allows them.
nums = [0, 5, 999, 1000, 12345, -12345, 1000000, -987654321, 10**12, 2**64]
for n in nums:
    print(f"{n:,} {n:_} {n:,d} {n:_d}")
    print(f"{n:_b} {n:_o} {n:_x} {n:_X} {n:#_x} {n:#_b}")
    print(f"[{n:>20,}] [{n:<20_}] [{n:^20,}] [{n:020,}] [{n:+020_}] [{n:*=+20,}]")
for width in range(1, 12):
    print(f"{width:2d}: [{1234:0{width},}] [{-1234:0{width},}] [{255:0{width}_x}]")
print(f"{123456789:_o} {0xdeadbeef:_X} {-0xdeadbeef:#_x} {1:_b}")
