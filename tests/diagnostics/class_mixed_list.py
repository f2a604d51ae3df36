# Instances of two classes without a common base in one list would need two types.
class Cat:
    def __init__(self, v):
        self.v = v


class Stone:
    pass


items = [Cat(1), Stone()]  # error: [type-mismatch]
print(len(items))
