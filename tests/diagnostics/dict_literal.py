name = "kiln"
ages = {"a": 1, "b": 2}  # error: [unsupported-dict]
print(name)
