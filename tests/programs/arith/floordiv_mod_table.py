# Floor division and modulo follow the sign of the divisor (floor semantics).
def row(a):
    line = str(a) + ":"
    for b in range(-4, 5):
        if b != 0:
            line = line + " " + str(a // b) + "," + str(a % b)
    print(line)


for a in range(-9, 10):
    row(a)

# identity a == (a // b) * b + a % b
bad = 0
for a in range(-50, 51):
    for b in range(-7, 8):
        if b != 0:
            if (a // b) * b + a % b != a:
                bad = bad + 1
print("identity failures:", bad)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(1 // 3, -1 // 3, 1 % 3, -1 % 3)
print(9223372036854775807 // 2, 9223372036854775807 % 10)
print(-9223372036854775807 // 10, -9223372036854775807 % 10)
print(-1 // 9223372036854775807, -1 % 9223372036854775807)
