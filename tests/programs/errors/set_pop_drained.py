# Draining a set with pop() one time too many.
s = {"x", "y"}
n = 0
while n < 3:
    s.pop()
    n += 1
    print(n, len(s))
