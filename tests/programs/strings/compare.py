# Lexicographic string comparison by code point.
def cmp(a, b):
    print("[" + a + "] [" + b + "]", a < b, a <= b, a == b, a != b, a > b, a >= b)


cmp("abc", "abd")
cmp("abc", "abc")
cmp("ab", "abc")
cmp("", "a")
cmp("", "")
cmp("Z", "a")
cmp("a", "B")
cmp("10", "9")
cmp("é", "z")
cmp("héllo", "hello")
cmp("日本", "日")
cmp("日", "本")
cmp("😀", "日")
cmp(" ", "!")
print("apple" < "banana" < "cherry", "b" > "a" > "c")
w1 = "kiln"
w2 = "ki" + "ln"
print(w1 == w2, w1 != w2, w1 == "Kiln")
