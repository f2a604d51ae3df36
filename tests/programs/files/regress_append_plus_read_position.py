with open("a.txt", "w") as f:
    f.write("one\ntwo\n")
with open("a.txt", "a+") as f:
    print(repr(f.read()))
