# Dict and set comprehensions.
print({x: x % 3 for x in range(7)})
print({w: len(w) for w in ["pear", "fig", "plum"]})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({x % 5 for x in range(30)})
print({c for c in "mississippi"} == {"m", "i", "s", "p"})
print({(x, y): x + y for x in range(2) for y in range(2)})
print({x: [y for y in range(x)] for x in range(4)})
print({v: k for k, v in {"one": 1, "two": 2}.items()})
