"""Generate the CPython oracle tables in runtime/testdata/ used by the unit tests.

Run with the CPython version kiln targets (3.11):

    python3 runtime/tools/gen_testdata.py runtime/testdata

Floats are written as 16 hex digits of their IEEE bits so the tests read
them back exactly; ints of the int tables are written with hex() ('-0x1f').
An operation that raises is written as the exception's class name. The
random seeds are fixed, so the output is reproducible.
"""
import math
import os
import random
import struct
import sys

rng = random.Random(20240611)


def h(x):
    return struct.pack(">d", x).hex()


def random_double():
    """A double drawn from every magnitude and kind."""
    kind = rng.random()
    if kind < 0.35:  # uniform over bit patterns (finite)
        while True:
            x = struct.unpack(">d", rng.getrandbits(64).to_bytes(8, "big"))[0]
            if math.isfinite(x):
                return x
    if kind < 0.55:  # short decimals of all magnitudes
        digits = rng.randint(1, 17)
        mant = rng.randint(1, 10**digits - 1)
        return float(f"{rng.choice('+-')}{mant}e{rng.randint(-330, 310)}")
    if kind < 0.7:  # around the fixed/scientific switch points
        return float(f"{rng.randint(1, 10**rng.randint(1, 17))}e{rng.randint(-25, 5)}") * rng.choice([1, -1])
    if kind < 0.8:  # integral values
        return float(rng.randint(-(2**rng.randint(1, 70)), 2**rng.randint(1, 70)))
    if kind < 0.85:  # halfway between two shortest candidates (ties to even)
        # 17 significant digits ending in 5, exactly representable.
        if rng.random() < 0.5:
            return rng.randint(10**14, 2**51) + rng.choice([0.25, 0.75])
        return rng.randint(10**13, 10**14) + rng.choice([0.125, 0.375, 0.625, 0.875])
    if kind < 0.9:  # subnormals
        return struct.unpack(">d", rng.getrandbits(52).to_bytes(8, "big"))[0] * rng.choice([1, -1])
    # small "everyday" values
    return round(rng.uniform(-1000, 1000), rng.randint(0, 6))


SPECIAL = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.5, 2.0, 3.0, -2.0, -3.0,
           0.1, 1e-4, 1e-5, 9.999999999999999e-05, 1e15, 1e16, 9999999999999998.0, 1e16 - 2,
           5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e22, 1e23, 123456.789,
           2.0**53, 2.0**63, -(2.0**63), 2.0**64, 0.3, 2.5, -2.5, 1.5, 1e300, 1e-300, 7.0, -7.0]


def write(path, lines):
    with open(path, "w") as f:
        for line in lines:
            f.write(line + "\n")


def try_op(f):
    try:
        return h(f())
    except ZeroDivisionError:
        return "ZeroDivisionError"
    except OverflowError:
        return "OverflowError"
    except ValueError:
        return "ValueError"


