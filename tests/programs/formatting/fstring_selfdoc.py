# Self-documenting fields {x=}: the expression text, its spacing, then repr by default.
x = 3.14159
n = 42
s = "kiln's"
items = [1, 2, 3]
print(f"{x=}")
print(f"{n=}, {s=}")
print(f"{x = }")
print(f"{n =}|{n= }|{ n = }")
print(f"{x=:.2f}")
print(f"{x = :.1f}")
print(f"{n=:>8}|{n=:08b}|{n = :#x}")
print(f"{s=!s}")
print(f"{s=!r}")
print(f"{s=!a}")
print(f"{s = !s:>10}|{s=:^12}|")
print(f"{items=} {len(items)=} {items[1] * 2=}")
print(f"{n + 1=} {n * x = :.3e} {n // 5=}")
print(f"{'café'=} {'café'=!a} {1 + 2 = }")
print(f"{x > 3=} {None=} {(1, 'a')=}")
for i in range(3):
    print(f"{i=} {i ** 2=:03d}")
