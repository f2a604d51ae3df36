//! Exact integer arithmetic on [`Int`] words, and its `extern "C"` entry points.
//!
//! Each operation has a small/small fast path (no allocation unless the result
//! overflows the small range) and falls back to [`IBig`] for big operands. The
//! pure functions return `Result<_, IntError>`; the `kiln_rt_int_*` wrappers
//! raise the Python exception instead.

use std::cmp::Ordering;

use dashu_int::fast_div::ConstDivisor;
use dashu_int::ops::{BitTest, DivRem};
use dashu_int::{IBig, Sign};

use crate::int::IntRef::{Big, Small};
use crate::int::*;

/// Applies `f` to the operands as `IBig`s and normalizes the result.
#[inline]
fn big_op(a: Int, b: Int, f: impl FnOnce(&IBig, &IBig) -> IBig) -> Int {
    Int::from_ibig(f(&a.as_ibig(), &b.as_ibig()))
}

/// `a + b`.
pub fn add(a: Int, b: Int) -> Int {
    match (a.view(), b.view()) {
        // Both in [-2**62, 2**62): the sum fits in i64.
        (Small(x), Small(y)) => Int::from_i64(x + y),
        _ => big_op(a, b, |x, y| x + y),
    }
}

/// `a - b`.
pub fn sub(a: Int, b: Int) -> Int {
    match (a.view(), b.view()) {
        (Small(x), Small(y)) => Int::from_i64(x - y),
        _ => big_op(a, b, |x, y| x - y),
    }
}

/// `a * b`.
pub fn mul(a: Int, b: Int) -> Int {
    match (a.view(), b.view()) {
        (Small(x), Small(y)) => Int::from_i128(i128::from(x) * i128::from(y)),
        _ => big_op(a, b, |x, y| x * y),
    }
}

/// Floor division and modulo of `IBig`s (`b != 0`): the remainder has the
/// sign of `b`.
pub fn floor_divmod(a: &IBig, b: &IBig) -> (IBig, IBig) {
    let (q, r) = a.div_rem(b);
    if !r.is_zero() && r.sign() != b.sign() {
        (q - IBig::ONE, r + b)
    } else {
        (q, r)
    }
}

/// Floor division and modulo of small values (`y != 0`, no overflow since
/// both are in the small range).
#[inline]
fn floor_divmod_i64(x: i64, y: i64) -> (i64, i64) {
    let (q, r) = (x / y, x % y);
    if r != 0 && (r < 0) != (y < 0) {
        (q - 1, r + y)
    } else {
        (q, r)
    }
}

/// `a // b` (floor division).
pub fn floordiv(a: Int, b: Int) -> Result<Int, IntError> {
    if b.is_zero() {
        return Err(ZERO_DIVISION);
    }
    Ok(match (a.view(), b.view()) {
        // -2**62 // -1 == 2**62 leaves the small range: from_i64 handles it.
        (Small(x), Small(y)) => Int::from_i64(floor_divmod_i64(x, y).0),
        _ => big_op(a, b, |x, y| floor_divmod(x, y).0),
    })
}

/// `a % b` (sign of `b`).
pub fn modulo(a: Int, b: Int) -> Result<Int, IntError> {
    if b.is_zero() {
        return Err(ZERO_MODULO);
    }
    Ok(match (a.view(), b.view()) {
        (Small(x), Small(y)) => Int::small_unchecked(floor_divmod_i64(x, y).1),
        _ => big_op(a, b, |x, y| floor_divmod(x, y).1),
    })
}

