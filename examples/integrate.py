# integrate.py -- numeric integration with Simpson's rule.
#
# Integrates a few functions over [a, b] with composite Simpson's rule for
# increasing numbers of intervals, and prints each estimate and its error
# against the exact value.  Transcendental functions are computed with
# short power series, since the subset has no math module.


def exp_series(x):
    term = 1.0
    total = 1.0
    k = 1
    while k < 40:
        term = term * x / k
        total = total + term
        k = k + 1
    return total


def f(which, x):
    if which == 0:
        return x * x
    if which == 1:
        return 4.0 / (1.0 + x * x)
    if which == 2:
        return exp_series(-x * x)
    return 1.0 / x


def simpson(which, a, b, n):
    h = (b - a) / n
    total = f(which, a) + f(which, b)
    for i in range(1, n):
        if i % 2 == 1:
            total = total + 4.0 * f(which, a + i * h)
        else:
            total = total + 2.0 * f(which, a + i * h)
    return total * h / 3.0


def report(name, which, a, b, exact):
    print(name)
    n = 2
    while n <= 512:
        approx = simpson(which, a, b, n)
        print(f"  n = {n}: {approx}  error {abs(approx - exact)}")
        n = n * 4


report("x^2 on [0, 3] (exact 9)", 0, 0.0, 3.0, 9.0)
report("4 / (1 + x^2) on [0, 1] (exact pi)", 1, 0.0, 1.0, 3.141592653589793)
report("exp(-x^2) on [0, 1] (exact 0.746824132812427)", 2, 0.0, 1.0, 0.746824132812427)
report("1 / x on [1, 2] (exact ln 2)", 3, 1.0, 2.0, 0.6931471805599453)
