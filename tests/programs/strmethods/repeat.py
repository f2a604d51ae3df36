# str * int and int * str, including zero, negative and non-ASCII.
for n in range(-2, 4):
    print(n, "[" + "ab" * n + "]", "[" + n * "日" + "]")
s = "-="
k = 5
print(s * k, k * s, len(s * k))
print(("x" * 3 + "y") * 2)
print(len("😀" * 1000), ("ab" * 50)[97:], "" * 10 == "")
line = "=" * 20
print(line)
print("|" + " " * 8 + "|")
