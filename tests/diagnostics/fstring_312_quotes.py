d = {"k": 1}
print(f"{d["k"]}")  # error: [syntax-error]
