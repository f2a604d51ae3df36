# the classic animals example: speak() overridden, a default in the base, a shared intro()
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def intro(self):
        return f"{self.name} the {self.kind()} says {self.speak()}"

    def kind(self):
        return type(self).__name__.lower()


class Dog(Animal):
    def speak(self):
        return "Woof"


class Cat(Animal):
    def speak(self):
        return "Meow"


class Puppy(Dog):
    def speak(self):
        return super().speak().lower() + "!"


class Fish(Animal):
    pass


class Cow(Animal):
    def speak(self):
        return "Moo"

    def kind(self):
        return "cattle"


farm = [Dog("Rex"), Cat("Tom"), Puppy("Bit"), Fish("Nemo"), Cow("Daisy")]
for a in farm:
    print(a.intro())
chorus = " ".join([a.speak() for a in farm])
print(chorus)
loud = [a.name for a in farm if a.speak() != "..."]
print(loud)
pet = farm[0]
for a in farm:
    if len(a.speak()) > len(pet.speak()):
        pet = a
print("loudest:", pet.name)
