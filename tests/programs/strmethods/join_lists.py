# str.join over lists and tuples of strings: empty, single, non-ASCII separators, built lists.
def joined(sep, items):
    return sep.join(items)


words = ["alpha", "beta", "gamma"]
print(",".join(words))
print(", ".join(words))
print("".join(words))
print(" → ".join(words))
print("[" + "|".join(["only"]) + "]")
print("-".join(["", "", ""]))
print("日本".join(["a", "b", "c"]))
empty = ["x"]
empty.pop()
print("[" + joined("|", empty) + "]")
letters = ["K"]
for c in "iln":
    letters.append(c.upper())
print(joined(".", letters))
print("+".join(sorted(["pear", "apple", "fig"])))
print(", ".join(("x", "y", "z")))
print("/".join("abc"))
sep = "ab"
print(sep.join(["1", "2", "3"]))
print(len("--".join(["é", "😀", "日"])))
