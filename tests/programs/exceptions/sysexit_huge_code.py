# sys.exit with an int too large for a C long exits with status 255, as CPython (-1).
import sys
print("bye")
sys.exit(2 ** 70)
