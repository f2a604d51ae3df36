# pop() from an emptied list raises IndexError.
a = [1, 2]
print(a.pop(), a.pop())
print(a)
a.pop()
print("not reached")
