# Reading an attribute no method assigns is CPython's AttributeError, found at compile time.
class Box:
    def __init__(self, value):
        self.value = value


b = Box(3)
print(b.value)
print(b.size)  # error: [attribute-error]
