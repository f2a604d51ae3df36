# Which function a dispatch table gives is known at run time only: whether a call of it binds
# its arguments depends on it.
def add(a, b):
    return a + b


def neg(a):
    return -a


ops = {"add": add, "neg": neg}
print(ops["add"](2, 3))  # error: [unsupported-operation]
