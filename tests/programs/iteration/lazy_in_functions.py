# map/filter inside functions, using parameters and locals.
def scale_all(xs, factor):
    return list(map(lambda v: v * factor, xs))


def count_if(xs, lo, hi):
    return sum(map(lambda v: lo <= v < hi, xs))


def keep_multiples(n, limit):
    return list(filter(lambda v: v % n == 0, range(1, limit)))


def digits(n):
    return list(map(int, str(n)))


def digital_root(n):
    while n >= 10:
        n = sum(map(int, str(n)))
        print("  ->", n)
    return n


def fmt_row(cells, width):
    return "|" + "|".join(map(lambda c: str(c).rjust(width), cells)) + "|"


def total_len(words):
    n = 0
    for k in map(len, words):
        n = n + k
    return n


print(scale_all([1, 2, 3], 4))
print(scale_all([], 4))
print(count_if([1, 5, 9, 12, 3, 7], 3, 9))
print(keep_multiples(7, 50))
print(digits(90210))
print(digital_root(987654321))
print(fmt_row([1, 22, 333], 4))
print(fmt_row(["a", "bc"], 3))
print(total_len(["alpha", "be", "", "gam"]))
for row in range(1, 4):
    print(fmt_row(scale_all([1, 2, 3, 4], row), 3))
print(max(map(digital_root, [38, 99, 12345])))
print(sorted(map(lambda w: total_len([w, w]), ["xy", "a", "pqr"])))
