# Indexing with positive and negative indices over ASCII and non-ASCII strings.
s = "kiln"
for i in range(-4, 4):
    print(i, s[i])
u = "é日😀x"
for i in range(-4, 4):
    print(i, u[i], ord(u[i]))
print(s[0] + s[-1], u[1] + u[-2])
print(len(s[0]), len(u[2]))
word = "racecar"
n = len(word)
ok = True
for i in range(n // 2):
    if word[i] != word[-1 - i]:
        ok = False
print(word, ok)
