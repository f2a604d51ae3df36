# BaseException is not caught by "except Exception"; it passes on to a BaseException handler.
def stop(k):
    if k == 0:
        raise BaseException("base stop")
    raise Exception("plain")


def catch_exception_only(k):
    try:
        stop(k)
    except Exception as e:
        return "Exception handler: " + str(e)
    return "no exception"


for k in [1, 0, 1]:
    try:
        print(catch_exception_only(k))
    except BaseException as e:
        print("outer BaseException handler:", repr(e))
