# A container cannot hold an optional value (or a range, or a dict view).
def find(xs, target):
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return None


print([find([1, 2], 2)])  # error: [unsupported-item]
