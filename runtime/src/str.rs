//! Python `str` operations: concatenation, repetition, comparison, length,
//! joining (f-strings), conversions to and from other types, and `repr`.
//!
//! Strings are immutable [`StrObject`]s (see `object.rs`), so an operation
//! may return one of its operands or a shared static object instead of a
//! copy. Every result is valid UTF-8 with a correct `nchars`. Errors raise
//! the exception CPython raises, with the same message.

use crate::exc::{raise, ExcKind};
use crate::float::float_repr;
use crate::int::{Int, IntRef};
use crate::int_text::{format_i64, int_to_str};
use crate::object::{
    alloc_str, new_str, new_str_counted, str_as_str, str_bytes, str_data_mut, StrObject, EMPTY_STR,
    STATIC_BIT,
};
use crate::parse::{parse_float, parse_int_base, IntParseError, INT_MAX_STR_DIGITS};
use crate::unicode::is_printable;

/// A string constant owned by the runtime, laid out like the compiler's.
#[repr(C)]
struct StaticStr<const N: usize> {
    obj: StrObject,
    data: [u8; N],
}

impl<const N: usize> StaticStr<N> {
    /// An ASCII constant (so `nchars == len`).
    const fn ascii(data: [u8; N]) -> Self {
        StaticStr {
            obj: StrObject {
                header: STATIC_BIT,
                len: N as u64,
                nchars: N as u64,
                hash: crate::object::NOT_HASHED,
            },
            data,
        }
    }

    /// The object pointer handed to generated code.
    fn as_ptr(&'static self) -> *const StrObject {
        &self.obj
    }
}

static TRUE_STR: StaticStr<4> = StaticStr::ascii(*b"True");
static FALSE_STR: StaticStr<5> = StaticStr::ascii(*b"False");
static NONE_STR: StaticStr<4> = StaticStr::ascii(*b"None");

/// `repr(s)` exactly as CPython computes it: single quotes unless the text
/// contains `'` but no `"`; backslash escapes for the quote, `\\`, `\t`,
/// `\n`, `\r`; `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for other non-printable
/// characters.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        let code = c as u32;
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if code < 0x20 || code == 0x7f => out.push_str(&format!("\\x{code:02x}")),
            _ if c.is_ascii() || is_printable(c) => out.push(c),
            _ if code <= 0xff => out.push_str(&format!("\\x{code:02x}")),
            _ if code <= 0xffff => out.push_str(&format!("\\u{code:04x}")),
            _ => out.push_str(&format!("\\U{code:08x}")),
        }
    }
    out.push(quote);
    out
}

/// The first `n` characters of `s` (C `%.nR` precision in CPython messages).
pub fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// The ValueError message of a failed `int(s, base)` (`base` as the caller
/// gave it, so 0 stays 0).
pub fn int_parse_error_message(s: &str, base: u32, err: IntParseError) -> String {
    match err {
        IntParseError::TooManyDigits(n) => format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        ),
        // CPython formats the literal with "%.200R".
        IntParseError::Invalid => format!(
            "invalid literal for int() with base {base}: {}",
            truncate_chars(&repr_str(s), 200)
        ),
    }
}

/// The ValueError message of a failed `float(s)` (the repr is not truncated).
pub fn float_parse_error_message(s: &str) -> String {
    format!("could not convert string to float: {}", repr_str(s))
}

/// Concatenates `parts` into one new string (or returns a shared one when
/// at most one part is non-empty).
///
/// # Safety
/// Every pointer must point to a valid `StrObject`.
unsafe fn concat_all(parts: &[*const StrObject]) -> *const StrObject {
    let mut len: u64 = 0;
    let mut nchars: u64 = 0;
    let mut nonempty = None;
    let mut count = 0;
    for &p in parts {
        // SAFETY: the caller passes valid objects.
        let (plen, pchars) = unsafe { ((*p).len, (*p).nchars) };
        if plen > 0 {
            count += 1;
            nonempty = Some(p);
        }
        // CPython: "strings are too large to concat" past PY_SSIZE_T_MAX.
        len = match len.checked_add(plen).filter(|&l| l <= isize::MAX as u64) {
            Some(l) => l,
            None => raise(ExcKind::OverflowError, "strings are too large to concat"),
        };
        nchars += pchars;
    }
    match (count, nonempty) {
        (0, _) | (_, None) => &EMPTY_STR,
        (1, Some(p)) => p,
        _ => {
            let out = alloc_str(len);
            // SAFETY: `out` is fresh with room for `len` bytes, the sum of
            // the parts' lengths.
            unsafe {
                let data = str_data_mut(out);
                let mut at = 0;
                for &p in parts {
                    let bytes = str_bytes(p);
                    data[at..at + bytes.len()].copy_from_slice(bytes);
                    at += bytes.len();
                }
                (*out).nchars = nchars;
            }
            out
        }
    }
}

