# print(file=sys.stderr), sys.stdout/sys.stderr.write, flush; stderr is compared through the
# uncaught exception's report at the end.
import sys
import time

print("out 1")
print("err 1", 2, 3.5, sep="|", end="!\n", file=sys.stderr)
print("out 2", file=sys.stdout, flush=True)
n = sys.stdout.write("written\n")
m = sys.stderr.write("err 2\n")
sys.stdout.flush()
sys.stderr.flush()
print(n, m, len(sys.argv), type(sys.argv[0]).__name__)
t = time.perf_counter()
time.sleep(0.001)
print(time.perf_counter() > t, time.time() > 1e9, time.monotonic_ns() >= 0, time.time_ns() > 10**18)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
raise SystemExit("bye")
