# Mutating lists inside loops and functions.
def remove_evens(xs):
    i = 0
    while i < len(xs):
        if xs[i] % 2 == 0:
            xs.pop(i)
        else:
            i += 1


nums = list(range(15))
remove_evens(nums)
print(nums)
for i in range(len(nums)):
    nums[i] = nums[i] * nums[i]
print(nums)
acc = []
for x in nums:
    if x > 50:
        break
    acc.insert(0, x)
print(acc)
grow = [1]
for x in grow:
    if x < 40:
        grow.append(x * 3)
print(grow)
primes = []
for n in range(2, 50):
    ok = True
    for p in primes:
        if p * p > n:
            break
        if n % p == 0:
            ok = False
            break
    if ok:
        primes.append(n)
print(primes)
