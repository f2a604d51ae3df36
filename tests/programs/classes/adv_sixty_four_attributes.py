# a class with exactly 64 attributes: the last ones set late, read before and after; GC keeps them all
class Big:
    def __init__(self, n):
        self.f0 = [n, 0]
        self.f1 = [n, 1]
        self.f2 = [n, 2]
        self.f3 = [n, 3]
        self.f4 = [n, 4]
        self.f5 = [n, 5]
        self.f6 = [n, 6]
        self.f7 = [n, 7]
        self.f8 = [n, 8]
        self.f9 = [n, 9]
        self.f10 = [n, 10]
        self.f11 = [n, 11]
        self.f12 = [n, 12]
        self.f13 = [n, 13]
        self.f14 = [n, 14]
        self.f15 = [n, 15]
        self.f16 = [n, 16]
        self.f17 = [n, 17]
        self.f18 = [n, 18]
        self.f19 = [n, 19]
        self.f20 = [n, 20]
        self.f21 = [n, 21]
        self.f22 = [n, 22]
        self.f23 = [n, 23]
        self.f24 = [n, 24]
        self.f25 = [n, 25]
        self.f26 = [n, 26]
        self.f27 = [n, 27]
        self.f28 = [n, 28]
        self.f29 = [n, 29]
        self.f30 = [n, 30]
        self.f31 = [n, 31]
        self.f32 = [n, 32]
        self.f33 = [n, 33]
        self.f34 = [n, 34]
        self.f35 = [n, 35]
        self.f36 = [n, 36]
        self.f37 = [n, 37]
        self.f38 = [n, 38]
        self.f39 = [n, 39]
        self.f40 = [n, 40]
        self.f41 = [n, 41]
        self.f42 = [n, 42]
        self.f43 = [n, 43]
        self.f44 = [n, 44]
        self.f45 = [n, 45]
        self.f46 = [n, 46]
        self.f47 = [n, 47]
        self.f48 = [n, 48]
        self.f49 = [n, 49]
        self.f50 = [n, 50]
        self.f51 = [n, 51]
        self.f52 = [n, 52]
        self.f53 = [n, 53]
        self.f54 = [n, 54]
        self.f55 = [n, 55]
        self.f56 = [n, 56]
        self.f57 = [n, 57]
        self.f58 = [n, 58]
        self.f59 = [n, 59]
        self.f60 = [n, 60]
        self.f61 = [n, 61]
    def late(self):
        self.f62 = 'late'
        self.f63 = [self.f0[0] * 2]
    def last(self):
        return self.f63[0]
def main():
    bs = [Big(i) for i in range(200)]
    for b in bs[::2]:
        b.late()
    junk = 0
    for i in range(300000):
        junk += len([i, i])
    print(sum([b.f61[0] + b.f61[1] for b in bs]), bs[4].f62, bs[4].last(), junk)
    try:
        print(bs[3].last())
    except AttributeError as e:
        print('AttributeError:', e)
main()
