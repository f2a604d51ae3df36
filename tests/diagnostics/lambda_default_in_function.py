# Defaults of a lambda that may be evaluated more than once are refused (kiln keeps one set).
def adder(k):
    return lambda x, k=k: x + k  # error: [unsupported-lambda]


add_one = adder(1)
print(add_one(2))
