//! Where `int` meets `float`: `float(int)`, int true division, exact
//! int/float comparison, `int(float)` and `round(float)`.
//!
//! Like CPython, nothing here rounds an int to a float before the final
//! step: `float(n)` and `a / b` are correctly rounded (round-half-even) for
//! ints of any size, including results in the subnormal range, and
//! comparisons are exact (`2**53 + 1 > float(2**53)`).

use std::cmp::Ordering;

use dashu_int::ops::{BitTest, DivRem, UnsignedAbs};
use dashu_int::{IBig, Sign, UBig};

use crate::exc::ExcKind;
use crate::int::{Int, IntError, IntRef};

/// `float(n)` of an int beyond the float range.
pub const TO_FLOAT_OVERFLOW: IntError = IntError {
    kind: ExcKind::OverflowError,
    msg: "int too large to convert to float",
};
/// `a / b` with `b == 0`.
pub const TRUEDIV_ZERO: IntError = IntError {
    kind: ExcKind::ZeroDivisionError,
    msg: "division by zero",
};
/// `a / b` whose quotient is beyond the float range.
pub const TRUEDIV_OVERFLOW: IntError = IntError {
    kind: ExcKind::OverflowError,
    msg: "integer division result too large for a float",
};

/// `2**53`: integers up to this convert to floats exactly.
const TWO_53: u64 = 1 << 53;

/// `m * 2**exp` as a float, for `m <= 2**53`, when that value is exactly
/// representable (a normal float with `m`'s 53 bits, or a subnormal with
/// `exp == -1074`); `None` if it is beyond the float range.
fn compose(m: u64, exp: i64) -> Option<f64> {
    debug_assert!(m <= TWO_53);
    if m == 0 {
        return Some(0.0);
    }
    if m < 1 << 52 {
        // Only subnormals have fewer than 53 significant bits.
        debug_assert_eq!(exp, -1074);
        return Some(f64::from_bits(m));
    }
    let (m, e) = if m == TWO_53 {
        (1 << 52, exp + 53)
    } else {
        (m, exp + 52)
    };
    if e > 1023 {
        return None;
    }
    debug_assert!(e >= -1022);
    Some(f64::from_bits(
        (((e + 1023) as u64) << 52) | (m - (1 << 52)),
    ))
}

/// `float(n)` of a magnitude, correctly rounded; `None` on overflow.
pub fn ubig_to_f64(n: &UBig) -> Option<f64> {
    let bits = n.bit_len();
    if bits <= 64 {
        // u64 -> f64 rounds to nearest, ties to even.
        return u64::try_from(n).ok().map(|v| v as f64);
    }
    if bits > 1024 {
        return None;
    }
    // Here drop <= 960: 2**drop is a normal float.
    // The top 64 bits, with the lowest one made sticky: 11 spare bits below
    // the 53 kept, so rounding this u64 rounds n correctly.
    let drop = bits - 64;
    let mut top = u64::try_from(&(n >> drop)).unwrap_or(u64::MAX);
    let exact = n.trailing_zeros().is_some_and(|z| z >= drop);
    if !exact {
        top |= 1;
    }
    // (top as f64) is correctly rounded; scaling by a power of two is exact
    // unless it overflows.
    let r = top as f64 * f64::from_bits((1023 + drop as u64) << 52);
    r.is_finite().then_some(r)
}

/// `float(a)`, correctly rounded.
pub fn int_to_float(a: Int) -> Result<f64, IntError> {
    match a.view() {
        IntRef::Small(v) => Ok(v as f64),
        IntRef::Big(b) => {
            let m = ubig_to_f64(&b.unsigned_abs()).ok_or(TO_FLOAT_OVERFLOW)?;
            Ok(if b.sign() == Sign::Negative { -m } else { m })
        }
    }
}

