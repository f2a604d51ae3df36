# 800 digits of pi with Machin's formula: pi = 16 arctan(1/5) - 4 arctan(1/239).
def arctan_inv(x, scale):
    # arctan(1/x) * scale, alternating series in integers
    power = scale // x
    total = power
    x2 = x * x
    n = 1
    sign = -1
    while power != 0:
        power = power // x2
        n = n + 2
        total = total + sign * (power // n)
        sign = -sign
    return total


def pad(n, width):
    s = str(n)
    return "0" * (width - len(s)) + s


digits = 800
guard = 10
scale = 10 ** (digits + guard)
pi = 16 * arctan_inv(5, scale) - 4 * arctan_inv(239, scale)
pi = pi // 10 ** guard
print("3.")
frac = pi % 10 ** digits
for line in range(digits // 40):
    chunk = frac // 10 ** (digits - 40 * (line + 1)) % 10 ** 40
    print(pad(chunk, 40), 40 * (line + 1))
# Machin-like formula of Gauss gives the same digits
pi2 = 48 * arctan_inv(18, scale) + 32 * arctan_inv(57, scale) - 20 * arctan_inv(239, scale)
pi2 = pi2 // 10 ** guard
print("Gauss agrees:", pi2 == pi or abs(pi2 - pi) <= 1, pi2 - pi)
count = 0
f = frac
for i in range(digits):
    if f % 10 == 9:
        count = count + 1
    f = f // 10
print("nines among the first", digits, "decimals:", count)
print(pi / 10 ** digits, pi * 2 // 10 ** (digits - 10))
