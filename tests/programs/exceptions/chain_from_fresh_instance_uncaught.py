# "raise X from Y" outside any handler, Y a new instance never raised: the cause is printed without a traceback.
def check(n):
    if n < 0:
        raise ValueError("negative input") from ArithmeticError("sign check")
    return n


print(check(5))
print(check(-5))
