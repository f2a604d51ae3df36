# Functions without a return value give None, also with a bare return.
def say(msg):
    print("say:", msg)


def maybe_print(x):
    if x < 0:
        return
    print("non-negative:", x)


def loop_until(limit):
    i = 0
    while True:
        i = i + 1
        if i >= limit:
            print("stopped at", i)
            return


say("hello")
maybe_print(-1)
maybe_print(3)
loop_until(4)
print(say("value"))
print(maybe_print(-5))
r = maybe_print(7)
print(r)
print(loop_until(2), "after")
