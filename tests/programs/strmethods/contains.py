# The `in` and `not in` operators on strings: substrings, empty, non-ASCII.
s = "the quick brown fox"
for sub in ["quick", "Quick", "", "fox", "the quick brown fox", "the quick brown fox!", " ", "xq", "k b"]:
    print(repr(sub), sub in s, sub not in s)
print("" in "", "a" in "", "日" in "日本", "本日" in "日本", "😀" in "a😀b", "é" in "e\u0301")
vowels = "aeiou"
n = 0
for c in "encyclopaedia":
    if c in vowels:
        n += 1
print(n)
