# What CPython's `object`, `type` and `BaseException` give every instance, class and exception
# is refused (kiln does not compile it yet), never reported as a missing attribute.
class Box:
    pass


class Failed(Exception):
    pass


print(Box().__dict__)  # error: [unsupported-attribute]
print(Box.__qualname__)  # error: [unsupported-attribute]
try:
    raise Failed("x")
except Failed as e:
    print(e.__context__)  # error: [unsupported-attribute]
    print(e.with_traceback)  # error: [unsupported-attribute]
