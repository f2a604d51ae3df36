# Builtins that take some arguments by keyword: int(base=), round(number=, ndigits=), pow(base=, exp=, mod=).
print(int("ff", base=16), int("0o17", base=0), round(2.675, ndigits=2), round(number=2.5))
print(pow(2, 10, mod=1000), pow(base=2, exp=5), pow(2, exp=-1), pow(base=3, exp=4, mod=5))
