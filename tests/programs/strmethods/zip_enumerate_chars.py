# zip/enumerate/any/all over the characters of strings, for-else with break.
s = "kiln日本"
print(list(reversed(list("ab😀"))))
for a, b in zip("abc", "xyz"):
    print(a + b, end=" ")
print()
print(list(zip("ab", "日本語")))
print(any(c.isupper() for c in "abC"), all(c.isalpha() for c in "ab1"), any(c.isdigit() for c in ""))
for i, c in enumerate(s):
    if c == "日":
        print("found at", i)
        break
else:
    print("not found")
for c in "abc":
    if c == "z":
        break
else:
    print("no z")
