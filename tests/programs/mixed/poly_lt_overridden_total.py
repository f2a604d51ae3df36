# __lt__ in a base class calls an overridden method; sorted/min/max/key over a mixed list
class Emp:
    def __init__(self, name: str, pay: int):
        self.name = name
        self.pay = pay
    def total(self) -> int:
        return self.pay
    def __lt__(self, o: "Emp") -> bool:
        return self.total() < o.total()
    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name})"
class Mgr(Emp):
    def __init__(self, name: str, pay: int, bonus: int):
        super().__init__(name, pay)
        self.bonus = bonus
    def total(self) -> int:
        return self.pay + self.bonus
staff: list[Emp] = [Emp("a", 50), Mgr("b", 40, 20), Emp("c", 55), Mgr("d", 60, 0)]
print(sorted(staff), min(staff), max(staff))
print(staff[0] < staff[1], staff[1] > staff[2], max(staff[0], staff[3]))
print(sorted(staff, key=lambda e: e.name, reverse=True))
best = max(staff, key=lambda e: e.total())
print(best, best is staff[3], best.total())
