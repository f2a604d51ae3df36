# Special methods whose bodies always raise are still called by containers and builtins.
class Unhashable:
    def __hash__(self) -> int:
        raise TypeError("Unhashable is unhashable")


class NoEq:
    def __eq__(self, o: object) -> bool:
        raise TypeError("no eq")


class NoOrder:
    def __init__(self, v: int):
        self.v = v

    def __lt__(self, o: "NoOrder") -> bool:
        raise ValueError("no order")


try:
    print({Unhashable(): 1})
except TypeError as e:
    print("dict:", e)
try:
    print(len({Unhashable()}))
except TypeError as e:
    print("set:", e)
try:
    print(hash(Unhashable()))
except TypeError as e:
    print("hash:", e)

a = NoEq()
try:
    print(NoEq() in [a])
except TypeError as e:
    print("in:", e)
try:
    print([a, NoEq()].count(NoEq()))
except TypeError as e:
    print("count:", e)
try:
    print([a].index(NoEq()))
except TypeError as e:
    print("index:", e)
try:
    print([NoEq()] == [NoEq()])
except TypeError as e:
    print("list ==:", e)
print(a in [a], [a].count(a), [a] == [a])

try:
    print(min(NoOrder(1), NoOrder(2)).v)
except ValueError as e:
    print("min:", e)
try:
    print(max([NoOrder(1), NoOrder(2)]).v)
except ValueError as e:
    print("max:", e)
try:
    print(len(sorted([NoOrder(2), NoOrder(1)])))
except ValueError as e:
    print("sorted:", e)
print(len(sorted([NoOrder(2)])))
