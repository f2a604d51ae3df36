x = 2
from math import sqrt  # error: [unsupported-import]
print(x)
