# for over map/filter with break, continue and else.
def triple(x):
    print("  triple", x)
    return x * 3


def odd(x):
    print("  odd?", x)
    return x % 2 == 1


for v in map(triple, [1, 2, 3, 4, 5]):
    if v > 7:
        print("break at", v)
        break
    print("got", v)
else:
    print("no break (map)")

for v in map(triple, [1, 2]):
    print("got", v)
else:
    print("no break (short map)")

for v in filter(odd, range(8)):
    if v == 3:
        print("skip", v)
        continue
    if v == 5:
        print("break at", v)
        break
    print("odd", v)
else:
    print("not reached")

for v in filter(odd, [2, 4, 6]):
    print("never", v)
else:
    print("empty filter, else runs")

found = -1
for v in map(lambda x: x * x, range(10)):
    if v > 30:
        found = v
        break
print("found", found)

for a in map(triple, [1, 2]):
    for b in filter(odd, [a, a + 1, a + 2]):
        if b > 2:
            break
        print("pair", a, b)
    else:
        print("inner done", a)
print("end")
