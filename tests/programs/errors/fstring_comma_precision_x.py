# "," cannot be combined with the x presentation type (checked before the precision).
n = 1
print(f"{n:,} {n:_x} {n:,.2f}")
print(f"{n:,.2x}")
