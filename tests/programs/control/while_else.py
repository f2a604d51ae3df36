# while/else: the else block runs only when the loop ends without break.
def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(n, "has divisor", d)
            break
        d = d + 1
    else:
        print(n, "is prime")
    return d


for n in range(10, 20):
    find_divisor(n)
i = 0
while i < 0:
    i = i + 1
else:
    print("empty while runs else")
j = 0
while True:
    j = j + 1
    if j == 5:
        break
else:
    print("never printed")
print("j =", j)
k = 3
while k > 0:
    k = k - 1
    if k == 10:
        break
    continue
else:
    print("continue does not skip else, k =", k)
