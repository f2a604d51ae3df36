# an attribute of base type reassigned to different subclasses (strategy swapped at run time)
class Weapon:
    def damage(self, armor):
        return 1

    def name(self):
        return "fists"


class Sword(Weapon):
    def damage(self, armor):
        return max(0, 8 - armor)

    def name(self):
        return "sword"


class Bow(Weapon):
    def __init__(self, arrows):
        self.arrows = arrows

    def damage(self, armor):
        if self.arrows == 0:
            return 0
        self.arrows -= 1
        return 5

    def name(self):
        return f"bow({self.arrows})"


class Hero:
    def __init__(self, name):
        self.name = name
        self.weapon = Weapon()

    def attack(self, armor):
        d = self.weapon.damage(armor)
        return f"{self.name} hits with {self.weapon.name()} for {d}"


h = Hero("ayla")
print(h.attack(2))
h.weapon = Sword()
print(h.attack(2))
print(h.attack(9))
h.weapon = Bow(2)
for i in range(3):
    print(h.attack(0))
h.weapon = Weapon()
print(h.attack(0), h.weapon.name())
arsenal = [Sword(), Bow(1), Weapon()]
for w in arsenal:
    h.weapon = w
    print(h.attack(3))
