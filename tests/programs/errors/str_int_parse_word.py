# int() of a word raises ValueError quoting the text.
for t in ["12", " -7 ", "+0"]:
    print(int(t))
word = "abc"
print(int(word))