/// `n / d` for magnitudes (`d > 0`), correctly rounded; `None` when the
/// quotient is beyond the float range.
pub fn ubig_div_to_f64(n: &UBig, d: &UBig) -> Option<f64> {
    if n.is_zero() {
        return Some(0.0);
    }
    if let (Ok(x), Ok(y)) = (u64::try_from(n), u64::try_from(d)) {
        if x <= TWO_53 && y <= TWO_53 {
            // Both exact, and IEEE division is correctly rounded.
            return Some(x as f64 / y as f64);
        }
    }
    // n / d lies in [2**(e-1), 2**(e+1)).
    let e = n.bit_len() as i64 - d.bit_len() as i64;
    if e > 1025 {
        return None;
    }
    if e < -1076 {
        // Below half the smallest subnormal.
        return Some(0.0);
    }
    // q = floor(n / (d * 2**k)) has at least 57 bits (or the result is
    // subnormal, and k is two below the subnormal ulp), so rounding q to the
    // float's precision needs only q's low bits and whether the division
    // was exact.
    let k = (e - 55).max(-1074) - 2;
    let (q, r) = if k >= 0 {
        n.div_rem(&(d << k as usize))
    } else {
        (n << (-k) as usize).div_rem(d)
    };
    let sticky = !r.is_zero();
    let q = u64::try_from(&q).unwrap_or(u64::MAX); // < 2**58 here
    let qbits = i64::from(64 - q.leading_zeros());
    let target = (k + qbits - 53).max(-1074);
    let extra = (target - k) as u32; // >= 2
    let mut m = q >> extra;
    let rest = q & ((1 << extra) - 1);
    let half = 1u64 << (extra - 1);
    if rest > half || (rest == half && (sticky || m & 1 == 1)) {
        m += 1;
    }
    compose(m, target)
}

