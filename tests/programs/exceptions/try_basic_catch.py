# A raised ValueError is caught by a matching except clause; without an exception the handler is skipped.
def double_positive(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n * 2


def attempt(n):
    try:
        r = double_positive(n)
        print("ok", r)
    except ValueError as e:
        print("caught", e)
    print("after", n)


attempt(3)
attempt(-4)
attempt(0)
try:
    print("module try")
    raise ValueError("at module level")
except ValueError as err:
    print("module caught:", err)
print("end")
