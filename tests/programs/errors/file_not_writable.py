with open("data.txt", "w") as f:
    f.write("hello\n")
with open("data.txt") as f:
    print(f.read().strip())
    f.write("more")
