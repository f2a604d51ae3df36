# map and filter of a method of a builtin type (str.upper), compiled as a lambda calling it.
words = ["a", "Bc"]
print(list(map(str.upper, words)), list(filter(str.isupper, ["A", "b"])), sorted(map(str.lower, words)))
for w in map(str.title, ["ab cd"]):
    print(w)
