# a list comprehension error caught and replaced: the chained report shows the <listcomp> frame in the first traceback
xs = [1, 0]
try:
    print([10 // v for v in xs])
except ZeroDivisionError:
    raise ValueError("wrapped")
