# an inner try whose handlers don't match lets a user exception through to the outer try
class Inner(Exception):
    pass


class Outer(Exception):
    pass


def work(k):
    try:
        if k == 0:
            raise Inner("inner problem")
        if k == 1:
            raise Outer("outer problem")
        print("  work", k, "fine")
    except Inner as e:
        print("  inner handler:", e)
    print("  after inner try", k)


for k in range(3):
    try:
        work(k)
        print("no exception for", k)
    except Outer as e:
        print("outer handler:", e)
