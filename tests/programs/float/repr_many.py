# repr of many pseudo-random floats across the exponent range (LCG-driven).
seed = 2024


def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed


def rand62():
    return rand() * 2147483648 + rand()


e = -320
while e <= 308:
    m = rand62() / 4611686018427387904
    x = m * 10.0 ** e
    print(e, x, x * 3, x / 7, -x, x + 1.0)
    e = e + 7
k = 0
acc = 0.0
while k < 60:
    num = rand() % 100000
    den = rand() % 997 + 1
    acc = acc + num / den
    print(num, den, num / den, acc)
    k = k + 1
