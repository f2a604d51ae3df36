# overrides that raise different built-in exceptions; try/except/else/finally per base-typed item
class Parser:
    def parse(self, s):
        return len(s)


class IntParser(Parser):
    def parse(self, s):
        return int(s)


class IndexParser(Parser):
    def parse(self, s):
        return "abc".index(s)


class KeyParser(Parser):
    def __init__(self):
        self.table = {"one": 1, "two": 2}

    def parse(self, s):
        return self.table[s]


parsers = [Parser(), IntParser(), IndexParser(), KeyParser()]
for s in ["two", "12", "b"]:
    for p in parsers:
        try:
            v = p.parse(s)
        except ValueError as e:
            print(type(p).__name__, s, "ValueError", e)
        except KeyError as e:
            print(type(p).__name__, s, "KeyError", e)
        else:
            print(type(p).__name__, s, "->", v)
        finally:
            pass
ok = 0
for p in parsers:
    try:
        ok += p.parse("1")
    except (ValueError, KeyError) as e:
        print("skip", type(e).__name__)
print(ok)
