# The assert message expression is evaluated only when the condition is false.
calls = []


def message(tag):
    calls.append(tag)
    return "message " + tag


def check(n):
    assert n % 2 == 0, message(str(n))
    return n // 2


total = 0
for n in [2, 4, 7, 8, 9]:
    try:
        total += check(n)
    except AssertionError as e:
        print("failed:", e)
print("total", total)
print("message calls:", calls)
