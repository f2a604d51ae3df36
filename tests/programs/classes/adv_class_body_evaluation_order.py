# class attribute initializers run when the class statement runs, interleaved with module-level prints
def note(s, v):
    print("init", s)
    return v
print("start")
class A:
    a = note("A.a", 1)
    def m(self):
        return note("m", 2)
    b = note("A.b", [3])
print("between")
class B(A):
    c = note("B.c", "x")
print("end", A.a, A.b, B.c, B.a, B().m())