/// `a + b` for strings.
///
/// # Safety
/// `a` and `b` must point to valid `StrObject`s.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_concat(
    a: *const StrObject,
    b: *const StrObject,
) -> *const StrObject {
    // SAFETY: the caller passes valid objects.
    unsafe { concat_all(&[a, b]) }
}

/// `s * n`: empty for `n <= 0`; `OverflowError: repeated string is too
/// long` when the length overflows, `MemoryError` when it cannot be
/// allocated, `OverflowError: cannot fit 'int' into an index-sized integer`
/// when `n` is outside `i64` (all as CPython).
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_repeat(s: *const StrObject, n: Int) -> *const StrObject {
    let n = match n.view() {
        IntRef::Small(v) => v,
        IntRef::Big(b) => i64::try_from(b).unwrap_or_else(|_| {
            raise(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )
        }),
    };
    // SAFETY: the caller passes a valid object.
    let (len, nchars) = unsafe { ((*s).len, (*s).nchars) };
    if n <= 0 || len == 0 {
        return &EMPTY_STR;
    }
    if n == 1 {
        return s;
    }
    let n = n as u64;
    // CPython's check is on the length in characters against PY_SSIZE_T_MAX.
    let Some(total_chars) = nchars.checked_mul(n).filter(|&c| c <= isize::MAX as u64) else {
        raise(ExcKind::OverflowError, "repeated string is too long")
    };
    // The byte size can still be unrepresentable: CPython's allocation
    // would fail the same way.
    let Some(total) = len.checked_mul(n) else {
        raise(ExcKind::MemoryError, "")
    };
    let out = alloc_str(total);
    // SAFETY: `out` is fresh with `len * n` bytes; `s` is valid.
    unsafe {
        let data = str_data_mut(out);
        let src = str_bytes(s);
        let unit = src.len();
        data[..unit].copy_from_slice(src);
        // Double the filled prefix until done: O(log n) copies.
        let mut filled = unit;
        while filled < data.len() {
            let chunk = filled.min(data.len() - filled);
            data.copy_within(..chunk, filled);
            filled += chunk;
        }
        (*out).nchars = total_chars;
    }
    out
}

/// Compares two strings in code-point order (identical to UTF-8 byte
/// order): -1, 0 or 1.
///
/// # Safety
/// `a` and `b` must point to valid `StrObject`s.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_compare(a: *const StrObject, b: *const StrObject) -> i32 {
    // SAFETY: the caller passes valid objects.
    let (x, y) = unsafe { (str_bytes(a), str_bytes(b)) };
    x.cmp(y) as i32
}

/// `a == b` for strings: 1 or 0.
///
/// # Safety
/// `a` and `b` must point to valid `StrObject`s.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_eq(a: *const StrObject, b: *const StrObject) -> i32 {
    if std::ptr::eq(a, b) {
        return 1;
    }
    // SAFETY: the caller passes valid objects.
    let (x, y) = unsafe { (str_bytes(a), str_bytes(b)) };
    i32::from(x == y)
}

/// `len(s)`: the number of code points (an int word).
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_len(s: *const StrObject) -> Int {
    // SAFETY: the caller passes a valid object.
    Int::from_i64(unsafe { (*s).nchars } as i64)
}

/// Concatenates the `n` strings at `parts` (f-strings); empty for `n <= 0`.
///
/// # Safety
/// `parts` must point to `n` valid `StrObject` pointers.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_join(
    parts: *const *const StrObject,
    n: i64,
) -> *const StrObject {
    if n <= 0 || parts.is_null() {
        return &EMPTY_STR;
    }
    // SAFETY: the caller passes `n` valid pointers at `parts`.
    unsafe { concat_all(std::slice::from_raw_parts(parts, n as usize)) }
}

/// `str(a)` of an `int`; `ValueError: Exceeds the limit (4300 digits) for
/// integer string conversion; ...` beyond 4300 digits, as CPython.
#[no_mangle]
pub extern "C" fn kiln_rt_str_from_int(a: Int) -> *const StrObject {
    if let IntRef::Small(v) = a.view() {
        let mut buf = [0; 20];
        let text = format_i64(v, &mut buf);
        return new_str_counted(text, text.len() as u64);
    }
    let text = int_to_str(a).unwrap_or_else(|e| e.raise());
    new_str_counted(&text, text.len() as u64)
}

