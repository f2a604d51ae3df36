# IndexError inside a named filter predicate.
def third_is_x(s):
    return s[2] == "x"


words = ["abx", "max", "fox", "oxen", "axe", "hex", "ox", "sixty"]
kept = 0
for w in filter(third_is_x, words):
    kept = kept + 1
    print(kept, w)
print("kept", kept)
