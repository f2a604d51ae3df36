# lists built from different subclasses joined: base list + list of one subclass, *, extend, slices
class Job:
    def __init__(self, id):
        self.id = id

    def cost(self):
        return 1

    def __repr__(self):
        return f"{type(self).__name__}#{self.id}"


class Big(Job):
    def cost(self):
        return 10


class Small(Job):
    def cost(self):
        return 0


jobs = [Job(1), Big(2)]
both = jobs + [Big(3)]
print(both, both[-1].cost())
more = [Small(4)] + both
print(more, sum([j.cost() for j in more]))
twice = [Small(5)] * 2 + [Big(6)]
print(twice, [j.cost() for j in twice])
both.extend([Small(7), Small(8)])
print(both, len(both))
both += [Big(9)]
print(both[-3:], [j.cost() for j in both])
