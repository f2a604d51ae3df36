# istitle/isidentifier/isascii/isprintable-free checks, used to classify tokens.
for s in ["Hello World", "Hello world", "HELLO", "Hello", "", "A1 B2", "ǅungla", "_name", "2x", "x2", "class", "é_t", "a-b", "日本", "abc\x7f", "ascii only"]:
    print(repr(s), s.istitle(), s.isidentifier(), s.isascii())
tokens = "let x1 = 42 + y_2 * 3.5 ;".split()
for t in tokens:
    if t.isidentifier():
        kind = "name"
    elif t.isdigit():
        kind = "int"
    elif t.replace(".", "", 1).isdigit():
        kind = "float"
    else:
        kind = "op"
    print(t, kind)
