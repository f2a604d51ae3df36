# an exception raised inside __eq__/__lt__ while the runtime runs `in`, sorted and list.index: caught, then uncaught traceback
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return 10 // o.x == self.x
    def __lt__(self, o):
        return [self.x][o.x] < 0
ps = [P(1), P(0), P(5)]
try:
    print(P(3) in ps)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    sorted(ps)
except IndexError as e:
    print("IndexError", e)
print(ps.index(P(2)) if False else "skip")
print(P(10) in [P(1)])
print(ps.count(P(10)))
