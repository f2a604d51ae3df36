# Adding to a set while on its last element raises RuntimeError at the next step.
s = {1, 2}
for x in s:
    print(x)
    if x == 2:
        s.add(5)
print(s)
