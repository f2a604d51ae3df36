# Every augmented assignment operator on ints, floats and strings.
a = 100
a += 5
print(a)
a -= 205
print(a)
a *= -3
print(a)
a //= 7
print(a)
a %= 13
print(a)
a **= 3
print(a)
a <<= 4
print(a)
a >>= 2
print(a)
a &= 0xFF
print(a)
a |= 0x100
print(a)
a ^= 0x1FF
print(a)
f = 1.5
f += 1
print(f)
f -= 0.25
print(f)
f *= 4
print(f)
f /= 3
print(f)
f //= 0.5
print(f)
f %= 2.5
print(f)
f **= 2
print(f)
s = "ab"
s += "cd"
print(s)
s *= 3
print(s)
n = -7
n //= 2
print(n)
n %= 3
print(n)
