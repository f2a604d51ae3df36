# RecursionError caught at the deepest frame, counting and returning the depth
count = 0
def f(n):
    global count
    try:
        return f(n + 1)
    except RecursionError:
        count += 1
        return n
print(f(0) > 900)
print(count)
