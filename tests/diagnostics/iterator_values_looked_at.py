a = [1, 2]
print(len(zip(a, a)))  # error: [type-error]
print(reversed("abc"))  # error: [unsupported-call]
