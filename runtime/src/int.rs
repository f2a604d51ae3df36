//! Python `int` operations that generated code does not inline.
//!
//! kiln's `int` is an `i64`; every operation here either gives CPython's
//! exact result or raises (`OverflowError` via [`exc::int_overflow`] when the
//! exact result leaves `i64`). Mixed int/float operations (`/`, comparisons)
//! are exact like CPython's: the `int` is never rounded to a float first.

use crate::exc::{self, raise, ExcKind};

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

/// `round(v, ndigits)` for an `int`: `v` itself when `ndigits >= 0`,
/// otherwise `v` rounded half-to-even to a multiple of `10**-ndigits`.
/// `None` when the result does not fit in `i64`.
pub fn int_round_ndigits(v: i64, ndigits: i64) -> Option<i64> {
    if ndigits >= 0 {
        return Some(v);
    }
    // |v| < 10**19, so for 10**k with k > 19 the result is always 0; the
    // i128 arithmetic below covers k <= 38.
    let k = ndigits.unsigned_abs();
    if k > 38 {
        return Some(0);
    }
    let q = 10i128.pow(k as u32);
    let v = i128::from(v);
    let r = v.rem_euclid(q);
    let down = v - r;
    // Nearest multiple, ties to the even multiple (CPython's divmod_near).
    let up = 2 * r > q || (2 * r == q && (down / q) % 2 != 0);
    i64::try_from(if up { down + q } else { down }).ok()
}

/// Compares `a` with `b` exactly: -1, 0 or 1 for `a <`, `==`, `> b`, and 2
/// when `b` is NaN (every comparison is then false except `!=`).
pub fn int_float_cmp(a: i64, b: f64) -> i32 {
    if b.is_nan() {
        return 2;
    }
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    if b >= TWO_63 {
        return -1;
    }
    if b < -TWO_63 {
        return 1;
    }
    // Here b is finite and its integer part fits in i64 exactly.
    let t = b.trunc();
    let bi = t as i64;
    match a.cmp(&bi) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Greater => 1,
        // Equal integer parts: the fraction (exact: b - trunc(b)) decides.
        std::cmp::Ordering::Equal => {
            let frac = b - t;
            if frac > 0.0 {
                -1
            } else if frac < 0.0 {
                1
            } else {
                0
            }
        }
    }
}

