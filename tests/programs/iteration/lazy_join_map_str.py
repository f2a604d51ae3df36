# str.join over map/filter/generator expressions.
nums = [3, 14, 15, 92, 65]
print(", ".join(map(str, nums)))
print("".join(map(str, range(10))))
print("-".join(map(lambda n: str(n * 2), nums)))
print(" ".join(map(lambda s: s.upper(), ["a", "bc", "def"])))
print("|".join(map(lambda s: s.center(5, "*"), ["x", "yy"])))
print("".join(map(lambda c: c * 2, "abc")))
print("+".join(filter(lambda s: len(s) > 1, ["a", "bb", "c", "dd"])))
print(",".join(map(repr, ["a", "b"])))
print("".join(map(chr, [72, 105, 33])))
print(" ".join(map(hex, [10, 255, 4096])))
print("/".join(map(lambda a, b: a + "=" + str(b), ["x", "y", "z"], [1, 2])))
print("".join(str(i) for i in range(5) if i != 2))
print("[" + ", ".join(map(str, [])) + "]")
sep = " :: "
print(sep.join(map(str, [1.5, 2.25, -0.0])))
line = "the quick brown fox"
print(" ".join(map(lambda w: w[::-1], line.split())))
print(" ".join(map(lambda w: w.capitalize(), line.split())))
print("".join(map(lambda w: w[0], line.split())).upper())
rows = [[1, 2, 3], [4, 5, 6]]
for r in rows:
    print("\t".join(map(str, r)))
print("\n".join(map(lambda r: " ".join(map(str, r)), rows)))
