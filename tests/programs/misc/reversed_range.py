cases = [(0, 10, 1), (10, 0, -1), (0, 10, 3), (0, 11, 3), (10, -10, -4), (5, 5, 1), (5, 0, 1),
         (0, 5, -1), (-3, 4, 2), (-10, -1, 7), (0, 1, 1), (7, 6, -1), (0, 100, 33), (100, 0, -33)]
for a, b, c in cases:
    print(a, b, c, list(reversed(range(a, b, c))), list(range(a, b, c))[::-1] == list(reversed(range(a, b, c))))
print(list(reversed(range(5))), list(reversed(range(0))), list(reversed(range(-5))))
big = 10**20
print(list(reversed(range(big, big + 5))))
print(list(reversed(range(big, -big, -big // 2))))
print(list(reversed(range(-big, big, big // 3 + 7))))
print(next(reversed(range(2**63 - 3, 2**63 + 3))))
print(list(reversed(range(2**63 - 3, 2**63 + 3))))
print(list(reversed(range(-2**63 - 2, -2**63 + 2))))
print(list(reversed(range(2**64, 2**64 + 10, 3))))
r = reversed(range(1, 4))
print(next(r), list(r), list(r))
total = 0
for i in reversed(range(1, 1000001)):
    total += i
print(total)
print(sum(reversed(range(10, 0, -2))), max(reversed(range(3, 30, 4))))
for i, v in enumerate(reversed(range(3))):
    print(i, v)
print(list(zip(reversed(range(3)), reversed("abc"))))
print(list(reversed("")), list(reversed("a")), "".join(reversed("h\u00e9llo \U0001f600!")))
s = "racecar"
print(s == "".join(reversed(s)), "".join(reversed("palindrome")))
print([c for c in reversed("xyz") if c != "y"])
w = reversed(range(0, 20, 5))
print(list(w)[1:], 15 in reversed(range(0, 20, 5)))
print(list(reversed(range(9, -1, -1)))[:3], list(reversed(range(-1, -10, -3))))
