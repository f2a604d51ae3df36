# Slice-to-slice assignment: reversal, rotation, growth and shrinking, in place and between lists.
x = [1, 2, 3, 4, 5]
x[:3] = x[2::-1]
print(x)
x[1:4] = x[3:0:-1]
print(x)
x[:] = x[::-1]
print(x)
x[2:] = x[:2]
print(x)
x[:0] = x[-2:]
print(x)
y = [1.5, 2.5, 3.5]
y[:2] = y[1::-1]
print(y)
s = ["a", "b", "c", "d"]
s[1:3] = s[3:1:-1]
print(s)
big = list(range(100))
big[:80] = big[79::-1]
print(big[:5], big[75:85], len(big))
big[10:90] = big[:80]
print(big[:12], big[88:92], len(big))
