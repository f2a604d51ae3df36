# upper/lower/title/capitalize, including characters whose case mapping changes length.
words = ["hello", "WORLD", "MiXeD cAsE", "ß", "straße", "ǅ", "ﬁne", "İstanbul", "ΣΊΣΥΦΟΣ", "123abc", "", "élan vital", "o'neil's dog", "hello-world_x"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()))
print(len("ß".upper()), len("ﬁ".upper()), len("İ".lower()))
print("they're bill's friends".title())
print("3rd place 2nd".title(), "a1b2c3".title())
print("ǉubljana".capitalize(), "ǉubljana".title())
