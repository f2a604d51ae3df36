# An exception inside a key= lambda shows the lambda's frame.
words = ["bb", "a", "ccc"]
print(sorted(words, key=lambda w: len(w)))
print(sorted(words, key=lambda w: 10 // (len(w) - 1)))
