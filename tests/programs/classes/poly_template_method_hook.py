# a template method in the base calling self.hook()/self.step() overridden in subclasses
class Report:
    def __init__(self, items):
        self.items = items

    def header(self):
        return "REPORT"

    def line(self, i, item):
        return f"{i}. {item}"

    def footer(self):
        return f"({len(self.items)} items)"

    def render(self):
        out = [self.header()]
        for i in range(len(self.items)):
            out.append(self.line(i + 1, self.items[i]))
        out.append(self.footer())
        return "\n".join(out)


class Shouting(Report):
    def header(self):
        return "!!! REPORT !!!"

    def line(self, i, item):
        return f"{i}) {item.upper()}"


class Compact(Report):
    def line(self, i, item):
        return item[0]

    def footer(self):
        return "-" * len(self.items)


class Numbered(Shouting):
    def footer(self):
        return "end of " + super().footer()


reports = [Report(["apple", "pear"]), Shouting(["kiwi"]), Compact(["x", "yy", "zzz"]), Numbered(["a", "b"])]
for r in reports:
    print(r.render())
    print("==")
