def main():
    with open("data.txt") as fh:  # error: [unsupported-with]
        pass
main()
