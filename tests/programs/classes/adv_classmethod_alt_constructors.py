# alternative constructors: classmethods parsing strings, calling staticmethods through cls, and super() in a classmethod
class Date:
    def __init__(self, y, m, d):
        self.y = y
        self.m = m
        self.d = d
    @staticmethod
    def valid(y, m, d):
        return 1 <= m <= 12 and 1 <= d <= 31
    @classmethod
    def parse(cls, s):
        parts = [int(p) for p in s.split("-")]
        if not cls.valid(parts[0], parts[1], parts[2]):
            raise ValueError("invalid date " + s)
        return cls(parts[0], parts[1], parts[2])
    @property
    def iso(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"
    def __repr__(self):
        return f"{type(self).__name__}({self.iso})"
class Stamp(Date):
    @classmethod
    def parse(cls, s):
        d = super().parse(s.strip())
        return d
print(Date.parse("2024-1-5"), Stamp.parse("  1999-12-31 "), Date.valid(2020, 13, 1))
for s in ["2020-02-30", "2020-13-01", "x-1-1"]:
    try:
        print(Date.parse(s).iso)
    except ValueError as e:
        print("ValueError:", e)