def main(out):
    values = SPECIAL + [random_double() for _ in range(3000)]
    write(os.path.join(out, "float_repr.txt"),
          [f"{h(x)} {x!r}" for x in values])

    # Binary float operations: a // b, a % b, a ** b.
    pairs = [(a, b) for a in SPECIAL for b in SPECIAL]
    pairs += [(random_double(), random_double()) for _ in range(1500)]
    pairs += [(rng.uniform(-100, 100), rng.uniform(-100, 100)) for _ in range(1500)]
    pairs += [(rng.uniform(-3, 3), float(rng.randint(-400, 400))) for _ in range(800)]
    pairs += [(rng.uniform(0, 3), rng.uniform(-800, 800)) for _ in range(800)]
    lines = []
    for a, b in pairs:
        try:
            r = a ** b
            # CPython gives a complex here; kiln raises ValueError instead.
            pw = "ValueError" if isinstance(r, complex) else h(r)
        except ZeroDivisionError:
            pw = "ZeroDivisionError"
        except OverflowError:
            pw = "OverflowError"
        lines.append(f"{h(a)} {h(b)} {try_op(lambda: a // b)} {try_op(lambda: a % b)} {pw}")
    write(os.path.join(out, "float_binops.txt"), lines)

    # round(x, n), round(x), int(x).
    lines = []
    for x in values[:1500]:
        for n in sorted({0, 1, 2, -1, rng.randint(-20, 20), rng.randint(-330, 330)}):
            lines.append(f"{h(x)} {n} {try_op(lambda: round(x, n))}")
    for x in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 5e307, 1.7976931348623157e308]:
        for n in range(-310, 330, 11):
            lines.append(f"{h(x)} {n} {try_op(lambda: round(x, n))}")
    write(os.path.join(out, "float_round.txt"), lines)

    lines = []
    for x in values + [rng.uniform(-1e19, 1e19) for _ in range(500)]:
        def conv(f):
            try:
                v = f()
                if v.bit_length() <= 64:
                    return hex(v)
                # Integral floats have at most 53 significant bits: m * 2**s.
                s = (v & -v).bit_length() - 1
                return f"{hex(v >> s)}p{s}"
            except OverflowError:
                return "OverflowError"
            except ValueError:
                return "ValueError"
        lines.append(f"{h(x)} {conv(lambda: int(x))} {conv(lambda: round(x))}")
    write(os.path.join(out, "float_to_int.txt"), lines)

    # int / int and int <=> float.
    def rand_int():
        return rng.randint(-(2**rng.randint(0, 63)), 2**rng.randint(0, 63) - 1)
    ints = [0, 1, -1, 2**53, 2**53 + 1, -(2**53) - 1, 2**63 - 1, -(2**63), 3, 10, 7]
    ints += [rand_int() for _ in range(1500)]
    lines = []
    for a in ints:
        for b in [rand_int() or 1, rng.choice(ints) or 1, rng.randint(1, 1000)]:
            lines.append(f"{a} {b} {h(a / b)}")
    write(os.path.join(out, "int_truediv.txt"), lines)

    lines = []
    for a in ints:
        fs = [float(a), math.nextafter(float(a), math.inf), math.nextafter(float(a), -math.inf),
              random_double(), rng.choice(SPECIAL)]
        for b in fs:
            c = 2 if math.isnan(b) else (-1 if a < b else (1 if a > b else 0))
            lines.append(f"{a} {h(b)} {c}")
    write(os.path.join(out, "int_float_cmp.txt"), lines)

    # float(str): reprs, reformatted literals, and random junk.
    lines = []
    for x in values[:1200]:
        for s in [repr(x), f"{x:.20e}", f" {x!r}\n", f"{x:E}"]:
            if "nan" in s.lower():
                continue
            lines.append(f"{s.strip()!r}\t{h(float(s))}")
    for _ in range(1000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 40)))
        point = rng.randint(0, len(digits))
        s = digits[:point] + "." + digits[point:] + f"e{rng.randint(-350, 350)}"
        lines.append(f"{s!r}\t{h(float(s))}")
    write(os.path.join(out, "parse_float.txt"), lines)

    int_tables(out)


# ---------------------------------------------------------------------------
# Tables for arbitrary-size ints (own generator, so the tables above stay
# unchanged when these change).

irng = random.Random(20250101)


def result(f, fmt=hex):
    """fmt(f()), or the name of the exception f raises."""
    try:
        return fmt(f())
    except Exception as e:  # ZeroDivisionError, ValueError, OverflowError, MemoryError
        return type(e).__name__


def anchor_ints():
    """Ints around every boundary of the tagged word and of i64/u64/i128."""
    vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**53, 2**53 + 1, -(2**53) - 1]
    for k in [62, 63, 64, 100, 127, 128, 200]:
        for d in [-1, 0, 1]:
            vals += [2**k + d, -(2**k) + d]
    vals += [10**30, -(10**30), 3**80, -(3**80), 2**61 - 1, 2**61]
    return vals


def random_int():
    k = irng.choice([1, 8, 30, 53, 61, 62, 63, 64, 65, 90, 100, 126, 127, 150, 250])
    return irng.randint(-(2**k), 2**k)


