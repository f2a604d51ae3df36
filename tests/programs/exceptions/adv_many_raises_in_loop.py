# raising and catching 150000 exceptions in a loop with their messages
def f(i):
    if i % 2:
        raise ValueError(str(i))
    return i
n = 0
s = 0
for i in range(300000):
    try:
        s += f(i)
    except ValueError as e:
        n += len(str(e))
print(n, s)
