# Plenty of output, then an uncaught ValueError(42) at module level: stdout must be complete.
total = 0
for i in range(60):
    total += i * i
    print("line", i, total)
if total > 100:
    raise ValueError(42)
print("not reached")
