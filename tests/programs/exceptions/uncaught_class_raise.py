# "raise ValueError" (the class) uncaught after a caught one: reported as "ValueError", with no context.
def need(flag):
    if not flag:
        raise ValueError
    return "ok"


try:
    need(False)
except ValueError as e:
    print("first caught:", repr(e))
print(need(True))
print(need(False))
