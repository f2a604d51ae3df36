# `in`, `not in`, count, index and remove on a mixed-subclass list, all through the base __eq__
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return self.k == other.k

    def __repr__(self):
        return f"{type(self).__name__}({self.k})"


class Upper(Key):
    def __init__(self, k):
        super().__init__(k.upper())


class Short(Key):
    def __init__(self, k):
        super().__init__(k[:2])


keys = [Key("ab"), Upper("cd"), Short("efgh"), Key("CD")]
print(keys)
print(Key("ab") in keys, Key("CD") in keys, Key("ef") in keys, Key("zz") in keys)
print(Upper("ab") in keys, Short("abzz") in keys, Upper("zz") not in keys)
print(keys.count(Key("CD")), keys.index(Key("ef")), keys.index(Short("CDxx")))
keys.remove(Key("CD"))
print(keys)
print([k == Key("ef") for k in keys], [Key("ef") == k for k in keys])
found = 0
for probe in [Key("ab"), Upper("ef"), Short("efx"), Key("CD")]:
    if probe in keys:
        found += 1
print("found", found)
