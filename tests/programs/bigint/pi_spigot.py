# Gibbons' streaming spigot for pi (the pidigits benchmark at a small size): 307 digits.
def pidigits(n):
    i = 0
    k = 0
    k1 = 1
    n1 = 1
    a = 0
    d = 1
    line = ""
    while i < n:
        k = k + 1
        t = n1 << 1
        n1 = n1 * k
        a = a + t
        k1 = k1 + 2
        a = a * k1
        d = d * k1
        if a >= n1:
            tmp = n1 * 3 + a
            t = tmp // d
            u = tmp - t * d + n1
            if d > u:
                line = line + str(t)
                i = i + 1
                if i % 10 == 0:
                    print(line + "\t:" + str(i))
                    line = ""
                if i >= n:
                    break
                a = a - d * t
                a = a * 10
                n1 = n1 * 10
    if i % 10 != 0:
        print(line + " " * (10 - i % 10) + "\t:" + str(i))
    print("terms:", k, "bits:", d.bit_length(), a.bit_length(), n1.bit_length())
    return k


pidigits(307)
pidigits(1)
