# int vs float comparisons are exact, even where converting the int would round.
print(1 == 1.0, 1 < 1.5, 2 > 1.5, -1 == -1.0, 0 == -0.0, 3 != 3.0)
big = 9007199254740993
f = 9007199254740992.0
print(big == f, big > f, big >= f, big < f, big != f)
print(f == big, f < big, f <= big)
print(big - 1 == f, big + 1 == f + 2.0)
print(9223372036854775807 == 9223372036854775808.0, 9223372036854775807 < 9223372036854775808.0)
print(9223372036854775807 > 9.2e18, -9223372036854775807 > -9223372036854775808.0)
inf = float("inf")
nan = float("nan")
print(9223372036854775807 < inf, -9223372036854775807 > -inf, 0 < nan, 0 > nan, 0 == nan, 0 != nan)
print(1 < 1.0000000000000002, 1 == 1.0000000000000001)
for k in range(-2, 3):
    print(k, k < 0.5, k == k * 1.0, k >= -1.5)
print(1 < 2.5 < 3, 1.0 < 2 < 2.5)
