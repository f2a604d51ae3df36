# inf, -inf and nan: creation, arithmetic and printing.
inf = float("inf")
ninf = float("-inf")
nan = float("nan")
print(inf, ninf, nan, -inf, -nan, -ninf)
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf)
print(inf + ninf, inf * inf, ninf * ninf, inf / 2, 0.0 * ninf)
print(nan + 1, nan * 0, nan - nan, nan / 1)
print(nan == nan, nan != nan, nan < 1.0, nan > 1.0, nan <= nan, nan >= 1.0)
print(inf == inf, inf > 1e308, ninf < -1e308, inf == -ninf, inf > nan)
print(1e308 * 10 == inf, -1e308 * 10 == ninf)
print(inf ** 0, nan ** 0, 1.0 ** nan, 1.0 ** inf, inf ** -1, 2.0 ** ninf)
print(abs(ninf), abs(nan), -abs(inf))
print(float("Infinity"), float("-INF"), float("NaN"), float("+inf"), float("1e400"))
x = nan
if x == x:
    print("nan equals itself?")
else:
    print("nan is not equal to itself")
if nan:
    print("nan is truthy")
print(bool(nan), bool(inf), str(inf), str(nan))
print(max(1e308 * 10, 5.0), min(ninf, 0.0))
