# range objects: iteration with positive/negative steps, list(), sum().
for x in range(10, 0, -4):
    print(x)
for x in range(3):
    print(x)
print(list(range(2, 20, 3)))
print(list(range(0)), list(range(-3)), list(range(5, 0)), list(range(0, 10, 20)))
print(list(range(9, 0, -2)), list(range(-5, 5, 3)))
print(sum(range(1, 1001, 7)), sum(range(10, -10, -1)))
total = 0
for i in range(1, 11):
    for j in range(i):
        total += j
print(total)
