def find(xs, t):
    for x in xs:
        if x > t:
            return x
    return None
for t in [1, 10]:
    v = find([3, 5], t)
    w = 6
    spec = f">{w}"
    print(f"[{v!s:{spec}}]")
    try:
        print(format(v, spec))
    except TypeError as e:
        print("TE", e)
print([divmod(x, 3) for x in range(5)])
print(sum(divmod(17, 5)), max(divmod(17, 5)), list(divmod(-17, 5)), divmod(17, 5)[1])
for q, r in (divmod(x, 4) for x in [9, -9]):
    print(q, r)
pairs = sorted([divmod(x, 7) for x in [50, 3, 22, -8]], key=lambda p: p[1])
print(pairs)
d = {x: divmod(x, 10) for x in [15, 27]}
print(d, d[15][0] + d[27][1])
