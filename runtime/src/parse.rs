//! Parsing numbers from strings: Python's `int(str)`, `int(str, base)` and
//! `float(str)`.
//!
//! Both follow CPython 3.11 step by step so that exactly the same strings
//! are accepted and the same error is reported first:
//!
//! 1. Non-ASCII characters are mapped to ASCII as by
//!    `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode whitespace
//!    becomes `' '`, Unicode decimal digits become `'0'..'9'`, and the first
//!    other non-ASCII character becomes `'?'` and ends the text (so it can
//!    only fail).
//! 2. The ASCII text is parsed with the C-level rules: surrounding ASCII
//!    whitespace (`" \t\n\v\f\r"`; not `\x1c`..`\x1f`), a sign, and
//!    underscores only between digits (PEP 515).
//!
//! Error messages quote the original string, which is the caller's job.

use std::borrow::Cow;

use dashu_int::{IBig, Sign, UBig};

use crate::unicode::{decimal_value, is_space};

/// CPython's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Why `int(s)` or `int(s, base)` failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntParseError {
    /// ValueError: invalid literal for int() with base N: ...
    Invalid,
    /// ValueError: more than 4300 digits in a base that is not a power of
    /// two (CPython's DoS limit); holds the digit count.
    TooManyDigits(usize),
}

/// Error of `float(s)`: ValueError: could not convert string to float: ...
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FloatParseError;

/// Step 1 of the module docs: the ASCII text CPython's parsers see.
fn to_ascii(s: &str) -> Cow<'_, [u8]> {
    // CPython copies characters below 127 unchanged; DEL and above go
    // through the mapping (DEL thus becomes '?').
    if s.bytes().all(|b| b < 127) {
        return Cow::Borrowed(s.as_bytes());
    }
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if is_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    Cow::Owned(out)
}

/// C `isspace` in the "C" locale (CPython's `Py_ISSPACE`).
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// The value of an ASCII digit in bases up to 36 (CPython's
/// `_PyLong_DigitValue`): 0-9, then a-z or A-Z as 10-35; 37 for others.
fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => 37,
    }
}

/// `int(s)` in base 10 (CPython's `PyLong_FromUnicodeObject`), any size.
pub fn parse_int(s: &str) -> Result<IBig, IntParseError> {
    parse_int_base(s, 10)
}

/// `int(s, base)` for `base` 0 or 2..=36 (the caller checks the range):
/// CPython's `PyLong_FromString` step by step, so the same strings are
/// accepted and the same error comes first. Base 0 reads a `0x`/`0o`/`0b`
/// prefix or decimal (where a leading 0 is only allowed for zero); a
/// prefix matching `base` is allowed too, followed by at most one
/// underscore. Bases that are not powers of two are limited to 4300 digits.
pub fn parse_int_base(s: &str, base: u32) -> Result<IBig, IntParseError> {
    debug_assert!(base == 0 || (2..=36).contains(&base));
    let text = to_ascii(s);
    let b: &[u8] = &text;
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < b.len() && is_c_space(b[i]) {
        i += 1;
    }
    let negative = match at(i) {
        b'-' => {
            i += 1;
            true
        }
        b'+' => {
            i += 1;
            false
        }
        _ => false,
    };
    let mut base = base;
    // An old-style octal literal like "010" (base 0) is only valid as zero.
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && matches!(
            (base, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        )
    {
        i += 2;
        // One underscore is allowed after the prefix.
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(IntParseError::Invalid);
    }
    // Scan digits and single underscores.
    let start = i;
    let mut digits = Vec::new();
    let mut prev_underscore = false;
    while i < b.len() && (digit_value(b[i]) < base || b[i] == b'_') {
        if b[i] == b'_' {
            if prev_underscore {
                return Err(IntParseError::Invalid);
            }
            prev_underscore = true;
        } else {
            prev_underscore = false;
            digits.push(b[i]);
        }
        i += 1;
    }
    if prev_underscore {
        return Err(IntParseError::Invalid);
    }
    // CPython checks the digit limit before looking at what follows.
    if !base.is_power_of_two() && digits.len() > INT_MAX_STR_DIGITS {
        return Err(IntParseError::TooManyDigits(digits.len()));
    }
    let magnitude = digits_value(&digits, base);
    if (error_if_nonzero && !magnitude.is_zero()) || i == start {
        return Err(IntParseError::Invalid);
    }
    while i < b.len() && is_c_space(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(IntParseError::Invalid);
    }
    let sign = if negative {
        Sign::Negative
    } else {
        Sign::Positive
    };
    Ok(IBig::from_parts(sign, magnitude))
}

/// The value of valid `digits` (no underscores) in `base`.
fn digits_value(digits: &[u8], base: u32) -> UBig {
    // Up to 12 digits fit in a u64 in any base up to 36.
    if digits.len() <= 12 {
        let v = digits.iter().fold(0u64, |v, &d| {
            v * u64::from(base) + u64::from(digit_value(d))
        });
        return UBig::from(v);
    }
    // dashu converts sub-quadratically (divide and conquer).
    std::str::from_utf8(digits)
        .ok()
        .and_then(|t| UBig::from_str_radix(t, base).ok())
        .unwrap_or_default()
}

/// `float(s)` (CPython's `PyFloat_FromString`): correctly rounded.
pub fn parse_float(s: &str) -> Result<f64, FloatParseError> {
    let text = to_ascii(s);
    // Underscores: each must follow a digit and precede a digit
    // (`_Py_string_to_number_with_underscores`); they are then dropped.
    let cleaned: Cow<'_, [u8]> = if text.contains(&b'_') {
        let mut out = Vec::with_capacity(text.len());
        let mut prev = 0u8;
        for &c in text.iter() {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(FloatParseError);
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return Err(FloatParseError);
                }
                out.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return Err(FloatParseError);
        }
        Cow::Owned(out)
    } else {
        text
    };
    let mut b: &[u8] = &cleaned;
    while let [first, rest @ ..] = b {
        if !is_c_space(*first) {
            break;
        }
        b = rest;
    }
    while let [rest @ .., last] = b {
        if !is_c_space(*last) {
            break;
        }
        b = rest;
    }
    let (negative, body) = match b {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, b),
    };
    let special = if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case(b"nan") {
        Some(f64::NAN)
    } else {
        None
    };
    if let Some(v) = special {
        return Ok(if negative { -v } else { v });
    }
    if !is_decimal_literal(body) {
        return Err(FloatParseError);
    }
    // The text is now a plain ASCII decimal literal, which Rust parses with
    // correct rounding (overflow gives inf, underflow a signed zero, as
    // CPython).
    let literal = std::str::from_utf8(body).map_err(|_| FloatParseError)?;
    let v: f64 = literal.parse().map_err(|_| FloatParseError)?;
    Ok(if negative { -v } else { v })
}

