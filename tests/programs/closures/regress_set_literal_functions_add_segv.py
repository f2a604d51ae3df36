def add(a, b): return a + b
def sub(a, b): return a - b
s = {add, sub}
s.add(add)
print(len(s))
