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
print()


def cased(c):
    ch = chr(c)
    return ch.islower() or ch.isupper() or ch.istitle()


def case_ignorable(c):
    """Derived from CPython's final-sigma rule in str.lower(), which skips
    case-ignorable characters around a capital sigma (Objects/unicodeobject.c
    final_sigma); unicodedata does not expose the property itself."""
    ch = chr(c)
    if cased(c):
        # A cased character ends the backward scan unless it is ignorable.
        return ("A\u03a3" + ch).lower()[1] == "\u03c2"
    # An uncased, non-ignorable character after the sigma makes it final.
    return ("A\u03a3" + ch + "B").lower()[1] == "\u03c3"


PREDICATES = [
    ("ALPHA", "`str.isalpha()` (categories Lm, Lt, Lu, Ll, Lo).", lambda c: chr(c).isalpha()),
    ("DIGIT", "`str.isdigit()` (a Unicode digit value).", lambda c: chr(c).isdigit()),
    ("NUMERIC", "`str.isnumeric()` (a Unicode numeric value).", lambda c: chr(c).isnumeric()),
    ("LOWERCASE", "The Lowercase property (CPython's `Py_UNICODE_ISLOWER`).",
     lambda c: chr(c).islower()),
    ("UPPERCASE", "The Uppercase property (CPython's `Py_UNICODE_ISUPPER`).",
     lambda c: chr(c).isupper()),
    ("TITLECASE", "Category Lt (CPython's `Py_UNICODE_ISTITLE`).",
     lambda c: unicodedata.category(chr(c)) == "Lt"),
    ("CASED", "The Cased property (Lowercase, Uppercase or Lt).", cased),
    ("CASE_IGNORABLE", "The Case_Ignorable property (for the final sigma of `str.lower()`).",
     case_ignorable),
    ("ID_START", "Characters that may start an identifier (XID_Start and `_`).",
     lambda c: chr(c).isidentifier()),
    ("ID_CONTINUE", "Characters that may continue an identifier (XID_Continue).",
     lambda c: ("a" + chr(c)).isidentifier()),
    ("UPPER_CHANGES", "Characters that `str.upper()` changes (the runtime maps only these).",
     lambda c: chr(c).upper() != chr(c)),
    ("LOWER_CHANGES", "Characters that `str.lower()` changes (the runtime maps only these).",
     lambda c: chr(c).lower() != chr(c)),
]
for name, doc, pred in PREDICATES:
    emit_ranges(name, doc, ranges(pred))


def emit_map(name, doc, pairs):
    print(f"/// {doc}")
    print("/// Sorted by code point; unused result slots are 0.")
    print(f"pub(crate) static {name}: &[(u32, [u32; 3])] = &[")
    for c, mapped in pairs:
        slots = [ord(m) for m in mapped] + [0] * (3 - len(mapped))
        print(f"    (0x{c:X}, [{', '.join(f'0x{x:X}' for x in slots)}]),")
    print("];")


emit_map("TITLE_MAP", "Full titlecase mappings that differ from the uppercase mapping.",
         [(c, chr(c).title()) for c in range(sys.maxunicode + 1)
          if chr(c).title() != chr(c).upper()])
print()
emit_map("FOLD_MAP", "Full case foldings that differ from the lowercase mapping.",
         [(c, chr(c).casefold()) for c in range(sys.maxunicode + 1)
          if chr(c).casefold() != chr(c).lower()])
