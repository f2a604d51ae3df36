# `bool(x)` through a base class where only some subclasses define `__bool__` (the others
# fall back to `__len__`): kiln refuses it rather than pick one method for all.
class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


class AlwaysTrue(Box):
    def __bool__(self):
        return True


boxes = [Box([]), AlwaysTrue([])]
for b in boxes:
    print(bool(b))  # error: [unsupported-call]
