# min() and max() of several instances compare them with the class's __lt__ (the first of
# equal items wins, as in CPython).
class Card:
    def __init__(self, rank, name):
        self.rank = rank
        self.name = name

    def __lt__(self, other):
        return self.rank < other.rank

    def __repr__(self):
        return f"Card({self.rank}, {self.name!r})"


a, b, c = Card(3, "a"), Card(1, "b"), Card(3, "c")
print(min(a, b, c), max(a, b, c), max(a, c), min(c, a))
print(min([a, b, c]), max([c, b, a]))
