def add(a, b): return a + b
def sub(a, b): return a - b
def build():
    table = {}
    table['add'] = add
    table['sub'] = sub
    return table
print(build()['sub'](1, 2))
