# An exception crosses several function calls; code after each call in the unwound frames is skipped.
def d(n):
    print("d start", n)
    if n % 3 == 0:
        raise ValueError(f"d rejects {n}")
    print("d end", n)
    return n


def c(n):
    print("c start", n)
    r = d(n) * 2
    print("c end", n)
    return r


def b(n):
    print("b start", n)
    r = c(n) + 1
    print("b end", n)
    return r


def a(n):
    try:
        return b(n)
    except ValueError as e:
        print("a caught:", e)
        return -1


print(a(4))
print(a(6))
