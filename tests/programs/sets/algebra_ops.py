# Operators | & - ^ and their augmented forms.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a | set(), a & set(), set() - a)
c = {0}
c |= a
print(c)
c &= {0, 1, 2, 9}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
x = {"red", "green", "blue"}
y = {"green", "yellow"}
print(sorted(x | y), sorted(x & y), sorted(x - y), sorted(x ^ y))