/// `base ** exp` for `exp >= 0`; `exp < 0` is kiln's ValueError (CPython
/// gives a float, which the compiler could not type as an int).
pub fn pow(base: Int, exp: Int) -> Result<Int, IntError> {
    if exp.is_negative() {
        return Err(NEGATIVE_POWER);
    }
    let exp_odd = match exp.view() {
        Small(e) => e & 1 == 1,
        Big(e) => e.bit(0),
    };
    match base.small_value() {
        Some(0) => return Ok(if exp.is_zero() { Int::ONE } else { Int::ZERO }),
        Some(1) => return Ok(Int::ONE),
        Some(-1) => return Ok(if exp_odd { Int::MINUS_ONE } else { Int::ONE }),
        _ => {}
    }
    // Here |base| >= 2, so an exponent beyond the small range is absurd.
    let Some(e) = exp.small_value() else {
        return Err(MEMORY);
    };
    if let Some(x) = base.small_value() {
        if let Some(v) = u32::try_from(e)
            .ok()
            .and_then(|e| i128::from(x).checked_pow(e))
        {
            return Ok(Int::from_i128(v));
        }
    }
    // |base| >= 2**(bits - 1), so the result has at least this many bits.
    let min_bits = u128::from(base.bit_len() - 1) * e as u128 + 1;
    if min_bits > u128::from(MAX_BITS) {
        return Err(MEMORY);
    }
    Ok(Int::from_ibig(base.as_ibig().pow(e as usize)))
}

/// `x * y mod m` for `x, y < m < 2**63`.
#[inline]
fn mulmod(x: u64, y: u64, m: u64) -> u64 {
    (u128::from(x) * u128::from(y) % u128::from(m)) as u64
}

/// `pow(base, exp, m)` as CPython 3.11: `m == 0` is a ValueError; a
/// negative `exp` uses the modular inverse of `base` (ValueError if there is
/// none); the result has the sign of `m` (it is `base**exp` reduced into
/// `[0, m)` or `(m, 0]`).
pub fn pow_mod(base: Int, exp: Int, m: Int) -> Result<Int, IntError> {
    if m.is_zero() {
        return Err(POW_MOD_ZERO);
    }
    let negative_out = m.is_negative();
    // Fast path: everything small and a non-negative exponent.
    if let (Small(b), Small(e), Small(c)) = (base.view(), exp.view(), m.view()) {
        if e >= 0 {
            let c = c.unsigned_abs();
            if c == 1 {
                return Ok(Int::ZERO);
            }
            let mut x = b.rem_euclid(c as i64) as u64;
            let mut e = e as u64;
            let mut r = 1u64;
            while e > 0 {
                if e & 1 == 1 {
                    r = mulmod(r, x, c);
                }
                x = mulmod(x, x, c);
                e >>= 1;
            }
            let r = r as i64;
            let c = c as i64;
            return Ok(Int::small_unchecked(if negative_out && r != 0 {
                r - c
            } else {
                r
            }));
        }
    }
    let c = m.magnitude();
    if c.is_one() {
        return Ok(Int::ZERO);
    }
    let ring = ConstDivisor::new(c.clone());
    let mut x = ring.reduce(base.to_ibig());
    if exp.is_negative() {
        x = x.inv().ok_or(NOT_INVERTIBLE)?;
    }
    let r = IBig::from(x.pow(&exp.magnitude()).residue());
    Ok(Int::from_ibig(if negative_out && !r.is_zero() {
        r - IBig::from(c)
    } else {
        r
    }))
}

/// `-a`.
pub fn neg(a: Int) -> Int {
    match a.view() {
        Small(x) => Int::from_i64(-x),
        Big(b) => Int::from_ibig(-b),
    }
}

/// `abs(a)`.
pub fn abs(a: Int) -> Int {
    if a.is_negative() {
        neg(a)
    } else {
        a
    }
}

/// `~a` (`-a - 1`).
pub fn invert(a: Int) -> Int {
    match a.view() {
        // !x stays in the small range.
        Small(x) => Int::small_unchecked(!x),
        Big(b) => Int::from_ibig(!b),
    }
}

/// `a & b` (two's complement, infinitely sign-extended).
pub fn and(a: Int, b: Int) -> Int {
    match (a.view(), b.view()) {
        // Bitwise ops of two sign-extended 63-bit values are 63-bit values.
        (Small(x), Small(y)) => Int::small_unchecked(x & y),
        _ => big_op(a, b, |x, y| x & y),
    }
}

