//! Python `float` operations: `repr`, floor division, modulo, power,
//! conversion to `int` (via `int_float.rs`), and `round`.
//!
//! Each operation reproduces CPython 3.11's algorithm (Objects/floatobject.c)
//! so results agree bit for bit, including signed zeros, infinities and
//! NaNs. The exported functions raise CPython's exceptions; the pure helpers
//! underneath return `Result`/`Option` so they can be unit-tested.

use crate::exc::{raise, ExcKind};
use crate::int::{Int, IntRef};
use crate::int_float::{float_round, float_to_int};

/// `repr(x)` (and `str(x)`) exactly as CPython prints it: the shortest
/// digits that round-trip, in fixed notation when the decimal exponent is in
/// `-4 <= exp < 16` (with a `.0` for integral values), otherwise scientific
/// (`1e+16`, `1.5e-05`); `inf`, `-inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    // Rust's `{:e}` gives the shortest round-trip digits, like CPython's
    // dtoa mode 0, as "d.ddde[-]x"; only the layout differs.
    let mut sci = format!("{:e}", x.abs());
    let ndigits = sci.find('e').unwrap_or(sci.len()) - usize::from(sci.contains('.'));
    // When two digit strings of the shortest length both round-trip and x
    // lies exactly halfway between them, Rust picks the upper one while
    // CPython picks the even one (the one nearest x, ties to even). Only
    // lengths of 16 or 17 digits are fine-grained enough for two candidates
    // to fit within one ulp. The exactly rounded string of that length is
    // CPython's choice whenever it round-trips.
    if ndigits >= 16 {
        let nearest = format!("{:.*e}", ndigits - 1, x.abs());
        if nearest != sci && nearest.parse::<f64>() == Ok(x.abs()) {
            sci = nearest;
        }
    }
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: String = mantissa.chars().filter(|&c| c != '.').collect();
    // Shortest digits never end in 0 (except "0" itself); keep that true
    // for the re-rounded string too.
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    let mut out = String::with_capacity(digits.len() + 8);
    if x.is_sign_negative() {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        // Fixed notation; `point` is the number of digits before the point.
        let point = exp + 1;
        let nd = digits.len() as i32;
        if point <= 0 {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-point) as usize));
            out.push_str(&digits);
        } else if point >= nd {
            out.push_str(&digits);
            out.extend(std::iter::repeat_n('0', (point - nd) as usize));
            out.push_str(".0");
        } else {
            let (int_part, frac_part) = digits.split_at(point as usize);
            out.push_str(int_part);
            out.push('.');
            out.push_str(frac_part);
        }
    } else {
        let (first, rest) = digits.split_at(1);
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    out
}

/// `(a // b, a % b)` for `b != 0`: CPython's `_float_div_mod`.
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    // fmod is exact, so vx - m is (mathematically) a multiple of wx.
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        // The remainder takes the sign of the divisor.
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        // Signed zeros: the remainder's sign follows the divisor.
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        // Snap the quotient to the nearest integral value.
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        // Zero with the sign of the true quotient.
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a % b` for `b != 0`: CPython's `float_rem`.
pub fn float_mod(vx: f64, wx: f64) -> f64 {
    let m = vx % wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m + wx
        } else {
            m
        }
    } else {
        0.0f64.copysign(wx)
    }
}

/// Why a float power has no float result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PowError {
    /// `0.0 ** negative`: ZeroDivisionError.
    ZeroToNegative,
    /// Finite operands, infinite result: OverflowError (ERANGE).
    Overflow,
    /// Negative base, non-integral exponent: CPython returns a complex.
    Complex,
    /// As `Complex`, but the complex result overflows: CPython raises
    /// `OverflowError: complex exponentiation`.
    ComplexOverflow,
}

/// Whether `x` is an odd integer (CPython's `DOUBLE_IS_ODD_INTEGER`).
fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b` for floats: CPython's `float_pow`, special cases included.
pub fn float_pow(iv: f64, iw: f64) -> Result<f64, PowError> {
    if iw == 0.0 {
        return Ok(1.0); // v**0 is 1, even 0**0 and nan**0
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(PowError::ZeroToNegative);
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            // CPython hands this to complex power, whose result has modulus
            // |iv| ** iw; an infinite modulus is its ERANGE.
            if (-iv).powf(iw).is_infinite() {
                return Err(PowError::ComplexOverflow);
            }
            return Err(PowError::Complex);
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        // (-1) ** huge_integer too; some libms get this wrong.
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(iw);
    // Finite operands, infinite result: libm's ERANGE. Underflow to zero
    // or a subnormal is not an error.
    if r.is_infinite() {
        return Err(PowError::Overflow);
    }
    Ok(if negate { -r } else { r })
}

/// `round(x, ndigits)`: CPython's `float.__round__`, which rounds the exact
/// binary value correctly (half to even) to `ndigits` decimal places and
/// converts back. `None` means the result overflowed (OverflowError).
pub fn float_round_ndigits(x: f64, ndigits: i64) -> Option<f64> {
    // CPython's NDIGITS_MAX/NDIGITS_MIN: beyond them x rounds to itself or
    // to a signed zero.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Some(x);
    }
    if ndigits < NDIGITS_MIN {
        return Some(0.0 * x);
    }
    let text = if ndigits >= 0 {
        // Rust's fixed-precision formatting is exact and rounds half to
        // even, like dtoa mode 3.
        format!("{:.*}", ndigits as usize, x)
    } else {
        round_to_power_of_ten(x, ndigits.unsigned_abs() as usize)
    };
    // Parsing is correctly rounded, like _Py_dg_strtod.
    let r: f64 = text.parse().ok()?;
    if r.is_infinite() {
        None
    } else {
        Some(r)
    }
}

