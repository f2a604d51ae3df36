from collections import deque
print(deque([1, 2, 3]) < deque([1, 2, 4]))