/// Whether `b` is `digits [. digits] [e [sign] digits]` with at least one
/// mantissa digit (either side of the point).
fn is_decimal_literal(b: &[u8]) -> bool {
    let mut i = 0;
    let int_digits = count_digits(&b[i..]);
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = count_digits(&b[i..]);
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = count_digits(&b[i..]);
        if exp_digits == 0 {
            return false;
        }
        i += exp_digits;
    }
    i == b.len()
}

/// Length of the run of ASCII digits at the start of `b`.
fn count_digits(b: &[u8]) -> usize {
    b.iter().take_while(|c| c.is_ascii_digit()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(s: &str, base: u32) -> Result<String, IntParseError> {
        parse_int_base(s, base).map(|v| v.to_string())
    }

    #[test]
    fn ints_accepted_like_cpython() {
        let ok: &[(&str, &str)] = &[
            ("0", "0"),
            ("-0", "0"),
            ("+5", "5"),
            ("  42\n", "42"),
            ("\t-7 ", "-7"),
            ("010", "10"),
            ("0_1", "1"),
            ("1_000_000", "1000000"),
            ("\u{2000}5\u{3000}", "5"),
            ("\u{85}5", "5"),
            ("\u{661}\u{662}\u{663}", "123"),
            ("\u{ff11}\u{ff12}", "12"),
            ("9223372036854775807", "9223372036854775807"),
            ("-9223372036854775809", "-9223372036854775809"),
            (
                "-000000000000000000000009223372036854775808",
                "-9223372036854775808",
            ),
            (
                "123456789012345678901234567890",
                "123456789012345678901234567890",
            ),
        ];
        for &(s, v) in ok {
            assert_eq!(parsed(s, 10).as_deref(), Ok(v), "{s:?}");
        }
    }

    #[test]
    fn ints_rejected_like_cpython() {
        let bad = [
            "",
            " ",
            "abc",
            " abc ",
            "+",
            "-",
            "- 1",
            "+_1",
            "_1",
            "1_",
            "1__0",
            "1.5",
            "1e5",
            "0x10",
            "\x1c5",
            "5\x1c",
            "1\x002",
            "\u{b2}",
            "1\u{7f}",
            "١٢x",
            "++1",
            "1 2",
            "99999999999999999999x",
        ];
        for s in bad {
            assert_eq!(parse_int(s), Err(IntParseError::Invalid), "{s:?}");
        }
    }

    #[test]
    fn ints_in_other_bases_like_cpython() {
        // Values from python3: int(s, base).
        let ok: &[(&str, u32, &str)] = &[
            ("  -0o17  ", 0, "-15"),
            ("0O17", 8, "15"),
            ("0x_1f", 16, "31"),
            ("0x_1f", 0, "31"),
            ("-0XfF", 0, "-255"),
            ("0b1_01", 0, "5"),
            ("00", 0, "0"),
            ("0_0", 0, "0"),
            ("0", 0, "0"),
            ("1_000", 2, "8"),
            ("\u{661}\u{662}", 16, "18"),
            ("ff\u{661}", 16, "4081"),
            ("Ff", 16, "255"),
            ("zZ", 36, "1295"),
            ("12", 3, "5"),
            ("0b1", 16, "177"),
            (
                "ffffffffffffffffffffffffffffffff",
                16,
                "340282366920938463463374607431768211455",
            ),
            ("-1zzzzzzzzzzzzzzz", 36, "-442147839441466715799551"),
        ];
        for &(s, base, v) in ok {
            assert_eq!(parsed(s, base).as_deref(), Ok(v), "int({s:?}, {base})");
        }
        let bad: &[(&str, u32)] = &[
            ("xyz", 16),
            ("xyz", 0),
            ("010", 0),
            ("0x", 16),
            ("0b2", 0),
            ("0o17", 10),
            ("0b", 0),
            ("0_", 0),
            ("-", 0),
            ("1__0", 2),
            ("12", 2),
            ("0x__1", 16),
            ("0x1", 8),
            ("_0x1", 16),
            ("0_x1", 0),
        ];
        for &(s, base) in bad {
            assert_eq!(
                parsed(s, base),
                Err(IntParseError::Invalid),
                "int({s:?}, {base})"
            );
        }
        // Power-of-two bases have no digit limit; others do.
        let hex = format!("0x{}", "f".repeat(5000));
        let bits = parse_int_base(&hex, 0).map(|v| dashu_int::ops::BitTest::bit_len(&v));
        assert_eq!(bits, Ok(20000));
        assert_eq!(
            parse_int_base(&"1".repeat(5000), 36),
            Err(IntParseError::TooManyDigits(5000))
        );
        assert_eq!(
            parse_int_base(&format!("0{}", "1".repeat(5000)), 0),
            Err(IntParseError::TooManyDigits(5001))
        );
    }

    #[test]
    fn int_digit_limit_like_cpython() {
        // From python3 3.11: the limit is checked after underscores are
        // validated and before trailing garbage is.
        let many = "1".repeat(5000);
        assert_eq!(parse_int(&many), Err(IntParseError::TooManyDigits(5000)));
        assert_eq!(
            parse_int(&format!("{many}x")),
            Err(IntParseError::TooManyDigits(5000))
        );
        assert_eq!(parse_int(&"1_".repeat(2500)), Err(IntParseError::Invalid));
        assert_eq!(
            parse_int(&"0".repeat(4301)),
            Err(IntParseError::TooManyDigits(4301))
        );
        assert_eq!(
            parsed(&format!("-{}", "0".repeat(4300)), 10).as_deref(),
            Ok("0")
        );
        assert_eq!(
            parse_int(&format!("{}1", "1_".repeat(4500))),
            Err(IntParseError::TooManyDigits(4501))
        );
        let nines = "9".repeat(4300);
        assert_eq!(parsed(&nines, 10), Ok(nines.clone()));
    }

    #[test]
    fn floats_accepted_like_cpython() {
        let ok: &[(&str, f64)] = &[
            ("1", 1.0),
            ("  -2.5  ", -2.5),
            ("1.", 1.0),
            (".5", 0.5),
            ("+.5e-3", 0.0005),
            ("1E+05", 1e5),
            ("1_0.5_5e1_0", 105500000000.0),
            ("\u{661}\u{662}\u{663}.\u{665}", 123.5),
            ("\u{2000}5\u{3000}", 5.0),
            ("infinity", f64::INFINITY),
            ("-iNf", f64::NEG_INFINITY),
            ("+Infinity", f64::INFINITY),
            ("1e999999999999999999999", f64::INFINITY),
            ("-1e-999999999999999999999", -0.0),
            ("0.1", 0.1),
            ("2.2250738585072011e-308", 2.225073858507201e-308),
            ("4.9406564584124654e-324", 5e-324),
            ("2.4703282292062328e-324", 5e-324),
            ("2.4703282292062327e-324", 0.0),
            ("1.7976931348623158e308", 1.7976931348623157e308),
            ("1.7976931348623159e308", f64::INFINITY),
            ("000000000000000000000000000001", 1.0),
        ];
        for &(s, v) in ok {
            assert_eq!(parse_float(s).map(f64::to_bits), Ok(v.to_bits()), "{s:?}");
        }
        assert!(parse_float(" nan ").is_ok_and(f64::is_nan));
        assert!(parse_float("-NaN").is_ok_and(|v| v.is_nan() && v.is_sign_negative()));
    }

    #[test]
    fn floats_rejected_like_cpython() {
        let bad = [
            "", "  ", "abc", "1_.5", "1._5", "_1", "1_", "1__0", "in_f", "1e", "1e+", ".", "-.",
            "0x10", "1e5.0", "infinit", "nann", "- 1", "1 2", "\x1c5", "1\x00", "e5", "1.5_e3",
            "1_e3", "++1", "inf_",
        ];
        for s in bad {
            assert_eq!(parse_float(s), Err(FloatParseError), "{s:?}");
        }
    }
}