/// Decimal text of `x` rounded half-to-even to a multiple of `10**k`
/// (`k >= 1`, `x` finite), e.g. `"-12e2"`.
fn round_to_power_of_ten(x: f64, k: usize) -> String {
    let ax = x.abs();
    let int_part = ax.trunc();
    let has_fraction = ax != int_part;
    // The exact decimal digits of the integral part.
    let digits = format!("{int_part:.0}");
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if digits.len() < k {
        // Below 10**(k-1), hence below half of 10**k.
        return format!("{sign}0");
    }
    let (kept, dropped) = digits.split_at(digits.len() - k);
    let half = format!("5{}", "0".repeat(k - 1));
    // Equal-length digit strings compare like the numbers.
    let kept_odd = kept.bytes().last().is_some_and(|d| (d - b'0') % 2 == 1);
    let up = match dropped.cmp(half.as_str()) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => has_fraction || kept_odd,
        std::cmp::Ordering::Less => false,
    };
    let kept = if up {
        increment_decimal(kept)
    } else if kept.is_empty() {
        "0".to_string()
    } else {
        kept.to_string()
    };
    format!("{sign}{kept}e{k}")
}

/// Adds one to a string of decimal digits (empty means 0).
fn increment_decimal(digits: &str) -> String {
    let mut bytes = digits.as_bytes().to_vec();
    let mut i = bytes.len();
    loop {
        if i == 0 {
            bytes.insert(0, b'1');
            break;
        }
        i -= 1;
        if bytes[i] == b'9' {
            bytes[i] = b'0';
        } else {
            bytes[i] += 1;
            break;
        }
    }
    String::from_utf8(bytes).unwrap_or_default()
}

/// `a // b` for floats; `ZeroDivisionError: float floor division by zero`.
#[no_mangle]
pub extern "C" fn kiln_rt_float_floordiv(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        raise(ExcKind::ZeroDivisionError, "float floor division by zero");
    }
    float_divmod(a, b).0
}

/// Before `divmod(a, b)` of floats (`a // b` and `a % b`): `ZeroDivisionError: float divmod()`
/// for a zero `b`.
#[no_mangle]
pub extern "C" fn kiln_rt_float_divmod_check(b: f64) {
    if b == 0.0 {
        raise(ExcKind::ZeroDivisionError, "float divmod()");
    }
}

/// `a % b` for floats (sign of the divisor); `ZeroDivisionError: float
/// modulo`.
#[no_mangle]
pub extern "C" fn kiln_rt_float_mod(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        raise(ExcKind::ZeroDivisionError, "float modulo");
    }
    float_mod(a, b)
}

