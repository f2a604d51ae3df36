# Benchmark: big-integer arithmetic -- the pidigits program of the Computer
# Language Benchmarks Game (Gibbons' unbounded streaming spigot for pi).
#
# Size: the first N = 12000 digits of pi, printed 10 per line as
# "3141592653\t:10".  The numbers involved grow to tens of thousands of bits;
# the work is dominated by multiplying and dividing big ints by small ones and
# one big-by-big division per candidate digit.  Written without tuples or
# divmod: the quotient's remainder is computed as tmp - q * d.

N = 12000


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


pidigits(N)
