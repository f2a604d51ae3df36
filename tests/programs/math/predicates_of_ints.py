# isnan/isinf/isfinite convert an int to a float first (OverflowError when too big); perm(n, None) is perm(n).
import math
print(math.perm(5, None), math.isnan(3), math.isinf(True), math.isfinite(10**300))
try:
    math.isnan(10**400)
except OverflowError as e:
    print("OverflowError", e)
