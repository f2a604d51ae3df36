# __exit__ returning True suppresses the exception; execution continues after the with statement
class Swallow:
    def __init__(self):
        self.swallowed = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.swallowed.append(exc_type.__name__ + ":" + str(exc))
        return True


sw = Swallow()


def risky(n):
    result = "start"
    with sw:
        result = "middle"
        if n % 2 == 1:
            raise RuntimeError("odd " + str(n))
        result = "end"
    return result


for n in range(4):
    print(n, risky(n))
print(sw.swallowed)
with sw:
    x = 10 // 0
    print("not printed")
print("continued", sw.swallowed[-1])
with sw:
    print("no error here")
print(len(sw.swallowed))
