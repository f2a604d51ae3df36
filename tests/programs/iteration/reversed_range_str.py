for i in reversed(range(5)):
    print(i, end=" ")
print()
print(list(reversed(range(0, 10, 3))), list(reversed(range(10, 0, -4))), list(reversed(range(5, 0))))
print([x * x for x in reversed(range(1, 4))])
print(sum(reversed(range(101))))
big = 10**20
print(list(reversed(range(big, big + 3))))
n = 4
for i in reversed(range(n)):
    for j in reversed(range(i)):
        print((i, j), end="")
print()
r = reversed(range(3))
print(list(r), list(r))
s = "hello, world"
print("".join(reversed(s)), [c for c in reversed("abc")])
for ch in reversed("xyz"):
    print(ch)
print(list(reversed("")), max(reversed("banana")))
t = reversed("kiln")
print(next(t), list(t))
