//! `int` to text and back: `str(int)` in decimal (with CPython's
//! 4300-digit limit), `bin`/`oct`/`hex`, and the big integer literals of
//! compiled programs. (`int(str)` itself is in `parse.rs`.)
//!
//! Decimal conversion of big ints uses dashu's divide-and-conquer radix
//! conversion (powers of 10**19 squared up, divide-and-conquer division), so
//! it is sub-quadratic: see the timing in `docs/runtime.md`.

use dashu_int::ops::UnsignedAbs;
use dashu_int::{Sign, UBig};

use crate::exc::{raise, ExcKind};
use crate::int::{Int, IntError, IntRef};
use crate::object::{new_str, StrObject};
use crate::parse::INT_MAX_STR_DIGITS;

/// `str(n)` of an int with more than 4300 decimal digits (CPython's
/// `sys.get_int_max_str_digits()` default).
pub const STR_LIMIT: IntError = IntError {
    kind: ExcKind::ValueError,
    msg: "Exceeds the limit (4300 digits) for integer string conversion; \
          use sys.set_int_max_str_digits() to increase the limit",
};

/// Formats `v` in decimal (`str(v)`) into `buf`, returning the text.
pub fn format_i64(v: i64, buf: &mut [u8; 20]) -> &str {
    let mut n = v.unsigned_abs();
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if v < 0 {
        i -= 1;
        buf[i] = b'-';
    }
    // Only ASCII digits and '-' were written.
    std::str::from_utf8(&buf[i..]).unwrap_or_default()
}

/// The decimal text of `a`, without CPython's digit limit.
pub fn int_to_decimal(a: Int) -> String {
    match a.view() {
        IntRef::Small(v) => format_i64(v, &mut [0; 20]).to_string(),
        IntRef::Big(b) => b.to_string(),
    }
}

/// `str(a)`: the decimal text, or CPython's ValueError beyond 4300 digits
/// (not counting the sign).
pub fn int_to_str(a: Int) -> Result<String, IntError> {
    // |a| >= 2**(bits - 1) has floor((bits - 1) * log10(2)) + 1 digits or
    // more: over 4300 once bits - 1 >= 14285, so refuse without converting.
    // Below that, convert and count.
    const LIMIT_BITS: u64 = 14_285;
    if a.bit_len() > LIMIT_BITS {
        return Err(STR_LIMIT);
    }
    let text = int_to_decimal(a);
    let digits = text.len() - usize::from(text.starts_with('-'));
    if digits > INT_MAX_STR_DIGITS {
        return Err(STR_LIMIT);
    }
    Ok(text)
}

/// `bin(a)`, `oct(a)` or `hex(a)` for `base` 2, 8 or 16 (lower-case
/// digits, sign before the prefix: `-0x1f`); `None` for other bases.
/// Power-of-two bases have no digit limit in CPython.
pub fn int_to_base(a: Int, base: u32) -> Option<String> {
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => return None,
    };
    let (negative, digits) = match a.view() {
        IntRef::Small(v) => {
            let m = v.unsigned_abs();
            let d = match base {
                2 => format!("{m:b}"),
                8 => format!("{m:o}"),
                _ => format!("{m:x}"),
            };
            (v < 0, d)
        }
        IntRef::Big(b) => {
            let m: UBig = b.unsigned_abs();
            (
                b.sign() == Sign::Negative,
                m.in_radix(base as u8).to_string(),
            )
        }
    };
    let sign = if negative { "-" } else { "" };
    Some(format!("{sign}{prefix}{digits}"))
}

