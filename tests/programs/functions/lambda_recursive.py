# global lambdas that call themselves and each other by name.
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
gcd = lambda a, b: a if b == 0 else gcd(b, a % b)
lcm = lambda a, b: a // gcd(a, b) * b
digits = lambda n: [n] if n < 10 else digits(n // 10) + [n % 10]
power = lambda b, e: 1 if e == 0 else b * power(b, e - 1)
collatz_len = lambda n: 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
print([fact(i) for i in range(8)])
print(fact(30))
print([fib(i) for i in range(16)])
print(gcd(84, 36), gcd(17, 5), gcd(0, 9), lcm(4, 6), lcm(21, 6))
total = 1
for k in range(1, 11):
    total = lcm(total, k)
    print("lcm up to", k, "=", total)
print(digits(9075), digits(0), sum(digits(2 ** 50)))
print(power(3, 5), power(2, 64), power(-2, 3), power(7, 0))
print([collatz_len(n) for n in range(1, 12)], max(range(1, 30), key=lambda n: collatz_len(n)))
is_even = lambda n: True if n == 0 else is_odd(n - 1)
is_odd = lambda n: False if n == 0 else is_even(n - 1)
print([is_even(n) for n in range(6)], is_odd(51))
count_down = lambda n: [] if n == 0 else [n] + count_down(n - 1)
print(count_down(6), sorted(count_down(5), key=lambda x: x % 3))
