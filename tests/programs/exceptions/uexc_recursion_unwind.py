# a user exception raised at the bottom of a recursion unwinds every frame; finally counts the frames
class Found(Exception):
    def __init__(self, depth, value):
        super().__init__("found at depth " + str(depth))
        self.depth = depth
        self.value = value


unwound = [0]


def search(values, i, target):
    try:
        if i >= len(values):
            return -1
        if values[i] == target:
            raise Found(i, values[i])
        return search(values, i + 1, target)
    finally:
        unwound[0] += 1


vals = [5, 8, 13, 21, 34, 55]
for t in [21, 99]:
    unwound[0] = 0
    try:
        print("not found:", search(vals, 0, t))
    except Found as e:
        print(e, "value", e.value, "depth", e.depth)
    print("frames unwound", unwound[0])
