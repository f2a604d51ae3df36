//! Property tests of the tagged-word int operations against `i128`
//! arithmetic, on random operands concentrated around the boundaries of the
//! small range (±2**62), i64 (±2**63), u64 (2**64) and up to ±2**100.
//!
//! Every result is also checked for normalization: a value in the small
//! range must come back as an even word, any other as an odd one.

use std::cmp::Ordering;

use proptest::prelude::*;

use crate::int::{self, Int, HASH_MODULUS};
use crate::int_float::{int_float_cmp, int_to_float, int_truediv};
use crate::int_text::{int_from_decimal, int_to_base, int_to_decimal};
use crate::parse::parse_int;

const ANCHORS: &[i128] = &[
    0,
    1 << 32,
    1 << 53,
    1 << 62,
    1 << 63,
    1 << 64,
    1 << 100,
    -(1 << 32),
    -(1 << 53),
    -(1 << 62),
    -(1 << 63),
    -(1 << 64),
    -(1 << 100),
];

/// Operands within about ±2**100, mostly near the interesting boundaries.
fn operand() -> impl Strategy<Value = i128> {
    prop_oneof![
        4 => (0..ANCHORS.len(), -300i128..300).prop_map(|(i, d)| ANCHORS[i] + d),
        3 => (1u32..=101, any::<i128>()).prop_map(|(bits, r)| r >> (128 - bits)),
        1 => any::<i64>().prop_map(i128::from),
        1 => -20i128..20,
    ]
}

fn int(v: i128) -> Int {
    Int::from_i128(v)
}

/// The value of a result, after checking it is normalized.
fn val(a: Int) -> i128 {
    let v = a.to_i128().expect("result fits i128");
    let small = i64::try_from(v).is_ok_and(Int::fits_small);
    assert_eq!(a.is_small(), small, "{v} not normalized");
    v
}

/// Python's floor division and modulo.
fn floor_divmod(a: i128, b: i128) -> (i128, i128) {
    let (q, r) = (a / b, a % b);
    if r != 0 && (r < 0) != (b < 0) {
        (q - 1, r + b)
    } else {
        (q, r)
    }
}

