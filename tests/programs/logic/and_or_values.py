# and/or return one of their operands (not necessarily a bool).
print(0 or 5, 3 or 5, 0 and 5, 3 and 5, -1 and 0, 0 or 0)
print(0.0 or 2.5, 1.5 or 2.5, 0.0 and 2.5, 1.5 and 2.5, -0.0 or 7.0)
print("" or "default", "x" or "default", "" and "y", "x" and "y")
print(True and False, True or False, False or False, False and True)
x = 0
y = x or 42
print(y)
name = ""
shown = name or "anonymous"
print(shown)
count = 7
z = count and count * 2
print(z)
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0 or 9, 0 or 4 or 9)
print(1 or 2 and 0, (1 or 2) and 0, 0 and 1 or 2)
k = 3
print(k > 2 and k < 5, k > 2 and k > 5, k < 2 or k == 3)
w = 0
w = w or 10
w = w and w + 1
print(w)
