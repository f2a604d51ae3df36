# base __init__ calls an overridden method (virtual dispatch during construction); defaults differ per override
class Widget:
    def __init__(self, name: str):
        self.name = name
        self.parts: list[str] = []
        self.build()

    def build(self) -> None:
        self.parts.append("frame")

    def render(self, indent: int = 0) -> str:
        return " " * indent + self.name + "[" + ",".join(self.parts) + "]"


class Button(Widget):
    def __init__(self, name: str, label: str):
        self.label = label
        super().__init__(name)

    def build(self) -> None:
        super().build()
        self.parts.append("label=" + self.label)

    def render(self, indent: int = 2) -> str:
        return super().render(indent) + "!"


class Panel(Widget):
    def __init__(self, name: str, kids: list[Widget]):
        self.kids = kids
        super().__init__(name)

    def build(self) -> None:
        for k in self.kids:
            self.parts.append(k.name)

    def render(self, indent: int = 0) -> str:
        lines = [Widget.render(self, indent)]
        for k in self.kids:
            lines.append(k.render(indent + 4))
        return "\n".join(lines)


ui: list[Widget] = [Widget("w"), Button("b", "OK"), Panel("p", [Button("c", "Cancel"), Widget("x")])]
for w in ui:
    print(w.render())
    print(w.render(1))
print([len(w.parts) for w in ui])
p = ui[2]
if isinstance(p, Panel):
    print([k.__class__.__name__ for k in p.kids], p.kids[0].parts)
