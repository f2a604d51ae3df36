# primes.py -- counting and printing primes with trial division.
#
# Prints the primes below 200 in rows, counts the primes below increasing
# powers of ten, and counts twin primes (pairs p, p + 2 that are both prime).
# Uses only while loops, integer arithmetic and string building, so it runs
# unchanged under CPython and as a kiln-compiled executable.


def is_prime(n):
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0 or n % 3 == 0:
        return False
    d = 5
    while d * d <= n:
        if n % d == 0 or n % (d + 2) == 0:
            return False
        d = d + 6
    return True


def print_primes_below(limit, per_row):
    row = ""
    count = 0
    n = 2
    while n < limit:
        if is_prime(n):
            row = row + str(n) + " "
            count = count + 1
            if count % per_row == 0:
                print(row)
                row = ""
        n = n + 1
    if row != "":
        print(row)
    return count


def main():
    print("primes below 200:")
    shown = print_primes_below(200, 10)
    print("(" + str(shown) + " primes)")
    print()
    limit = 10
    count = 0
    twins = 0
    n = 2
    while limit <= 100000:
        while n < limit:
            if is_prime(n):
                count = count + 1
                if is_prime(n + 2):
                    twins = twins + 1
            n = n + 1
        print(f"below {limit}: {count} primes, {twins} twin pairs")
        limit = limit * 10
    print("largest prime below 10**9 + 10:", largest_prime_below(1000000010))


def largest_prime_below(n):
    n = n - 1
    while not is_prime(n):
        n = n - 1
    return n


if __name__ == "__main__":
    main()
