# ZeroDivisionError/OverflowError/ValueError/IndexError from big-int operations, pow, range, chr, round and digit limits
big = 2 ** 100
tests = 0
try:
    print(big // (big - big))
except ZeroDivisionError as e:
    print(1, e)
try:
    print(big % 0)
except ZeroDivisionError as e:
    print(2, e)
try:
    print(big / 0)
except ZeroDivisionError as e:
    print(3, e)
try:
    print(1 << (1 << 62))
except (OverflowError, MemoryError) as e:
    print(4, type(e).__name__, e)
try:
    print(big >> -1)
except ValueError as e:
    print(5, e)
try:
    print(float(big ** 20))
except OverflowError as e:
    print(6, e)
try:
    print(big ** 20 / 3)
except OverflowError as e:
    print(7, e)
try:
    print([1, 2][big])
except IndexError as e:
    print(8, e)
try:
    print("ab" * big)
except OverflowError as e:
    print(9, e)
try:
    print(pow(big, -1, big * 2))
except ValueError as e:
    print(10, e)
try:
    print(range(big)[big])
except IndexError as e:
    print(11, e)
try:
    print(chr(big))
except OverflowError as e:
    print(13, e)
try:
    print(round(1.5, big))
except OverflowError as e:
    print(14, e)
try:
    print(int("1" * 4301))
except ValueError as e:
    print(15, e)
try:
    print(str(10 ** 4300)[:5])
except ValueError as e:
    print(16, e)
try:
    print(hex(10 ** 5000)[:6])
except ValueError as e:
    print(17, e)
try:
    print(big.bit_length(), (-big) // 0)
except ZeroDivisionError as e:
    print(18, e)
