# Invariant checks with assert; a matrix routine whose final assertion fails uncaught.
def matmul(a: list[list[int]], b: list[list[int]]) -> list[list[int]]:
    assert len(a[0]) == len(b), f"shape mismatch {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}"
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]


def identity(n: int) -> list[list[int]]:
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def mpow(m: list[list[int]], e: int) -> list[list[int]]:
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result


F = [[1, 1], [1, 0]]
for n in (1, 2, 10, 50, 100):
    print(n, mpow(F, n)[0][1])
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B), matmul(B, A))
try:
    matmul(A, A)
except AssertionError as e:
    print("AssertionError:", e)
assert mpow(F, 10) == [[89, 55], [55, 34]]
print("checked")
assert matmul(A, B) == matmul(B, A), "matrix product is not commutative"
print("not reached")