/// `a | b`.
pub fn or(a: Int, b: Int) -> Int {
    match (a.view(), b.view()) {
        (Small(x), Small(y)) => Int::small_unchecked(x | y),
        _ => big_op(a, b, |x, y| x | y),
    }
}

/// `a ^ b`.
pub fn xor(a: Int, b: Int) -> Int {
    match (a.view(), b.view()) {
        (Small(x), Small(y)) => Int::small_unchecked(x ^ y),
        _ => big_op(a, b, |x, y| x ^ y),
    }
}

/// A shift count (`n >= 0`) as u128, saturating for huge big ints.
fn shift_count(n: Int) -> u128 {
    match n.view() {
        Small(s) => s as u128,
        Big(b) => u128::try_from(b).unwrap_or(u128::MAX),
    }
}

/// CPython's size check for `a << n` where `a` has `bits` bits: the result
/// needs `ceil(bits / 30) + n / 30 (+1)` 30-bit digits (`n` clipped as in
/// `divmod_shift`), and more than `MAX_LONG_DIGITS` is an OverflowError;
/// otherwise a result over [`MAX_BITS`] is a MemoryError.
fn check_shl_size(bits: u64, n: u128) -> Result<(), IntError> {
    const PY_SSIZE_T_MAX: u128 = i64::MAX as u128;
    // (PY_SSIZE_T_MAX - offsetof(PyLongObject, ob_digit)) / sizeof(digit)
    const MAX_LONG_DIGITS: u128 = (PY_SSIZE_T_MAX - 24) / 4;
    let (mut wordshift, mut remshift) = (n / 30, n % 30);
    if wordshift >= PY_SSIZE_T_MAX / 4 {
        wordshift = PY_SSIZE_T_MAX / 4;
        remshift = 0;
    }
    let newsize = u128::from(bits).div_ceil(30) + wordshift + u128::from(remshift != 0);
    if newsize > MAX_LONG_DIGITS {
        return Err(TOO_MANY_DIGITS);
    }
    if u128::from(bits) + n > u128::from(MAX_BITS) {
        return Err(MEMORY);
    }
    Ok(())
}

/// `a << n`; ValueError if `n < 0`.
pub fn shl(a: Int, n: Int) -> Result<Int, IntError> {
    if n.is_negative() {
        return Err(NEGATIVE_SHIFT);
    }
    if a.is_zero() {
        return Ok(Int::ZERO);
    }
    let count = shift_count(n);
    if let Small(x) = a.view() {
        if count < 64 {
            // |x| <= 2**62, so the result fits in i128.
            return Ok(Int::from_i128(i128::from(x) << count));
        }
    }
    check_shl_size(a.bit_len(), count)?;
    Ok(Int::from_ibig(a.to_ibig() << count as usize))
}

/// `a >> n` (floor division by `2**n`); ValueError if `n < 0`.
pub fn shr(a: Int, n: Int) -> Result<Int, IntError> {
    if n.is_negative() {
        return Err(NEGATIVE_SHIFT);
    }
    let count = shift_count(n);
    if let Small(x) = a.view() {
        return Ok(Int::small_unchecked(x >> count.min(63)));
    }
    if count >= u128::from(a.bit_len()) {
        return Ok(if a.is_negative() {
            Int::MINUS_ONE
        } else {
            Int::ZERO
        });
    }
    Ok(Int::from_ibig(a.to_ibig() >> count as usize))
}

