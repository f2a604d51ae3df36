def add(a, b): return a + b
def sub(a, b): return a - b
fs = [add]
fs.insert(0, sub)
print(fs[0](3, 1), fs[1](3, 1))
