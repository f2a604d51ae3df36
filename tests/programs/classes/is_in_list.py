# identity of instances stored in lists: repeated references, copies, identity search
class Item:
    def __init__(self, name: str) -> None:
        self.name = name


a = Item("a")
b = Item("b")
items = [a, b, a, Item("a")]
print(items[0] is items[2], items[0] is items[3], items[1] is b)
copy = items.copy()
print(copy is items, copy[1] is items[1], copy[3] is items[3])


def index_by_identity(lst: list[Item], target: Item) -> int:
    for i in range(len(lst)):
        if lst[i] is target:
            return i
    return -1


print(index_by_identity(items, b), index_by_identity(items, items[3]), index_by_identity(items, Item("b")))
count = 0
for it in items:
    if it is a:
        count += 1
print(count)
others = [it.name for it in items if it is not a]
print(others)
items[0].name = "A"
print([it.name for it in items])
