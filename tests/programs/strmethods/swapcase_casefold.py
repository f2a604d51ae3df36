# swapcase and casefold, and caseless comparison.
for w in ["Hello World", "ß", "ẞ", "Straße", "ΣΑΣ", "µ", "ﬀ", "ABC123def", "", "日本"]:
    print(repr(w), repr(w.swapcase()), repr(w.casefold()), repr(w.swapcase().swapcase()))
print("STRASSE".casefold() == "straße".casefold(), "STRASSE".lower() == "straße".lower())
print("Kiln".casefold() == "KILN".casefold())
