# The standard main guard; __name__ is "__main__" when run as a script.
def helper(x):
    return x * x + 1


def main():
    total = 0
    for i in range(5):
        total = total + helper(i)
    print("total", total)


print("module level runs first")
if __name__ == "__main__":
    print("in main guard")
    main()
if __name__ != "__main__":
    print("imported")
print(__name__)
print("the end")
