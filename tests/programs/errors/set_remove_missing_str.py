# set.remove() of a missing str: KeyError shows its repr.
s = {"a", "b"}
s.remove("a")
print(s)
s.remove("zz")
