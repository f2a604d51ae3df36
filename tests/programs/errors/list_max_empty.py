# max() of an empty list raises ValueError.
a = [3]
print(max(a[0], 1))
a.pop()
print(sorted(a))
print(max(a))
