# GC: instances reachable only as dict keys, set members and tuple items survive pressure
class K:
    def __init__(self, i):
        self.i = i
        self.tag = "k" + str(i)
def main():
    d = {}
    s = set()
    pairs = []
    for i in range(2000):
        d[K(i)] = i
        s.add(K(-i))
        pairs.append((K(i * 2), str(i)))
    junk = 0
    for i in range(500000):
        junk += K(i).i + len(K(i).tag)
    bad = 0
    for k in d:
        if k.tag != "k" + str(d[k]):
            bad += 1
    for k in s:
        if k.tag != "k" + str(k.i):
            bad += 1
    for p, t in pairs:
        if p.i != int(t) * 2 or p.tag != "k" + str(p.i):
            bad += 1
    print(bad, len(d), len(s), junk)
main()