/// `str(v)` / `repr(v)` of a `float`.
#[no_mangle]
pub extern "C" fn kiln_rt_str_from_float(v: f64) -> *const StrObject {
    new_str(&float_repr(v))
}

/// `str(v)` of a `bool`: the shared constants `'True'` / `'False'`.
#[no_mangle]
pub extern "C" fn kiln_rt_str_from_bool(v: i32) -> *const StrObject {
    if v != 0 {
        TRUE_STR.as_ptr()
    } else {
        FALSE_STR.as_ptr()
    }
}

/// `str(None)`: the shared constant `'None'`.
#[no_mangle]
pub extern "C" fn kiln_rt_str_from_none() -> *const StrObject {
    NONE_STR.as_ptr()
}

/// `int(s, base)` for a valid base (0 or 2..=36), raising CPython's
/// ValueError.
fn str_to_int(text: &str, base: u32) -> Int {
    match parse_int_base(text, base) {
        Ok(v) => Int::from_ibig(v),
        Err(e) => raise(ExcKind::ValueError, &int_parse_error_message(text, base, e)),
    }
}

/// `int(s)`: base 10, any size, with CPython's whitespace, sign, underscore
/// and Unicode-digit rules and its 4300-digit limit; ValueError as CPython.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_to_int(s: *const StrObject) -> Int {
    // SAFETY: the caller passes a valid object.
    str_to_int(unsafe { str_as_str(s) }, 10)
}

/// `int(s, base)`: base 0 (prefix or decimal) or 2..=36, `0x`/`0o`/`0b`
/// prefixes where they match the base, otherwise as `int(s)` (the digit
/// limit applies to bases that are not powers of two). `ValueError: int()
/// base must be >= 2 and <= 36, or 0` for other bases.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_to_int_base(s: *const StrObject, base: Int) -> Int {
    let base = match base.small_value() {
        Some(b @ (0 | 2..=36)) => b as u32,
        _ => raise(
            ExcKind::ValueError,
            "int() base must be >= 2 and <= 36, or 0",
        ),
    };
    // SAFETY: the caller passes a valid object.
    str_to_int(unsafe { str_as_str(s) }, base)
}

