def name_of(i):
    if i > 0:
        return "n" * i
    return None
def num(i):
    if i > 0:
        return i * 1.5
    return None
for i in [2, 0]:
    s = name_of(i)
    x = num(i)
    w = 6
    print(f"[{s!s:>{w}}] [{s!r:<{w}}] [{x!s:^{w}}]")
    for spec in ["", ">6", "s"]:
        try:
            print(repr(format(s, spec)))
        except TypeError as e:
            print("TE", e)
    for spec in ["", ".1f", "g"]:
        try:
            print(repr(format(x, spec)))
        except (TypeError, ValueError) as e:
            print("TE", e)
    try:
        print(f"{x:{w}.2f}")
    except TypeError as e:
        print("TE", e)
print(f"{num(0):>5}")
