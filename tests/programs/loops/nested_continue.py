# Nested loops where continue and break only affect the innermost loop.
for i in range(1, 5):
    line = ""
    for j in range(1, 5):
        if j == i:
            continue
        line = line + str(i * j) + " "
    print(i, ":", line)
pairs = 0
for a in range(10):
    if a % 3 == 0:
        continue
    for b in range(10):
        if b > a:
            break
        if (a + b) % 2 == 1:
            continue
        pairs = pairs + 1
print("pairs", pairs)
i = 0
while i < 4:
    i = i + 1
    j = 0
    while j < 4:
        j = j + 1
        if j == 2:
            continue
        if j == 4:
            break
        print(i, j)
print("i, j", i, j)
