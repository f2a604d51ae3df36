# uncaught user exception raised while handling another user exception: "During handling" chain
class ReadError(Exception):
    pass


class ReportError(Exception):
    pass


def read(n):
    raise ReadError("read " + str(n) + " failed")


def report(n):
    try:
        read(n)
    except ReadError:
        raise ReportError("could not report " + str(n))


print("start")
report(5)
