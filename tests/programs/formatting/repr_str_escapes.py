# repr() escapes: \n \t \r \\, control characters as \x.., printable non-ASCII kept as is.
samples = ["line\nbreak", "tab\there", "cr\rlf", "nul\x00byte", "bell\x07", "esc\x1b[0m", "del\x7f", "\x80\x9f", "nbsp\xa0here", "soft\xadhyphen", "é ü ß", "日本語", "😀", "\u200b", "\u2028", "\ufeff", "\U000e0001", "\x0b\x0c", "mixed\t'\"\\\n"]
for s in samples:
    print(repr(s))
print(repr("\\n"), len("\\n"), len(repr("\n")))
