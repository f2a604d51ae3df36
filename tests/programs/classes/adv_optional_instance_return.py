# a function returning an instance or None; AttributeError on the None
class Item:
    def __init__(self, key, val):
        self.key = key
        self.val = val
def find(items, key):
    for it in items:
        if it.key == key:
            return it
    return None
items = [Item("a", 1), Item("b", 2)]
r = find(items, "b")
if r is not None:
    print(r.val)
r2 = find(items, "z")
print(r2 is None, r2)
print(find(items, "q").val)
