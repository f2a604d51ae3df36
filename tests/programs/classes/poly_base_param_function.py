# functions taking the base class, called with every subclass (and the base itself)
class Doc:
    def __init__(self, title):
        self.title = title

    def body(self):
        return "(empty)"

    def pages(self):
        return 1


class Letter(Doc):
    def __init__(self, title, to):
        super().__init__(title)
        self.to = to

    def body(self):
        return "Dear " + self.to

    def pages(self):
        return 2


class Report(Doc):
    def __init__(self, title, sections):
        super().__init__(title)
        self.sections = sections

    def body(self):
        return " | ".join(self.sections)

    def pages(self):
        return 3 * len(self.sections)


def render(d):
    return f"[{d.title}] {d.body()} ({d.pages()}p)"


def total_pages(docs):
    n = 0
    for d in docs:
        n += d.pages()
    return n


def longer(a, b):
    if a.pages() >= b.pages():
        return a
    return b


l = Letter("hi", "Sam")
r = Report("q3", ["intro", "numbers", "outlook"])
d = Doc("memo")
print(render(l))
print(render(r))
print(render(d))
print(total_pages([l, r, d]))
print(longer(l, d).title, longer(d, r).title, longer(l, l).title)
print(render(longer(r, l)))
