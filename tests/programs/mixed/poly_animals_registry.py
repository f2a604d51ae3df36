# a zoo registry: polymorphic subclasses, class names via __class__.__name__ and C.__name__, identity checks
class Animal:
    sound = "..."
    count = 0

    def __init__(self, name: str):
        self.name = name
        Animal.count += 1
        self.id = Animal.count

    def speak(self) -> str:
        return f"{self.name} says {self.sound}"

    def kind(self) -> str:
        return self.__class__.__name__.lower()


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    def speak(self) -> str:
        return super().speak() + "!"


class Cat(Animal):
    sound = "meow"

    def speak(self) -> str:
        return self.name + " ignores you"


zoo: list[Animal] = [Dog("rex"), Cat("tom"), Puppy("bit"), Animal("blob"), Cat("kit")]
for a in zoo:
    print(a.id, a.kind(), a.speak(), isinstance(a, Dog), type(a).__name__)
print(Dog.__name__, Puppy.__name__, Animal.count, Puppy.sound)
by_kind: dict[str, list[str]] = {}
for a in zoo:
    by_kind.setdefault(a.__class__.__name__, []).append(a.name)
print(by_kind)
dogs = [a for a in zoo if isinstance(a, Dog)]
print([d.name for d in dogs], dogs[1] is zoo[2], dogs[0] is not zoo[0])
first_cat = None
for a in zoo:
    if isinstance(a, Cat):
        first_cat = a
        break
print(first_cat is None, first_cat is zoo[1])
if first_cat is not None:
    print(first_cat.speak())
print(sorted(zoo, key=lambda a: (a.sound, a.name))[0].name)