/// `a ** b` for floats, with CPython's special cases and errors.
#[no_mangle]
pub extern "C" fn kiln_rt_float_pow(a: f64, b: f64) -> f64 {
    match float_pow(a, b) {
        Ok(r) => r,
        Err(PowError::ZeroToNegative) => raise(
            ExcKind::ZeroDivisionError,
            "0.0 cannot be raised to a negative power",
        ),
        Err(PowError::Overflow) => raise(
            ExcKind::OverflowError,
            "(34, 'Numerical result out of range')",
        ),
        Err(PowError::ComplexOverflow) => raise(ExcKind::OverflowError, "complex exponentiation"),
        Err(PowError::Complex) => raise(
            ExcKind::ValueError,
            "kiln: a negative number raised to a fractional power is complex, which kiln does not support",
        ),
    }
}

/// `int(v)` for a float: truncation toward zero, any magnitude (a big int
/// beyond the small range); `OverflowError: cannot convert float infinity to
/// integer`, `ValueError: cannot convert float NaN to integer`.
#[no_mangle]
pub extern "C" fn kiln_rt_float_to_int(v: f64) -> Int {
    float_to_int(v).unwrap_or_else(|e| e.error().raise())
}

/// `round(v)` for a float: nearest int, ties to even, any magnitude; errors
/// as [`kiln_rt_float_to_int`].
#[no_mangle]
pub extern "C" fn kiln_rt_float_round(v: f64) -> Int {
    float_round(v).unwrap_or_else(|e| e.error().raise())
}

