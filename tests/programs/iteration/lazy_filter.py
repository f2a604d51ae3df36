# filter with named functions and lambdas.
def is_even(n):
    return n % 2 == 0


def long_word(w):
    return len(w) > 3


nums = list(range(15))
for n in filter(is_even, nums):
    print("even", n)
print(list(filter(long_word, ["a", "tree", "is", "green", "sky"])))
print(sum(filter(is_even, range(101))))
print(list(filter(lambda x: x % 3 == 0, range(20))))
print(sorted(filter(lambda x: x < 0, [5, -3, 2, -8, -1, 7])))
print(max(filter(lambda x: x % 7 == 3, range(50))))
print(min(filter(lambda s: "e" in s, ["tree", "bee", "sky", "ten"])))
print(list(filter(lambda c: c.isdigit(), "a1b22c333")))
print("".join(filter(lambda c: c not in "aeiou", "programming language")))
print(set(filter(lambda x: x > 2, [1, 2, 3, 4, 3, 2, 1])) == {3, 4})
print(list(filter(is_even, [])))
print(list(filter(lambda x: x > 100, range(10))))
kept = 0
for w in filter(lambda w: w[0] == "b", ["bat", "cat", "ball", "dog", "bee"]):
    kept = kept + 1
    print(kept, w.upper())
print("kept", kept)
print(list(filter(lambda n: n, [0, 1, 0, 2, 3, 0])))
print(list(filter(lambda s: s, ["", "x", "", "yz"])))
print(any(filter(is_even, [1, 3, 5])), any(filter(is_even, [1, 4, 5])))