def int_tables(out):
    anchors = anchor_ints()
    ints = anchors + [random_int() for _ in range(60)]

    # Binary operations on pairs of (mostly) boundary values.
    pairs = [(a, b) for a in anchors[::2] for b in anchors[1::2]]
    pairs += [(irng.choice(ints), irng.choice(ints)) for _ in range(700)]
    lines = []
    for a, b in pairs:
        c = (a > b) - (a < b)
        fields = [hex(a), hex(b), hex(a + b), hex(a - b), hex(a * b),
                  result(lambda: a // b), result(lambda: a % b),
                  hex(a & b), hex(a | b), hex(a ^ b), str(c),
                  result(lambda: a / b, h)]
        lines.append(" ".join(fields))
    write(os.path.join(out, "int_binops.txt"), lines)

    # Unary operations and conversions.
    lines = []
    for a in ints + [random_int() for _ in range(200)]:
        fields = [hex(a), hex(-a), hex(abs(a)), hex(~a), str(hash(a)), str(a.bit_length()),
                  result(lambda: float(a), h), str(a), oct(a), bin(a)]
        fields += [hex(round(a, n)) for n in (1, 0, -1, -2, -18, -19, -20, -38, -40)]
        lines.append(" ".join(fields))
    for k in [1020, 1023, 1024, 1025]:
        for a in [2**k - 1, 2**k - 2**(k - 54), 2**k - 2**(k - 53), 2**k - 2**(k - 54) - 1]:
            fields = [hex(a), hex(-a), hex(abs(a)), hex(~a), str(hash(a)), str(a.bit_length()),
                      result(lambda: float(a), h), str(a), oct(a), bin(a)]
            fields += [hex(round(a, n)) for n in (1, 0, -1, -2, -18, -19, -20, -38, -40)]
            lines.append(" ".join(fields))
    write(os.path.join(out, "int_unops.txt"), lines)

    # Powers (results kept below ~4000 bits), 3-argument pow, shifts.
    lines = []
    for a in ints:
        for e in [0, 1, 2, 3, 5, 10, 31, 62, 63, 64, 100, 1000]:
            if abs(a) > 1 and a.bit_length() * e > 1500:
                continue
            lines.append(f"pow {hex(a)} {hex(e)} {hex(a ** e)}")
        for _ in range(4):
            e = irng.choice([irng.randint(-5, 5), random_int()])
            m = irng.choice([0, 1, -1, 2, 7, -7, 1000, random_int(), random_int()])
            lines.append(f"powmod {hex(a)} {hex(e)} {hex(m)} {result(lambda: pow(a, e, m))}")
        for n in [0, 1, 2, 31, 61, 62, 63, 64, 65, 100, 127, 128, 200, -1]:
            lines.append(f"shift {hex(a)} {hex(n)} {result(lambda: a << n)} {result(lambda: a >> n)}")
    write(os.path.join(out, "int_pow_shift.txt"), lines)

    # Exact comparison of big ints with floats, and true division of big ints.
    lines = []
    for a in ints:
        fa = result(lambda: float(a), lambda v: v)
        fs = [0.0, -0.0, 1.5, -1.5, math.inf, -math.inf, math.nan, 1e300, -1e300,
              float(2**63), -float(2**63), float(2**62), -float(2**62)]
        if isinstance(fa, float):
            fs += [fa, math.nextafter(fa, math.inf), math.nextafter(fa, -math.inf)]
        for b in fs:
            c = 2 if math.isnan(b) else (-1 if a < b else (1 if a > b else 0))
            lines.append(f"{hex(a)} {h(b)} {c}")
    write(os.path.join(out, "int_float_cmp_big.txt"), lines)

    lines = []
    for _ in range(500):
        ka, kb = irng.randint(0, 1200), irng.randint(0, 1200)
        a = irng.randint(-(2**ka), 2**ka)
        b = irng.randint(-(2**kb), 2**kb)
        lines.append(f"{hex(a)} {hex(b)} {result(lambda: a / b, h)}")
    # Quotients near 2**t: the subnormal range, the smallest normal, overflow.
    for _ in range(40):
        for t in [-1076, -1075, -1074, -1073, -1060, -1023, -1022, 1023, 1024]:
            a = irng.randint(1, 2**irng.randint(1, 60))
            b = irng.randint(1, 2**irng.randint(1, 60))
            if t < 0:
                b = (b << -t) // irng.choice([a, 1]) + irng.randint(-2, 2)
                a = a if irng.random() < 0.5 else 1
            else:
                a = ((a << t) // b + irng.randint(-2, 2)) * b + irng.randint(-b, b)
            if b:
                lines.append(f"{hex(a)} {hex(b)} {result(lambda: a / b, h)}")
    write(os.path.join(out, "int_truediv_big.txt"), lines)

    # int(s, base): digits, prefixes, underscores, signs, spaces, junk.
    pieces = ["0", "1", "7", "9", "a", "F", "z", "Z", "_", "0x", "0X", "0o", "0b", "0B",
              "x", " ", "-", "+", "00", "12", "__", "\t", "g", "ff", "10"]
    lines = []
    for _ in range(3000):
        s = "".join(irng.choice(pieces) for _ in range(irng.randint(1, 6)))
        base = irng.choice([0, 0, 0, 2, 8, 10, 10, 16, 16, 36, 3, 7])
        lines.append(f"{s!r}\t{base}\t{result(lambda: int(s, base), hex)}")
    for _ in range(300):
        base = irng.choice([2, 8, 10, 16, 36, 0])
        v = random_int()
        s = {2: bin, 8: oct, 16: hex}.get(base, str)(v)
        if base in (2, 8, 16) and irng.random() < 0.5:
            s = s.replace("0b", "").replace("0o", "").replace("0x", "")
        if base == 36:
            s = str(abs(v))
        lines.append(f"{s!r}\t{base}\t{result(lambda: int(s, base), hex)}")
    write(os.path.join(out, "int_parse.txt"), lines)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "runtime/testdata")
