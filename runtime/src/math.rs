//! The `math` module: CPython's results and errors. Float functions call the platform's
//! libm, as CPython does, and check the result the way CPython's `math_1`/`math_2` do: a NaN
//! from a non-NaN argument is `ValueError: math domain error`, an infinity from finite ones
//! `OverflowError: math range error` (or a domain error where the function cannot overflow).

use std::ffi::c_int;

use dashu_int::ops::{Gcd, SquareRoot, UnsignedAbs};
use dashu_int::{IBig, UBig};

use crate::exc::{raise, ExcKind};
use crate::int::Int;
use crate::list::list_items;

/// A float function of one argument.
type Float1 = fn(f64) -> f64;

/// The one-argument float functions, by run-time operation number (the order of `MathFn`'s
/// `Float1` group in `kiln-lower`, which a test checks); `floor` and `ceil` give the float the
/// int is made from.
pub const FLOAT1: [(&str, Float1); 28] = [
    ("sqrt", |x| checked1(x, x.sqrt(), false)),
    ("exp", |x| checked1(x, x.exp(), true)),
    ("exp2", |x| checked1(x, x.exp2(), true)),
    ("expm1", |x| checked1(x, x.exp_m1(), true)),
    ("log", |x| checked1(x, x.ln(), false)),
    ("log2", |x| checked1(x, x.log2(), false)),
    ("log10", |x| checked1(x, x.log10(), false)),
    ("log1p", |x| checked1(x, x.ln_1p(), false)),
    ("sin", |x| checked1(x, x.sin(), false)),
    ("cos", |x| checked1(x, x.cos(), false)),
    ("tan", |x| checked1(x, x.tan(), false)),
    ("asin", |x| checked1(x, x.asin(), false)),
    ("acos", |x| checked1(x, x.acos(), false)),
    ("atan", |x| checked1(x, x.atan(), false)),
    ("sinh", |x| checked1(x, x.sinh(), true)),
    ("cosh", |x| checked1(x, x.cosh(), true)),
    ("tanh", |x| checked1(x, x.tanh(), false)),
    // SAFETY (the libm calls): functions of a double.
    ("asinh", |x| checked1(x, unsafe { asinh(x) }, false)),
    ("acosh", |x| checked1(x, unsafe { acosh(x) }, false)),
    ("atanh", |x| checked1(x, unsafe { atanh(x) }, false)),
    ("erf", |x| unsafe { erf(x) }),
    ("erfc", |x| unsafe { erfc(x) }),
    ("fabs", f64::abs),
    ("degrees", |x| x * (180.0 / std::f64::consts::PI)),
    ("radians", |x| x * (std::f64::consts::PI / 180.0)),
    ("cbrt", |x| checked1(x, unsafe { cbrt(x) }, false)),
    ("floor", f64::floor),
    ("ceil", f64::ceil),
];

/// A float function of two arguments.
type Float2 = fn(f64, f64) -> f64;

/// The two-argument float functions, by run-time operation number.
pub const FLOAT2: [(&str, Float2); 5] = [
    ("atan2", f64::atan2),
    ("copysign", f64::copysign),
    ("fmod", fmod),
    ("pow", pow),
    // SAFETY: a libm function of two doubles.
    ("remainder", |x, y| {
        checked2(x, y, unsafe { remainder(x, y) })
    }),
];

/// The integer functions of [`kiln_rt_math_int`], by operation number.
pub const INT_OPS: [&str; 6] = ["factorial", "isqrt", "gcd", "lcm", "comb", "perm"];

extern "C" {
    // libm functions Rust's `f64` has no method for.
    /// `cbrt`: Rust's own (weak) `cbrt` shadows glibc's, whose results CPython gives; glibc
    /// also exports it as `cbrtf64`.
    #[cfg_attr(target_env = "gnu", link_name = "cbrtf64")]
    fn cbrt(x: f64) -> f64;
    // Rust computes these itself, CPython calls libm.
    fn asinh(x: f64) -> f64;
    fn acosh(x: f64) -> f64;
    fn atanh(x: f64) -> f64;
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn remainder(x: f64, y: f64) -> f64;
    fn ldexp(x: f64, exp: c_int) -> f64;
}

