# A negative result of __len__ raises ValueError in len() and in truth tests, as in CPython.
class Weird:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(Weird(3)), bool(Weird(0)), not Weird(2))
for n in [-1, 5]:
    try:
        print(len(Weird(n)))
    except ValueError as e:
        print("len:", e)
    try:
        if Weird(n):
            print("truthy")
    except ValueError as e:
        print("bool:", e)
print(len(Weird(-2)))
