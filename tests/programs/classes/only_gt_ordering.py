# A class defining only `__gt__`: `<` falls back to the reflected `__gt__`, as in sorting.
class G:
    def __init__(self, v: int):
        self.v = v

    def __gt__(self, o: "G") -> bool:
        return self.v > o.v

    def __repr__(self) -> str:
        return f"G({self.v})"


ys = [G(3), G(1), G(2)]
print(sorted(ys))
print(sorted(ys, reverse=True))
ys.sort()
print(ys)
print(G(1) < G(2), G(2) < G(1), G(3) > G(2))
print(min(ys), max(ys))
print(min(G(5), G(4)), max(G(5), G(4)))


class L:
    def __init__(self, v: int):
        self.v = v

    def __lt__(self, o: "L") -> bool:
        return self.v < o.v


print(max(L(1), L(7), L(3)).v, min(L(4), L(2)).v)
print(L(1) > L(0))
