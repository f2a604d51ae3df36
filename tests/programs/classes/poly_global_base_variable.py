# a module-level base-typed variable rebound inside functions with `global`, read elsewhere
class Mode:
    def fmt(self, s):
        return s

    def next_mode(self):
        return Upper()


class Upper(Mode):
    def fmt(self, s):
        return s.upper()

    def next_mode(self):
        return Title()


class Title(Mode):
    def fmt(self, s):
        return s.title()

    def next_mode(self):
        return Mode()


current = Mode()


def cycle():
    global current
    current = current.next_mode()


def show(s):
    return f"{type(current).__name__}: {current.fmt(s)}"


for i in range(5):
    print(show("hello big world"))
    cycle()
current = Title()
print(show("set directly"))
