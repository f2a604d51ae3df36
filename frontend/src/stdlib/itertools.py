# kiln's `itertools`: the iterator building blocks as generators, compiled with the program.
# Each consumes its arguments exactly as CPython's does (no item pulled early or late), so
# generators passed in run their code at the same moments.


# The default of `islice`'s `stop`: its class tells (at compile time) that none was given.
class _Missing:
    pass


_MISSING = _Missing()


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    else:
        for _ in range(times):
            yield obj


def chain(*iterables):
    for iterable in iterables:
        yield from iterable


# `chain` of 2 to 4 iterables written in the call (see emit/combinatorics.rs): they may be of
# different kinds, which a `*iterables` tuple could not hold.
def _chain_2(a, b):
    yield from a
    yield from b


def _chain_3(a, b, c):
    yield from a
    yield from b
    yield from c


def _chain_4(a, b, c, d):
    yield from a
    yield from b
    yield from c
    yield from d


def islice(iterable, start, stop=_MISSING, step=1):
    if isinstance(stop, _Missing):
        return _islice(iterable, 0, _stop_index(start), 1)
    if start < 0:
        raise ValueError(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        )
    if step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iterable, start, _stop_index(stop), step)


def _stop_index(stop):
    if stop is not None and stop < 0:
        raise ValueError(
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        )
    return stop


# The items at `start`, `start + step`, ... below `stop` (None: no end). Like CPython, it
# pulls items up to `stop` (or to `start` when that is past `stop`), and no further.
def _islice(iterable, start, stop, step):
    wanted = start
    if stop is None:
        i = 0
        for element in iterable:
            if i == wanted:
                yield element
                wanted += step
            i += 1
        return
    limit = stop if start < stop else start
    if limit == 0:
        return
    i = 0
    for element in iterable:
        if i == wanted and i < stop:
            yield element
            wanted += step
        i += 1
        if i >= limit:
            return


def accumulate(iterable, func=None, *, initial=None):
    if initial is not None:
        total = initial
        yield total
        for element in iterable:
            total = _combine(func, total, element)
            yield total
        return
    started = False
    for element in iterable:
        if started:
            total = _combine(func, total, element)
        else:
            total = element
            started = True
        yield total


def _combine(func, total, element):
    if func is None:
        return total + element
    return func(total, element)


def takewhile(predicate, iterable):
    for element in iterable:
        if not predicate(element):
            return
        yield element


def dropwhile(predicate, iterable):
    dropping = True
    for element in iterable:
        if dropping and predicate(element):
            continue
        dropping = False
        yield element


def filterfalse(predicate, iterable):
    for element in iterable:
        if predicate is None:
            if not element:
                yield element
        elif not predicate(element):
            yield element


def compress(data, selectors):
    for element, selected in zip(data, selectors):
        if selected:
            yield element


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def pairwise(iterable):
    started = False
    for element in iterable:
        if started:
            yield previous, element
        previous = element
        started = True


# Consecutive items with equal keys, each group as a list (CPython's groups are iterators
# over the same underlying one; kiln collects each group before yielding it).
def groupby(iterable, key=None):
    started = False
    for element in iterable:
        k = _key(key, element)
        if started and k == current:
            group.append(element)
        else:
            if started:
                yield current, group
            current = k
            group = [element]
            started = True
    if started:
        yield current, group


def _key(key, element):
    if key is None:
        return element
    return key(element)


def zip_longest(first, second, *, fillvalue=None):
    a = _each(first)
    b = _each(second)
    while True:
        a_done = False
        try:
            x = next(a)
        except StopIteration:
            a_done = True
            x = fillvalue
        b_done = False
        try:
            y = next(b)
        except StopIteration:
            b_done = True
            y = fillvalue
        if a_done and b_done:
            return
        yield x, y


# Any iterable as a generator, which `next()` can pull from.
def _each(iterable):
    for element in iterable:
        yield element


# `product`, `permutations` and `combinations` for each length of their tuples: kiln
# compiles a call whose length is written in it as a call of one of these (see
# emit/combinatorics.rs). Like CPython's, each reads its whole input when called; the
# generator it returns then makes the tuples.
def _product_1(a):
    return _product_1_of(list(a))


def _product_1_of(pa):
    for x in pa:
        yield (x,)


def _product_2(a, b):
    return _product_2_of(list(a), list(b))


def _product_2_of(pa, pb):
    for x in pa:
        for y in pb:
            yield x, y


def _product_3(a, b, c):
    return _product_3_of(list(a), list(b), list(c))


def _product_3_of(pa, pb, pc):
    for x in pa:
        for y in pb:
            for z in pc:
                yield x, y, z


def _product_4(a, b, c, d):
    return _product_4_of(list(a), list(b), list(c), list(d))


def _product_4_of(pa, pb, pc, pd):
    for x in pa:
        for y in pb:
            for z in pc:
                for w in pd:
                    yield x, y, z, w


def _product_repeat_1(a):
    return _product_1_of(list(a))


def _product_repeat_2(a):
    pool = list(a)
    return _product_2_of(pool, pool)


def _product_repeat_3(a):
    pool = list(a)
    return _product_3_of(pool, pool, pool)


def _product_repeat_4(a):
    pool = list(a)
    return _product_4_of(pool, pool, pool, pool)


def _permutations_1(iterable):
    return _product_1_of(list(iterable))


def _permutations_2(iterable):
    return _permutations_2_of(list(iterable))


def _permutations_2_of(pool):
    n = len(pool)
    for i in range(n):
        for j in range(n):
            if j != i:
                yield pool[i], pool[j]


def _permutations_3(iterable):
    return _permutations_3_of(list(iterable))


def _permutations_3_of(pool):
    n = len(pool)
    for i in range(n):
        for j in range(n):
            if j == i:
                continue
            for k in range(n):
                if k != i and k != j:
                    yield pool[i], pool[j], pool[k]


def _permutations_4(iterable):
    return _permutations_4_of(list(iterable))


def _permutations_4_of(pool):
    n = len(pool)
    for i in range(n):
        for j in range(n):
            if j == i:
                continue
            for k in range(n):
                if k == i or k == j:
                    continue
                for m in range(n):
                    if m != i and m != j and m != k:
                        yield pool[i], pool[j], pool[k], pool[m]


def _combinations_1(iterable):
    return _product_1_of(list(iterable))


def _combinations_2(iterable):
    return _combinations_2_of(list(iterable))


def _combinations_2_of(pool):
    n = len(pool)
    for i in range(n):
        for j in range(i + 1, n):
            yield pool[i], pool[j]


def _combinations_3(iterable):
    return _combinations_3_of(list(iterable))


def _combinations_3_of(pool):
    n = len(pool)
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                yield pool[i], pool[j], pool[k]


def _combinations_4(iterable):
    return _combinations_4_of(list(iterable))


def _combinations_4_of(pool):
    n = len(pool)
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                for m in range(k + 1, n):
                    yield pool[i], pool[j], pool[k], pool[m]
