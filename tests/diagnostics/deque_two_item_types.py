# kiln's deque is one class written in Python: its items have one type in a program.
from collections import deque

numbers = deque([1, 2, 3])  # error: [type-mismatch]
names = deque()
names.append("ann")
print(numbers, names)
