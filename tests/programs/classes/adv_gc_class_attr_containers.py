# class attribute containers (and an Optional class attribute) survive GC pressure
class Reg:
    items = []
    names = {}
    cache = None
    def __init__(self, i):
        self.i = i
        Reg.items.append(self)
        Reg.names["n" + str(i)] = [i]
def main():
    for i in range(1000):
        Reg(i)
    Reg.cache = [7, 7]
    junk = 0
    for i in range(1000000):
        junk += len([i, i])
    bad = 0
    for i in range(1000):
        if Reg.items[i].i != i or Reg.names["n" + str(i)][0] != i:
            bad += 1
    print(bad, junk, Reg.cache)
main()
