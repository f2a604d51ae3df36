def find(xs, target):
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return None


print("start")
r = find([1, 2], 2)
print(r + 1)
r = find([1, 2], 5)
print(r + 1)
