ages = {"a": 1, "b": "x"}  # error: [type-mismatch]
print(len(ages))
