# product, permutations and combinations make tuples whose length kiln must know.
from itertools import combinations, permutations, product

n = 2
pairs = combinations([1, 2, 3], n)  # error: [unsupported-call]
orders = permutations(range(3))  # error: [unsupported-call]
choose = combinations  # error: [unsupported-call]
grid = product([1], [2], repeat=2)  # error: [unsupported-call]
