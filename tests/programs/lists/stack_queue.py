# Lists used as stack and queue.
stack = []
for c in "((a)(b(c)))":
    if c == "(":
        stack.append(len(stack))
    elif c == ")":
        print("close depth", stack.pop())
print(stack, len(stack) == 0)
queue = [1]
seen = []
while queue:
    x = queue.pop(0)
    seen.append(x)
    if x < 20:
        queue.append(2 * x)
        queue.append(2 * x + 1)
print(seen)
print(len(seen))