fn domain_error() -> ! {
    raise(ExcKind::ValueError, "math domain error")
}

fn range_error() -> ! {
    raise(ExcKind::OverflowError, "math range error")
}

/// The name of operation `op` of `table`.
fn operation(op: Int, table: &[&'static str]) -> Option<&'static str> {
    let index = usize::try_from(op.small_value()?).ok()?;
    table.get(index).copied()
}

/// `r = f(x)` checked as CPython's `math_1`.
fn checked1(x: f64, r: f64, can_overflow: bool) -> f64 {
    if r.is_nan() && !x.is_nan() {
        domain_error()
    }
    if r.is_infinite() && x.is_finite() {
        if can_overflow {
            range_error()
        }
        domain_error()
    }
    r
}

/// `r = f(x, y)` checked as CPython's `math_2`.
fn checked2(x: f64, y: f64, r: f64) -> f64 {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        domain_error()
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        range_error()
    }
    r
}

/// `math.<FLOAT1[op]>(x)`.
#[no_mangle]
pub extern "C" fn kiln_rt_math1(op: Int, x: f64) -> f64 {
    let f = usize::try_from(op.small_value().unwrap_or(-1))
        .ok()
        .and_then(|i| FLOAT1.get(i));
    match f {
        Some((_, f)) => f(x),
        None => crate::exc::fail("SystemError", "unknown math operation"),
    }
}

/// `math.<FLOAT2[op]>(x, y)`.
#[no_mangle]
pub extern "C" fn kiln_rt_math2(op: Int, x: f64, y: f64) -> f64 {
    let f = usize::try_from(op.small_value().unwrap_or(-1))
        .ok()
        .and_then(|i| FLOAT2.get(i));
    match f {
        Some((_, f)) => f(x, y),
        None => crate::exc::fail("SystemError", "unknown math operation"),
    }
}

/// `math.fmod(x, y)`: an infinite divisor leaves a finite dividend as it is (C99 says so;
/// CPython makes sure).
fn fmod(x: f64, y: f64) -> f64 {
    if y.is_infinite() && x.is_finite() {
        return x;
    }
    checked2(x, y, x % y)
}

/// `math.pow(x, y)`: C99's `pow`, with CPython's errors for finite arguments.
fn pow(x: f64, y: f64) -> f64 {
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() || (r.is_infinite() && x == 0.0) {
            domain_error()
        }
        if r.is_infinite() {
            range_error()
        }
    }
    r
}

/// `math.log`, `log2` or `log10` (`FLOAT1[op]`) of an int, which may be beyond the float
/// range: as CPython, the log of its leading bits plus the log of the power of two.
#[no_mangle]
pub extern "C" fn kiln_rt_math_log_int(op: Int, n: Int) -> f64 {
    if n.is_negative() || n.small_value() == Some(0) {
        domain_error()
    }
    if let Ok(x) = crate::int_float::int_to_float(n) {
        return kiln_rt_math1(op, x);
    }
    // n = x * 2**e with 0.5 <= x < 1, x rounded to the nearest double (ties to even).
    let bits = n.bit_len();
    let shift = bits - 64;
    let magnitude = n.magnitude();
    let top = u64::try_from(&magnitude >> shift as usize).unwrap_or(u64::MAX);
    let sticky =
        u64::from((&magnitude & ((UBig::ONE << shift as usize) - UBig::ONE)) != UBig::ZERO);
    let mut x = (top | sticky) as f64 / 2f64.powi(64);
    let mut e = bits as f64;
    if x == 1.0 {
        x = 0.5;
        e += 1.0;
    }
    kiln_rt_math1(op, x) + kiln_rt_math1(op, 2.0) * e
}

/// `math.hypot(*coordinates)` of the items of a `list[float]`: CPython's accurate Euclidean
/// norm (scaled by a power of two, squares summed with their rounding errors kept, then one
/// correction step of the square root).
///
/// # Safety
/// `list` must be a live `list[float]`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_math_hypot(list: *const crate::list::ListObject) -> f64 {
    // SAFETY: per the contract.
    let items = unsafe { list_items(list) };
    let mut coordinates: Vec<f64> = items.iter().map(|&w| f64::from_bits(w).abs()).collect();
    let found_nan = coordinates.iter().any(|x| x.is_nan());
    let max = largest(&coordinates);
    vector_norm(&mut coordinates, max, found_nan)
}

