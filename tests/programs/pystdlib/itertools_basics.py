# Every itertools function kiln compiles, with the items each pulls from its input.
import itertools
from itertools import count, cycle, repeat, chain, islice, accumulate, takewhile, dropwhile
from itertools import filterfalse, compress, starmap, pairwise, groupby, zip_longest

print(list(islice(count(), 5)))
print(list(islice(count(10, 3), 4)))
print(list(islice(cycle("abc"), 7)))
print(list(repeat(7, 3)), list(islice(repeat("x"), 2)))
print(list(chain([1, 2], [3], [])))
print(list(islice(range(10), 2, 8, 3)), list(islice(range(10), 5, 3)), list(islice(range(10), 3, None)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate([1, 2, 3], initial=10)))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(6))))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
def power(a, b):
    return a ** b
print(list(starmap(power, [(2, 3), (3, 2)])))
print(list(pairwise([1, 2, 3, 4])))
for k, grp in groupby("aaabccdd"):
    print(k, list(grp))
print([(k, len(list(gr))) for k, gr in groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)])
print(list(zip_longest([1, 2, 3], [4], fillvalue=0)))
print(list(itertools.islice(itertools.count(1), 3)))
try:
    islice([1], -1)
except ValueError as e:
    print(e)
it = iter([1, 2, 3, 4, 5])
def gen():
    for i in range(10):
        print("pull", i)
        yield i
g = gen()
print(list(islice(g, 2, 4)))
print(next(g))
