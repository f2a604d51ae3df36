with open("a.txt", "w") as f:
    f.write("a\nbb\nccc\n")
with open("a.txt") as f:
    print(f.readlines(2))
    print(f.readlines())
