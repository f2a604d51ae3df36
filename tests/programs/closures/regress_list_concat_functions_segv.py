def add(a, b): return a + b
def sub(a, b): return a - b
fs = [add] + [sub]
print(fs[1](3, 1))
