# a KeyError raised inside __str__ during an f-string at module level
class P:
    def __init__(self, d):
        self.d = d
    def __str__(self):
        return self.d["missing"]
p = P({"a": "b"})
print(f"value: {p}")
