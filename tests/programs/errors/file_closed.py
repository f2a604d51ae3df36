with open("data.txt", "w") as f:
    f.write("hello\n")
print("written")
f.write("again\n")
