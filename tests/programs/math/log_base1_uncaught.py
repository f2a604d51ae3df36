from math import log
def base(b):
    return log(8, b)
for b in [2, 4, 1]:
    print(f"{base(b):.3f}")
