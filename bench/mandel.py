# Benchmark: Mandelbrot escape times over a grid (scalar float arithmetic).
#
# Size: an 800 x 600 grid over [-2.2, 0.8] x [-1.2, 1.2] with at most 1500
# iterations per point.  Prints the number of points inside the set, the
# total iteration count and a position-weighted checksum (integers only, so
# the C version prints exactly the same text).

WIDTH = 800
HEIGHT = 600
MAX_ITER = 1500


def escape(cr, ci):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < MAX_ITER:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n = n + 1
    return MAX_ITER


def main():
    inside = 0
    total = 0
    checksum = 0
    for y in range(HEIGHT):
        ci = -1.2 + 2.4 * y / HEIGHT
        for x in range(WIDTH):
            cr = -2.2 + 3.0 * x / WIDTH
            n = escape(cr, ci)
            total = total + n
            if n == MAX_ITER:
                inside = inside + 1
            checksum = (checksum * 31 + n * (x + 1) + y) % 1000000007
    print("inside:", inside)
    print("iterations:", total)
    print("checksum:", checksum)


main()