/// `round(v, n)` for a float (`n` an int word; one outside `i64` is clamped,
/// as CPython clamps it to `Py_ssize_t`); `OverflowError: rounded value too
/// large to represent` when rounding up overflows.
#[no_mangle]
pub extern "C" fn kiln_rt_float_round_ndigits(v: f64, n: Int) -> f64 {
    let n = match n.view() {
        IntRef::Small(n) => n,
        IntRef::Big(_) if n.is_negative() => i64::MIN,
        IntRef::Big(_) => i64::MAX,
    };
    float_round_ndigits(v, n).unwrap_or_else(|| {
        raise(
            ExcKind::OverflowError,
            "rounded value too large to represent",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_special_values() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (100.0, "100.0"),
            (-2.5, "-2.5"),
            (0.1, "0.1"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-5, "1.5e-05"),
            (1e-7, "1e-07"),
            (1e16, "1e+16"),
            (1.5e16, "1.5e+16"),
            (9999999999999998.0, "9999999999999998.0"),
            (123456789012345.6, "123456789012345.6"),
            (1e22, "1e+22"),
            (1e100, "1e+100"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (1.0 / 3.0, "0.3333333333333333"),
            (0.1 + 0.2, "0.30000000000000004"),
            // Exactly halfway between two shortest candidates (written as sums
            // to keep the exact values): CPython takes the even one.
            (697553758971160.0 + 0.25, "697553758971160.2"),
            (97921246956133.0 + 0.625, "97921246956133.62"),
            (-1164253980718049.0 - 0.25, "-1164253980718049.2"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want);
        }
    }

    #[test]
    fn divmod_signs() {
        // From python3: (a // b, a % b).
        let cases: &[(f64, f64, f64, f64)] = &[
            (7.0, 2.0, 3.0, 1.0),
            (-7.0, 2.0, -4.0, 1.0),
            (7.0, -2.0, -4.0, -1.0),
            (-7.0, -2.0, 3.0, -1.0),
            (0.0, 5.0, 0.0, 0.0),
            (-0.0, 5.0, -0.0, 0.0),
            (0.0, -5.0, -0.0, -0.0),
            (6.0, -3.0, -2.0, -0.0),
            (-6.0, 3.0, -2.0, 0.0),
            (1.0, 0.1, 9.0, 0.09999999999999995),
            (-1e-300, 1e300, -1.0, 1e300),
            (5.0, f64::INFINITY, 0.0, 5.0),
            (-5.0, f64::INFINITY, -1.0, f64::INFINITY),
        ];
        for &(a, b, q, r) in cases {
            let (gq, gr) = float_divmod(a, b);
            assert_eq!(gq.to_bits(), q.to_bits(), "{a} // {b} = {gq}");
            assert_eq!(gr.to_bits(), r.to_bits(), "{a} % {b} = {gr}");
            assert_eq!(float_mod(a, b).to_bits(), r.to_bits(), "{a} % {b}");
        }
        let (q, r) = float_divmod(f64::INFINITY, 2.0);
        assert!(q.is_nan() && r.is_nan());
    }

    #[test]
    fn pow_special_cases() {
        assert_eq!(float_pow(0.0, -1.0), Err(PowError::ZeroToNegative));
        assert_eq!(float_pow(-0.0, -2.5), Err(PowError::ZeroToNegative));
        assert_eq!(float_pow(10.0, 400.0), Err(PowError::Overflow));
        assert_eq!(float_pow(-8.0, 1.0 / 3.0), Err(PowError::Complex));
        assert_eq!(float_pow(-2.0, 123456.789), Err(PowError::ComplexOverflow));
        assert_eq!(float_pow(-1e-300, -3.5), Err(PowError::ComplexOverflow));
        assert_eq!(float_pow(-1e200, 1.5), Err(PowError::Complex));
        assert_eq!(float_pow(-8.0, 3.0), Ok(-512.0));
        assert_eq!(float_pow(f64::NAN, 0.0), Ok(1.0));
        assert_eq!(float_pow(1.0, f64::NAN), Ok(1.0));
        assert_eq!(float_pow(-1.0, f64::INFINITY), Ok(1.0));
        assert_eq!(float_pow(-1.0, 1e300), Ok(1.0));
        assert_eq!(float_pow(-1.0, 2f64.powi(53) + 1.0), Ok(1.0));
        assert_eq!(float_pow(0.5, f64::NEG_INFINITY), Ok(f64::INFINITY));
        assert_eq!(float_pow(2.0, f64::NEG_INFINITY), Ok(0.0));
        assert_eq!(float_pow(f64::NEG_INFINITY, 3.0), Ok(f64::NEG_INFINITY));
        assert_eq!(float_pow(f64::NEG_INFINITY, 2.0), Ok(f64::INFINITY));
        assert_eq!(
            float_pow(f64::NEG_INFINITY, -3.0).map(f64::to_bits),
            Ok((-0.0f64).to_bits())
        );
        assert_eq!(
            float_pow(-0.0, 3.0).map(f64::to_bits),
            Ok((-0.0f64).to_bits())
        );
        assert_eq!(float_pow(-0.0, 2.0).map(f64::to_bits), Ok(0.0f64.to_bits()));
        assert_eq!(float_pow(1.5, -1800.0), Ok(1.0857597e-317));
        assert!(float_pow(f64::NAN, 1.0).is_ok_and(f64::is_nan));
        assert!(float_pow(2.0, f64::NAN).is_ok_and(f64::is_nan));
    }

    #[test]
    fn round_ndigits_edges() {
        let bits = |r: Option<f64>| r.map(f64::to_bits);
        let cases: &[(f64, i64, f64)] = &[
            (0.125, 2, 0.12),
            (0.375, 2, 0.38),
            (2.675, 2, 2.67),
            (-0.4, 0, -0.0),
            (0.5, 0, 0.0),
            (1.5, 0, 2.0),
            (2.5, 0, 2.0),
            (-2.5, 0, -2.0),
            (-4.0, -1, -0.0),
            (149.5, -2, 100.0),
            (150.0, -2, 200.0),
            (250.0, -2, 200.0),
            (250.00000000000003, -2, 300.0),
            (5e-324, 323, 0.0),
            (5e-324, 400, 5e-324),
            (-5.0, -400, -0.0),
            (123.456, -308, 0.0),
            (1e308, -308, 1e308),
            (4e307, -308, 0.0),
            (5e307, -308, 1e308),
            (6e307, -308, 1e308),
            (12345.678, 1, 12345.7),
        ];
        for &(x, n, want) in cases {
            assert_eq!(
                bits(float_round_ndigits(x, n)),
                Some(want.to_bits()),
                "round({x}, {n})"
            );
        }
        assert_eq!(float_round_ndigits(1.7976931348623157e308, -308), None);
        assert_eq!(float_round_ndigits(f64::INFINITY, -2), Some(f64::INFINITY));
        assert!(float_round_ndigits(f64::NAN, 2).is_some_and(f64::is_nan));
        assert_eq!(increment_decimal("999"), "1000");
        assert_eq!(increment_decimal(""), "1");
    }
}
