# A slice step of zero raises ValueError.
a = [1, 2, 3]
print(a[::1])
step = 0
print(a[::step])
