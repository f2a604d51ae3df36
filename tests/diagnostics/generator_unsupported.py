# Generators kiln does not compile yet.
twice = lambda: (yield 2)  # error: [unsupported-generator]


def delegate(inner):
    result = yield from inner  # error: [unsupported-generator]
    print(result)
