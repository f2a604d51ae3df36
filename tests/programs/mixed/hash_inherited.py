# __hash__/__eq__ defined in a base class and inherited; a subclass overriding both
class Key:
    def __init__(self, k: str):
        self.k = k

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Key) and self.k.lower() == other.k.lower()

    def __hash__(self) -> int:
        return hash(self.k.lower())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.k!r})"


class TaggedKey(Key):
    def __init__(self, k: str, tag: int):
        super().__init__(k)
        self.tag = tag


class StrictKey(Key):
    def __eq__(self, other: object) -> bool:
        return isinstance(other, StrictKey) and self.k == other.k

    def __hash__(self) -> int:
        return hash(self.k)


table: dict[Key, int] = {}
for k in [Key("A"), TaggedKey("a", 1), Key("b"), TaggedKey("B", 2), Key("c")]:
    table[k] = table.get(k, 0) + 1
print(table)
print(Key("C") in table, TaggedKey("x", 0) in table)
s = {Key("Q"), TaggedKey("q", 5)}
print(len(s), s)
print(StrictKey("a") == StrictKey("a"), StrictKey("a") == StrictKey("A"))
good = {StrictKey("z"): 1, StrictKey("Z"): 2, StrictKey("z"): 3}
print(good, hash(StrictKey("z")) == hash("z"))
