# map and filter are compiled into the loop that consumes them; as values they are refused.
def double(x):
    return x * 2


total = 0
for x in map(double, [1, 2]):
    total += x
doubled = map(double, [1, 2])  # error: [unsupported-lazy]
