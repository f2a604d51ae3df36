# with without "as": __enter__'s result is discarded but __enter__/__exit__ still run in order
log = []


class Tracer:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        log.append("in:" + self.tag)
        return 42

    def __exit__(self, exc_type, exc, tb):
        log.append("out:" + self.tag)


def work(n):
    total = 0
    with Tracer("work"):
        for i in range(n):
            total += i
        log.append("sum=" + str(total))
    return total


with Tracer("top"):
    log.append("body")
print(log)
log.clear()
print(work(5))
print(log)
t = Tracer("again")
with t:
    print("body of", t.tag)
with t:
    pass
print(log)
