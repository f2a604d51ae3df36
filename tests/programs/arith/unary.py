# Unary minus, plus, invert and not.
x = 5
y = -x
print(y, -y, +y, +x, ~x, ~y, not x, not y)
z = 0
print(-z, +z, ~z, not z)
f = 2.5
print(-f, +f, not f, -(-f))
g = 0.0
print(-g, +g, not g, -(-g))
s = ""
t = "x"
print(not s, not t)
b = True
print(not b, not not b, not (not b))
print(-(3 - 5), -(-(-1)))
i = 0
while i < 3:
    print(-i, ~i)
    i += 1
