# The d presentation type is only for ints: a float raises ValueError.
x = 2.0
n = 2
print(f"{n:d} {x:.0f} {int(x):d}")
print(f"{x:d}")
