from collections import deque
d = deque([1, 2, 3, 1])
print(d.index(1, 1))
