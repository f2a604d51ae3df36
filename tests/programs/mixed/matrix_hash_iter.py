# an immutable matrix with __eq__/__hash__ and __iter__ over rows; sets of matrices, products, errors on shape
class ShapeError(ValueError):
    def __init__(self, a: tuple[int, int], b: tuple[int, int]):
        super().__init__(f"shapes {a} and {b} do not align")
        self.a = a
        self.b = b


class Matrix:
    def __init__(self, rows: list[list[int]]):
        self.rows = rows
        self.shape = (len(rows), len(rows[0]) if rows else 0)

    def __iter__(self):
        return iter(self.rows)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Matrix) and self.rows == other.rows

    def __hash__(self) -> int:
        h = 17
        for r in self.rows:
            for x in r:
                h = h * 31 + x
        return h

    def __mul__(self, other: "Matrix") -> "Matrix":
        if self.shape[1] != other.shape[0]:
            raise ShapeError(self.shape, other.shape)
        cols = [[r[j] for r in other] for j in range(other.shape[1])]
        return Matrix([[sum(x * y for x, y in zip(row, col)) for col in cols] for row in self])

    def __repr__(self) -> str:
        return "Matrix(" + repr(self.rows) + ")"


I = Matrix([[1, 0], [0, 1]])
A = Matrix([[1, 2], [3, 4]])
print(A * I == A, A * A, I * I is I)
seen = {A, I, Matrix([[1, 2], [3, 4]]), A * I}
print(len(seen), Matrix([[1, 0], [0, 1]]) in seen)
powers: list[Matrix] = [I]
for _ in range(4):
    powers.append(powers[-1] * A)
print([m.rows[0][0] for m in powers])
for row in powers[2]:
    print(row)
try:
    A * Matrix([[1, 2, 3]])
except ShapeError as e:
    print(type(e).__name__, e, e.a, e.b)
print(Matrix([[1, 2, 3]]) * Matrix([[1], [1], [1]]))
