# ascii(): like repr() but with every non-ASCII code point escaped as \x, \u or \U.
texts = ["plain", "café", "naïve résumé", "日本語", "Ελληνικά", "😀 smile", "it's", 'q"uote', "\t\n", "\x7f\x80\xff", "\u0100\uffff", "\U00010000", ""]
for t in texts:
    print(ascii(t), repr(t), len(ascii(t)))
print(ascii(42), ascii(-1.5), ascii(True), ascii(None))
print(ascii(["é", "e"]), ascii(("ü",)), ascii({"ß": 1}))
print(ascii({"ø"}), ascii([]), ascii(()), ascii({}))
words = "Zürich München Köln".split()
for w in words:
    a = ascii(w)
    print(f"{w:<8}-> {a:<22} {a == repr(w)}")
print(ascii("ascii only") == repr("ascii only"))
