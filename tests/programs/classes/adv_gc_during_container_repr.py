# __repr__ that allocates heavily while the runtime is building the repr of a temporary container
class P:
    def __init__(self, i):
        self.i = i
    def __repr__(self):
        junk = 0
        for k in range(20000):
            junk += len([str(k), str(k)])
        return "P" + str(self.i) + ":" + str(junk)
def build():
    return [P(i) for i in range(30)]
print(str(build())[:60])
print(len(repr({str(i): [P(i)] for i in range(20)})))
print(f"{(P(1), [P(2)], {'k': P(3)})}"[:50])
