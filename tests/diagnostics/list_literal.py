total = 0
xs = [1, 2, 3]  # error: [unsupported-list]
print(total)