/// The int written as `digits`: ASCII decimal digits with an optional
/// leading `-`; `None` for anything else.
pub fn int_from_decimal(text: &[u8]) -> Option<Int> {
    let (negative, digits) = match text {
        [b'-', rest @ ..] => (true, rest),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    if digits.len() <= 18 {
        let v = digits
            .iter()
            .fold(0i64, |v, &d| v * 10 + i64::from(d - b'0'));
        return Some(Int::from_i64(if negative { -v } else { v }));
    }
    let m = UBig::from_str_radix(std::str::from_utf8(digits).ok()?, 10).ok()?;
    let sign = if negative {
        Sign::Negative
    } else {
        Sign::Positive
    };
    Some(Int::from_ibig(dashu_int::IBig::from_parts(sign, m)))
}

/// `bin(a)` / `oct(a)` / `hex(a)` for `base` 2 / 8 / 16.
#[no_mangle]
pub extern "C" fn kiln_rt_int_to_base(a: Int, base: i32) -> *const StrObject {
    match u32::try_from(base).ok().and_then(|b| int_to_base(a, b)) {
        Some(text) => new_str(&text),
        None => raise(
            ExcKind::ValueError,
            &format!("kiln: kiln_rt_int_to_base: unsupported base {base}"),
        ),
    }
}

/// A big integer literal of a compiled program: `len` bytes of ASCII decimal
/// digits at `digits`, with an optional leading `-` (no digit limit).
/// Malformed input (a compiler bug) raises `ValueError`.
///
/// # Safety
/// `digits` must point to `len` readable bytes (or be null with `len <= 0`).
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_int_from_decimal(digits: *const u8, len: i64) -> Int {
    let text: &[u8] = match usize::try_from(len) {
        Ok(n) if n > 0 && !digits.is_null() => {
            // SAFETY: the caller passes `len` readable bytes.
            unsafe { std::slice::from_raw_parts(digits, n) }
        }
        _ => &[],
    };
    int_from_decimal(text).unwrap_or_else(|| {
        raise(
            ExcKind::ValueError,
            "kiln: kiln_rt_int_from_decimal: malformed integer literal",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use dashu_int::IBig;

    #[test]
    fn formats_ints() {
        let mut buf = [0u8; 20];
        assert_eq!(format_i64(0, &mut buf), "0");
        assert_eq!(format_i64(-7, &mut buf), "-7");
        assert_eq!(format_i64(i64::MAX, &mut buf), "9223372036854775807");
        assert_eq!(format_i64(i64::MIN, &mut buf), "-9223372036854775808");
        let big = Int::from_i128(-(1 << 100));
        assert_eq!(int_to_decimal(big), "-1267650600228229401496703205376");
        assert_eq!(int_to_str(Int::from_i64(42)).expect("a result"), "42");
    }

    #[test]
    fn str_digit_limit_like_cpython() {
        // python3: len(str(10**4299)) == 4300; str(10**4300) raises.
        let ten = |k: usize| Int::from_ibig(IBig::from(10).pow(k));
        assert_eq!(int_to_str(ten(4299)).expect("a result").len(), 4300);
        let neg = crate::int::neg(ten(4299));
        assert_eq!(int_to_str(neg).expect("a result").len(), 4301);
        assert_eq!(int_to_str(ten(4300)).expect_err("an error"), STR_LIMIT);
        let just_below = crate::int::sub(ten(4300), Int::ONE);
        assert_eq!(int_to_str(just_below).expect("a result").len(), 4300);
        assert_eq!(int_to_str(ten(100_000)).expect_err("an error"), STR_LIMIT);
        // Around the 14285-bit shortcut.
        for bits in 14_280..14_290 {
            let v = Int::from_ibig(IBig::ONE << bits);
            let want = IBig::from(1) << bits;
            let digits = want.to_string().len();
            assert_eq!(int_to_str(v).is_ok(), digits <= 4300, "2**{bits}");
        }
    }

    #[test]
    fn bases_like_cpython() {
        let cases: &[(i128, u32, &str)] = &[
            (0, 2, "0b0"),
            (5, 2, "0b101"),
            (-31, 16, "-0x1f"),
            (15, 8, "0o17"),
            (-(1 << 62), 16, "-0x4000000000000000"),
            ((1 << 100) + 255, 16, "0x100000000000000000000000ff"),
            (-(1 << 70) - 1, 8, "-0o200000000000000000000001"),
        ];
        for &(v, base, want) in cases {
            assert_eq!(int_to_base(Int::from_i128(v), base).as_deref(), Some(want));
        }
        assert_eq!(int_to_base(Int::ONE, 10), None);
    }

    #[test]
    fn decimal_literals() {
        let ok: &[(&str, i128)] = &[
            ("0", 0),
            ("-0", 0),
            ("123", 123),
            ("-4611686018427387904", -(1 << 62)),
            ("4611686018427387904", 1 << 62),
            ("170141183460469231731687303715884105727", i128::MAX),
            ("-000000000000000000000000000000000007", -7),
        ];
        for &(s, v) in ok {
            let i = int_from_decimal(s.as_bytes()).expect(s);
            assert_eq!(i.to_i128(), Some(v), "{s}");
            assert_eq!(
                i.is_small(),
                Int::fits_small(v as i64) && v == v as i64 as i128
            );
        }
        for bad in ["", "-", "+1", "1_0", " 1", "1a", "--1"] {
            assert!(int_from_decimal(bad.as_bytes()).is_none(), "{bad:?}");
        }
        let long = "9".repeat(5000);
        let v = int_from_decimal(long.as_bytes()).expect("long");
        assert_eq!(int_to_decimal(v), long);
    }
}
