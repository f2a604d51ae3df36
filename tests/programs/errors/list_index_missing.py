# list.index() of a missing value raises ValueError.
words = ["a", "b", "c"]
print(words.index("c"))
print(words.index("z"))
