# An exception raised in a module and not caught: the traceback names each module's file.
from geometry import area_of
import geometry

print(area_of("square", 3))
print(geometry.area_of("circle", 1))
print(area_of("hexagon", 2))
