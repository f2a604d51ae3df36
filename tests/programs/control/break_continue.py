# break and continue in while and for loops.
total = 0
for i in range(20):
    if i % 2 == 0:
        continue
    if i > 13:
        break
    total = total + i
    print("add", i)
print("total", total, "last i", i)
n = 0
while n < 100:
    n = n + 1
    if n % 7 != 0:
        continue
    print("multiple of 7:", n)
    if n >= 28:
        break
print("n", n)
count = 0
while True:
    count = count + 3
    if count > 20:
        break
print(count)
for i in range(5):
    continue
    print("never")
print("after loop i =", i)
