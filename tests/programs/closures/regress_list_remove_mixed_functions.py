def add(a, b): return a + b
def sub(a, b): return a - b
fs = [add, sub]
fs.remove(add)
print(len(fs))
