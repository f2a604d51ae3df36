# Exception flow (variant of excflow.py without reading e.__cause__): finally ordering, else, re-raise, chaining, custom hierarchy, return in finally.
events: list[str] = []


class AppError(Exception):
    code = 1


class NotFound(AppError):
    code = 4

    def __init__(self, key: str) -> None:
        super().__init__(f"not found: {key}")
        self.key = key


class Invalid(AppError):
    code = 2


def risky(n: int) -> int:
    events.append(f"risky({n})")
    try:
        if n == 0:
            raise NotFound("zero")
        if n < 0:
            raise Invalid(f"negative: {n}")
        if n > 100:
            return 100 // (n - n)
        result = 100 // n
    except NotFound:
        events.append("not found handler")
        raise
    except Invalid as e:
        events.append(f"invalid handler: {e}")
        return -1
    else:
        events.append("else")
        return result
    finally:
        events.append(f"finally({n})")


for n in (5, -3, 0, 1000):
    events.clear()
    try:
        print(n, "->", risky(n))
    except AppError as e:
        print(n, "-> AppError", type(e).__name__, e, e.code)
    except ZeroDivisionError as e:
        print(n, "-> ZeroDivisionError", e)
    print("   events:", events)


def finally_override() -> str:
    try:
        return "try"
    finally:
        events.append("override ran")


def loop_with_finally() -> list[int]:
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out


print(finally_override(), loop_with_finally())


def convert(s: str) -> int:
    try:
        return int(s)
    except ValueError as e:
        raise Invalid(f"cannot convert {s!r}") from e


try:
    convert("12x")
except Invalid as e:
    print("chained:", e)

try:
    try:
        {}["k"]
    except KeyError:
        [][1]
except IndexError as e:
    print("context kept:", e)

errors = []
for s in ["1", "x", "3", ""]:
    try:
        errors.append(str(convert(s)))
    except AppError as e:
        errors.append(f"E{e.code}")
print(errors)
try:
    raise NotFound("cfg")
except (Invalid, NotFound) as e:
    print(isinstance(e, AppError), isinstance(e, Invalid), e.args)
