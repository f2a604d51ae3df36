# map and filter as values are generators, when their function is a name or a lambda; a
# method of a builtin type (`str.upper`) is accepted only where the map is consumed.
total = 0
for word in map(str.upper, ["a", "b"]):
    total += len(word)
shouting = map(str.upper, ["a", "b"])  # error: [unsupported-lazy]
