# exceptions raised inside while-loop conditions, caught outside the loop
def cond(xs, i):
    return xs[i] > 0
xs = [3, 2, 1]
i = 0
try:
    while cond(xs, i):
        print("iter", i)
        i += 1
except IndexError as e:
    print("cond raised", e, "at", i)
d = {"a": 1, "b": 2}
keys = "abc"
n = 0
try:
    while d[keys[n]] < 10:
        n += 1
except KeyError as e:
    print("key", e, n)
count = 0
while True:
    try:
        if 10 // (3 - count) > 100:
            break
    except ZeroDivisionError:
        print("zero at", count)
        break
    count += 1
print(count)
