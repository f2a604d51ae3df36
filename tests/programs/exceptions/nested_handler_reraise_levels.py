# Bare raise passes one exception up through several nested handlers, each adding to a log.
log = []


def layer(depth, k):
    try:
        if depth == 0:
            if k == 1:
                raise KeyError("bottom")
            return "no error"
        return layer(depth - 1, k)
    except KeyError:
        log.append("layer " + str(depth) + " saw it")
        if depth == 2:
            return "stopped at layer 2"
        raise


print(layer(4, 0))
print(layer(4, 1))
print(log)
try:
    print(layer(1, 1))
except KeyError as e:
    print("escaped:", repr(e))
print(log)
