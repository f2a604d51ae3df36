# An uncaught failing assert without a message reports just "AssertionError".
def check_sorted(items):
    for i in range(len(items) - 1):
        assert items[i] <= items[i + 1]
    return len(items)


print(check_sorted([1, 2, 2, 5]))
print(check_sorted([1, 3, 2]))
