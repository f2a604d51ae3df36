# `open()` compiles text files whose mode is a literal; the rest is refused.
m = "r"
f = open("a.txt", m)  # error: [unsupported-call]
g = open("a.txt", "rb")  # error: [unsupported-call]
h = open("a.txt", "r", 1)  # error: [unsupported-call]
k = open("a.txt", newline="")  # error: [unsupported-call]
e = open("a.txt", encoding="latin-1")  # error: [unsupported-call]
o = open  # error: [unsupported-call]
