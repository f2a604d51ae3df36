# String ordering: code point comparison, prefixes, case, sorting and min/max.
pairs = [("a", "b"), ("b", "a"), ("abc", "ab"), ("", "a"), ("A", "a"), ("Z", "a"), ("é", "f"), ("日", "😀"), ("10", "9"), ("abc", "abc")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
words = ["banana", "Apple", "cherry", "apple", "", "Banana", "éclair", "zebra", "日本", "10", "9"]
print(sorted(words))
print(sorted(words, reverse=True))
def length(w):
    return len(w)


print(sorted(words, key=length))
print(min("pear", "peach"), max("pear", "peach"), min("b", "a", "c"), max("é", "e"))
