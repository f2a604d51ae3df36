# a dict whose values are instances of different subclasses; lookup, iteration, replacement
class Command:
    def run(self, stack):
        return "nop"


class Push(Command):
    def __init__(self, v):
        self.v = v

    def run(self, stack):
        stack.append(self.v)
        return f"push {self.v}"


class AddTop(Command):
    def run(self, stack):
        b = stack.pop()
        a = stack.pop()
        stack.append(a + b)
        return "add"


class Dup(Command):
    def run(self, stack):
        stack.append(stack[-1])
        return "dup"


class MulTop(Command):
    def run(self, stack):
        b = stack.pop()
        a = stack.pop()
        stack.append(a * b)
        return "mul"


table = {"one": Push(1), "two": Push(2), "add": AddTop(), "dup": Dup(), "nop": Command()}
table["mul"] = MulTop()
stack = []
for word in "two dup mul one add nop dup add two mul".split():
    cmd = table[word]
    print(f"{word:>4}: {cmd.run(stack):<7} {stack}")
table["two"] = Dup()
print(table["two"].run(stack), stack)
print(sorted(table.keys()))
print(len(table), "two" in table, table.get("zzz", Push(0)).run(stack), table.get("add", Command()).run(stack), stack)
for k, c in table.items():
    if k == "one":
        print(k, c.run(stack), stack)
