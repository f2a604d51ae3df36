# hash() of every hashable value, equal to CPython's with PYTHONHASHSEED=0.
print(hash("abc"), hash(""), hash("é"), hash("日本"), hash("😀"))
print(hash(1.5), hash(2.0) == hash(2), hash(-1), hash(-2), hash(2**70), hash(-(2**61)))
print(hash(float("inf")), hash(float("-inf")), hash(0.1), hash(-0.0))
print(hash((1, "a")), hash(()), hash(("é", 2.0, (3,))), hash((False, True)))
print(hash(None) == hash(None), hash(True), hash(False), hash(frozenset([1, 2])), hash(frozenset()))
words = ["apple", "banana", "cherry"]
print([hash(w) % 1000 for w in words])
print(hash("apple") == hash("app" + "le"))
# (hash(None) is address-based in CPython 3.11, so it differs from run to run: not printed.)
