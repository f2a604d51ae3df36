# When the right operand's class is a subclass overriding the reflected method, CPython calls it first.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        return Money(self.cents + other.cents)

    def __eq__(self, other):
        return self.cents == other.cents

    def __repr__(self):
        return f"Money({self.cents})"


class Tagged(Money):
    def __radd__(self, other):
        return Tagged(self.cents + other.cents + 1000)

    def __repr__(self):
        return f"Tagged({self.cents})"


m = Money(5)
t = Tagged(7)
print(m + t, m + m, m == Money(5))
