# uncaught IndexError from a list field indexed inside a dataclass method
from dataclasses import dataclass, field


@dataclass
class Stack:
    items: list[str] = field(default_factory=list)

    def push(self, s: str) -> None:
        self.items.append(s)

    def peek(self, depth: int) -> str:
        return self.items[len(self.items) - 1 - depth]


st = Stack()
st.push("a")
st.push("b")
print(st, st.peek(0), st.peek(1))
print(st.peek(4))
