# product, permutations and combinations, with the length of their tuples written in the call.
import itertools
from itertools import combinations, permutations, product

print(list(combinations([1, 2, 3, 4], 2)))
print(list(combinations("abcd", 3)))
print(list(combinations(range(5), r=4)))
print(list(combinations([1, 2], 3)))
print(list(permutations([1, 2, 3])))
print(list(permutations("abc", 2)))
print(list(itertools.permutations(range(3), 1)))
print(list(product([1, 2], "ab")))
print(list(product(range(2), repeat=3)))
print(len(list(product(range(3), range(3), range(2), range(2)))))
for a, b in combinations([10, 20, 30], 2):
    print(a + b)
best = max(combinations([3, 1, 4, 1, 5], 2), key=lambda p: p[0] * p[1])
print(best)
print(sum(1 for _ in permutations(range(4), 4)))
