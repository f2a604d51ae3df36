# int() of nan raises ValueError.
inf = float("inf")
nan = inf - inf
print(nan)
print(int(nan))