/// `a / b` for ints, correctly rounded as CPython's `long_true_divide`.
pub fn int_truediv(a: Int, b: Int) -> Result<f64, IntError> {
    if b.is_zero() {
        return Err(TRUEDIV_ZERO);
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (a.view(), b.view()) {
        if x.unsigned_abs() <= TWO_53 && y.unsigned_abs() <= TWO_53 {
            return Ok(x as f64 / y as f64);
        }
    }
    let negative = a.is_negative() != b.is_negative();
    let m = ubig_div_to_f64(&a.magnitude(), &b.magnitude()).ok_or(TRUEDIV_OVERFLOW)?;
    Ok(if negative { -m } else { m })
}

/// The exact integer value of a finite integral float.
fn integral_f64_to_ibig(t: f64) -> IBig {
    debug_assert!(t.is_finite() && t == t.trunc());
    if t.abs() < 9_223_372_036_854_775_808.0 {
        return IBig::from(t as i64);
    }
    // |t| >= 2**63: a normal float, mantissa * 2**(exponent - 1075).
    let bits = t.to_bits();
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    let exp = ((bits >> 52) & 0x7ff) as usize - 1075;
    let m = IBig::from(mantissa) << exp;
    if t < 0.0 {
        -m
    } else {
        m
    }
}

/// Compares `a` with `b` exactly: -1, 0 or 1 for `a <`, `==`, `> b`, and 2
/// when `b` is NaN (every comparison is then false except `!=`).
pub fn int_float_cmp(a: Int, b: f64) -> i32 {
    if b.is_nan() {
        return 2;
    }
    if b.is_infinite() {
        return if b > 0.0 { -1 } else { 1 };
    }
    let t = b.trunc();
    let ord = match a.view() {
        IntRef::Small(x) if t.abs() < 9_223_372_036_854_775_808.0 => x.cmp(&(t as i64)),
        // |a| >= 2**62 > |t|: a's sign decides.
        IntRef::Big(x) if t.abs() < 4_611_686_018_427_387_904.0 => {
            if x.sign() == Sign::Negative {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        }
        _ => a.as_ibig().as_ref().cmp(&integral_f64_to_ibig(t)),
    };
    match ord {
        Ordering::Less => -1,
        Ordering::Greater => 1,
        // Equal integer parts: the fraction (exact: b - trunc(b)) decides.
        Ordering::Equal => {
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

/// Why a float does not convert to an int.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToIntError {
    /// OverflowError: cannot convert float infinity to integer.
    Infinity,
    /// ValueError: cannot convert float NaN to integer.
    NaN,
}

impl ToIntError {
    /// The exception CPython raises.
    pub fn error(self) -> IntError {
        match self {
            ToIntError::Infinity => IntError {
                kind: ExcKind::OverflowError,
                msg: "cannot convert float infinity to integer",
            },
            ToIntError::NaN => IntError {
                kind: ExcKind::ValueError,
                msg: "cannot convert float NaN to integer",
            },
        }
    }
}

/// `int(v)`: truncation toward zero, any magnitude.
pub fn float_to_int(v: f64) -> Result<Int, ToIntError> {
    if v.is_nan() {
        return Err(ToIntError::NaN);
    }
    if v.is_infinite() {
        return Err(ToIntError::Infinity);
    }
    let t = v.trunc();
    if t.abs() < 4_611_686_018_427_387_904.0 {
        return Ok(Int::from_i64(t as i64));
    }
    Ok(Int::from_ibig(integral_f64_to_ibig(t)))
}

/// `round(v)`: nearest integer, ties to even, any magnitude.
pub fn float_round(v: f64) -> Result<Int, ToIntError> {
    float_to_int(v.round_ties_even())
}

/// `float(a)`; `OverflowError: int too large to convert to float`.
#[no_mangle]
pub extern "C" fn kiln_rt_int_to_float(a: Int) -> f64 {
    int_to_float(a).unwrap_or_else(|e| e.raise())
}

/// `a / b` for ints, correctly rounded; `ZeroDivisionError: division by
/// zero`, `OverflowError: integer division result too large for a float`.
#[no_mangle]
pub extern "C" fn kiln_rt_int_truediv(a: Int, b: Int) -> f64 {
    int_truediv(a, b).unwrap_or_else(|e| e.raise())
}

/// Exact `int` vs `float` comparison: -1, 0, 1, or 2 if `b` is NaN.
#[no_mangle]
pub extern "C" fn kiln_rt_int_float_cmp(a: Int, b: f64) -> i32 {
    int_float_cmp(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: i128) -> Int {
        Int::from_i128(v)
    }

    #[test]
    fn compares_ints_with_floats_exactly() {
        let big = 9_007_199_254_740_993i128; // 2**53 + 1: rounds to 2**53 as a float
        assert_eq!(int_float_cmp(int(big), 9_007_199_254_740_992.0), 1);
        assert_eq!(int_float_cmp(int(big - 1), 9_007_199_254_740_992.0), 0);
        let max = i64::MAX as i128;
        assert_eq!(int_float_cmp(int(max), 9_223_372_036_854_775_808.0), -1);
        assert_eq!(int_float_cmp(int(max + 1), 9_223_372_036_854_775_808.0), 0);
        assert_eq!(
            int_float_cmp(int(-max - 1), -9_223_372_036_854_775_808.0),
            0
        );
        assert_eq!(
            int_float_cmp(int(-max - 1), -9_223_372_036_854_777_856.0),
            1
        );
        assert_eq!(int_float_cmp(int(1 << 100), 1.2676506002282294e30), 0);
        assert_eq!(int_float_cmp(int((1 << 100) + 1), 1.2676506002282294e30), 1);
        assert_eq!(int_float_cmp(int(-(1 << 100)), 1.5), -1);
        assert_eq!(int_float_cmp(int(1 << 100), f64::INFINITY), -1);
        assert_eq!(int_float_cmp(int(1 << 100), f64::MAX), -1);
        assert_eq!(int_float_cmp(int(0), -0.0), 0);
        assert_eq!(int_float_cmp(int(1), 1.5), -1);
        assert_eq!(int_float_cmp(int(-1), -1.5), 1);
        assert_eq!(int_float_cmp(int(-2), -1.5), -1);
        assert_eq!(int_float_cmp(int(3), f64::NEG_INFINITY), 1);
        assert_eq!(int_float_cmp(int(3), f64::NAN), 2);
        assert_eq!(int_float_cmp(int(0), 5e-324), -1);
    }

    #[test]
    fn truediv_is_correctly_rounded() {
        // Values from python3 (repr of a / b).
        let cases: &[(i128, i128, f64)] = &[
            (0, -5, -0.0),
            (1, 3, 0.3333333333333333),
            (-7, 2, -3.5),
            (i64::MAX as i128, 1, 9.223372036854776e18),
            (i64::MIN as i128, -1, 9.223372036854776e18),
            (9007199254740993, 1, 9007199254740992.0),
            (9007199254740995, 1, 9007199254740996.0),
            (1, 9007199254740993, 1.1102230246251564e-16),
            (-9007199254740993, 10, -900719925474099.2),
            (3, i64::MIN as i128, -3.2526065174565133e-19),
            (1 << 100, 3, 4.2255020007607644e29),
            (1, 1 << 100, 7.888609052210118e-31),
            (-1, i128::MIN, 5.877471754111438e-39),
        ];
        for &(a, b, want) in cases {
            let got = int_truediv(int(a), int(b)).expect("a result");
            assert_eq!(got.to_bits(), want.to_bits(), "{a} / {b}: {got:e}");
        }
        assert_eq!(
            int_truediv(int(1), int(0)).expect_err("an error"),
            TRUEDIV_ZERO
        );
        let huge = Int::from_ibig(IBig::ONE << 1100);
        assert_eq!(
            int_truediv(huge, int(3)).expect_err("an error"),
            TRUEDIV_OVERFLOW
        );
        let tiny = int_truediv(int(1), huge).expect("a result");
        assert_eq!(tiny.to_bits(), 0);
        // 2**-1074 exactly, and a tie just below it rounding to even (0).
        let d = Int::from_ibig(IBig::ONE << 1074);
        assert_eq!(int_truediv(int(1), d).expect("a result"), 5e-324);
        let d = Int::from_ibig(IBig::ONE << 1075);
        assert_eq!(int_truediv(int(1), d).expect("a result"), 0.0);
        assert_eq!(int_truediv(int(3), d).expect("a result"), 1e-323);
    }

    #[test]
    fn to_float_rounds_half_even() {
        assert_eq!(
            int_to_float(int((1 << 53) + 1)).expect("a result"),
            9007199254740992.0
        );
        assert_eq!(
            int_to_float(int((1 << 53) + 3)).expect("a result"),
            9007199254740996.0
        );
        // 2**64 + 2**11 is a tie (to 2**64); one more goes up.
        let tie = (1i128 << 64) + (1 << 11);
        assert_eq!(
            int_to_float(int(tie)).expect("a result"),
            18446744073709551616.0
        );
        assert_eq!(
            int_to_float(int(tie + 1)).expect("a result"),
            18446744073709555712.0
        );
        // The same tie far below 64 bits of a long number.
        let long = (IBig::from(tie) << 200) + IBig::ONE;
        let want = 18446744073709555712.0 * 2f64.powi(200);
        assert_eq!(int_to_float(Int::from_ibig(long)).expect("a result"), want);
        let max = (IBig::from((1u64 << 53) - 1) << 971) + (IBig::ONE << 969);
        assert_eq!(
            int_to_float(Int::from_ibig(max.clone())).expect("a result"),
            f64::MAX
        );
        // Halfway to 2**1024 rounds up: overflow.
        let over = max + (IBig::ONE << 969);
        assert_eq!(
            int_to_float(Int::from_ibig(over)).expect_err("an error"),
            TO_FLOAT_OVERFLOW
        );
        assert_eq!(
            int_to_float(int(-(1 << 100))).expect("a result"),
            -1.2676506002282294e30
        );
    }

    #[test]
    fn float_to_int_any_magnitude() {
        assert_eq!(float_to_int(-3.9).expect("a result").to_i128(), Some(-3));
        assert_eq!(float_to_int(-0.5).expect("a result").to_i128(), Some(0));
        assert_eq!(
            float_to_int(9.223_372_036_854_776e18)
                .expect("a result")
                .to_i128(),
            Some(1 << 63)
        );
        assert_eq!(
            float_to_int(-1.2676506002282294e30)
                .expect("a result")
                .to_i128(),
            Some(-(1 << 100))
        );
        let big = float_to_int(1e308).expect("a result").to_ibig();
        assert_eq!(big.to_string().len(), 309);
        assert!(big
            .to_string()
            .starts_with("10000000000000000109790636294404554174049230967731184633681068290315"));
        assert_eq!(
            float_to_int(f64::INFINITY).expect_err("an error"),
            ToIntError::Infinity
        );
        assert_eq!(
            float_to_int(f64::NAN).expect_err("an error"),
            ToIntError::NaN
        );
        assert_eq!(float_round(2.5).expect("a result").to_i128(), Some(2));
        assert_eq!(float_round(-3.5).expect("a result").to_i128(), Some(-4));
        assert_eq!(
            float_round(0.49999999999999994)
                .expect("a result")
                .to_i128(),
            Some(0)
        );
        assert_eq!(
            float_round(4503599627370497.0).expect("a result").to_i128(),
            Some(4503599627370497)
        );
        // 2**62 is the first big int; -2**62 the last small one.
        let two_62 = float_to_int(4.611686018427388e18).expect("a result");
        assert!(!two_62.is_small());
        let minus = float_to_int(-4.611686018427388e18).expect("a result");
        assert!(minus.is_small());
    }
}
