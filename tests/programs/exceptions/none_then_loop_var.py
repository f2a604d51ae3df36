# A variable set to None, then assigned in a loop, is Optional after it: no false error from a
# first look at the code after the loop, made before the loop body was typed.
def last(ws):
    s = None
    for w in ws:
        s = w
    return s[0]


def last_error(values):
    err = None
    for v in values:
        try:
            print(10 // v)
        except ZeroDivisionError as e:
            err = e
    if err is not None:
        print("last error:", err)


print(last(["ab", "cd"]))
last_error([5, 0, 2])
