# min/max with nan and signed zeros: the result depends on argument order.
nan = float("nan")
print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan))
print(max(nan, 1.0, 2.0), max(1.0, nan, 2.0), max(2.0, 1.0, nan))
print(min(0.0, -0.0), min(-0.0, 0.0), max(0.0, -0.0), max(-0.0, 0.0))
print(max(1.0, 1.0), max(float("inf"), nan), min(float("-inf"), 0.0, nan))
