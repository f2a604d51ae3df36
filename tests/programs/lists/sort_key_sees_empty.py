# The list looks empty to a sort key function (as in CPython); a size change on the last entry of a dict or set is still seen.
data = [3, 1, 2]
seen = []
def key(x):
    seen.append(len(data))
    return -x
data.sort(key=key)
print(data, seen)
def clear_key(x):
    data.clear()
    return x
data.sort(key=clear_key)
print(data)
d = {1: 1, 2: 2}
for k in d:
    if k == 1:
        print("first", k)
print(d)
s = {1, 2}
n = 0
for x in s:
    n += x
print(n)
