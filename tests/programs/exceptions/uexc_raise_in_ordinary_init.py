# an ordinary class raising a user exception from __init__; the caller catches it, no object is bound
class InvalidPoint(Exception):
    pass


class Point:
    def __init__(self, x, y):
        if x < 0 or y < 0:
            raise InvalidPoint(f"negative coordinate ({x}, {y})")
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


points = []
for x, y in [(1, 2), (-1, 5), (3, 4), (0, -9)]:
    try:
        p = Point(x, y)
        points.append(p)
        print("made", p)
    except InvalidPoint as e:
        print("invalid:", e)
print(points)
