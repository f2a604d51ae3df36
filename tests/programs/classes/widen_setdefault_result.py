class A:
    def n(self):
        return "A"
class B(A):
    def n(self):
        return "B"
class C(A):
    def n(self):
        return "C"
d = {}
lst = d.setdefault("k", [])
lst.append(B())
lst.append(C())
print([x.n() for x in d["k"]])
