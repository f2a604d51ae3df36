# messages of runtime errors from list/str/tuple/range/bytes indexing, min/max, remove/index, int base, bytes(), decode/encode
xs = [1, 2, 3]
n = 10
try:
    xs[n] = 5
except IndexError as e:
    print(1, e)
try:
    print(xs[::n - 10])
except ValueError as e:
    print(2, e)
try:
    print(range(5)[n])
except IndexError as e:
    print(3, e)
s = "abc"
try:
    print(s[n])
except IndexError as e:
    print(4, e)
t = (1, 2)
try:
    print(t[n])
except IndexError as e:
    print(5, e)
empty = []
try:
    print(min(empty))
except ValueError as e:
    print(6, e)
try:
    print(max(empty))
except ValueError as e:
    print(7, e)
try:
    print(bytes([n, -n]))
except ValueError as e:
    print(8, e)
try:
    print(ord(s[0:0]))
except TypeError as e:
    print(9, e)
try:
    del xs[n]
except IndexError as e:
    print(10, e)
try:
    xs.insert(0, 1)
    xs.remove(99)
except ValueError as e:
    print(11, e, xs)
try:
    print(xs.index(99))
except ValueError as e:
    print(12, e)
try:
    print("x".join([]), s.rindex("z"))
except ValueError as e:
    print(13, e)
try:
    print(int("12", n + 30))
except ValueError as e:
    print(14, e)
try:
    print(b"abc"[n])
except IndexError as e:
    print(15, e)
try:
    print(s * (10 ** 20))
except (OverflowError, MemoryError) as e:
    print(16, type(e).__name__, e)
try:
    print(xs.pop(n))
except IndexError as e:
    print(17, e)
try:
    print(range(0, 10, n - 10))
except ValueError as e:
    print(18, e)
try:
    print(min(x for x in empty))
except ValueError as e:
    print(19, e)
try:
    print(sum(xs) / (len(xs) - len(xs)))
except ZeroDivisionError as e:
    print(20, e)
try:
    print(float("1.2.3"))
except ValueError as e:
    print(21, e)
try:
    print(sorted(xs)[n])
except IndexError as e:
    print(23, e)
try:
    print(xs[-n])
except IndexError as e:
    print(24, e)
try:
    x = [[1]][0][n]
except IndexError as e:
    print(25, e)
try:
    print(s.split(s[0:0]))
except ValueError as e:
    print(26, e)
try:
    print(hex(int(float("nan"))))
except ValueError as e:
    print(27, e)
try:
    print(list(range(3))[n:], xs[n:n+1], s[n:])
except IndexError as e:
    print(28, e)
try:
    print(int(s))
except ValueError as e:
    print(29, e)
try:
    print(bytes([300]))
except ValueError as e:
    print(30, e)
try:
    print(bytes([-1]))
except ValueError as e:
    print(31, e)
try:
    print(b"\x80abc".decode())
except UnicodeDecodeError as e:
    print(32, e)
try:
    print("naïve".encode("ascii"))
except UnicodeEncodeError as e:
    print(33, e)
try:
    print(round(float("inf")))
except OverflowError as e:
    print(34, e)
