# str.join over generator expressions and comprehensions producing strings.
def joined(sep, items):
    return sep.join(items)


words = ["alpha", "beta", "gamma", "delta"]
print("-".join(w.upper() for w in words))
print(" ".join(w[0] for w in words if len(w) > 4))
print(",".join([w[::-1] for w in words]))
print("".join(c for c in "hello world" if c != "o"))
print("|".join(x + x for x in ["a", "b"]))
print("[" + ", ".join(w for w in words if w.startswith("z")) + "]")
print(" ".join([str(i * i) for i in range(6)]))
print("".join([c.upper() if i % 2 == 0 else c for i, c in enumerate("alternate")]))
print(joined("+", [w[:2] for w in words]))
letters = []
for c in "kiln":
    letters.append(c.upper())
print(".".join(letters), "".join(sorted(letters)))
