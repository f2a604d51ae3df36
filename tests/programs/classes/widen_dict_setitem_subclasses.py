class S:
    def area(self): return 0
class C(S):
    def area(self): return 1
class Q(S):
    def area(self): return 2
table = {}
table['c'] = C()
table['q'] = Q()
print(table['q'].area())
fs = [C()]
fs[0] = Q()
print(fs[0].area())
