# attributes defined by the base __init__, read and written through base-typed values
class Entity:
    def __init__(self, name, hp):
        self.name = name
        self.hp = hp
        self.alive = True

    def hit(self, dmg):
        self.hp -= dmg
        if self.hp <= 0:
            self.alive = False


class Orc(Entity):
    def __init__(self, name):
        super().__init__(name, 30)

    def hit(self, dmg):
        super().hit(dmg // 2)


class Ghost(Entity):
    def __init__(self):
        super().__init__("ghost", 5)

    def hit(self, dmg):
        pass


class Rat(Entity):
    def __init__(self, n):
        super().__init__("rat" + str(n), 3)


crowd = [Orc("grog"), Ghost(), Rat(1), Rat(2), Entity("man", 10)]
for rnd in range(3):
    for e in crowd:
        if e.alive:
            e.hit(4)
    print(rnd, [(e.name, e.hp, e.alive) for e in crowd])
survivors = [e.name for e in crowd if e.alive]
print(survivors)
crowd[0].hp = 100
crowd[1].name = "spook"
print(crowd[0].hp, crowd[1].name, sum([e.hp for e in crowd]))
