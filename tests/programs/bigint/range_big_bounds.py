# range() whose bounds are big ints (CPython's range accepts any int); the loop
# variable then holds big values.
count = 0
for i in range(2 ** 64 - 3, 2 ** 64 + 3):
    print(i, i - 2 ** 64, i % 7)
    count = count + 1
for i in range(-(10 ** 20), -(10 ** 20) + 30, 7):
    print(i, i + 10 ** 20)
for i in range(10 ** 30, 10 ** 30 - 5, -2):
    print(i)
for i in range(0, 10 ** 40, 10 ** 39):
    count = count + 1
print("steps of 10**39:", count)
n = 0
for i in range(2 ** 63 - 2, 2 ** 63 + 2):
    n = n + i
print(n, n == 4 * 2 ** 63 - 2)
for i in range(5, 2 ** 100):
    if i > 8:
        break
    print("small start, huge stop:", i)
for i in range(2 ** 100, 2 ** 100):
    print("never")
print(len(str(2 ** 100)), "done")
