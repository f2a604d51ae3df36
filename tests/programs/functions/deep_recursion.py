# Recursion well within CPython's default limit of 1000 frames.
def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)


def depth_str(n):
    if n == 0:
        return ""
    return depth_str(n - 1) + "."


def count_digits(n):
    if n < 10:
        return 1
    return 1 + count_digits(n // 10)


print(sum_to(900))
print(len(depth_str(800)))
print(count_digits(9223372036854775807))
print(sum_to(10), depth_str(5))
