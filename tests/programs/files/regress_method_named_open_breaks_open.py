class Door:
    def open(self):
        return "door opened"
with open("a.txt", "w") as f:
    f.write("hi\n")
print(Door().open(), open("a.txt").read())
