# class attribute lookup through three levels, after reassigning the middle class's attribute
class A:
    tag = "a"
    def who(self):
        return self.tag
class B(A):
    tag = "b"
class C(B):
    pass
print(A().who(), B().who(), C().who(), C.tag)
B.tag = "bb"
print(C().who(), A().who())