/// The largest of the magnitudes, NaNs left out (0 if there is none).
fn largest(magnitudes: &[f64]) -> f64 {
    magnitudes
        .iter()
        .fold(0.0, |m, &x| if x > m { x } else { m })
}

/// The coordinates of a point for `math.dist`: a list or tuple (of type `desc`) of ints,
/// bools or floats, as floats.
///
/// # Safety
/// `point` must be a live list or tuple of type `desc`.
unsafe fn coordinates(point: *const u8, desc: &crate::value::TypeDesc) -> Vec<f64> {
    // SAFETY: per the contract.
    unsafe {
        match desc.tag() {
            crate::value::Tag::Tuple => crate::list::tuple_items(point.cast())
                .iter()
                .enumerate()
                .map(|(i, &w)| float_of(w, desc.arg(i)))
                .collect(),
            _ => list_items(point.cast())
                .iter()
                .map(|&w| float_of(w, desc.arg(0)))
                .collect(),
        }
    }
}

/// `math.dist(p, q)`: the Euclidean distance, CPython's accurate norm of the differences.
///
/// # Safety
/// `p` and `q` must be live lists or tuples of their types `p_desc` and `q_desc`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_math_dist(
    p: *const u8,
    p_desc: *const crate::value::TypeDesc,
    q: *const u8,
    q_desc: *const crate::value::TypeDesc,
) -> f64 {
    // SAFETY: per the contract.
    let (p, q) = unsafe { (coordinates(p, &*p_desc), coordinates(q, &*q_desc)) };
    if p.len() != q.len() {
        raise(
            ExcKind::ValueError,
            "both points must have the same number of dimensions",
        )
    }
    let mut differences: Vec<f64> = p.iter().zip(&q).map(|(a, b)| (a - b).abs()).collect();
    let found_nan = differences.iter().any(|x| x.is_nan());
    let max = largest(&differences);
    vector_norm(&mut differences, max, found_nan)
}

/// `math.hypot(x, y)`, as [`kiln_rt_math_hypot`] without a list.
#[no_mangle]
pub extern "C" fn kiln_rt_math_hypot2(x: f64, y: f64) -> f64 {
    let mut coordinates = [x.abs(), y.abs()];
    let found_nan = x.is_nan() || y.is_nan();
    let max = largest(&coordinates);
    vector_norm(&mut coordinates, max, found_nan)
}

/// A word of type `desc` (an int, bool or float) as a float (an int too big for a float is
/// CPython's OverflowError).
fn float_of(w: u64, desc: &crate::value::TypeDesc) -> f64 {
    use crate::value::Tag;
    match desc.tag() {
        Tag::Float => f64::from_bits(w),
        Tag::Bool => f64::from(u8::from(w != 0)),
        _ => crate::int_float::int_to_float(crate::ops::int_word(w)).unwrap_or_else(|e| e.raise()),
    }
}

/// The items of a list of ints, bools or floats as floats.
///
/// # Safety
/// `list` must be a live list of ints, bools or floats.
unsafe fn floats_of(list: *const crate::list::ListObject) -> Vec<f64> {
    // SAFETY: per the contract.
    let (items, desc) = unsafe { (list_items(list), (*(*list).desc).arg(0)) };
    items.iter().map(|&w| float_of(w, desc)).collect()
}

