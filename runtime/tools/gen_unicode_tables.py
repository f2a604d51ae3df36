"""Generate runtime/src/unicode_tables.rs from the running CPython's Unicode database.

Run with the CPython version kiln targets (3.11, Unicode 14.0.0):

    python3 runtime/tools/gen_unicode_tables.py > runtime/src/unicode_tables.rs
"""
import sys
import unicodedata


def ranges(pred):
    out, start = [], None
    for c in range(sys.maxunicode + 2):
        p = c <= sys.maxunicode and pred(c)
        if p and start is None:
            start = c
        if not p and start is not None:
            out.append((start, c - 1))
            start = None
    return out


def emit_ranges(name, doc, rs):
    print(f"/// {doc}")
    print(f"pub(crate) static {name}: &[(u32, u32)] = &[")
    for a, b in rs:
        print(f"    (0x{a:X}, 0x{b:X}),")
    print("];")
    print()


print("//! Unicode property tables generated from CPython's `unicodedata`")
print(f"//! (Unicode {unicodedata.unidata_version}, Python {sys.version.split()[0]}) by")
print("//! `runtime/tools/gen_unicode_tables.py`; do not edit by hand.")
print("//!")
print("//! Every table is sorted and its ranges are inclusive and disjoint, so")
print("//! lookups can binary-search them.")
print()
emit_ranges(
    "WHITESPACE",
    "Code points for which `str.isspace()` is true.",
    ranges(lambda c: chr(c).isspace()),
)
emit_ranges(
    "NOT_PRINTABLE",
    "Code points for which `str.isprintable()` is false (escaped by `repr`).",
    ranges(lambda c: not chr(c).isprintable()),
)
zeros = [c for c in range(sys.maxunicode + 1) if unicodedata.decimal(chr(c), -1) == 0]
for z in zeros:
    assert all(unicodedata.decimal(chr(z + i), -1) == i for i in range(10))
print("/// First code point (the digit zero) of each run of ten Unicode decimal")
print("/// digits (category Nd); digit `d` of a run is at `zero + d`.")
print("pub(crate) static DECIMAL_ZEROS: &[u32] = &[")
for z in zeros:
    print(f"    0x{z:X},")
print("];")
