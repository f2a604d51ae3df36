//! Python `int`: the tagged word. Arithmetic lives in `int_ops.rs`.
//!
//! Every `int` crosses the ABI as one `i64` word, wrapped here as [`Int`]:
//!
//! - an **even** word is a *small* int whose value is `word >> 1`
//!   (arithmetic shift), in `[-2**62, 2**62)`;
//! - an **odd** word is a *big* int: `word - 1` is the address of a
//!   [`BigIntObject`] (see `object.rs`) holding the value.
//!
//! **Normalization invariant:** a big int object never holds a value in the
//! small range. Every function here returns normalized words, so a value has
//! exactly one representation when small, a small and a big int are never
//! equal, and a big int's sign alone orders it against every small one.
//!
//! Generated code does the common cases inline (two even words: add or
//! subtract with an overflow check, compare, bitwise ops, ...) and calls the
//! runtime only when an operand is big or the inline result overflowed, so
//! every function here accepts any combination of small and big operands and
//! has its own small/small fast path that allocates at most one big int.
//! Big values use [`dashu_int::IBig`], whose values up to 128 bits live
//! inline, so converting a small operand never allocates.
//!
//! Results agree with CPython 3.11 exactly, including its exceptions. The
//! pure functions return `Result<_, IntError>`; the `extern "C"` wrappers
//! raise. Absurd sizes (a result of more than [`MAX_BITS`] bits) raise
//! `MemoryError` up front instead of trying to allocate.

use std::borrow::Cow;
use std::cmp::Ordering;

use dashu_int::ops::{BitTest, UnsignedAbs};
use dashu_int::{IBig, Sign, UBig};

use crate::exc::{raise, ExcKind};
use crate::object::{alloc_bigint, BigIntObject};

/// Smallest value of a small int: `-2**62`.
pub const SMALL_MIN: i64 = -(1 << 62);
/// Largest value of a small int: `2**62 - 1`.
pub const SMALL_MAX: i64 = (1 << 62) - 1;

/// Largest result, in bits, the runtime attempts to build (`2**40` bits =
/// 128 GiB); anything larger raises `MemoryError` at once, as CPython's
/// allocation would fail.
pub const MAX_BITS: u64 = 1 << 40;

/// A Python `int` as one tagged machine word (see the module docs).
///
/// `#[repr(transparent)]` over `i64`: this is the ABI type of every `int`
/// argument and result. Safe Rust code can only build normalized, valid
/// words; [`Int::from_raw`] is the unsafe way in.
#[repr(transparent)]
#[derive(Clone, Copy)]
pub struct Int(i64);

/// The decoded value of an [`Int`].
#[derive(Clone, Copy, Debug)]
pub enum IntRef {
    /// A small int's value, in `[SMALL_MIN, SMALL_MAX]`.
    Small(i64),
    /// A big int's value, outside the small range. Big int objects never
    /// change, but the collector frees them once unreachable: the `'static`
    /// reference is valid only while the `Int` it came from is alive (held
    /// in a local, an argument or a root; see `docs/gc.md`).
    Big(&'static IBig),
}

use IntRef::{Big, Small};

impl std::fmt::Debug for Int {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.view() {
            Small(v) => write!(f, "Int({v})"),
            Big(b) => write!(f, "Int(big {b})"),
        }
    }
}

/// Why an int operation has no result: the exception CPython raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntError {
    pub kind: ExcKind,
    pub msg: &'static str,
}

impl IntError {
    pub(crate) const fn new(kind: ExcKind, msg: &'static str) -> Self {
        IntError { kind, msg }
    }

    /// Raises the exception.
    pub fn raise(self) -> ! {
        raise(self.kind, self.msg)
    }
}

/// `a // b` or `divmod(a, b)` with `b == 0`.
pub const ZERO_DIVISION: IntError = IntError::new(
    ExcKind::ZeroDivisionError,
    "integer division or modulo by zero",
);
/// `a % b` with `b == 0`.
pub const ZERO_MODULO: IntError =
    IntError::new(ExcKind::ZeroDivisionError, "integer modulo by zero");
/// `a ** b` with `b < 0` (a float in CPython, which kiln typed as int).
pub const NEGATIVE_POWER: IntError = IntError::new(
    ExcKind::ValueError,
    "kiln: int ** negative int gives a float, which kiln cannot type here; \
     write float(base) ** exp",
);
/// `pow(a, b, 0)`.
pub const POW_MOD_ZERO: IntError =
    IntError::new(ExcKind::ValueError, "pow() 3rd argument cannot be 0");
/// `pow(a, -b, m)` with `gcd(a, m) != 1`.
pub const NOT_INVERTIBLE: IntError = IntError::new(
    ExcKind::ValueError,
    "base is not invertible for the given modulus",
);
/// `a << n` or `a >> n` with `n < 0`.
pub const NEGATIVE_SHIFT: IntError = IntError::new(ExcKind::ValueError, "negative shift count");
/// CPython's size limit on an int object (`_PyLong_New`).
pub const TOO_MANY_DIGITS: IntError =
    IntError::new(ExcKind::OverflowError, "too many digits in integer");
/// A result too large to allocate.
pub const MEMORY: IntError = IntError::new(ExcKind::MemoryError, "");

