# `with` works with the program's context managers and files; an int is neither.
def main():
    with 5 as n:  # error: [unsupported-attribute]
        print(n)
main()
