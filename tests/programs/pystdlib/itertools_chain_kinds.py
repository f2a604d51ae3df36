# chain of iterables of different kinds written in the call (a range and a list, str and tuples).
import itertools
from itertools import chain, count, islice

print(list(chain(range(3), [7, 8])))
print(list(chain("ab", ["c"], ("d", "e"))))
print(list(islice(chain([0], count(10)), 5)))
print(list(itertools.chain([1], range(2), (5,), {9})))
print(list(chain([1, 2], [3])), list(chain([[1], [2]][0], [3])))
