# A pipeline of generators: every number passes through four generator stages, each resumed
# once per item it yields (about 300 million resumptions in all).


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def not_multiples_of(xs, k):
    for x in xs:
        if x % k != 0:
            yield x


def squares_mod(xs, m):
    for x in xs:
        yield x * x % m


def pair_sums(xs):
    previous = 0
    for x in xs:
        yield previous + x
        previous = x


def checksum(n):
    total = 0
    count = 0
    for v in pair_sums(squares_mod(not_multiples_of(numbers(n), 3), 1000003)):
        total = (total * 31 + v) % 1000000007
        count += 1
    return total, count


total, count = checksum(90000000)
print(total)
print(count)
