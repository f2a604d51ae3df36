# An encode error covers the whole run of characters the codec cannot encode.
print("ab日x本".encode("ascii", "ignore"))
print("ab日本語".encode("latin-1"))