/// CPython's hash of an int, straight from its definition.
fn ref_hash(a: i128) -> i64 {
    let m = (a.unsigned_abs() % u128::from(HASH_MODULUS)) as i64;
    let h = if a < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn encode_decode_round_trips(v in any::<i128>()) {
        let a = int(v);
        prop_assert_eq!(val(a), v);
        if a.is_small() {
            prop_assert_eq!(a.raw(), (v as i64) << 1);
        } else {
            prop_assert_eq!(a.raw() & 1, 1);
        }
        prop_assert_eq!(val(Int::from_ibig(a.to_ibig())), v);
    }

    #[test]
    fn add_sub_mul(a in operand(), b in operand()) {
        prop_assert_eq!(val(int::add(int(a), int(b))), a + b);
        prop_assert_eq!(val(int::sub(int(a), int(b))), a - b);
        if let Some(p) = a.checked_mul(b) {
            prop_assert_eq!(val(int::mul(int(a), int(b))), p);
        }
    }

    #[test]
    fn floordiv_mod(a in operand(), b in operand()) {
        if b == 0 {
            prop_assert_eq!(int::floordiv(int(a), int(b)).expect_err("an error"), int::ZERO_DIVISION);
            prop_assert_eq!(int::modulo(int(a), int(b)).expect_err("an error"), int::ZERO_MODULO);
        } else {
            let (q, r) = floor_divmod(a, b);
            prop_assert_eq!(val(int::floordiv(int(a), int(b)).expect("a result")), q);
            prop_assert_eq!(val(int::modulo(int(a), int(b)).expect("a result")), r);
        }
    }

    #[test]
    fn bitwise_and_unary(a in operand(), b in operand()) {
        prop_assert_eq!(val(int::and(int(a), int(b))), a & b);
        prop_assert_eq!(val(int::or(int(a), int(b))), a | b);
        prop_assert_eq!(val(int::xor(int(a), int(b))), a ^ b);
        prop_assert_eq!(val(int::invert(int(a))), !a);
        prop_assert_eq!(val(int::neg(int(a))), -a);
        prop_assert_eq!(val(int::abs(int(a))), a.abs());
        prop_assert_eq!(int::cmp(int(a), int(b)), a.cmp(&b));
        prop_assert_eq!(int::hash(int(a)), ref_hash(a));
        let bits = 128 - a.unsigned_abs().leading_zeros();
        prop_assert_eq!(val(int::bit_length(int(a))), i128::from(bits));
    }

    #[test]
    fn shifts(a in operand(), n in 0i128..140) {
        let shifted = if n < 127 { a.checked_shl(n as u32).filter(|s| s >> n == a) } else { None };
        if a == 0 {
            prop_assert_eq!(val(int::shl(int(a), int(n)).expect("a result")), 0);
        } else if let Some(s) = shifted {
            prop_assert_eq!(val(int::shl(int(a), int(n)).expect("a result")), s);
        }
        prop_assert_eq!(val(int::shr(int(a), int(n)).expect("a result")), a >> n.min(127));
        prop_assert_eq!(int::shl(int(a), int(-n - 1)).expect_err("an error"), int::NEGATIVE_SHIFT);
        prop_assert_eq!(int::shr(int(a), int(-n - 1)).expect_err("an error"), int::NEGATIVE_SHIFT);
    }

    #[test]
    fn powers(base in -3000i128..3000, exp in 0i128..45) {
        if let Some(p) = base.checked_pow(exp as u32) {
            prop_assert_eq!(val(int::pow(int(base), int(exp)).expect("a result")), p);
        }
    }

    #[test]
    fn pow_mod_small(base in operand(), exp in 0i128..1000, m in -(1i128 << 62)..(1 << 62)) {
        prop_assume!(m != 0);
        // Square and multiply in u128 (|m| < 2**62).
        let c = m.unsigned_abs();
        let mut x = base.rem_euclid(m.abs()) as u128;
        let (mut e, mut r) = (exp, 1 % c);
        while e > 0 {
            if e & 1 == 1 {
                r = r * x % c;
            }
            x = x * x % c;
            e >>= 1;
        }
        let r = r as i128;
        let want = if m < 0 && r != 0 { r + m } else { r };
        prop_assert_eq!(val(int::pow_mod(int(base), int(exp), int(m)).expect("a result")), want);
    }

    #[test]
    fn float_conversions(a in operand(), b in operand()) {
        // i128 -> f64 is correctly rounded (ties to even), like CPython.
        prop_assert_eq!(int_to_float(int(a)).expect("a result").to_bits(), (a as f64).to_bits());
        // Integral floats below 2**127 convert to i128 exactly.
        for f in [a as f64, b as f64, (a as f64).next_up(), (b as f64).next_down()] {
            let want = match a.cmp(&(f as i128)) {
                Ordering::Equal if f != f.trunc() => if f > f.trunc() { -1 } else { 1 },
                o => o as i32,
            };
            prop_assert_eq!(int_float_cmp(int(a), f), want, "{} <=> {:e}", a, f);
        }
        if b != 0 && a.unsigned_abs() <= 1 << 53 && b.unsigned_abs() <= 1 << 53 {
            let q = int_truediv(int(a), int(b)).expect("a result");
            prop_assert_eq!(q.to_bits(), (a as f64 / b as f64).to_bits());
        }
    }

    #[test]
    fn text_round_trips(a in operand()) {
        let text = int_to_decimal(int(a));
        prop_assert_eq!(&text, &a.to_string());
        prop_assert_eq!(val(Int::from_ibig(parse_int(&text).expect("a result"))), a);
        prop_assert_eq!(val(int_from_decimal(text.as_bytes()).expect("a result")), a);
        let sign = if a < 0 { "-" } else { "" };
        let m = a.unsigned_abs();
        prop_assert_eq!(int_to_base(int(a), 16).expect("a result"), format!("{sign}{m:#x}"));
        prop_assert_eq!(int_to_base(int(a), 8).expect("a result"), format!("{sign}0o{m:o}"));
        prop_assert_eq!(int_to_base(int(a), 2).expect("a result"), format!("{sign}{m:#b}"));
    }
}
