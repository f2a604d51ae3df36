# `with` works with the program's context managers; files are not available.
def main():
    with open("data.txt") as fh:  # error: [unsupported-builtin]
        pass
main()
