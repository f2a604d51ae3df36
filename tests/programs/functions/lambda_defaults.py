# lambda default values: evaluated once at module level, and key=lambda x, k=k: ... inside functions and loops.
width = 4
pad = lambda s, w=width: s.rjust(w, ".")
width = 10
print(pad("ab"), pad("ab", 6), pad(w=3, s="x"))
log = []
record = lambda item, into=log: into.append(item)
record("start")
record("middle")
print(log, len(log))
record("end")
print(log)
offset = 100
shift = lambda x: x + offset
shift_fixed = lambda x, o=offset: x + o
offset = 200
print(shift(1), shift_fixed(1), shift_fixed(1, 5))


def nearest(values, target):
    ranked = sorted(values, key=lambda v, target=target: (abs(v - target), v))
    print("  nearest to", target, "->", ranked)
    return ranked[0]


print(nearest([1, 5, 9, 13], 7), nearest([10, 20, 30], 26), nearest([-4, 4], 0))


def column_sort(rows, col, desc):
    return sorted(rows, key=lambda r, col=col: r[col], reverse=desc)


table = [[3, 9, 1], [1, 8, 2], [2, 7, 3]]
for col in range(3):
    print(col, column_sort(table, col, False), column_sort(table, col, True)[0])
words = ["delta", "alpha", "charlie", "bravo"]
for pos in [0, 1, -1]:
    print(pos, sorted(words, key=lambda w, pos=pos: w[pos]))
    print("  max:", max(words, key=lambda w, pos=pos: (w[pos], w)), "min:", min(words, key=lambda w, pos=pos: w[pos]))
for base in [2, 3, 5]:
    print(base, sorted(range(1, 11), key=lambda n, base=base: (n % base, -n)))
