# tuple() constructor and tuple returns from functions.
def minmax(xs):
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def split_name(s):
    i = s.index(" ")
    return (s[:i], s[i + 1:])


print(tuple())
lo, hi = minmax([4, -2, 9, 0])
print(lo, hi)
r = minmax([7])
print(r, r[0])
print(split_name("grace hopper"))
a, b = split_name("ada lovelace")
print(b, a)
l = list((1, 2, 3))
l.append(4)
print(l)
