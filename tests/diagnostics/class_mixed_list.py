# Instances of two classes in one list would need a common type (dispatch through the base).
class Base:
    def __init__(self, v):
        self.v = v


class Derived(Base):
    pass


items = [Base(1), Derived(2)]  # error: [type-mismatch]
print(len(items))
