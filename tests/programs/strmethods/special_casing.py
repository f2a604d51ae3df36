# Case mappings that change length, final sigma, titlecase digraphs and ligatures.
print("ŉ".upper(), "ΐ".upper(), "ﬃ".upper(), "ﬃ".title(), "ǰ".upper(), "İ".lower(), len("İ".lower()))
print("ΑΣ ΑΣ.".lower(), "Σ".lower(), "ΑΣΑ".lower(), "AΣ1".lower(), "ΑΣ'".lower(), "ΟΔΟΣΣ".lower())
print("hello WORLD ǆ ǅ ǆx".title(), "ǆemal".capitalize(), "ßa".capitalize(), "ﬁx".capitalize())
for w in ["straße", "ﬂuß", "ΌΣΟΣ", "ǈudevit", "ǳ"]:
    print(w, w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), len(w), len(w.upper()))
