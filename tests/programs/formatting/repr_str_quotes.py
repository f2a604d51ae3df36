# repr() of strings picks single quotes unless the text contains ' but no ".
for s in ["plain", "", "it's", 'say "hi"', "both ' and \"", "'", '"', "''", "\\", "back\\slash", "a'b\"c'd"]:
    r = repr(s)
    print(r, len(r), r[0], r[-1])
print([repr("x")], repr(repr("x")))
