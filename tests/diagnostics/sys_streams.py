# The standard streams' methods take what CPython's take; what kiln does not compile of them
# is refused.
import sys
import time

sys.stdout.write(42)  # error: [type-error]
sys.stdin.readline(10)  # error: [unsupported-call]
time.sleep("1")  # error: [unsupported-call]
print("x", file=sys.stdin)  # error: [unsupported-call]
print("x", flush=1)  # error: [unsupported-call]
