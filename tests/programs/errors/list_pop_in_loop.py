# Popping more times than there are elements.
stack = [1, 2, 3]
total = 0
for i in range(5):
    total += stack.pop()
    print(i, total)