/// Compares two ints.
pub fn cmp(a: Int, b: Int) -> Ordering {
    match (a.view(), b.view()) {
        (Small(x), Small(y)) => x.cmp(&y),
        // Normalization: a big int lies beyond every small one.
        (Small(_), Big(y)) => {
            if y.sign() == Sign::Negative {
                Ordering::Greater
            } else {
                Ordering::Less
            }
        }
        (Big(x), Small(_)) => {
            if x.sign() == Sign::Negative {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        }
        (Big(x), Big(y)) => x.cmp(y),
    }
}

/// The modulus of CPython's numeric hash: `2**61 - 1`.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// `hash(a)` exactly as CPython: `abs(a) mod (2**61 - 1)` with the sign of
/// `a`, except that -1 becomes -2.
pub fn hash(a: Int) -> i64 {
    let (negative, m) = match a.view() {
        Small(x) => (x < 0, x.unsigned_abs() % HASH_MODULUS),
        Big(b) => {
            let (sign, words) = b.as_sign_words();
            // Horner's rule from the most significant word.
            let m = words.iter().rev().fold(0u128, |h, &w| {
                ((h << dashu_int::Word::BITS) | w as u128) % u128::from(HASH_MODULUS)
            });
            (sign == Sign::Negative, m as u64)
        }
    };
    let h = if negative { -(m as i64) } else { m as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `round(a, ndigits)`: `a` itself when `ndigits >= 0`, otherwise `a`
/// rounded half-to-even to a multiple of `10**-ndigits`.
///
/// CPython computes `10**-ndigits` first, so an absurd `-ndigits` is a
/// MemoryError there; here too, but a power of ten far beyond `a` gives 0
/// without being built.
pub fn round_ndigits(a: Int, ndigits: Int) -> Result<Int, IntError> {
    if !ndigits.is_negative() {
        return Ok(a);
    }
    let k = shift_count(neg(ndigits));
    // 10**k has more than 3.32 * k bits.
    if k.saturating_mul(332) / 100 > u128::from(MAX_BITS) {
        return Err(MEMORY);
    }
    // 10**k >= 2**(3k) >= 2 * 2**bits > 2 * |a|: the nearest multiple is 0.
    if k * 3 > u128::from(a.bit_len()) {
        return Ok(Int::ZERO);
    }
    if let Small(x) = a.view() {
        // Here k <= 21, so 10**k fits in i128.
        let q = 10i128.pow(k as u32);
        let v = i128::from(x);
        let r = v.rem_euclid(q);
        let down = v - r;
        // Nearest multiple, ties to the even multiple (divmod_near).
        let up = 2 * r > q || (2 * r == q && (down / q) % 2 != 0);
        return Ok(Int::from_i128(if up { down + q } else { down }));
    }
    let q = IBig::from(10).pow(k as usize);
    let (mut quot, r) = floor_divmod(&a.as_ibig(), &q);
    let twice: IBig = r * 2;
    if twice > q || (twice == q && quot.bit(0)) {
        quot += IBig::ONE;
    }
    Ok(Int::from_ibig(quot * q))
}

/// `a.bit_length()`.
pub fn bit_length(a: Int) -> Int {
    // At most MAX_BITS-ish, always small.
    Int::from_i64(a.bit_len() as i64)
}

/// `a + b`.
#[no_mangle]
pub extern "C" fn kiln_rt_int_add(a: Int, b: Int) -> Int {
    crate::exception::raising_is_fatal(|| add(a, b))
}

/// `a - b`.
#[no_mangle]
pub extern "C" fn kiln_rt_int_sub(a: Int, b: Int) -> Int {
    crate::exception::raising_is_fatal(|| sub(a, b))
}

/// `a * b`.
#[no_mangle]
pub extern "C" fn kiln_rt_int_mul(a: Int, b: Int) -> Int {
    crate::exception::raising_is_fatal(|| mul(a, b))
}

/// `a // b`; `ZeroDivisionError: integer division or modulo by zero`.
#[no_mangle]
pub extern "C" fn kiln_rt_int_floordiv(a: Int, b: Int) -> Int {
    floordiv(a, b).unwrap_or_else(|e| e.raise())
}

/// `a % b`; `ZeroDivisionError: integer modulo by zero`.
#[no_mangle]
pub extern "C" fn kiln_rt_int_mod(a: Int, b: Int) -> Int {
    modulo(a, b).unwrap_or_else(|e| e.raise())
}

/// `base ** exp` for `exp >= 0` (see [`pow`]).
#[no_mangle]
pub extern "C" fn kiln_rt_int_pow(base: Int, exp: Int) -> Int {
    pow(base, exp).unwrap_or_else(|e| e.raise())
}

/// `pow(base, exp, m)` (see [`pow_mod`]).
#[no_mangle]
pub extern "C" fn kiln_rt_int_pow_mod(base: Int, exp: Int, m: Int) -> Int {
    pow_mod(base, exp, m).unwrap_or_else(|e| e.raise())
}

/// `-a`.
#[no_mangle]
pub extern "C" fn kiln_rt_int_neg(a: Int) -> Int {
    crate::exception::raising_is_fatal(|| neg(a))
}

/// `abs(a)`.
#[no_mangle]
pub extern "C" fn kiln_rt_int_abs(a: Int) -> Int {
    crate::exception::raising_is_fatal(|| abs(a))
}

/// `~a`.
#[no_mangle]
pub extern "C" fn kiln_rt_int_invert(a: Int) -> Int {
    invert(a)
}

/// `a & b`.
#[no_mangle]
pub extern "C" fn kiln_rt_int_and(a: Int, b: Int) -> Int {
    and(a, b)
}

/// `a | b`.
#[no_mangle]
pub extern "C" fn kiln_rt_int_or(a: Int, b: Int) -> Int {
    or(a, b)
}

/// `a ^ b`.
#[no_mangle]
pub extern "C" fn kiln_rt_int_xor(a: Int, b: Int) -> Int {
    xor(a, b)
}

/// `a << n`; `ValueError: negative shift count`, `OverflowError: too many
/// digits in integer` or `MemoryError` as CPython.
#[no_mangle]
pub extern "C" fn kiln_rt_int_shl(a: Int, n: Int) -> Int {
    shl(a, n).unwrap_or_else(|e| e.raise())
}

/// `a >> n`; `ValueError: negative shift count`.
#[no_mangle]
pub extern "C" fn kiln_rt_int_shr(a: Int, n: Int) -> Int {
    shr(a, n).unwrap_or_else(|e| e.raise())
}

/// Compares two ints: -1, 0 or 1.
#[no_mangle]
pub extern "C" fn kiln_rt_int_cmp(a: Int, b: Int) -> i32 {
    cmp(a, b) as i32
}

/// `hash(a)`, returned as a raw (untagged) `i64`.
#[no_mangle]
pub extern "C" fn kiln_rt_int_hash(a: Int) -> i64 {
    hash(a)
}

/// `a.bit_length()`.
#[no_mangle]
pub extern "C" fn kiln_rt_int_bit_length(a: Int) -> Int {
    bit_length(a)
}

/// `round(a, n)` for an `int` (see [`round_ndigits`]).
#[no_mangle]
pub extern "C" fn kiln_rt_int_round_ndigits(a: Int, n: Int) -> Int {
    round_ndigits(a, n).unwrap_or_else(|e| e.raise())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: i128) -> Int {
        Int::from_i128(v)
    }

    fn val(a: Int) -> i128 {
        a.to_i128().expect("fits i128")
    }

    const TWO_62: i128 = 1 << 62;

    #[test]
    fn words_are_tagged_and_normalized() {
        assert_eq!(int(0).raw(), 0);
        assert_eq!(int(1).raw(), 2);
        assert_eq!(int(-1).raw(), -2);
        assert_eq!(int(TWO_62 - 1).raw(), i64::MAX - 1);
        assert_eq!(int(-TWO_62).raw(), i64::MIN);
        assert!(int(TWO_62 - 1).is_small());
        assert!(int(-TWO_62).is_small());
        assert!(!int(TWO_62).is_small());
        assert!(!int(-TWO_62 - 1).is_small());
        assert_eq!(int(TWO_62).raw() & 1, 1);
        for v in [TWO_62, -TWO_62 - 1, i128::MAX, i128::MIN, 1 << 100] {
            assert_eq!(val(int(v)), v);
        }
        // A big result that shrinks is small again.
        let big = int(1 << 100);
        let back = sub(big, int((1 << 100) - 5));
        assert!(back.is_small());
        assert_eq!(val(back), 5);
        assert!(Int::from_ibig(IBig::from(-(1i128 << 62))).is_small());
    }

    #[test]
    fn small_overflow_promotes() {
        let max = int(TWO_62 - 1);
        assert_eq!(val(add(max, int(1))), TWO_62);
        assert_eq!(val(sub(int(-TWO_62), int(1))), -TWO_62 - 1);
        assert_eq!(val(mul(max, max)), (TWO_62 - 1) * (TWO_62 - 1));
        assert_eq!(val(neg(int(-TWO_62))), TWO_62);
        assert_eq!(val(abs(int(-TWO_62))), TWO_62);
        assert_eq!(
            val(floordiv(int(-TWO_62), int(-1)).expect("a result")),
            TWO_62
        );
        assert_eq!(val(invert(int(-TWO_62))), TWO_62 - 1);
    }

    #[test]
    fn floor_semantics() {
        let cases: &[(i128, i128, i128, i128)] = &[
            (7, 2, 3, 1),
            (-7, 2, -4, 1),
            (7, -2, -4, -1),
            (-7, -2, 3, -1),
            (6, -3, -2, 0),
            ((1 << 100) + 1, -3, -422550200076076467165567735126, -1),
            (-(1 << 100), 7, -181092942889747057356671886483, 5),
        ];
        for &(a, b, q, r) in cases {
            assert_eq!(
                val(floordiv(int(a), int(b)).expect("a result")),
                q,
                "{a} // {b}"
            );
            assert_eq!(
                val(modulo(int(a), int(b)).expect("a result")),
                r,
                "{a} % {b}"
            );
        }
        assert_eq!(
            floordiv(int(1 << 100), int(0)).expect_err("an error"),
            ZERO_DIVISION
        );
        assert_eq!(modulo(int(1), int(0)).expect_err("an error"), ZERO_MODULO);
    }

    #[test]
    fn pow_cases() {
        assert_eq!(val(pow(int(2), int(100)).expect("a result")), 1 << 100);
        assert_eq!(val(pow(int(-3), int(3)).expect("a result")), -27);
        assert_eq!(val(pow(int(0), int(0)).expect("a result")), 1);
        assert_eq!(val(pow(int(-1), int(1 << 70)).expect("a result")), 1);
        assert_eq!(val(pow(int(-1), int((1 << 70) + 1)).expect("a result")), -1);
        assert_eq!(val(pow(int(0), int(1 << 70)).expect("a result")), 0);
        assert_eq!(pow(int(2), int(-1)).expect_err("an error"), NEGATIVE_POWER);
        assert_eq!(pow(int(2), int(1 << 70)).expect_err("an error"), MEMORY);
        assert_eq!(pow(int(2), int(1 << 41)).expect_err("an error"), MEMORY);
        assert_eq!(pow(int(1 << 100), int(3)).expect("a result").bit_len(), 301);
    }

    #[test]
    fn pow_mod_like_cpython() {
        // Values from python3.
        let cases: &[(i128, i128, i128, i128)] = &[
            (3, -1, 7, 5),
            (3, -1, -7, -2),
            (0, -1, 1, 0),
            (5, 0, -3, -2),
            (-3, 5, 7, 2),
            (6, -1, 1, 0),
            (6, -1, -1, 0),
            (0, 0, 5, 1),
            (2, 1 << 70, 1000, 216),
            (2, -(1 << 70), 1001, 438),
            (1 << 100, 1 << 64, (1 << 89) - 1, 33554432),
        ];
        for &(b, e, m, want) in cases {
            assert_eq!(
                val(pow_mod(int(b), int(e), int(m)).expect("a result")),
                want,
                "pow({b}, {e}, {m})"
            );
        }
        assert_eq!(
            pow_mod(int(2), int(3), int(0)).expect_err("an error"),
            POW_MOD_ZERO
        );
        assert_eq!(
            pow_mod(int(2), int(-1), int(4)).expect_err("an error"),
            NOT_INVERTIBLE
        );
    }

    #[test]
    fn shifts_like_cpython() {
        assert_eq!(shl(int(1), int(-1)).expect_err("an error"), NEGATIVE_SHIFT);
        assert_eq!(shl(int(0), int(-1)).expect_err("an error"), NEGATIVE_SHIFT);
        assert_eq!(shr(int(1), int(-1)).expect_err("an error"), NEGATIVE_SHIFT);
        assert_eq!(val(shl(int(0), int(1 << 70)).expect("a result")), 0);
        assert_eq!(
            shl(int(1), int(1 << 70)).expect_err("an error"),
            TOO_MANY_DIGITS
        );
        assert_eq!(shl(int(1), int(1 << 62)).expect_err("an error"), MEMORY);
        assert_eq!(shl(int(1), int(1 << 40)).expect_err("an error"), MEMORY);
        assert_eq!(val(shl(int(-3), int(100)).expect("a result")), -3 << 100);
        assert_eq!(val(shr(int(-5), int(1 << 70)).expect("a result")), -1);
        assert_eq!(val(shr(int(5), int(1 << 70)).expect("a result")), 0);
        assert_eq!(
            val(shr(int(-(1 << 100) - 1), int(99)).expect("a result")),
            -3
        );
        assert_eq!(val(shr(int(-5), int(1)).expect("a result")), -3);
    }

    #[test]
    fn bitwise_on_negatives() {
        let a = -(1i128 << 100) + 12345;
        let b = (1i128 << 90) - 7;
        assert_eq!(val(and(int(a), int(b))), a & b);
        assert_eq!(val(or(int(a), int(b))), a | b);
        assert_eq!(val(xor(int(a), int(b))), a ^ b);
        assert_eq!(val(invert(int(a))), !a);
    }

    #[test]
    fn hashes_like_cpython() {
        // Values from python3: hash(v).
        let cases: &[(i128, i64)] = &[
            (-1, -2),
            (-2, -2),
            (0, 0),
            ((1 << 61) - 1, 0),
            (1 << 61, 1),
            (-(1 << 61), -2),
            (1 << 100, 549755813888),
            (-(1 << 100) - 1, -549755813889),
            (-((1 << 61) - 1) - 1, -2),
            (i128::MAX, 31),
        ];
        for &(v, h) in cases {
            assert_eq!(hash(int(v)), h, "hash({v})");
        }
    }

    #[test]
    fn rounds_ints_like_cpython() {
        // Values from python3: round(v, n).
        let cases: &[(i128, i128, i128)] = &[
            (15, -1, 20),
            (25, -1, 20),
            (-25, -1, -20),
            (-15, -1, -20),
            (5, -1, 0),
            (12345, 2, 12345),
            (12350, -2, 12400),
            (12250, -2, 12200),
            (i64::MAX as i128, -18, 9_000_000_000_000_000_000),
            (i64::MAX as i128, -19, 10_000_000_000_000_000_000),
            (5_000_000_000_000_000_000, -19, 0),
            (5_000_000_000_000_000_001, -19, 10_000_000_000_000_000_000),
            ((1 << 100) + 5, -30, 1000000000000000000000000000000),
            (-(1 << 100), -29, -1300000000000000000000000000000),
            (7, 1 << 80, 7),
            (7, -(1 << 30), 0),
        ];
        for &(v, n, want) in cases {
            assert_eq!(
                val(round_ndigits(int(v), int(n)).expect("a result")),
                want,
                "round({v}, {n})"
            );
        }
        assert_eq!(
            round_ndigits(int(5), int(-(1 << 40))).expect_err("an error"),
            MEMORY
        );
    }

    #[test]
    fn compares_across_representations() {
        let vals = [
            -(1i128 << 100),
            -TWO_62 - 1,
            -TWO_62,
            -1,
            0,
            1,
            TWO_62 - 1,
            TWO_62,
            1 << 100,
        ];
        for &x in &vals {
            for &y in &vals {
                assert_eq!(cmp(int(x), int(y)), x.cmp(&y), "{x} <=> {y}");
            }
        }
        assert_eq!(val(bit_length(int(-TWO_62))), 63);
        assert_eq!(val(bit_length(int(1 << 100))), 101);
        assert_eq!(val(bit_length(int(0))), 0);
    }
}