/// `math.fsum(list)`: the correctly rounded sum, by Shewchuk's exact partial sums (as
/// CPython: infinities and NaNs summed apart, an overflow of finite items an OverflowError,
/// and the final rounding made half-even across the partials).
///
/// # Safety
/// `list` must be a live list of ints, bools or floats.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_math_fsum(list: *const crate::list::ListObject) -> f64 {
    // SAFETY: per the contract.
    let values = unsafe { floats_of(list) };
    let mut partials: Vec<f64> = Vec::new();
    let (mut special, mut infinities) = (0.0f64, 0.0f64);
    for item in values {
        let mut x = item;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                if item.is_finite() {
                    raise(ExcKind::OverflowError, "intermediate overflow in fsum")
                }
                if item.is_infinite() {
                    infinities += item;
                }
                special += item;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 {
        if infinities.is_nan() {
            raise(ExcKind::ValueError, "-inf + inf in fsum")
        }
        return special;
    }
    let Some(mut hi) = partials.pop() else {
        return 0.0;
    };
    let mut lo = 0.0;
    while let Some(y) = partials.pop() {
        let x = hi;
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    // Half-even rounding across the partials: the next one decides a tie.
    if let Some(&next) = partials.last() {
        if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    hi
}

/// `math.prod(list)` of ints or bools: the exact product (1 for an empty list).
///
/// # Safety
/// `list` must be a live list of ints or bools.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_math_prod_int(list: *const crate::list::ListObject) -> Int {
    use crate::value::Tag;
    // SAFETY: per the contract.
    let (items, tag) = unsafe { (list_items(list), (*(*list).desc).arg(0).tag()) };
    let mut product = IBig::ONE;
    for &w in items {
        product *= match tag {
            Tag::Bool => IBig::from(u8::from(w != 0)),
            _ => crate::ops::int_word(w).to_ibig(),
        };
    }
    Int::from_ibig(product)
}

/// `math.prod(list)` of floats: multiplied in order.
///
/// # Safety
/// `list` must be a live list of floats.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_math_prod_float(list: *const crate::list::ListObject) -> f64 {
    // SAFETY: per the contract.
    unsafe { list_items(list) }
        .iter()
        .fold(1.0, |p, &w| p * f64::from_bits(w))
}

/// A double-length number: `hi + lo` exactly.
struct DoubleLength {
    hi: f64,
    lo: f64,
}

/// `x * y` exactly.
fn exact_product(x: f64, y: f64) -> DoubleLength {
    let hi = x * y;
    DoubleLength {
        hi,
        lo: x.mul_add(y, -hi),
    }
}

/// `a + b` exactly, for `|a| >= |b|`.
fn exact_sum(a: f64, b: f64) -> DoubleLength {
    let hi = a + b;
    DoubleLength {
        hi,
        lo: (a - hi) + b,
    }
}

