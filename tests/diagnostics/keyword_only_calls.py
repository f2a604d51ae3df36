# Calls that do not match a function's keyword-only parameters are CPython's TypeErrors.
def connect(host, port=80, *, timeout=5.0):
    return host


def need(a, *, b):
    return a


def pair(a, b=1):
    return a


print(connect("a", 1, 2.0))  # error: [type-error]
print(need(1))  # error: [type-error]
print(need(1, 2, b=3))  # error: [type-error]
print(pair(1, 2, 3))  # error: [type-error]
