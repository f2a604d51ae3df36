# a field assigned only in one branch of __init__: reading it when unset is AttributeError
class A:
    def __init__(self, flag):
        self.flag = flag
        if flag:
            self.extra = 10
    def get(self):
        return self.extra
a = A(True)
print(a.get())
b = A(False)
try:
    print(b.get())
except AttributeError as e:
    print("caught", e)
print(b.extra)
