# a linked list whose next field is None or a node of any subclass (Optional[Base]); walking it
class Step:
    def __init__(self):
        self.next = None

    def apply(self, x):
        return x

    def label(self):
        return "id"


class AddStep(Step):
    def __init__(self, k):
        super().__init__()
        self.k = k

    def apply(self, x):
        return x + self.k

    def label(self):
        return f"+{self.k}"


class MulStep(Step):
    def __init__(self, k):
        super().__init__()
        self.k = k

    def apply(self, x):
        return x * self.k

    def label(self):
        return f"*{self.k}"


class SquareStep(Step):
    def apply(self, x):
        return x * x

    def label(self):
        return "^2"


def build(specs):
    head = None
    tail = None
    for s in specs:
        if s == "sq":
            node = SquareStep()
        elif s[0] == "*":
            node = MulStep(int(s[1:]))
        elif s[0] == "+":
            node = AddStep(int(s[1:]))
        else:
            node = Step()
        if tail is None:
            head = node
        else:
            tail.next = node
        tail = node
    return head


def run(head, x):
    cur = head
    path = []
    while cur is not None:
        x = cur.apply(x)
        path.append(cur.label())
        cur = cur.next
    return " ".join(path) + " -> " + str(x)


chain = build(["+3", "*2", "sq", "id", "+1"])
print(run(chain, 1))
print(run(chain, -3))
print(run(build([]), 9))
def cut_after_second(head):
    if head is not None:
        print(head.label(), head.next is None)
        second = head.next
        if second is not None:
            second.next = None


cut_after_second(chain)
print(run(chain, 10))
