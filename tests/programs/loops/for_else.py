# for/else: else runs when the loop finishes without break (also for empty ranges).
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True


for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "prime by for/else")
for i in range(0):
    print("never")
else:
    print("else after empty range")
for i in range(3):
    if i == 1:
        continue
else:
    print("else after continue, i =", i)
found = -1
for i in range(10, 100):
    if i % 17 == 0 and i % 3 == 0:
        found = i
        break
else:
    print("not found")
print("found", found)
print(is_prime(97), is_prime(91), is_prime(2), is_prime(1))
