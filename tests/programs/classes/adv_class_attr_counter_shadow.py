# class attributes: counters via the class, shadowing in subclasses
class Counter:
    count = 0
    label = "base"
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
class Sub(Counter):
    label = "sub"
cs = [Counter() for _ in range(3)]
s = Sub()
print(Counter.count, Sub.count, s.count, cs[0].count)
print([c.id for c in cs], s.id)
print(Counter.label, Sub.label, s.label, cs[1].label)
