import math
print(math.isclose(1, 2, rel_tol=1), math.isclose(1, 2, abs_tol=True), math.isclose(1, 3, abs_tol=math.inf), math.isclose(1, 3, rel_tol=math.nan))
print(math.isclose(1, 1, rel_tol=0), math.isclose(1, 1 + 1e-16, rel_tol=0.0), math.isclose(math.inf, math.inf, rel_tol=0), math.isclose(1e308, math.inf, rel_tol=10**10))
print(math.isclose(10**400 // 10**390, 10**10, rel_tol=1e-9), math.isclose(-0.0, 0.0, abs_tol=0.0), math.isclose(5, 5.0000001, rel_tol=1e-5, abs_tol=0))
print(math.isclose(1.0, 1.5, abs_tol=0.5), math.isclose(1.0, 1.5, abs_tol=0.4999999), math.isclose(1.0, 1.0, abs_tol=-0.0))
try:
    math.isclose(1, 1, rel_tol=-math.inf)
except ValueError as e:
    print(e)
t = -1e-9
try:
    print(math.isclose(1, 1, abs_tol=t))
except ValueError as e:
    print("v", e)
print(math.isclose(1, 2, rel_tol=math.nan, abs_tol=math.nan))
