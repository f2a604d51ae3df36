# A bare raise that nobody catches: no chaining, and the re-raising frame shows its call line, not the "raise" line.
def check(n):
    if n > 2:
        raise ValueError(f"too big: {n}")
    return n


def run(values):
    total = 0
    for v in values:
        try:
            total += check(v)
        except ValueError:
            print("failed at", v, "total so far", total)
            raise
    return total


print(run([1, 2]))
print(run([1, 2, 3, 4]))