fn vector_norm(v: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let max_e = frexp_exponent(max);
    if max_e < -1023 {
        // 2**-max_e would overflow: scale everything up by the smallest normal first.
        for x in v.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(v, max / f64::MIN_POSITIVE, found_nan);
    }
    // SAFETY: a libm function of a double and an int.
    let scale = unsafe { ldexp(1.0, -max_e) };
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in v.iter() {
        let x = x * scale;
        let square = exact_product(x, x);
        let sum = exact_sum(csum, square.hi);
        csum = sum.hi;
        frac1 += square.lo;
        frac2 += sum.lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let square = exact_product(-h, h);
    let sum = exact_sum(csum, square.hi);
    csum = sum.hi;
    frac1 += square.lo;
    frac2 += sum.lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// The exponent `e` of `frexp(x)` (`x = m * 2**e`, `0.5 <= m < 1`) for a finite nonzero `x`.
fn frexp_exponent(x: f64) -> c_int {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as c_int;
    if biased == 0 {
        // Subnormal: normalize first.
        return frexp_exponent(x * 2f64.powi(64)) - 64;
    }
    biased - 1022
}

/// `math.ldexp(x, i)`.
#[no_mangle]
pub extern "C" fn kiln_rt_math_ldexp(x: f64, i: Int) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let Some(i) = i.to_i64().and_then(|i| c_int::try_from(i).ok()) else {
        if i.is_negative() {
            return 0.0f64.copysign(x);
        }
        range_error()
    };
    // SAFETY: a libm function of a double and an int.
    let r = unsafe { ldexp(x, i) };
    if r.is_infinite() {
        range_error()
    }
    r
}

/// `math.isclose(a, b, rel_tol=rel, abs_tol=abs)` (1 or 0).
#[no_mangle]
pub extern "C" fn kiln_rt_math_isclose(a: f64, b: f64, rel: f64, abs: f64) -> i32 {
    if rel < 0.0 || abs < 0.0 {
        raise(ExcKind::ValueError, "tolerances must be non-negative")
    }
    if a == b {
        return 1;
    }
    if a.is_infinite() || b.is_infinite() {
        return 0;
    }
    let diff = (b - a).abs();
    i32::from(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs)
}

/// `math.<INT_OPS[op]>(a, b)` of ints (`b` unused by `factorial` and `isqrt`).
#[no_mangle]
pub extern "C" fn kiln_rt_math_int(op: Int, a: Int, b: Int) -> Int {
    let name = operation(op, &INT_OPS);
    let Some(name) = name else {
        crate::exc::fail("SystemError", "unknown math operation")
    };
    let result = match name {
        "factorial" => factorial(a),
        "isqrt" => {
            if a.is_negative() {
                raise(ExcKind::ValueError, "isqrt() argument must be nonnegative")
            }
            IBig::from(a.magnitude().sqrt())
        }
        "gcd" => {
            let (x, y) = (a.to_ibig(), b.to_ibig());
            // dashu leaves gcd(0, 0) undefined; Python's is 0.
            if x == IBig::ZERO || y == IBig::ZERO {
                IBig::from(UnsignedAbs::unsigned_abs(x + y))
            } else {
                IBig::from(x.gcd(&y))
            }
        }
        "lcm" => {
            let (x, y) = (a.to_ibig(), b.to_ibig());
            if x == IBig::ZERO || y == IBig::ZERO {
                IBig::ZERO
            } else {
                let g = IBig::from((&x).gcd(&y));
                IBig::from(UnsignedAbs::unsigned_abs(x / g * y))
            }
        }
        "comb" => comb_perm(a, b, true),
        _ => comb_perm(a, b, false),
    };
    Int::from_ibig(result)
}

fn factorial(n: Int) -> IBig {
    if n.is_negative() {
        raise(
            ExcKind::ValueError,
            "factorial() not defined for negative values",
        )
    }
    let Some(n) = n.to_i64() else {
        raise(
            ExcKind::OverflowError,
            "factorial() argument should not exceed 9223372036854775807",
        )
    };
    product(1, n)
}

/// `lo * (lo + 1) * ... * hi` (1 when empty), by halves so the operands stay balanced.
fn product(lo: i64, hi: i64) -> IBig {
    if lo > hi {
        return IBig::ONE;
    }
    if hi - lo < 16 {
        return (lo..=hi).fold(IBig::ONE, |p, k| p * IBig::from(k));
    }
    let mid = lo + (hi - lo) / 2;
    product(lo, mid) * product(mid + 1, hi)
}

/// `comb(n, k)` or `perm(n, k)`.
fn comb_perm(n: Int, k: Int, comb: bool) -> IBig {
    if n.is_negative() {
        raise(ExcKind::ValueError, "n must be a non-negative integer")
    }
    if k.is_negative() {
        raise(ExcKind::ValueError, "k must be a non-negative integer")
    }
    let (n, k) = (n.to_ibig(), k.to_ibig());
    if k > n {
        return IBig::ZERO;
    }
    let k = if comb { k.clone().min(&n - &k) } else { k };
    let Ok(k) = i64::try_from(&k) else {
        let what = if comb { "min(n - k, k)" } else { "k" };
        raise(
            ExcKind::OverflowError,
            &format!("{what} must not exceed 9223372036854775807"),
        )
    };
    let mut result = IBig::ONE;
    for i in 0..k {
        result *= &n - IBig::from(i);
        if comb {
            result /= IBig::from(i + 1);
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hypot_of_two() {
        let mut v = [3.0, 4.0];
        assert_eq!(vector_norm(&mut v, 4.0, false), 5.0);
    }

    #[test]
    fn frexp_exponents() {
        assert_eq!(frexp_exponent(1.0), 1);
        assert_eq!(frexp_exponent(0.5), 0);
        assert_eq!(frexp_exponent(f64::MIN_POSITIVE), -1021);
        assert_eq!(frexp_exponent(f64::MIN_POSITIVE / 4.0), -1023);
    }
}
