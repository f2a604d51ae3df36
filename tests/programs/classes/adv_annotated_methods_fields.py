# annotated parameters, return types and annotated attribute assignments
class A:
    def __init__(self, n: int) -> None:
        self.n: int = n
        self.names: list = []
    def add(self, s: str) -> "A":
        self.names.append(s)
        return self
print(A(3).add("x").add("y").names, A(4).n)
