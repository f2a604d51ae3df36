# Special methods kiln does not call yet are refused, never silently ignored.
class Items:
    def __init__(self):
        self.data = [1, 2]

    def __reversed__(self):  # error: [unsupported-special-method]
        return reversed(self.data)


print(len(Items().data))
