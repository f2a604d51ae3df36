# 1000 digits of e from the series sum 1/k!, in fixed-point integer arithmetic.
def pad(n, width):
    s = str(n)
    return "0" * (width - len(s)) + s


digits = 1000
guard = 10
scale = 10 ** (digits + guard)
term = scale
total = 0
k = 0
while term != 0:
    total = total + term
    k = k + 1
    term = term // k
print("terms used:", k)
e = total // 10 ** guard
print("e ~", e // 10 ** digits, "+ fraction below")
frac = e % 10 ** digits
# print the fraction in 20 lines of 50 digits
for line in range(20):
    chunk = frac // 10 ** (digits - 50 * (line + 1)) % 10 ** 50
    print(pad(chunk, 50), ":", 50 * (line + 1))
s = 0
f = frac
while f > 0:
    s = s + f % 10
    f = f // 10
print("digit sum of the 1000 decimals:", s)
print("as a float:", e / 10 ** digits, e / 10 ** digits == 2.718281828459045)
