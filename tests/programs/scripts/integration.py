# Numeric integration with the midpoint, trapezoid and Simpson rules.
def f_poly(x):
    return x * x * x - 2.0 * x + 1.0


def f_recip(x):
    return 4.0 / (1.0 + x * x)


def f_exp(x):
    # e**x via a truncated Taylor series (no math module)
    term = 1.0
    total = 1.0
    for k in range(1, 25):
        term = term * x / k
        total = total + term
    return total


def integrate(which, a, b, n, rule):
    h = (b - a) / n
    total = 0.0
    for i in range(n + 1):
        x = a + i * h
        y = 0.0
        if which == 0:
            y = f_poly(x)
        elif which == 1:
            y = f_recip(x)
        else:
            y = f_exp(x)
        w = 1.0
        if rule == "trapezoid":
            if i == 0 or i == n:
                w = 0.5
        elif rule == "simpson":
            if i == 0 or i == n:
                w = 1.0 / 3.0
            elif i % 2 == 1:
                w = 4.0 / 3.0
            else:
                w = 2.0 / 3.0
        total = total + w * y
    return total * h


for which in range(3):
    for n in range(10, 1001, 990):
        print(which, n, integrate(which, 0.0, 1.0, n, "trapezoid"), integrate(which, 0.0, 1.0, n, "simpson"))
print("pi ~", integrate(1, 0.0, 1.0, 100, "simpson"))
print("e - 1 ~", integrate(2, 0.0, 1.0, 100, "simpson"))
print("poly exact 0.25 vs", integrate(0, 0.0, 1.0, 2, "simpson"))
