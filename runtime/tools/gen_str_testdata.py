"""Generate the CPython oracle tables of the string methods and formatting.

Run with the CPython version kiln targets (3.11):

    python3 runtime/tools/gen_str_testdata.py runtime/testdata

Writes:
- str_methods.txt: one call per line, `op<TAB>args...<TAB>=><TAB>result`;
- format_spec.txt: `format(value, spec)` for ints, floats, strs and bools;
- str_mod.txt: `fmt % args`;
- case_maps.txt: every code point whose upper/lower/title/casefold mapping
  is not itself, with the four mappings.

Fields are text with `\\`, tab and every non-printable character written as
`\\u{HEX}`. A typed value is `s:text` (str), `i:0x7b` (int, hex), `f:<16 hex digits
of the IEEE bits>` (float), `b:0`/`b:1` (bool), `N` (None). A result is
`l` followed by one field per item (list or tuple of str), a typed value,
or `e` followed by `Kind: message` for an exception.
"""
import os
import struct
import sys


def esc(text):
    out = []
    for c in text:
        if c == "\\" or c == "\t" or not c.isprintable():
            out.append("\\u{%X}" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def typed(v):
    if v is None:
        return "N"
    if isinstance(v, bool):
        return f"b:{int(v)}"
    if isinstance(v, int):
        return f"i:{v:#x}"
    if isinstance(v, float):
        return "f:" + struct.pack(">d", v).hex()
    if isinstance(v, str):
        return "s:" + esc(v)
    raise TypeError(v)


def result(f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001 - every exception is data here
        return ["e", esc(f"{type(e).__name__}: {e}")]
    if isinstance(r, (list, tuple)):
        return ["l"] + [esc(x) for x in r]
    return [typed(r)]


SAMPLES = ["", "a", "abc", "Hello, World", "  spaced  out  ", "héllo wörld", "ΑΣ ΣΑΣ σ",
           "straße", "ǅemal ǆ ǈ", "ﬁre ﬂy", "İstanbul", "x\u2028y\u2029z\x1cw\x85v",
           "a\r\nb\rc\nd\x0be\x0cf", "\t tabs\tand\t\tmore", "日本語テキスト", "😀 emoji 😀x",
           "mixed ASCII and ünïcödé", "123", "½⅓²③٣", "Ⅻ", "abc123", "_id", "3x", "déjà_vu",
           "AbC", "Title Case Words", "UPPER", "lower", "ΣΑΣ.", "Σ", "aΣ", "aΣb", "a.Σ", "ŉ",
           "\u0345", "ǰ", " \u3000\u00a0\u2000 ", "-42", "+7", "a\x00b"]

INDICES = [0, 1, -1, 2, -3, 5, -7, 100, -100, 2**62 - 1, -(2**62), 2**64, -(2**70), None]


def main(out):
    lines = []

    def add(op, args, f):
        lines.append("\t".join([op] + [typed(a) for a in args] + ["=>"] + result(f)))

    for k, s in enumerate(SAMPLES):
        # The search and slice families on every other sample (size).
        thorough = k % 2 == 0
        for i in [0, 1, -1, 3, -4, 20, 2**64, -(2**64)]:
            add("getitem", [s, i], lambda: s[i])
        for a in [None, 0, 1, -2, 2**64, -(2**64)]:
            for b in [None, 2, -1, -(2**64)]:
                for c in [None, 2, -1, -2, 3, 2**64, -(2**64), 0]:
                    if not thorough and (a, b, c).count(None) < 2:
                        continue
                    add("slice", [s, a, b, c], lambda: s[a:b:c])
        subs = ["", "a", "l", "Σ", "ö", s[1:3], s[-2:]]
        for sub in subs:
            ranges = [(None, None), (1, None), (None, -1), (2, 5), (-3, None), (-(2**64), 2**64),
                      (len(s), None), (len(s) + 1, None)]
            if sub in ("", "a"):
                ranges += [(100, None), (0, 100), (2**64, None), (4, 2)]
            for (a, b) in ranges if thorough else ranges[:3]:
                add("find", [s, sub, a, b], lambda: s.find(sub, a, b))
                add("rfind", [s, sub, a, b], lambda: s.rfind(sub, a, b))
                add("index", [s, sub, a, b], lambda: s.index(sub, a, b))
                add("rindex", [s, sub, a, b], lambda: s.rindex(sub, a, b))
                add("count", [s, sub, a, b], lambda: s.count(sub, a, b))
                add("startswith", [s, sub, a, b], lambda: s.startswith(sub, a, b))
                add("endswith", [s, sub, a, b], lambda: s.endswith(sub, a, b))
            add("contains", [s, sub], lambda: sub in s)
            add("removeprefix", [s, sub], lambda: s.removeprefix(sub))
            add("removesuffix", [s, sub], lambda: s.removesuffix(sub))
            add("partition", [s, sub], lambda: s.partition(sub))
            add("rpartition", [s, sub], lambda: s.rpartition(sub))
            for new in ["", "ÄÖ"]:
                for n in [None, 0, 1, 2] if new else [None, -1, 2**64]:
                    add("replace", [s, sub, new, n], lambda: s.replace(sub, new, n if n is not None else -1))
        for sep in [None, "", " ", "a", "Σ", "  ", "l", "ö"]:
            for n in [None, -1, 0, 1, 2**64] if sep in (None, " ") else [None, 1]:
                add("split", [s, sep, n], lambda: s.split(sep, n if n is not None else -1))
                add("rsplit", [s, sep, n], lambda: s.rsplit(sep, n if n is not None else -1))
        for k in [False, True]:
            add("splitlines", [s, k], lambda: s.splitlines(k))
        for chars in [None, "", " ", "a", "ab", "Σα", " \t-+"]:
            add("strip", [s, chars], lambda: s.strip(chars))
            add("lstrip", [s, chars], lambda: s.lstrip(chars))
            add("rstrip", [s, chars], lambda: s.rstrip(chars))
        for w in [-1, 0, 3, 10, 11, 2**64]:
            for fill in [None, "*", "é", "", "ab"] if thorough else [None, "é"]:
                add("center", [s, w, fill], lambda: s.center(w, fill) if fill is not None else s.center(w))
                add("ljust", [s, w, fill], lambda: s.ljust(w, fill) if fill is not None else s.ljust(w))
                add("rjust", [s, w, fill], lambda: s.rjust(w, fill) if fill is not None else s.rjust(w))
            add("zfill", [s, w], lambda: s.zfill(w))
        for t in [8, 4, 1, 0, -3, 2**31, 2**64]:
            add("expandtabs", [s, t], lambda: s.expandtabs(t))
        for m in ["upper", "lower", "title", "capitalize", "swapcase", "casefold", "isdigit",
                  "isalpha", "isspace", "isalnum", "isupper", "islower", "isdecimal",
                  "isnumeric", "istitle", "isidentifier", "isascii"]:
            add(m, [s], getattr(s, m))
        add("ord", [s], lambda: ord(s))
        for sep in ["", ", ", "é"]:
            add("join", [sep, s], lambda: sep.join(s.split()))
    # (Surrogates, which kiln strings cannot hold, are tested by hand.)
    for i in [0, 65, 0xe9, 0x10ffff, 0x110000, -1, 2**31, -(2**31) - 1, 2**64]:
        add("chr", [i], lambda: chr(i))

    with open(os.path.join(out, "str_methods.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")

    # format(value, spec)
    lines = []
    int_values = [0, 1, -1, 7, 42, -42, 255, 1234, -1234, 1234567, -9876543210, 2**62,
                  -(2**62), 2**64, -(2**100), 10**30, 65, 0x10ffff, 0x110000]
    int_specs = ["", "d", "5", "<5", "^5", ">5", "=+8", "*^9", "+", " ", "-", "+d", " d",
                 ",", "_", ",d", "_d", "_x", "_b", "_o", "_X", ",x", "x", "X", "#x", "#X",
                 "o", "#o", "b", "#b", "#010b", "#010x", "08", "08,", "010,", "0=10,", "x=10,",
                 ">010,", "+,", "+_", "-,", " ,", "c", "+c", "#c", ">3c", "n", ",n", "e", "E",
                 "f", ".2f", "g", "G", "%", ".1%", ",.2f", "08,.2f", "z", ".2", "q", "dd",
                 "#", "#d", "=^5", "^=5", ",_", "_,", ",,", ".", "02", "-08", "+08x", "#08o",
                 " 012,", "é^7", "\x00<3", "s", "10.3e", "#g", "_.3f", "0", "00", "0>5",
                 "010", "-010", "^-010", "#+x", "#_b", "0=+#12_x"]
    for v in int_values:
        for spec in int_specs:
            lines.append("\t".join(["int", typed(v), esc(spec), "=>"] + result(lambda: format(v, spec))))
    lines.append("\t".join(["int", typed(10**5000), esc("d"), "=>"] + result(lambda: format(10**5000, "d"))))
    lines.append("\t".join(["int", typed(10**5000), esc("x"), "=>"] + ["s:" + esc(format(10**5000, "x"))]))
    lines.append("\t".join(["int", typed(10**400), esc("f"), "=>"] + result(lambda: format(10**400, "f"))))
    float_values = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 3.14159, -3.14159, 1234.5678,
                    -1234.5678, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001234,
                    123456789.0, 1e100, 1e-100, 5e-324, 1.7976931348623157e308, 0.1, 1 / 3,
                    2.0 ** 70, -0.0001, 0.005, 0.015, 0.025, 999999.5, 9.9999995, 1e22, 100.0,
                    float("inf"), float("-inf"), float("nan"), 12345.0, 0.125, 1e-7]
    float_specs = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0f", ".1f", ".2f", ".3f",
                   ".0e", ".3e", ".10e", ".20f", ".0g", ".1g", ".3g", ".10g", ".17g", ".0",
                   ".1", ".3", ".12", ".17", "#", "#.0f", "#.0e", "#g", "#.3g", "#.0", "+",
                   " ", "+.2f", " .2e", "z", "z.0f", "z.1f", "z.2e", "z.3g", "z", "+z.1f",
                   "10", "<10", "^10", ">10", "=10", "*^12.3f", "010", "010.2f", "-010.2f",
                   "+010.2f", "=+10.2f", ",", ",.2f", "_.2f", "08,.2f", "012,.3f", "0=12,.1f",
                   ",e", ",g", ",%", ".2%", "10.1%", "d", "x", "c", "s", ",n", "_g", "15,.0f",
                   "#10.0f", "0>10.2f", ".30f", ".50e", ".25g", "#.25g", "z^9.1f", "e^+12.4e",
                   "=^10", ".1000000000000000000000", "#x", "q", "_", "0=+12_.2f"]
    for v in float_values:
        for spec in float_specs:
            lines.append("\t".join(["float", typed(v), esc(spec), "=>"] + result(lambda: format(v, spec))))
    str_values = ["", "a", "abc", "héllo", "日本", "😀x", "ΑΣ"]
    str_specs = ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", "é>4", ".2", ".0", "5.1", ">8.3s",
                 "05", "0>5", "010", "d", "+", " ", "-", "=5", "#", "z", ",", "_", ",s", "x",
                 "c", "ss", ".", "<0", "\x00^5"]
    for v in str_values:
        for spec in str_specs:
            lines.append("\t".join(["str", typed(v), esc(spec), "=>"] + result(lambda: format(v, spec))))
    for v in [True, False]:
        for spec in ["", ">5", "d", "x", "5", "+", "s", "q", "^7", ".2f", "c", "#b", ",", "08"]:
            lines.append("\t".join(["bool", typed(v), esc(spec), "=>"] + result(lambda: format(v, spec))))
    with open(os.path.join(out, "format_spec.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")

    # fmt % args
    lines = []
    cases = [
        ("%s", ("abc",)), ("%s", (1,)), ("%s", (1.5,)), ("%s", (True,)), ("%s", (None,)),
        ("%r", ("é\n'",)), ("%r", (1,)), ("%r", (2.5,)), ("%r", (False,)), ("%r", (None,)),
        ("%5s|", ("ab",)), ("%-5s|", ("ab",)), ("%.2s", ("abc",)), ("%5.1s|", ("héllo",)),
        ("%d", (42,)), ("%d", (-42,)), ("%i", (7,)), ("%d", (3.99,)), ("%d", (-3.99,)),
        ("%d", (True,)), ("%d", (2**100,)), ("%5d|", (42,)), ("%-5d|", (42,)), ("%05d", (-42,)),
        ("%+d", (42,)), ("% d", (42,)), ("%+ d", (42,)), ("%.3d", (5,)), ("%+.3d", (-5,)),
        ("%8.3d|", (5,)), ("%-08d|", (5,)), ("%x", (255,)), ("%X", (255,)), ("%#x", (255,)),
        ("%#X", (255,)), ("%#o", (8,)), ("%o", (-8,)), ("%#x", (-255,)), ("%#08x", (255,)),
        ("%x", (2**70,)), ("%x", (True,)), ("%f", (1.5,)), ("%f", (2,)), ("%.2f", (3.14159,)),
        ("%10.3f|", (-3.14159,)), ("%-10.1f|", (2.25,)), ("%010.2f", (-2.5,)), ("%+.1f", (0.05,)),
        ("%F", (float("inf"),)), ("%f", (float("nan"),)), ("%e", (12345.678,)), ("%E", (0.0,)),
        ("%.0e", (15.0,)), ("%#.0e", (15.0,)), ("%#.0f", (2.0,)), ("%g", (1e-5,)),
        ("%g", (123456789.0,)), ("%G", (1e-10,)), ("%#g", (1.0,)), ("%.3g", (2**0.5,)),
        ("%c", (65,)), ("%c", (233,)), ("%c", ("é",)), ("%3c|", ("x",)), ("%%", ()),
        ("%d%%", (50,)), ("%s and %s", ("a", "b")), ("%s=%d (%.1f%%)", ("x", 3, 12.5)),
        ("héllo %s wörld", ("ü",)), ("%.0f %.0f %.0f", (0.5, 1.5, 2.5)), ("%d", ("a",)),
        ("%d", (None,)), ("%x", (1.5,)), ("%f", ("a",)), ("%c", ("ab",)), ("%c", (1.5,)),
        ("%c", (-1,)), ("%c", (0x110000,)), ("%d %d", (1,)), ("%d", (1, 2)), ("%q", (1,)),
        ("%", ()), ("%5", (1,)), ("%é", (1,)), ("%i", ("x",)), ("%o", (1.0,)), ("%X", ("s",)),
        ("%e", ("s",)), ("%c", (None,)), ("%x", (None,)), ("%f", (None,)), ("%s %s", ("a",)),
        ("no args", ()), ("no args", (1,)), ("%-+8.2e|", (-1234.5,)), ("% 010.3f", (3.0,)),
        ("%#5o|", (0,)), ("%#x", (0,)), ("%.0d", (0,)), ("%s", ("",)), ("%10r|", ("a",)),
        ("%.1r", ("abc",)), ("%a", ("é",)), ("%u", (5,)), ("%ld", (5,)), ("%.2s%%", ("abc",)),
    ]
    for fmt, args in cases:
        lines.append("\t".join(["mod", esc(fmt)] + [typed(a) for a in args] + ["=>"]
                               + result(lambda: fmt % args)))
    with open(os.path.join(out, "str_mod.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")

    # Case mappings of every code point that has one.
    lines = []
    for c in range(sys.maxunicode + 1):
        if 0xD800 <= c <= 0xDFFF:
            continue
        ch = chr(c)
        maps = [ch.upper(), ch.lower(), ch.title(), ch.casefold()]
        if any(m != ch for m in maps):
            lines.append("\t".join([f"{c:X}"] + [" ".join(f"{ord(x):X}" for x in m) for m in maps]))
    with open(os.path.join(out, "case_maps.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")


main(sys.argv[1])
