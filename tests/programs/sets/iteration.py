# Iterating sets; order of small ints is their value order.
s = {5, 3, 9, 1}
for x in s:
    print(x)
total = 0
for x in s:
    total += x
print(total, sum(s), sorted(s, reverse=True))
t = {"x", "y", "z"}
out = []
for v in t:
    out.append(v)
print(sorted(out))
print(list({2, 1}))
