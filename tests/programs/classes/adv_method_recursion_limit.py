# deep recursion through methods -> RecursionError
class R:
    def __init__(self):
        self.calls = 0
    def down(self, n):
        self.calls += 1
        if n == 0:
            return 0
        return 1 + self.down(n - 1)
r = R()
print(r.down(900))
try:
    r.down(5000)
except RecursionError as e:
    print("recursion", e)
print(r.calls > 900)