impl Int {
    /// The int 0.
    pub const ZERO: Int = Int(0);
    /// The int 1.
    pub const ONE: Int = Int(2);
    /// The int -1.
    pub const MINUS_ONE: Int = Int(-2);

    /// Whether `v` is in the small range.
    #[inline]
    pub const fn fits_small(v: i64) -> bool {
        SMALL_MIN <= v && v <= SMALL_MAX
    }

    /// The word of a value known to be in the small range.
    #[inline]
    pub(crate) const fn small_unchecked(v: i64) -> Int {
        debug_assert!(Int::fits_small(v));
        Int(v << 1)
    }

    /// The small int `v`, or `None` outside the small range.
    #[inline]
    pub const fn small(v: i64) -> Option<Int> {
        if Int::fits_small(v) {
            Some(Int(v << 1))
        } else {
            None
        }
    }

    /// The int `v` (a big int outside the small range).
    #[inline]
    pub fn from_i64(v: i64) -> Int {
        match Int::small(v) {
            Some(i) => i,
            None => Int::new_big(IBig::from(v)),
        }
    }

    /// The int `v`.
    #[inline]
    pub fn from_i128(v: i128) -> Int {
        match i64::try_from(v) {
            Ok(v) => Int::from_i64(v),
            Err(_) => Int::new_big(IBig::from(v)),
        }
    }

    /// The int `v`, normalized (small if it fits).
    pub fn from_ibig(v: IBig) -> Int {
        match i64::try_from(&v).ok().and_then(Int::small) {
            Some(i) => i,
            None => Int::new_big(v),
        }
    }

    /// Allocates a big int; `v` must be outside the small range.
    pub(crate) fn new_big(v: IBig) -> Int {
        debug_assert!(i64::try_from(&v).map_or(true, |s| !Int::fits_small(s)));
        let p = alloc_bigint(v);
        // Objects are 8-byte aligned, so the tag bit is free.
        Int(p.expose_provenance() as i64 | 1)
    }

    /// The raw tagged word.
    #[inline]
    pub const fn raw(self) -> i64 {
        self.0
    }

    /// An `Int` from a raw word.
    ///
    /// # Safety
    /// `w` must be even, or `w - 1` must be the address of a live
    /// [`BigIntObject`] from [`alloc_bigint`] whose value is outside the
    /// small range.
    #[inline]
    pub const unsafe fn from_raw(w: i64) -> Int {
        Int(w)
    }

    /// Whether this is a small int (an even word).
    #[inline]
    pub const fn is_small(self) -> bool {
        self.0 & 1 == 0
    }

    /// The value, decoded.
    #[inline]
    pub fn view(self) -> IntRef {
        if self.is_small() {
            Small(self.0 >> 1)
        } else {
            let p = std::ptr::with_exposed_provenance::<BigIntObject>((self.0 - 1) as usize);
            // SAFETY: odd words come from `new_big` (or `from_raw`, whose
            // caller vouches for them): `p` is a never-written BigIntObject,
            // alive because this word is (the collector scans the stack).
            Big(unsafe { &(*p).value })
        }
    }

    /// The value as an `IBig` (borrowed for a big int; small values are
    /// converted without allocating).
    #[inline]
    pub fn as_ibig(self) -> Cow<'static, IBig> {
        match self.view() {
            Small(v) => Cow::Owned(IBig::from(v)),
            Big(b) => Cow::Borrowed(b),
        }
    }

    /// The value as an owned `IBig`.
    pub fn to_ibig(self) -> IBig {
        self.as_ibig().into_owned()
    }

    /// `abs(self)` as a `UBig` (a copy of a big int's magnitude).
    pub fn magnitude(self) -> UBig {
        self.to_ibig().unsigned_abs()
    }

    /// The value if it fits in `i128`.
    pub fn to_i128(self) -> Option<i128> {
        match self.view() {
            Small(v) => Some(i128::from(v)),
            Big(b) => i128::try_from(b).ok(),
        }
    }

    /// The value if it fits an `i64` (what CPython calls index-sized: small ints, and big ones
    /// in [-2**63, 2**63)).
    #[inline]
    pub fn to_i64(self) -> Option<i64> {
        match self.view() {
            Small(v) => Some(v),
            Big(b) => i64::try_from(b).ok(),
        }
    }

    /// The value of a small int.
    #[inline]
    pub fn small_value(self) -> Option<i64> {
        match self.view() {
            Small(v) => Some(v),
            Big(_) => None,
        }
    }

    /// Whether the value is 0.
    #[inline]
    pub const fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// Whether the value is negative.
    #[inline]
    pub fn is_negative(self) -> bool {
        match self.view() {
            Small(v) => v < 0,
            Big(b) => b.sign() == Sign::Negative,
        }
    }

    /// Number of bits of `abs(self)` (`int.bit_length()`).
    pub fn bit_len(self) -> u64 {
        match self.view() {
            Small(v) => u64::from(64 - v.unsigned_abs().leading_zeros()),
            Big(b) => b.bit_len() as u64,
        }
    }

    /// Whether two ints have the same value.
    pub fn same_value(self, other: Int) -> bool {
        cmp(self, other) == Ordering::Equal
    }
}

pub use crate::int_ops::*;
