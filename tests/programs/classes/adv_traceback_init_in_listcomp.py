# ValueError raised in __init__ of instances built by a list comprehension: uncaught traceback frames
class P:
    def __init__(self, s):
        self.v = int(s)
ps = [P(s) for s in ["1", "2"]]
print([p.v for p in ps])
qs = [P(s) for s in ["3", "x4"]]
