# a function returning None or a base-typed instance found in a list; checked before use
class Plugin:
    def __init__(self, name):
        self.name = name

    def handle(self, text):
        return text


class Upper(Plugin):
    def handle(self, text):
        return text.upper()


class Reverse(Plugin):
    def handle(self, text):
        return text[::-1]


class Repeat(Plugin):
    def __init__(self, name, times):
        super().__init__(name)
        self.times = times

    def handle(self, text):
        return text * self.times


plugins = [Upper("up"), Reverse("rev"), Repeat("rep", 3), Plugin("same")]


def find(name):
    for p in plugins:
        if p.name == name:
            return p
    return None


text = "abc"
for name in ["up", "rev", "zip", "rep", "same", "up"]:
    p = find(name)
    if p is None:
        print(name, "missing")
    else:
        text = p.handle(text)
        print(name, text)
q = find("rev")
print(q is not None and q.handle("xyz") == "zyx")
r = find("nothing")
print(r is None, r)
