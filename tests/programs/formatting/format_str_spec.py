# Format specs for strings: width, alignment, precision (truncation), s type, non-ASCII.
words = ["", "a", "kiln", "compiler", "日本語テキスト", "😀😀"]
for w in words:
    print("[" + format(w, "s") + "]", "[" + format(w, ".3") + "]", "[" + format(w, "8.2") + "]", "[" + format(w, ">8.5s") + "]", "[" + format(w, "^7.0") + "]", "[" + format(w, "") + "]")
print(format("x", "<0"), format("abc", "1"), format("tab\t", ">6") + "|")
