# String concatenation and repetition, including zero and negative counts.
a = "foo"
b = "bar"
print(a + b, b + a, a + "" + b, "" + "")
print(a * 3, a * 1, "[" + a * 0 + "]", "[" + b * -2 + "]")
print("-" * 20)
print("ab" * 2 + "c" * 3)
s = ""
for i in range(5):
    s = s + str(i)
print(s, s * 2)
n = 3
print("=" * n + ">" + "." * (10 - n))
t = "x"
t *= 4
t += "y"
print(t)
u = "é" * 3 + "日本" * 2
print(u, len(u))
print((a + b) * 2, a + b * 2)
