# pop() from an empty set raises KeyError.
s = {7}
print(s.pop())
s.pop()
