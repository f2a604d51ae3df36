from collections import deque
d = deque([1, 2])
print(d + d)
print(d * 2)
