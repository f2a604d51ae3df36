# uncaught user exception with a custom __str__: the last stderr line uses __str__
class LimitExceeded(Exception):
    def __init__(self, used, limit):
        super().__init__(used, limit)
        self.used = used
        self.limit = limit

    def __str__(self):
        return f"used {self.used} of {self.limit}"


def consume(n, limit):
    if n > limit:
        raise LimitExceeded(n, limit)
    return limit - n


print(consume(3, 10))
print(consume(12, 10))
