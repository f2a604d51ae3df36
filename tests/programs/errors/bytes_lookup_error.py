# An unknown encoding raises LookupError.
name = "utf-9"
print("x".encode("utf-8"))
print("x".encode(name))
