from .errors import GeometryError
from .shapes import Shape, Circle, Rect, Square
from .vector import Vec

__all__ = ["GeometryError", "Shape", "Circle", "Rect", "Square", "Vec"]
