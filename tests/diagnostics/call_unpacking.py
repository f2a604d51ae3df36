# kiln binds a call's arguments when it compiles it: it must know how many a `*` unpacks.
def add(a, b):
    return a + b


pair = [1, 2]
print(add(*pair))  # error: [unsupported-operation]
options = {"a": 1, "b": 2}
print(add(**options))  # error: [unsupported-operation]
