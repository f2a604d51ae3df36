# Functions may call functions that are defined later in the file.
def main():
    print(helper(3))
    print(twice(helper(1)))
    report("later functions work")


def helper(x):
    return square(x) + 1


def square(x):
    return x * x


def twice(x):
    return 2 * x


def report(msg):
    print("report:", msg, "and", square(12))


main()
print(helper(10))
