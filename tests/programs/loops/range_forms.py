# range with one, two and three arguments, negative steps and empty ranges.
def show(label, start, stop, step):
    line = label + ":"
    for i in range(start, stop, step):
        line = line + " " + str(i)
    print(line)


line = "range(5):"
for i in range(5):
    line = line + " " + str(i)
print(line)
line = "range(2, 6):"
for i in range(2, 6):
    line = line + " " + str(i)
print(line)
show("0,10,3", 0, 10, 3)
show("10,0,-3", 10, 0, -3)
show("10,-1,-1", 10, -1, -1)
show("-5,5,2", -5, 5, 2)
show("5,-5,-2", 5, -5, -2)
show("0,0,1", 0, 0, 1)
show("5,0,1", 5, 0, 1)
show("0,5,-1", 0, 5, -1)
show("3,4,100", 3, 4, 100)
show("-1,-10,-4", -1, -10, -4)
show("big step", 0, 8000000000000000000, 3000000000000000000)
count = 0
for i in range(-5):
    count = count + 1
for i in range(7, 7):
    count = count + 1
print("empty ranges ran", count, "times")
total = 0
for i in range(1000000):
    total = total + i
print(total)
for i in range(3, -4, -1):
    print(i, end=" ")
print()
