# Unbounded recursion exceeds the maximum recursion depth.
def f(n):
    return f(n + 1)


print("start")
print(f(0))
