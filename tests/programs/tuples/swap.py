# Swapping and rotating with tuple assignment.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "x", "y", "z"
x, y, z = z, x, y
print(x, y, z)
lst = [1, 2, 3, 4]
lst[0], lst[3] = lst[3], lst[0]
print(lst)
i = 0
lst[i], i = 99, 2
print(lst, i)
f0, f1 = 0, 1
for _ in range(20):
    f0, f1 = f1, f0 + f1
print(f0, f1)
p, q = 1071, 462
while q:
    p, q = q, p % q
print(p)
arr = [5, 1, 4, 2, 3]
for i in range(len(arr)):
    for j in range(len(arr) - 1 - i):
        if arr[j] > arr[j + 1]:
            arr[j], arr[j + 1] = arr[j + 1], arr[j]
print(arr)
