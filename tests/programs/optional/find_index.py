def find(xs, target):
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return None


def lookup(table, key):
    if key in table:
        return table[key]
    return None


r = find([4, 5, 6], 6)
if r is not None:
    print("found at", r, "next", r + 1)
print(find([1], 9))
missing = find([], 1)
print("missing:", missing, missing is None, missing is not None)
ages = {"ann": 31, "bob": 42}
for name in ["ann", "cid", "bob"]:
    age = lookup(ages, name)
    if age is None:
        print(name, "unknown")
    else:
        print(name, age * 2)
print(f"{lookup(ages, 'zed')!r} {lookup(ages, 'ann')!r:>5}")
