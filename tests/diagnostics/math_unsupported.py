# What kiln does not compile of `math` is refused where it is written.
import math
from math import sqrt, gamma  # error: [unsupported-import]

print(math.gamma(0.5))  # error: [unsupported-import]
f = math  # error: [unsupported-import]
