# try/except/else/finally ordering with user exceptions, including finally on an escaping exception
class Fail(Exception):
    pass


class Other(Exception):
    pass


def attempt(k):
    try:
        print("  try", k)
        if k == 1:
            raise Fail("fail " + str(k))
        if k == 2:
            raise Other("other " + str(k))
    except Fail as e:
        print("  except Fail:", e)
    else:
        print("  else")
    finally:
        print("  finally", k)
    print("  after", k)


for k in range(3):
    try:
        attempt(k)
    except Other as e:
        print("outer caught", e)
