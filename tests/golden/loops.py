total = 0
for i in range(10, 0, -3):
    if i == 4:
        continue
    total += i
else:
    print("done", total)

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
    if steps > 1000:
        break
print(steps)