/// `float(s)`: CPython's accepted syntax (whitespace, sign, `inf`,
/// `infinity`, `nan` in any case, exponents, PEP 515 underscores, Unicode
/// digits), correctly rounded; ValueError as CPython otherwise.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_to_float(s: *const StrObject) -> f64 {
    // SAFETY: the caller passes a valid object.
    let text = unsafe { str_as_str(s) };
    parse_float(text)
        .unwrap_or_else(|_| raise(ExcKind::ValueError, &float_parse_error_message(text)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(p: *const StrObject) -> String {
        unsafe {
            let s = str_as_str(p).to_string();
            assert_eq!((*p).nchars, s.chars().count() as u64, "nchars of {s:?}");
            s
        }
    }

    #[test]
    fn repr_matches_cpython() {
        // Expected values printed by python3 3.11.
        let cases: &[(&str, &str)] = &[
            ("", "''"),
            ("abc", "'abc'"),
            ("it's", "\"it's\""),
            ("a\"b'c", "'a\"b\\'c'"),
            ("say \"hi\"", "'say \"hi\"'"),
            ("back\\slash", "'back\\\\slash'"),
            ("\t\n\r", "'\\t\\n\\r'"),
            (
                "a\u{0}\u{7f}\u{80}\u{ff}\u{378}\u{1f600}\u{e0001}",
                "'a\\x00\\x7f\\x80ÿ\\u0378😀\\U000e0001'",
            ),
            ("\u{a0}\u{ad}\u{2028}é", "'\\xa0\\xad\\u2028é'"),
            ("\u{1b}[0m", "'\\x1b[0m'"),
        ];
        for &(s, want) in cases {
            assert_eq!(repr_str(s), want, "repr of {s:?}");
        }
    }

    #[test]
    fn error_messages_match_cpython() {
        assert_eq!(
            int_parse_error_message(" abc ", 10, IntParseError::Invalid),
            "invalid literal for int() with base 10: ' abc '"
        );
        assert_eq!(
            int_parse_error_message("xyz", 0, IntParseError::Invalid),
            "invalid literal for int() with base 0: 'xyz'"
        );
        let long = "x".repeat(300);
        let msg = int_parse_error_message(&long, 10, IntParseError::Invalid);
        assert_eq!(
            msg,
            format!(
                "invalid literal for int() with base 10: '{}",
                "x".repeat(199)
            )
        );
        assert_eq!(
            int_parse_error_message("", 10, IntParseError::TooManyDigits(5000)),
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
        assert_eq!(
            float_parse_error_message(&long),
            format!("could not convert string to float: '{long}'")
        );
        assert_eq!(truncate_chars("héllo", 2), "hé");
        assert_eq!(truncate_chars("hé", 5), "hé");
    }

    #[test]
    fn concat_join_repeat() {
        let a = new_str("hé");
        let b = new_str("llo");
        unsafe {
            assert_eq!(text(kiln_rt_str_concat(a, b)), "héllo");
            assert_eq!(kiln_rt_str_concat(a, &EMPTY_STR), a);
            assert_eq!(text(kiln_rt_str_concat(&EMPTY_STR, &EMPTY_STR)), "");
            let parts = [a, b, new_str(""), new_str("€!")];
            assert_eq!(text(kiln_rt_str_join(parts.as_ptr(), 4)), "héllo€!");
            assert_eq!(text(kiln_rt_str_join(parts.as_ptr(), 0)), "");
            assert_eq!(text(kiln_rt_str_repeat(a, Int::from_i64(3))), "héhéhé");
            assert_eq!(
                text(kiln_rt_str_repeat(a, Int::from_i64(7))),
                "hé".repeat(7)
            );
            assert_eq!(text(kiln_rt_str_repeat(a, Int::from_i64(1))), "hé");
            assert_eq!(text(kiln_rt_str_repeat(a, Int::from_i64(0))), "");
            assert_eq!(text(kiln_rt_str_repeat(a, Int::from_i64(-5))), "");
            assert_eq!(
                text(kiln_rt_str_repeat(&EMPTY_STR, Int::from_i64(i64::MAX))),
                ""
            );
        }
    }

    #[test]
    fn compare_eq_len() {
        let (a, b, c) = (new_str("abc"), new_str("abd"), new_str("ab"));
        let (d, e) = (new_str("\u{ffff}"), new_str("\u{10000}"));
        unsafe {
            assert_eq!(kiln_rt_str_compare(a, b), -1);
            assert_eq!(kiln_rt_str_compare(b, a), 1);
            assert_eq!(kiln_rt_str_compare(a, new_str("abc")), 0);
            assert_eq!(kiln_rt_str_compare(c, a), -1);
            assert_eq!(kiln_rt_str_compare(d, e), -1);
            assert_eq!(kiln_rt_str_eq(a, new_str("abc")), 1);
            assert_eq!(kiln_rt_str_eq(a, a), 1);
            assert_eq!(kiln_rt_str_eq(a, c), 0);
            assert_eq!(kiln_rt_str_len(new_str("h€llo😀")).small_value(), Some(6));
        }
    }

    #[test]
    fn conversions_to_str() {
        let int = Int::from_i128;
        assert_eq!(text(kiln_rt_str_from_int(int(-42))), "-42");
        assert_eq!(
            text(kiln_rt_str_from_int(int(i64::MIN.into()))),
            "-9223372036854775808"
        );
        assert_eq!(
            text(kiln_rt_str_from_int(int(-(1 << 100)))),
            "-1267650600228229401496703205376"
        );
        assert_eq!(text(kiln_rt_str_from_float(1e16)), "1e+16");
        assert_eq!(text(kiln_rt_str_from_float(-0.0)), "-0.0");
        assert_eq!(text(kiln_rt_str_from_bool(1)), "True");
        assert_eq!(text(kiln_rt_str_from_bool(0)), "False");
        assert_eq!(text(kiln_rt_str_from_none()), "None");
        unsafe { assert_eq!((*kiln_rt_str_from_none()).header & STATIC_BIT, STATIC_BIT) };
    }

    #[test]
    fn conversions_from_str() {
        unsafe {
            let v = kiln_rt_str_to_int(new_str(" -1_000 "));
            assert_eq!(v.raw(), -2000);
            let v = kiln_rt_str_to_int(new_str("-99999999999999999999"));
            assert_eq!(v.to_i128(), Some(-99999999999999999999));
            let v = kiln_rt_str_to_int_base(new_str("-0x1f"), Int::ZERO);
            assert_eq!(v.to_i128(), Some(-31));
            let v = kiln_rt_str_to_int_base(new_str("z"), Int::from_i64(36));
            assert_eq!(v.to_i128(), Some(35));
            assert_eq!(kiln_rt_str_to_float(new_str("1e-3")), 0.001);
        }
    }
}
