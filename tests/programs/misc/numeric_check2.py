# Validate numeric settings (variant of numeric_check.py: isinstance with a tuple instead of int | float).
LIMITS = {"timeout": (0.5, 60.0), "retries": (0.0, 10.0), "ratio": (0.0, 1.0)}


def check(name: str, value: float) -> str:
    if not isinstance(value, (int, float)):
        return f"{name}: not a number"
    lo, hi = LIMITS[name]
    if not lo <= value <= hi:
        return f"{name}: {value} outside [{lo}, {hi}]"
    return f"{name}: ok ({value})"


for name, value in [("timeout", 30.0), ("retries", 12.0), ("ratio", 0.25), ("timeout", 0.1)]:
    print(check(name, value))