/// `a / b` for ints, correctly rounded (round-half-even) as CPython does.
/// `b` must not be 0.
pub fn int_truediv(a: i64, b: i64) -> f64 {
    const TWO_53: u64 = 1 << 53;
    let (n, d) = (a.unsigned_abs(), b.unsigned_abs());
    if n <= TWO_53 && d <= TWO_53 {
        // Both convert exactly, and IEEE division is correctly rounded.
        return a as f64 / b as f64;
    }
    let negative = (a < 0) != (b < 0);
    let magnitude = exact_quotient(n, d);
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

/// `n / d` correctly rounded to f64, for `n > 2**53` or `d > 2**53`, `d > 0`.
fn exact_quotient(n: u64, d: u64) -> f64 {
    if n == 0 {
        return 0.0;
    }
    // Scale n up so the integer quotient has at least 62 significant bits:
    // plenty for a 53-bit mantissa plus rounding bits; the remainder is the
    // sticky bit.
    let shift = 127 - (64 - n.leading_zeros());
    let scaled = u128::from(n) << shift;
    let q = scaled / u128::from(d);
    let sticky = !scaled.is_multiple_of(u128::from(d));
    let bits = 128 - q.leading_zeros();
    let drop = bits - 53;
    let mut mant = q >> drop;
    let rest = q & ((1u128 << drop) - 1);
    let half = 1u128 << (drop - 1);
    if rest > half || (rest == half && (sticky || mant & 1 == 1)) {
        mant += 1; // may become 2**53: still exact in f64
    }
    // mant * 2**(drop - shift); the exponent stays within [-127, 74], so the
    // power of two is a normal f64 and the product is exact.
    let exp = i32::try_from(drop).unwrap_or(0) - i32::try_from(shift).unwrap_or(0);
    mant as f64 * pow2(exp)
}

/// 2**e for a normal-range exponent.
fn pow2(e: i32) -> f64 {
    f64::from_bits(((1023 + e) as u64) << 52)
}

/// `base ** exp` for `exp >= 0`; `None` when the result leaves `i64`.
pub fn int_pow(base: i64, exp: i64) -> Option<i64> {
    match base {
        0 => Some(if exp == 0 { 1 } else { 0 }),
        1 => Some(1),
        -1 => Some(if exp % 2 == 0 { 1 } else { -1 }),
        // |base| >= 2, so any exponent of 64 or more overflows.
        _ => u32::try_from(exp).ok().and_then(|e| base.checked_pow(e)),
    }
}

/// `round(v, n)` for an `int` (see [`int_round_ndigits`]).
#[no_mangle]
pub extern "C" fn kiln_rt_int_round_ndigits(v: i64, n: i64) -> i64 {
    int_round_ndigits(v, n).unwrap_or_else(|| exc::int_overflow())
}

/// Exact `int` vs `float` comparison: -1, 0, 1, or 2 if `b` is NaN.
#[no_mangle]
pub extern "C" fn kiln_rt_int_float_cmp(a: i64, b: f64) -> i32 {
    int_float_cmp(a, b)
}

/// `a / b` for ints, correctly rounded; `ZeroDivisionError: division by
/// zero` when `b == 0`.
#[no_mangle]
pub extern "C" fn kiln_rt_int_truediv(a: i64, b: i64) -> f64 {
    if b == 0 {
        raise(ExcKind::ZeroDivisionError, "division by zero");
    }
    int_truediv(a, b)
}

/// `base ** exp` for `exp >= 0` (the caller handles negative exponents);
/// raises the kiln integer OverflowError when the result leaves `i64`.
#[no_mangle]
pub extern "C" fn kiln_rt_int_pow(base: i64, exp: i64) -> i64 {
    int_pow(base, exp).unwrap_or_else(|| exc::int_overflow())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_ints() {
        let mut buf = [0u8; 20];
        assert_eq!(format_i64(0, &mut buf), "0");
        assert_eq!(format_i64(-7, &mut buf), "-7");
        assert_eq!(format_i64(1234567890, &mut buf), "1234567890");
        assert_eq!(format_i64(i64::MAX, &mut buf), "9223372036854775807");
        assert_eq!(format_i64(i64::MIN, &mut buf), "-9223372036854775808");
    }

    #[test]
    fn rounds_ints_like_cpython() {
        // Values from python3: round(v, n).
        let cases: &[(i64, i64, Option<i64>)] = &[
            (15, -1, Some(20)),
            (25, -1, Some(20)),
            (-25, -1, Some(-20)),
            (-15, -1, Some(-20)),
            (5, -1, Some(0)),
            (-5, -1, Some(0)),
            (12345, 2, Some(12345)),
            (12345, 0, Some(12345)),
            (12345, -2, Some(12300)),
            (12350, -2, Some(12400)),
            (12250, -2, Some(12200)),
            (12251, -2, Some(12300)),
            (i64::MAX, -18, Some(9_000_000_000_000_000_000)),
            (i64::MAX, -19, None),
            (i64::MIN, -19, None),
            (i64::MAX, -20, Some(0)),
            (4_999_999_999_999_999_999, -19, Some(0)),
            (5_000_000_000_000_000_000, -19, Some(0)),
            (5_000_000_000_000_000_001, -19, None),
            (i64::MIN, -39, Some(0)),
            (i64::MIN, i64::MIN, Some(0)),
            (7, i64::MAX, Some(7)),
        ];
        for &(v, n, want) in cases {
            assert_eq!(int_round_ndigits(v, n), want, "round({v}, {n})");
        }
    }

    #[test]
    fn int_pow_edges() {
        assert_eq!(int_pow(0, 0), Some(1));
        assert_eq!(int_pow(0, 5), Some(0));
        assert_eq!(int_pow(-1, i64::MAX), Some(-1));
        assert_eq!(int_pow(-1, 1 << 40), Some(1));
        assert_eq!(int_pow(1, i64::MAX), Some(1));
        assert_eq!(int_pow(2, 62), Some(1 << 62));
        assert_eq!(int_pow(2, 63), None);
        assert_eq!(int_pow(-2, 63), Some(i64::MIN));
        assert_eq!(int_pow(-2, 64), None);
        assert_eq!(int_pow(3, 39), Some(4052555153018976267));
        assert_eq!(int_pow(3, 40), None);
        assert_eq!(int_pow(10, 1 << 40), None);
    }

    #[test]
    fn compares_ints_with_floats_exactly() {
        let big = 9_007_199_254_740_993i64; // 2**53 + 1: rounds to 2**53 as a float
        assert_eq!(int_float_cmp(big, 9_007_199_254_740_992.0), 1);
        assert_eq!(int_float_cmp(big - 1, 9_007_199_254_740_992.0), 0);
        assert_eq!(int_float_cmp(i64::MAX, 9_223_372_036_854_775_808.0), -1);
        assert_eq!(int_float_cmp(i64::MIN, -9_223_372_036_854_775_808.0), 0);
        assert_eq!(int_float_cmp(i64::MIN, -9_223_372_036_854_777_856.0), 1);
        assert_eq!(int_float_cmp(0, -0.0), 0);
        assert_eq!(int_float_cmp(1, 1.5), -1);
        assert_eq!(int_float_cmp(-1, -1.5), 1);
        assert_eq!(int_float_cmp(-2, -1.5), -1);
        assert_eq!(int_float_cmp(3, f64::INFINITY), -1);
        assert_eq!(int_float_cmp(3, f64::NEG_INFINITY), 1);
        assert_eq!(int_float_cmp(3, f64::NAN), 2);
        assert_eq!(int_float_cmp(0, 5e-324), -1);
    }

    #[test]
    fn truediv_is_correctly_rounded() {
        // Values from python3 (repr of a / b).
        let cases: &[(i64, i64, f64)] = &[
            (0, -5, -0.0),
            (1, 3, 0.3333333333333333),
            (-7, 2, -3.5),
            (i64::MAX, 1, 9.223372036854776e18),
            (i64::MAX, i64::MAX, 1.0),
            (i64::MIN, -1, 9.223372036854776e18),
            (i64::MIN, 3, -3.0744573456182584e18),
            (9007199254740993, 1, 9007199254740992.0),
            (9007199254740995, 1, 9007199254740996.0),
            (9007199254740993, 2, 4503599627370496.0),
            (1, 9007199254740993, 1.1102230246251564e-16),
            (123456789012345678, 987654321, 124999998.8734375),
            (-9007199254740993, 10, -900719925474099.2),
            (3, i64::MIN, -3.2526065174565133e-19),
        ];
        for &(a, b, want) in cases {
            let got = int_truediv(a, b);
            assert_eq!(got.to_bits(), want.to_bits(), "{a} / {b}: {got:e}");
        }
    }
}
