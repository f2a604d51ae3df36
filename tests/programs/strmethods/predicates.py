# isdigit/isalpha/isspace/isalnum/isupper/islower and friends on ASCII and non-ASCII text.
samples = ["", "abc", "ABC", "Abc", "123", "12.5", "-1", "abc123", " ", " \t\n", "a b", "é", "É", "日本", "²", "٣", "½", "Ⅻ", "😀", "_", "ß", "ǅ", "A1", "a1", "\u00a0", "\x1c"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isupper(), s.islower(), s.isdecimal(), s.isnumeric())
