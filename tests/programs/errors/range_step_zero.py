# range() with a zero step.
step = 1
for i in range(0, 3, step):
    print(i)
step = 0
for i in range(0, 3, step):
    print(i)
