# itertools tour (variant of itertools_demo.py: starmap over a lambda instead of builtin pow, zip_longest with one item type): groupby, accumulate, product, permutations, combinations, chain, islice, etc.
import itertools
from itertools import groupby, accumulate, islice, count, cycle, takewhile, dropwhile

sales = [("north", 10), ("north", 5), ("south", 7), ("east", 3), ("east", 9), ("north", 1)]
for region, grp in groupby(sales, key=lambda s: s[0]):
    items = list(grp)
    print(region, len(items), sum(v for _, v in items))
by_region = sorted(sales, key=lambda s: s[0])
print([(k, sum(v for _, v in g)) for k, g in groupby(by_region, key=lambda s: s[0])])
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(itertools.product("ab", [1, 2])))
print(len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.permutations([1, 2, 3])))
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.chain([1, 2], [3], [], [4, 5])))
print(list(islice(count(10, 5), 4)), list(islice(cycle("xyz"), 7)))
print(list(islice(range(100), 10, 20, 3)))
print(list(takewhile(lambda x: x < 10, [1, 4, 9, 16, 1])), list(dropwhile(lambda x: x < 10, [1, 4, 9, 16, 1])))
print(list(itertools.pairwise([1, 4, 9, 16])))
print(list(itertools.zip_longest("abc", "x", fillvalue="-")))
print(list(itertools.compress("kilnpy", [1, 0, 1, 1, 0, 1])))
print(list(itertools.starmap(lambda b, e: b ** e, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.filterfalse(lambda x: x % 3, range(12))))
print(list(itertools.repeat("ab", 3)))
# magic squares among permutations of 1..9 rows (just count triples summing to 15)
triples = [c for c in itertools.combinations(range(1, 10), 3) if sum(c) == 15]
print(len(triples), triples[:4])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, ws in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(ws))
runs = [(k, len(list(g))) for k, g in groupby("aaabccdddd")]
print(runs)
