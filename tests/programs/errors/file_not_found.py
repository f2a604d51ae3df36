def load(path):
    with open(path) as f:
        return f.read()


print("loading")
print(load("missing_input.txt"))
