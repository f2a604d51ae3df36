# Powers of 2 and 3 around 2**62, 2**63, 2**64 and 3**40, with ** and with loops.
for e in range(60, 67):
    print("2 **", e, "=", 2 ** e, "  -2 **", e, "=", -2 ** e, "  (-2) **", e, "=", (-2) ** e)
for e in range(38, 43):
    print("3 **", e, "=", 3 ** e, "  (-3) **", e, "=", (-3) ** e)
print(2 ** 62 - 1, 2 ** 63 - 1, 2 ** 64 - 1, 2 ** 64 + 1)
print(3 ** 40 - 3 ** 39, 3 ** 39 * 3 == 3 ** 40, 3 ** 40 // 3 ** 20 == 3 ** 20)
print(pow(2, 100), pow(3, 80), pow(-5, 33), pow(10, 40), pow(7, 0), pow(0, 0))
print(2 ** -1, 2 ** -64, pow(2, -2), 10 ** -3)
# multiply up one step at a time and watch the boundary go by
x = 1
for e in range(1, 70):
    x = x * 2
    if e >= 60:
        print(e, x, x - 1, -x, x // 3, x % 1000)
y = 1
for e in range(1, 45):
    y = y * 3
    if e >= 38:
        print(e, y, y + y, y * y)
# and back down again by division
while x > 1:
    x = x // 2
    if x < 10 or x > 2 ** 61:
        print("down", x)
print(x == 1, y // 3 ** 44, y % 3 ** 43)
# exponents held in variables (non-negative)
b = 2
for n in range(61, 66):
    print(n, b ** n, pow(b, n), (b + 1) ** n)
print(1 ** 1000, (-1) ** 1001, 0 ** 1000, 10 ** 50 == 100 ** 25)
