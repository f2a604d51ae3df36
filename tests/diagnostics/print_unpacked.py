# `print(*items)` prints the items of one iterable; other unpacking in calls is refused.
row = [1, 2, 3]
print(*row)
print("row:", *row)  # error: [unsupported-operation]
