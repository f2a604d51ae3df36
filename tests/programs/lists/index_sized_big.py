# Ints in [2**62, 2**63) (boxed in kiln) are index-sized, as in CPython.
print([1, 2][2**62:], "abc"[-2**63:], b"ab"[2**62:])
a = [1, 2]
a.insert(2 ** 62, 3)
a.insert(-2 ** 63, 0)
print(a, "a b c".split(None, 2**62), "aaa".replace("a", "b", 2**62), "x".ljust(-2**63), "abc".find("c", 0, 2**62))
