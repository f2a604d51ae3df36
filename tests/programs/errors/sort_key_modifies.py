# A key function that adds to the list being sorted: ValueError after sorting.
data = [3, 1, 2]
def key(x):
    data.append(x)
    return x
print(sorted(data, key=key))
data.sort(key=key)
print(data)
