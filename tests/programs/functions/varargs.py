# *args parameters: the tuple of the surplus positional arguments.
def total(*nums):
    return sum(nums)


def describe(label, *values, sep=", "):
    return label + ": " + sep.join(str(v) for v in values)


def count(*items) -> int:
    return len(items)


def first_or(default, *rest):
    if rest:
        return rest[0]
    return default


def show(*parts):
    for p in parts:
        print("-", p)
    print(parts)


print(total(), total(1), total(1, 2, 3), total(1.5, 2.5))
print(describe("xs", 1, 2, 3), describe("none"), describe("ys", 4, 5, sep="|"))
print(count(), count("a", "b"), first_or(0), first_or(0, 9, 8))
show("a", "b")
show()


class Logger:
    def __init__(self, prefix: str):
        self.prefix = prefix

    def log(self, *words):
        print(self.prefix, " ".join(words))


Logger(">").log("hello", "world")
Logger("#").log()
pair = (3, 4)
print(first_or(1, 2), total(pair[0], pair[1]))
