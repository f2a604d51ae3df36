# zip over generators: the first exhausted part stops it (later parts are not advanced), and
# the same generator may be several parts.
from itertools import compress


def gen(name, n):
    for i in range(n):
        print(name, "yields", i)
        yield i


print(list(zip(gen("a", 2), gen("b", 3))))
g = gen("g", 4)
print(list(zip(g, g)))
s = gen("s", 3)
print(list(zip([7], s)), list(s))
for x, y in zip([], gen("never", 1)):
    print("unreachable")
print(list(map(lambda a, b: a + b, gen("m", 3), gen("n", 2))))
sel = gen("sel", 3)
print(list(compress([7], sel)), list(sel))
