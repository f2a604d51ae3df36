# one function called with instances of three related classes (specialized per class)
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "?"
class Dog(Animal):
    def speak(self):
        return "woof"
class Cat(Animal):
    def speak(self):
        return "meow"
def describe(a):
    return a.name + ": " + a.speak() + " " + str(isinstance(a, Dog)) + " " + type(a).__name__
print(describe(Dog("d")))
print(describe(Cat("c")))
print(describe(Animal("a")))
dogs = [Dog("x"), Dog("y")]
cats = [Cat("z")]
print([describe(d) for d in dogs], [describe(c) for c in cats])
