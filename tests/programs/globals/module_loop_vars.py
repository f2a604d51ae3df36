# Module-level loop variables are globals visible inside functions.
def show():
    print("i is", i, "acc is", acc)


acc = 0
for i in range(4):
    acc = acc + i
    show()
j = 0
while j < 2:
    j += 1
    i = i + 10
    show()


def bump_i():
    global i
    i = -1


bump_i()
show()
