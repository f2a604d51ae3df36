# inherited methods dispatch self.method() to the subclass override
class Animal:
    def __init__(self, name):
        self.name = name
    def sound(self):
        return "..."
    def speak(self):
        return f"{self.name} says {self.sound()}"
class Dog(Animal):
    def sound(self):
        return "woof"
class Puppy(Dog):
    def sound(self):
        return super().sound() + "!"
print(Animal("generic").speak())
print(Dog("rex").speak())
print(Puppy("bit").speak())
