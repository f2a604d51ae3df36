# Every float function of `math` over special and ordinary values, errors included.
# kiln-test: host-only: the values come from the C library's libm, whose last bits differ between glibc and musl and between architectures (as CPython's do)
import math

values = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.7, -3.7, 10.0, 100.0, 710.0, -710.0, 1e-300,
          1e300, math.inf, -math.inf, math.nan, 0.1, 1e-10, 2.5e-308]




for x in values:
    row = []
    for name in ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos",
                 "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh",
                 "atanh", "erf", "erfc", "fabs", "degrees", "radians", "cbrt"]:
        try:
            if name == "sqrt":
                r = math.sqrt(x)
            elif name == "exp":
                r = math.exp(x)
            elif name == "exp2":
                r = math.exp2(x)
            elif name == "expm1":
                r = math.expm1(x)
            elif name == "log":
                r = math.log(x)
            elif name == "log2":
                r = math.log2(x)
            elif name == "log10":
                r = math.log10(x)
            elif name == "log1p":
                r = math.log1p(x)
            elif name == "sin":
                r = math.sin(x)
            elif name == "cos":
                r = math.cos(x)
            elif name == "tan":
                r = math.tan(x)
            elif name == "asin":
                r = math.asin(x)
            elif name == "acos":
                r = math.acos(x)
            elif name == "atan":
                r = math.atan(x)
            elif name == "sinh":
                r = math.sinh(x)
            elif name == "cosh":
                r = math.cosh(x)
            elif name == "tanh":
                r = math.tanh(x)
            elif name == "asinh":
                r = math.asinh(x)
            elif name == "acosh":
                r = math.acosh(x)
            elif name == "atanh":
                r = math.atanh(x)
            elif name == "erf":
                r = math.erf(x)
            elif name == "erfc":
                r = math.erfc(x)
            elif name == "fabs":
                r = math.fabs(x)
            elif name == "degrees":
                r = math.degrees(x)
            elif name == "radians":
                r = math.radians(x)
            else:
                r = math.cbrt(x)
            row.append(f"{name}={r!r}")
        except ValueError as e:
            row.append(f"{name}:ValueError({e})")
        except OverflowError as e:
            row.append(f"{name}:OverflowError({e})")
    print(x, " ".join(row))

for x in values:
    for y in [0.0, -0.0, 1.0, -2.0, 0.5, 3.0, math.inf, -math.inf, math.nan, 1e300, -7.5]:
        row = []
        try:
            row.append(repr(math.atan2(x, y)))
        except ValueError as e:
            row.append(f"atan2:{e}")
        row.append(repr(math.copysign(x, y)))
        try:
            row.append(repr(math.fmod(x, y)))
        except ValueError as e:
            row.append(f"fmod:{e}")
        try:
            row.append(repr(math.pow(x, y)))
        except ValueError as e:
            row.append(f"pow:ValueError({e})")
        except OverflowError as e:
            row.append(f"pow:OverflowError({e})")
        try:
            row.append(repr(math.remainder(x, y)))
        except ValueError as e:
            row.append(f"remainder:{e}")
        row.append(repr(math.hypot(x, y)))
        row.append(repr(math.hypot(x, y, 1.5)))
        row.append(repr(math.isclose(x, y)))
        try:
            row.append(repr(math.log(x, y)))
        except ValueError as e:
            row.append(f"log:ValueError({e})")
        except ZeroDivisionError as e:
            row.append(f"log:ZeroDivisionError({e})")
        print(x, y, " ".join(row))
