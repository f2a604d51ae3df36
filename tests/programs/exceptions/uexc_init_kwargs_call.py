# constructing a user exception with keyword arguments: only positional arguments land in args
class Timeout(Exception):
    def __init__(self, op, seconds=30):
        self.op = op
        self.seconds = seconds


class Retry(Exception):
    def __init__(self, op, attempts=1):
        super().__init__(op, attempts)
        self.attempts = attempts


try:
    raise Timeout("read", seconds=5)
except Timeout as e:
    print(e.op, e.seconds, "|", str(e), "|", repr(e), "|", e.args)
try:
    raise Timeout(op="write")
except Timeout as e:
    print(e.op, e.seconds, "|", "[" + str(e) + "]", "|", repr(e), "|", e.args)
try:
    raise Retry("sync", attempts=3)
except Retry as e:
    print(e.attempts, "|", str(e), "|", repr(e), "|", e.args)
