# The loop variable keeps its last value; assigning to it does not change iteration.
for i in range(5):
    pass
print("after range(5):", i)
for i in range(10, 0, -3):
    pass
print("after range(10, 0, -3):", i)
for i in range(3):
    print("before", i)
    i = i * 100
    print("after", i)
print("final", i)
for i in range(1, 4):
    for i in range(i * 10, i * 10 + 2):
        print(i, end=" ")
    print("| inner left", i)
k = 99
for k in range(0):
    k = -1
print("k untouched by empty loop:", k)
