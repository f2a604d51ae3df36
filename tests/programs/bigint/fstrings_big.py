# Big ints in f-strings, str(), concatenation, len() and print's sep/end.
big = 2 ** 100
neg = -(3 ** 70)
print(f"{big} {neg} {big + neg} {big * neg} {-big}")
print(f"2**64 = {2 ** 64}, 2**64 - 1 = {2 ** 64 - 1}, -2**63 - 1 = {-2 ** 63 - 1}")
print(f"{hex(big)} {oct(neg)} {bin(2 ** 65)} {hash(big)} {big.bit_length()}")
print(f"[{big // 10 ** 10}] [{big % 10 ** 10}] [{big / 10 ** 10}] [{big > 2 ** 99}]")
s = str(big)
t = str(neg)
print(s + t, len(s), len(t), len(s + t), s * 2, s == "1267650600228229401496703205376")
print(s < t, s > "1", str(10 ** 30) < str(9), str(-(10 ** 30)) < str(-1))
print(big, neg, sep=" | ", end=" <end>\n")
print(big, end="")
print(neg, end="")
print()
print(10 ** 19, 10 ** 20, sep="")
line = ""
x = 1
for i in range(12):
    x = x * 1000 + i
    line = line + str(x % 10) + ","
    print(f"{i} {x} {len(str(x))}")
print(line)
msg = "value=" + str(2 ** 80) + "; neg=" + str(-(2 ** 80)) + "; sum=" + str(2 ** 80 - 2 ** 80)
print(msg, len(msg))
print(str(int("9" * 30) + 1), str(-(10 ** 25)) + "!", f"<{10 ** 25}>")
