# GC: fields of every kind survive heavy allocation
class Leaf:
    def __init__(self, v):
        self.v = v
class Rec:
    def __init__(self, i):
        self.big = 3 ** 80 + i
        self.s = "s" * 5 + str(i)
        self.b = bytes([i % 256]) * 9
        self.t = (Leaf(i), "t" + str(i))
        self.d = {str(i): Leaf(i * 2)}
        self.st = {"x" + str(i)}
        self.lst = [Leaf(i * 3)]
        self.leaf = Leaf(i * 4)
        self.err = ValueError("e" + str(i))
def main():
    recs = [Rec(i) for i in range(3000)]
    junk = 0
    for i in range(300000):
        tmp = Rec(i)
        junk += len(tmp.s)
    bad = 0
    for i in range(3000):
        r = recs[i]
        if r.big != 3 ** 80 + i or r.s != "s" * 5 + str(i) or r.b != bytes([i % 256]) * 9:
            bad += 1
        if r.t[0].v != i or r.t[1] != "t" + str(i) or r.d[str(i)].v != i * 2:
            bad += 1
        if ("x" + str(i)) not in r.st or r.lst[0].v != i * 3 or r.leaf.v != i * 4 or str(r.err) != "e" + str(i):
            bad += 1
    print(bad, junk)
main()
