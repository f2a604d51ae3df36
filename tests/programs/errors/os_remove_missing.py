import os


def clean(paths):
    for path in paths:
        os.remove(path)


with open("made.txt", "w") as f:
    f.write("x")
clean(["made.txt", "never_made.txt"])
