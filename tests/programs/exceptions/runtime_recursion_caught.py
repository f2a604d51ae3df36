# Unbounded recursion raises RecursionError; it can be caught (also as RuntimeError) and the program continues normally.
def down(n):
    return down(n + 1) + 1


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


try:
    print(down(0))
except RecursionError as e:
    print("caught RecursionError:", e)
print("depth 200:", depth(200))
try:
    down(0)
except RuntimeError:
    print("caught again as RuntimeError")
caught = 0
for i in range(3):
    try:
        down(i)
    except Exception:
        caught += 1
print("caught", caught, "times; depth 300:", depth(300))
