# Nested functions with constant defaults: every function a `def` makes has the same ones.
def outer(items):
    def total(xs, start=0, scale=1.0, label="sum", pair=(1, -2)):
        return label, start + sum(xs) * scale, pair

    def describe(sep=", ", empty="-"):
        return sep.join(str(i) for i in items) if items else empty

    return total(items), total(items, 10, 2.0, "scaled"), describe(), describe(" | ")


print(outer([1, 2, 3]))
print(outer([]))
adders = []
for k in range(3):
    def add(x, step=1):
        return x + step
    adders.append(add)
print([f(k) for f in adders for k in range(2)])
