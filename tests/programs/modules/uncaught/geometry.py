SHAPES = {"square": 4, "circle": 0}


def area_of(shape, size):
    sides = lookup(shape)
    if sides == 0:
        return round(3.14159 * size * size, 3)
    return float(size * size)


def lookup(shape):
    return SHAPES[shape]
