from dataclasses import dataclass

level = 1


def bump():
    global level
    level += 1


def describe():
    return f"level {level}"


class Shape:
    def name(self):
        return type(self).__name__


@dataclass
class Point:
    x: int
    y: int
