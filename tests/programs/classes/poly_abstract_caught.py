# an abstract base whose methods raise NotImplementedError: caught when called on the base instance
class Animal:
    def __init__(self, name):
        self.name = name

    def sound(self):
        raise NotImplementedError("sound")

    def legs(self):
        raise NotImplementedError


class Dog(Animal):
    def sound(self):
        return "woof"

    def legs(self):
        return 4


class Bird(Animal):
    def sound(self):
        return "tweet"

    def legs(self):
        return 2


zoo = [Dog("rex"), Animal("thing"), Bird("tweety")]
for a in zoo:
    try:
        print(a.name, a.sound(), a.legs())
    except NotImplementedError as e:
        print(a.name, "abstract:", repr(e), str(e))

for a in zoo:
    try:
        print(a.name, a.legs())
    except NotImplementedError as e:
        print(a.name, "no legs", type(e).__name__, repr(str(e)))

count = 0
for a in zoo:
    try:
        count += a.legs()
    except NotImplementedError:
        count += 100
print("count", count)
