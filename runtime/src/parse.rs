//! Parsing numbers from strings: Python's `int(str)` (base 10) and
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

use crate::unicode::{decimal_value, is_space};

/// CPython's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Why `int(s)` failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntParseError {
    /// ValueError: invalid literal for int() with base 10: ...
    Invalid,
    /// ValueError: more than 4300 digits (CPython's DoS limit); holds the
    /// digit count.
    TooManyDigits(usize),
    /// A valid literal whose value does not fit in `i64`.
    Overflow,
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

/// `int(s)` in base 10 (CPython's `PyLong_FromString`), limited to `i64`.
pub fn parse_int(s: &str) -> Result<i64, IntParseError> {
    let text = to_ascii(s);
    let b: &[u8] = &text;
    let mut i = 0;
    while i < b.len() && is_c_space(b[i]) {
        i += 1;
    }
    let negative = match b.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    if b.get(i) == Some(&b'_') {
        return Err(IntParseError::Invalid);
    }
    // Scan digits and single underscores. The magnitude is accumulated
    // negatively so that i64::MIN is representable; `overflow` remembers a
    // value out of range (reported only if the literal is otherwise valid).
    let mut digits = 0usize;
    let mut value: i64 = 0;
    let mut overflow = false;
    let mut prev_underscore = false;
    while let Some(&c) = b.get(i) {
        if c == b'_' {
            if prev_underscore {
                return Err(IntParseError::Invalid);
            }
            prev_underscore = true;
        } else if c.is_ascii_digit() {
            prev_underscore = false;
            digits += 1;
            match value
                .checked_mul(10)
                .and_then(|v| v.checked_sub(i64::from(c - b'0')))
            {
                Some(v) => value = v,
                None => overflow = true,
            }
        } else {
            break;
        }
        i += 1;
    }
    if prev_underscore {
        return Err(IntParseError::Invalid);
    }
    // CPython checks the digit limit before looking at what follows.
    if digits > INT_MAX_STR_DIGITS {
        return Err(IntParseError::TooManyDigits(digits));
    }
    if digits == 0 {
        return Err(IntParseError::Invalid);
    }
    while i < b.len() && is_c_space(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(IntParseError::Invalid);
    }
    if overflow {
        return Err(IntParseError::Overflow);
    }
    if negative {
        Ok(value)
    } else {
        value.checked_neg().ok_or(IntParseError::Overflow)
    }
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

    #[test]
    fn ints_accepted_like_cpython() {
        let ok: &[(&str, i64)] = &[
            ("0", 0),
            ("-0", 0),
            ("+5", 5),
            ("  42\n", 42),
            ("\t-7 ", -7),
            ("010", 10),
            ("0_1", 1),
            ("1_000_000", 1_000_000),
            ("\u{2000}5\u{3000}", 5),
            ("\u{85}5", 5),
            ("\u{661}\u{662}\u{663}", 123),
            ("\u{ff11}\u{ff12}", 12),
            ("9223372036854775807", i64::MAX),
            ("-9223372036854775808", i64::MIN),
            ("-000000000000000000000009223372036854775808", i64::MIN),
        ];
        for &(s, v) in ok {
            assert_eq!(parse_int(s), Ok(v), "{s:?}");
        }
    }

    #[test]
    fn ints_rejected_like_cpython() {
        let bad = [
            "", " ", "abc", " abc ", "+", "-", "- 1", "+_1", "_1", "1_", "1__0", "1.5", "1e5",
            "0x10", "\x1c5", "5\x1c", "1\x002", "\u{b2}", "1\u{7f}", "١٢x", "++1", "1 2",
        ];
        for s in bad {
            assert_eq!(parse_int(s), Err(IntParseError::Invalid), "{s:?}");
        }
        assert_eq!(
            parse_int("9223372036854775808"),
            Err(IntParseError::Overflow)
        );
        assert_eq!(
            parse_int("-9223372036854775809"),
            Err(IntParseError::Overflow)
        );
        assert_eq!(
            parse_int("99999999999999999999x"),
            Err(IntParseError::Invalid)
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
        assert_eq!(parse_int(&format!("-{}", "0".repeat(4300))), Ok(0));
        assert_eq!(
            parse_int(&format!("{}1", "1_".repeat(4500))),
            Err(IntParseError::TooManyDigits(4501))
        );
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
