# an except clause for a sibling class does not catch; the exception reaches an outer handler
class Base(Exception):
    pass


class Left(Base):
    pass


class Right(Base):
    pass


def go(k):
    if k == 0:
        raise Left("left")
    raise Right("right")


for k in range(2):
    try:
        try:
            go(k)
        except Left as e:
            print("inner Left handler:", e)
        print("inner done", k)
    except Right as e:
        print("outer Right handler:", e)
    except Base as e:
        print("outer Base handler:", e)
