# docstrings in classes and methods, empty classes, print with sep/end of instances
class P:
    """A point."""
    def __init__(self, x):
        """Make it."""
        self.x = x
    def __str__(self):
        return "P" + str(self.x)
class Empty:
    pass
class Doc:
    """Only a docstring."""
ps = [P(1), P(2)]
print(ps[0], ps[1], sep=" | ", end=" <\n")
print(P(3), "x", 4, sep="")
e = Empty()
d = Doc()
print(isinstance(e, Empty), type(d).__name__, isinstance(d, Empty))
