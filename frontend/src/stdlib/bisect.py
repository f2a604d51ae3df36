# kiln's `bisect`: binary search of sorted lists, comparing as CPython does.


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    end = _end(a, lo, hi)
    while lo < end:
        middle = (lo + end) // 2
        if key is None:
            below = x < a[middle]
        else:
            below = x < key(a[middle])
        if below:
            end = middle
        else:
            lo = middle + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    end = _end(a, lo, hi)
    while lo < end:
        middle = (lo + end) // 2
        if key is None:
            above = a[middle] < x
        else:
            above = key(a[middle]) < x
        if above:
            lo = middle + 1
        else:
            end = middle
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    if key is None:
        a.insert(bisect_right(a, x, lo, hi), x)
    else:
        a.insert(bisect_right(a, key(x), lo, hi, key=key), x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    if key is None:
        a.insert(bisect_left(a, x, lo, hi), x)
    else:
        a.insert(bisect_left(a, key(x), lo, hi, key=key), x)


bisect = bisect_right
insort = insort_right


# Where a search of `a[lo:hi]` ends (`hi` None: the end of `a`).
def _end(a, lo, hi):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        return len(a)
    return hi
