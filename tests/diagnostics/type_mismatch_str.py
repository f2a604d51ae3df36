count = 1
print(count)
count = "one"  # error: [type-mismatch]
print(count)
