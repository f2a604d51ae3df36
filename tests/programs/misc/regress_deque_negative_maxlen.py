from collections import deque
d = deque([1, 2, 3], maxlen=-1)
print(d)
