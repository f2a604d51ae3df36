# removeprefix/removesuffix remove at most one occurrence, only at the ends.
for s in ["test_case.py", "test_test.py", "case.py", "", "test_", ".py"]:
    print(repr(s), repr(s.removeprefix("test_")), repr(s.removesuffix(".py")), repr(s.removeprefix("")), repr(s.removesuffix("")))
print("aaaa".removeprefix("a"), "aaaa".removesuffix("aa"))
print("日本語".removeprefix("日本"), "😀x😀".removesuffix("😀"))
print("Prefix".removeprefix("prefix"))
