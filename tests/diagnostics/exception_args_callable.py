# An exception's positional arguments become its `args`, which kiln keeps with their types:
# a function cannot be one.
class Failed(Exception):
    pass


def work():
    return 1


raise Failed(work)  # error: [unsupported-call]
