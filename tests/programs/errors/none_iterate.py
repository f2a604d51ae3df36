def words(text):
    if text:
        return text.split()
    return None


for w in words("a b"):
    print(w)
for w in words(""):
    print(w)
