# Containers of strings show each string's repr, with escapes and the right quotes.
lines = "first line\nsecond\t'quoted'\n\"dq\"\n\nlast\\".split("\n")
print(lines)
print((lines[0], lines[1]), (lines[-1],))
pairs = {"tab": "\t", "nul": "\x00", "quote": "'", "dquote": '"', "both": "'\"", "uni": "ü😀"}
print(pairs)
for k in pairs:
    print(k, repr(pairs[k]), len(repr(pairs[k])))
print([["a'b"], ['c"d']], [("é",)])
