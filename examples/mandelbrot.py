# mandelbrot.py -- an ASCII-art Mandelbrot set.
#
# For each character cell, iterates z = z*z + c with scalar floats until
# |z| > 2 or the iteration budget runs out, and picks a character by the
# escape time.  Also prints how many cells are inside the set.

WIDTH = 72
HEIGHT = 28
MAX_ITER = 200


def escape_time(cr, ci):
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


def shade(n):
    if n == MAX_ITER:
        return "#"
    if n > 40:
        return "%"
    if n > 20:
        return "*"
    if n > 10:
        return "+"
    if n > 5:
        return "-"
    if n > 2:
        return "."
    return " "


inside = 0
total_iter = 0
for row in range(HEIGHT):
    ci = 1.2 - 2.4 * row / (HEIGHT - 1)
    line = ""
    for col in range(WIDTH):
        cr = -2.2 + 3.0 * col / (WIDTH - 1)
        n = escape_time(cr, ci)
        total_iter = total_iter + n
        if n == MAX_ITER:
            inside = inside + 1
        line = line + shade(n)
    print(line)
print(f"{inside} of {WIDTH * HEIGHT} cells inside, {total_iter} iterations")
