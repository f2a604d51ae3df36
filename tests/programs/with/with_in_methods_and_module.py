# with at module level and inside methods, where the manager is a field of self or self itself
class Indent:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
    def say(self, text):
        print("  " * self.level + text)

class Report:
    def __init__(self, title):
        self.title = title
        self.out = Indent()
    def __enter__(self):
        self.out.say("<" + self.title + ">")
        self.out.level += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        self.out.level -= 1
        self.out.say("</" + self.title + ">")
        return False
    def section(self, name, lines):
        self.out.say(name + ":")
        with self.out as o:
            for line in lines:
                o.say(line)
    def render(self):
        with self:
            self.section("intro", ["hello", "world"])
            self.section("body", ["x"])

r = Report("doc")
r.render()
with Report("module") as m:
    m.section("only", ["a", "b"])
print(r.out.level, m.out.level)
