# a Matrix class with mul/power methods returning new instances (big ints)
class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.n = len(rows)
        self.m = len(rows[0])
    def mul(self, other):
        out = [[0] * other.m for _ in range(self.n)]
        for i in range(self.n):
            for j in range(other.m):
                s = 0
                for k in range(self.m):
                    s += self.rows[i][k] * other.rows[k][j]
                out[i][j] = s
        return Matrix(out)
    def power(self, e):
        result = Matrix([[1 if i == j else 0 for j in range(self.n)] for i in range(self.n)])
        base = self
        while e > 0:
            if e & 1:
                result = result.mul(base)
            base = base.mul(base)
            e >>= 1
        return result
    def __str__(self):
        return "\n".join([" ".join([str(v) for v in r]) for r in self.rows])
f = Matrix([[1, 1], [1, 0]])
print(f.power(10))
print(f.power(200).rows[0][1])
