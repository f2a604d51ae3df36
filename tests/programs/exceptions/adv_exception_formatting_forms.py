# %-formatting, str.format, concatenation, containers and dict values holding a caught KeyError
try:
    {}["k"]
except KeyError as e:
    print("%s / %r" % (e, e))
    print("{} {!r} {!s}".format(e, e, e))
    print("x" + str(e) + repr(e))
    print(str(e) * 2, len(repr(e)))
    s = str(e)
    print(s.upper(), s[1:-1])
    print([str(e), repr(e)])
    print((e, 1))
    print({"err": e})
