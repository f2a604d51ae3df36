# Looking up a missing str key raises KeyError with the key's repr.
d = {"apple": 1, "pear": 2}
print(d["apple"])
print(d["plum"])
