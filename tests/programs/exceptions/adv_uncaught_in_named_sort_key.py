# uncaught error in a named sorted() key function shows its frame
def key(s):
    return 10 // len(s)
print(sorted(["aa", "b", ""], key=key))
