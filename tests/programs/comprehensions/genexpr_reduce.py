# Generator expressions consumed by any/all.
print(any(x > 8 for x in range(10)), any(x > 9 for x in range(10)))
print(all(x < 10 for x in range(10)), all(x < 9 for x in range(10)))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
print(any(False for _ in range(3)), all(False for _ in []), any(True for _ in []))
words = ["apple", "kiwi", "fig"]
print(any(len(w) == 3 for w in words), all(len(w) > 2 for w in words))
print(any(w.startswith("k") for w in words), all("i" in w for w in words))
