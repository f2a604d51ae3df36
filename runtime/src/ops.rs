//! Generic value operations driven by a [`TypeDesc`]: `repr()`, `str()`,
//! `==`, ordering comparisons and `hash()`, for every type a word can hold
//! (see `value.rs`).
//!
//! Each operation equals CPython 3.11's for the same value, including the
//! exceptions it raises, with two documented deviations: floats are
//! unboxed, so CPython's identity shortcut inside containers (`[x] == [x]`
//! is true for one NaN object `x`) cannot apply and elements compare with
//! plain `==`; and `hash()` of NaN and of `None`, which CPython 3.11
//! derives from object addresses, is a fixed number here.
//!
//! The Rust functions return [`Result`] so the containers' code (and the
//! tests) can use them; the `extern "C"` wrappers raise.

use std::cmp::Ordering;
use std::hash::Hasher;

use siphasher::sip::SipHasher13;

use crate::dict::{self, DictObject};
use crate::exc::ExcKind;
use crate::exception::ExcObject;
use crate::float::float_repr;
use crate::instance::InstanceObject;
use crate::int::Int;
use crate::int_ops::{self, HASH_MODULUS};
use crate::int_text::int_to_str;
use crate::list::{list_items, tuple_items, ListObject, TupleObject};
use crate::object::{new_str, str_as_str, str_bytes, StrObject};
use crate::set::{self, SetObject};
use crate::str::repr_str;
use crate::value::{Tag, TypeDesc};

pub use crate::error::{OrRaise, PyError as Error, PyResult as Result};

/// The comparison operators of [`kiln_rt_compare`], by ABI number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOp {
    /// The operator with ABI number `n` (unknown numbers read as `==`,
    /// which never raises).
    pub fn from_u32(n: u32) -> CmpOp {
        match n {
            0 => CmpOp::Lt,
            1 => CmpOp::Le,
            3 => CmpOp::Ne,
            4 => CmpOp::Gt,
            5 => CmpOp::Ge,
            _ => CmpOp::Eq,
        }
    }

    /// The operator as written in Python.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// Whether `ord` (of `a` against `b`) satisfies the operator.
    pub fn holds(self, ord: Ordering) -> bool {
        match self {
            CmpOp::Lt => ord == Ordering::Less,
            CmpOp::Le => ord != Ordering::Greater,
            CmpOp::Eq => ord == Ordering::Equal,
            CmpOp::Ne => ord != Ordering::Equal,
            CmpOp::Gt => ord == Ordering::Greater,
            CmpOp::Ge => ord != Ordering::Less,
        }
    }
}

/// The descriptor a tuple carries (for a tuple of tag [`Tag::Args`]).
///
/// # Safety
/// `w` must be a tuple.
unsafe fn own_desc<'a>(w: u64) -> &'a TypeDesc {
    // SAFETY: a tuple holds its descriptor.
    unsafe { &*(*(w as *const TupleObject)).desc }
}

/// The Python class name of values of type `desc` (as in CPython's error
/// messages).
pub fn type_name(desc: &TypeDesc) -> &'static str {
    match desc.tag() {
        Tag::Never => "never",
        Tag::None => "NoneType",
        Tag::Bool => "bool",
        Tag::Int => "int",
        Tag::Float => "float",
        Tag::Str => "str",
        Tag::Bytes => "bytes",
        Tag::List => "list",
        Tag::Tuple | Tag::Args => "tuple",
        Tag::Dict => "dict",
        Tag::Set => "set",
        Tag::FrozenSet => "frozenset",
        Tag::Exception => "BaseException",
        Tag::Instance => "object",
        Tag::Generator => "generator",
    }
}

/// An int word as an [`Int`].
#[inline]
pub fn int_word(w: u64) -> Int {
    // SAFETY: words of type int are valid tagged ints (value.rs guarantee).
    unsafe { Int::from_raw(w as i64) }
}

/// A str word as text.
///
/// # Safety
/// `w` must be a str word (a valid `StrObject` pointer).
#[inline]
pub unsafe fn str_word<'a>(w: u64) -> &'a str {
    // SAFETY: per the contract.
    unsafe { str_as_str(w as *const StrObject) }
}

/// Appends `repr(w)` to `out`. Fails only for an int of more than 4300
/// digits (CPython's `ValueError`).
///
/// # Safety
/// `w` must be a valid value of type `desc`.
pub unsafe fn repr_into(out: &mut String, w: u64, desc: &TypeDesc) -> Result<()> {
    // SAFETY (whole body): `w` is a value of type `desc`, so its elements
    // are values of the argument types.
    unsafe {
        match desc.tag() {
            Tag::Never => {}
            Tag::None => out.push_str("None"),
            Tag::Bool => out.push_str(if w != 0 { "True" } else { "False" }),
            Tag::Int => match int_to_str(int_word(w)) {
                Ok(text) => out.push_str(&text),
                Err(e) => return Err(Error::new(e.kind, e.msg)),
            },
            Tag::Float => out.push_str(&float_repr(f64::from_bits(w))),
            Tag::Str => out.push_str(&repr_str(str_word(w))),
            Tag::Bytes => out.push_str(&crate::bytes::repr(str_bytes(w as *const StrObject))),
            Tag::Exception => crate::exception::repr_into(out, w as *const ExcObject)?,
            Tag::Instance => out.push_str(&crate::instance::repr(w as *const InstanceObject)),
            Tag::Args => repr_into(out, w, own_desc(w))?,
            Tag::Generator => out.push_str(&format!("<generator object at {w:#x}>")),
            Tag::List => {
                let elem = desc.arg(0);
                out.push('[');
                for (i, &x) in list_items(w as *const ListObject).iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    repr_into(out, x, elem)?;
                }
                out.push(']');
            }
            Tag::Tuple => {
                let items = tuple_items(w as *const TupleObject);
                out.push('(');
                for (i, &x) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    repr_into(out, x, desc.arg(i))?;
                }
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Tag::Dict => {
                let d = w as *const DictObject;
                let (kd, vd) = (desc.arg(0), desc.arg(1));
                let default = (*d).default != 0;
                let counter = (*d).default == dict::COUNTER;
                if counter {
                    // `Counter()`, or `Counter({...})` from the most common.
                    if (*d).len == 0 {
                        out.push_str("Counter()");
                        return Ok(());
                    }
                    out.push_str("Counter(");
                } else if default {
                    out.push_str("defaultdict(<class '");
                    // The factory: the class of the values.
                    out.push_str(type_name(vd));
                    out.push_str("'>, ");
                }
                let items: Vec<(u64, u64)> = match counter {
                    true => dict::most_common(d),
                    false => dict::live_entries(d).collect(),
                };
                out.push('{');
                for (i, &(k, v)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    repr_into(out, k, kd)?;
                    out.push_str(": ");
                    repr_into(out, v, vd)?;
                }
                out.push('}');
                if default {
                    out.push(')');
                }
            }
            Tag::Set | Tag::FrozenSet => {
                let s = w as *const SetObject;
                let frozen = desc.tag() == Tag::FrozenSet;
                let name = type_name(desc);
                if (*s).len == 0 {
                    out.push_str(name);
                    out.push_str("()");
                    return Ok(());
                }
                if frozen {
                    out.push_str("frozenset(");
                }
                out.push('{');
                let elem = desc.arg(0);
                for (i, x) in set::live_keys(s).enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    repr_into(out, x, elem)?;
                }
                out.push('}');
                if frozen {
                    out.push(')');
                }
            }
        }
    }
    Ok(())
}

/// `repr(w)` as a Rust string.
///
/// # Safety
/// `w` must be a valid value of type `desc`.
pub unsafe fn repr(w: u64, desc: &TypeDesc) -> Result<String> {
    let mut out = String::new();
    // SAFETY: per the contract.
    unsafe { repr_into(&mut out, w, desc)? };
    Ok(out)
}

/// `str(w)` as a Rust string: `repr` except that a str is itself.
///
/// # Safety
/// `w` must be a valid value of type `desc`.
pub unsafe fn str_of(w: u64, desc: &TypeDesc) -> Result<String> {
    if desc.tag() == Tag::Str {
        // SAFETY: a str word.
        return Ok(unsafe { str_word(w) }.to_string());
    }
    if desc.tag() == Tag::Exception {
        // SAFETY: an exception word.
        return Ok(
            unsafe { str_as_str(crate::exception::str_of(w as *const ExcObject)) }.to_string(),
        );
    }
    if desc.tag() == Tag::Instance {
        // SAFETY: an instance word.
        return Ok(unsafe { crate::instance::str_of(w as *const InstanceObject) });
    }
    // SAFETY: per the contract.
    unsafe { repr(w, desc) }
}

/// `a == b` for two items of containers of type `desc`: CPython's `PyObject_RichCompareBool`,
/// which takes one object as equal to itself before asking its `__eq__`.
///
/// # Safety
/// `a` and `b` must be valid values of type `desc`.
pub unsafe fn item_eq(a: u64, b: u64, desc: &TypeDesc) -> bool {
    // SAFETY: per the contract. A float's word is its value, not an object, so equal words
    // are not the same object (a NaN stays unequal to itself).
    (a == b && desc.tag() != Tag::Float) || unsafe { eq(a, b, desc) }
}

/// `a == b` for two values of type `desc`.
///
/// Floats compare with IEEE `==` everywhere (NaN is unequal to itself even
/// inside containers, where CPython would first check identity; kiln's
/// floats have no identity).
///
/// # Safety
/// `a` and `b` must be valid values of type `desc`.
pub unsafe fn eq(a: u64, b: u64, desc: &TypeDesc) -> bool {
    // SAFETY (whole body): values of type `desc`.
    unsafe {
        match desc.tag() {
            Tag::Never | Tag::None => true,
            // Exceptions compare by identity, instances by `__eq__` or identity.
            Tag::Exception | Tag::Generator => a == b,
            Tag::Instance => {
                crate::instance::eq(a as *const InstanceObject, b as *const InstanceObject)
            }
            Tag::Bool => (a != 0) == (b != 0),
            Tag::Int => a == b || int_ops::cmp(int_word(a), int_word(b)) == Ordering::Equal,
            Tag::Float => f64::from_bits(a) == f64::from_bits(b),
            Tag::Str | Tag::Bytes => {
                a == b || str_bytes(a as *const StrObject) == str_bytes(b as *const StrObject)
            }
            Tag::List => {
                let (x, y) = (
                    list_items(a as *const ListObject),
                    list_items(b as *const ListObject),
                );
                let elem = desc.arg(0);
                x.len() == y.len() && x.iter().zip(y).all(|(&p, &q)| item_eq(p, q, elem))
            }
            Tag::Tuple => {
                let (x, y) = (
                    tuple_items(a as *const TupleObject),
                    tuple_items(b as *const TupleObject),
                );
                x.len() == y.len()
                    && x.iter()
                        .zip(y)
                        .enumerate()
                        .all(|(i, (&p, &q))| item_eq(p, q, desc.arg(i)))
            }
            Tag::Dict => dict::dict_eq(a as *const DictObject, b as *const DictObject),
            // Equal tuples of different item types hold equal numbers (`(1,) == (1.0,)`),
            // which their descriptors do not compare: kiln's typing refuses those.
            Tag::Args => std::ptr::eq(own_desc(a), own_desc(b)) && eq(a, b, own_desc(a)),
            Tag::Set | Tag::FrozenSet => {
                let (x, y) = (a as *const SetObject, b as *const SetObject);
                (*x).len == (*y).len && set::is_subset(x, y)
            }
        }
    }
}

/// The `TypeError` of an unsupported ordering comparison.
pub fn not_supported(op: CmpOp, left: &str, right: &str) -> Error {
    Error::new(
        ExcKind::TypeError,
        format!(
            "'{}' not supported between instances of '{left}' and '{right}'",
            op.symbol()
        ),
    )
}

/// `a <op> b` for two values of type `desc`, as CPython's rich comparison:
/// sequences lexicographically (the first unequal elements decide, with
/// the operator itself), sets by inclusion; dicts and `None` support only
/// `==` and `!=`.
///
/// # Safety
/// `a` and `b` must be valid values of type `desc`.
pub unsafe fn compare(a: u64, b: u64, desc: &TypeDesc, op: CmpOp) -> Result<bool> {
    // SAFETY (whole body): values of type `desc`.
    unsafe {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Ok(eq(a, b, desc) == (op == CmpOp::Eq));
        }
        Ok(match desc.tag() {
            Tag::Instance => {
                let (x, y) = (a as *const InstanceObject, b as *const InstanceObject);
                let ordered = match op {
                    CmpOp::Lt => crate::instance::lt(x, y),
                    CmpOp::Gt => crate::instance::gt(x, y),
                    _ => None,
                };
                match ordered {
                    Some(result) => result,
                    None => {
                        let name = crate::instance::class_name(x);
                        return Err(not_supported(op, name, name));
                    }
                }
            }
            Tag::Args if std::ptr::eq(own_desc(a), own_desc(b)) => {
                return compare(a, b, own_desc(a), op)
            }
            Tag::Never | Tag::None | Tag::Dict | Tag::Exception | Tag::Args | Tag::Generator => {
                let name = type_name(desc);
                return Err(not_supported(op, name, name));
            }
            Tag::Bool => op.holds((a != 0).cmp(&(b != 0))),
            Tag::Int => op.holds(int_ops::cmp(int_word(a), int_word(b))),
            Tag::Float => {
                let (x, y) = (f64::from_bits(a), f64::from_bits(b));
                match op {
                    CmpOp::Lt => x < y,
                    CmpOp::Le => x <= y,
                    CmpOp::Gt => x > y,
                    _ => x >= y,
                }
            }
            Tag::Str | Tag::Bytes => {
                op.holds(str_bytes(a as *const StrObject).cmp(str_bytes(b as *const StrObject)))
            }
            Tag::List => {
                let elem = desc.arg(0);
                compare_sequences(
                    list_items(a as *const ListObject),
                    list_items(b as *const ListObject),
                    |_| elem,
                    op,
                )?
            }
            Tag::Tuple => compare_sequences(
                tuple_items(a as *const TupleObject),
                tuple_items(b as *const TupleObject),
                |i| desc.arg(i),
                op,
            )?,
            Tag::Set | Tag::FrozenSet => {
                let (x, y) = (a as *const SetObject, b as *const SetObject);
                let (lx, ly) = ((*x).len, (*y).len);
                match op {
                    CmpOp::Lt => lx < ly && set::is_subset(x, y),
                    CmpOp::Le => set::is_subset(x, y),
                    CmpOp::Gt => lx > ly && set::is_subset(y, x),
                    _ => set::is_subset(y, x),
                }
            }
        })
    }
}

/// CPython's sequence comparison: find the first index where the elements
/// differ (by `==`); compare those with `op`, or the lengths if there is
/// none.
///
/// # Safety
/// Element `i` of both sequences must be a valid value of type `desc_of(i)`.
unsafe fn compare_sequences(
    x: &[u64],
    y: &[u64],
    desc_of: impl Fn(usize) -> &'static TypeDesc,
    op: CmpOp,
) -> Result<bool> {
    for (i, (&p, &q)) in x.iter().zip(y).enumerate() {
        let d = desc_of(i);
        // SAFETY: per the contract.
        unsafe {
            if !eq(p, q, d) {
                return compare(p, q, d, op);
            }
        }
    }
    Ok(op.holds(x.len().cmp(&y.len())))
}

/// `hash(None)`: CPython 3.11 hashes `None` by its address; kiln uses the
/// constant CPython 3.12 adopted.
pub const NONE_HASH: i64 = 0xFCA8_6420;

/// `hash(float('inf'))`.
pub const INF_HASH: i64 = 314_159;

/// `hash(x)` for a float, CPython's `_Py_HashDouble`: integral values hash
/// like the equal int, other finite values by their exact binary value
/// modulo `2**61 - 1`; `±inf` are `±314159`. NaN hashes by object identity
/// in CPython 3.11; kiln returns 0 (as CPython before 3.10).
pub fn hash_float(v: f64) -> i64 {
    const BITS: i32 = 61;
    if !v.is_finite() {
        return if v.is_nan() {
            0
        } else if v > 0.0 {
            INF_HASH
        } else {
            -INF_HASH
        };
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | x >> (BITS - 28);
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    x = ((x << e) & HASH_MODULUS) | x >> (BITS - e);
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// C's `frexp`: `v = m * 2**e` with `0.5 <= |m| < 1` (or `m = 0`), for a
/// finite `v`.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * f64::from_bits(0x43f0_0000_0000_0000)); // 2**64
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `hash(s)` with `PYTHONHASHSEED=0`: SipHash-1-3 with a zero key over
/// CPython's PEP 393 representation of the string (Latin-1 bytes if every
/// code point is below 256, else UCS-2 little-endian if below 65536, else
/// UCS-4 little-endian); `''` hashes to 0 and -1 becomes -2.
pub fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let mut hasher = SipHasher13::new_with_keys(0, 0);
    if s.is_ascii() {
        hasher.write(s.as_bytes());
    } else {
        let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
        let width = if max < 0x100 {
            1
        } else if max < 0x1_0000 {
            2
        } else {
            4
        };
        // Encode in chunks; the hasher buffers partial blocks itself.
        let mut buf = [0u8; 256];
        let mut n = 0;
        for c in s.chars() {
            let bytes = (c as u32).to_le_bytes();
            buf[n..n + width].copy_from_slice(&bytes[..width]);
            n += width;
            if n + 4 > buf.len() {
                hasher.write(&buf[..n]);
                n = 0;
            }
        }
        hasher.write(&buf[..n]);
    }
    let h = hasher.finish() as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(s)` of a str or bytes `s`, computed once per heap object and kept in it (dict
/// lookups hash the same key string again and again).
///
/// # Safety
/// `s` must be a valid string.
unsafe fn hash_str_object(
    s: *const StrObject,
    compute: impl FnOnce(*const StrObject) -> i64,
) -> i64 {
    // SAFETY: per the contract; only a heap string (not static, so writable) is written.
    unsafe {
        if (*s).hash != crate::object::NOT_HASHED {
            return (*s).hash;
        }
        let h = compute(s);
        if (*s).header & crate::object::STATIC_BIT == 0 {
            (*s.cast_mut()).hash = h;
        }
        h
    }
}

/// `hash(b)` of a bytes with `PYTHONHASHSEED=0`: SipHash-1-3 with a zero key over the bytes
/// (so equal to the hash of the Latin-1 `str` with the same code points); `b''` hashes to 0.
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let mut hasher = SipHasher13::new_with_keys(0, 0);
    hasher.write(b);
    match hasher.finish() as i64 {
        -1 => -2,
        h => h,
    }
}

/// CPython 3.11's tuple hash (an xxHash-style mix of the field hashes).
pub fn hash_tuple(field_hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let len = field_hashes.len() as u64;
    let mut acc = PRIME_5;
    for lane in field_hashes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add(len ^ (PRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    }
}

/// CPython 3.11's frozenset hash from its elements' hashes (the xor of
/// shuffled element hashes, then a final mix; independent of order).
pub fn hash_frozenset(len: usize, elem_hashes: impl Iterator<Item = i64>) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    let mut hash = elem_hashes.fold(0u64, |acc, h| acc ^ shuffle(h as u64));
    hash ^= (len as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        590_923_713
    } else {
        hash as i64
    }
}

/// The `TypeError` of hashing a mutable container.
pub fn unhashable(desc: &TypeDesc) -> Error {
    Error::new(
        ExcKind::TypeError,
        format!("unhashable type: '{}'", type_name(desc)),
    )
}

/// `hash(w)` exactly as CPython 3.11 with `PYTHONHASHSEED=0` (see the
/// module docs for NaN and `None`). Lists, dicts and sets are unhashable.
///
/// # Safety
/// `w` must be a valid value of type `desc`.
pub unsafe fn hash(w: u64, desc: &TypeDesc) -> Result<i64> {
    // SAFETY (whole body): `w` is a value of type `desc`.
    unsafe {
        Ok(match desc.tag() {
            Tag::Never => 0,
            Tag::None => NONE_HASH,
            // By identity, as CPython's `object.__hash__` (the address over 16).
            Tag::Exception | Tag::Generator => (w >> 4) as i64,
            Tag::Instance if (*(*(w as *const InstanceObject)).class).hash.is_some() => {
                let p = w as *const InstanceObject;
                match (*(*p).class).hash {
                    // As CPython: the int itself when it fits a word (-1 is -2), else its hash.
                    Some(method) => {
                        let h = method(1, p);
                        match h.to_i64() {
                            Some(-1) => -2,
                            Some(v) => v,
                            None => int_ops::hash(h),
                        }
                    }
                    None => 0,
                }
            }
            Tag::Instance => {
                let p = w as *const InstanceObject;
                if (*(*p).class).unhashable != 0 {
                    return Err(Error::new(
                        ExcKind::TypeError,
                        format!("unhashable type: '{}'", crate::instance::class_name(p)),
                    ));
                }
                (w >> 4) as i64
            }
            Tag::Bool => i64::from(w != 0),
            Tag::Int => int_ops::hash(int_word(w)),
            Tag::Float => hash_float(f64::from_bits(w)),
            Tag::Str => hash_str_object(w as *const StrObject, |s| hash_str(str_as_str(s))),
            Tag::Bytes => hash_str_object(w as *const StrObject, |s| hash_bytes(str_bytes(s))),
            Tag::Tuple => {
                let items = tuple_items(w as *const TupleObject);
                let mut hashes = Vec::with_capacity(items.len());
                for (i, &x) in items.iter().enumerate() {
                    hashes.push(hash(x, desc.arg(i))?);
                }
                hash_tuple(hashes.into_iter())
            }
            Tag::FrozenSet => {
                let s = w as *const SetObject;
                hash_frozenset((*s).len as usize, set::live_hashes(s))
            }
            Tag::Args => hash(w, own_desc(w))?,
            Tag::List | Tag::Dict | Tag::Set => return Err(unhashable(desc)),
        })
    }
}

/// `repr(w)` for a value of type `desc`.
///
/// # Safety
/// `w` must be a valid value of type `desc`, a valid descriptor.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_repr(w: u64, desc: *const TypeDesc) -> *const StrObject {
    // SAFETY: per the contract.
    new_str(&unsafe { repr(w, &*desc) }.or_raise())
}

/// `ascii(w)`: `repr(w)` with every non-ASCII character escaped (`\xe9`, `\u20ac`,
/// `\U0001f600`).
///
/// # Safety
/// As for [`kiln_rt_repr`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_ascii(w: u64, desc: *const TypeDesc) -> *const StrObject {
    // SAFETY: per the contract.
    let text = unsafe { repr(w, &*desc) }.or_raise();
    new_str(&ascii_escaped(&text))
}

/// `text` with its non-ASCII characters written as Python escapes.
fn ascii_escaped(text: &str) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let _ = match u32::from(c) {
            0..=0x7f => {
                out.push(c);
                Ok(())
            }
            n @ 0x80..=0xff => write!(out, "\\x{n:02x}"),
            n @ 0x100..=0xffff => write!(out, "\\u{n:04x}"),
            n => write!(out, "\\U{n:08x}"),
        };
    }
    out
}

/// `str(w)` for a value of type `desc` (a str is returned as is).
///
/// # Safety
/// As for [`kiln_rt_repr`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_of(w: u64, desc: *const TypeDesc) -> *const StrObject {
    // SAFETY: per the contract.
    unsafe {
        match (*desc).tag() {
            Tag::Str => w as *const StrObject,
            Tag::Exception => crate::exception::str_of(w as *const ExcObject),
            Tag::Instance => new_str(&crate::instance::str_of(w as *const InstanceObject)),
            _ => new_str(&repr(w, &*desc).or_raise()),
        }
    }
}

/// `a == b` (1 or 0) for two values of type `desc`.
///
/// # Safety
/// `a`, `b` must be valid values of type `desc`, a valid descriptor.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_eq(a: u64, b: u64, desc: *const TypeDesc) -> i32 {
    // SAFETY: per the contract.
    i32::from(unsafe { eq(a, b, &*desc) })
}

/// `a <op> b` (1 or 0) for two values of type `desc`; `op` is 0 `<`, 1
/// `<=`, 2 `==`, 3 `!=`, 4 `>`, 5 `>=`. Raises CPython's `TypeError` for
/// unordered types (`'<' not supported between instances of 'dict' and
/// 'dict'`).
///
/// # Safety
/// As for [`kiln_rt_eq`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_compare(a: u64, b: u64, desc: *const TypeDesc, op: u32) -> i32 {
    // SAFETY: per the contract.
    i32::from(unsafe { compare(a, b, &*desc, CmpOp::from_u32(op)) }.or_raise())
}

/// The builtin `hash(w)` as a Python int, for a value of type `desc` (as [`kiln_rt_hash`]).
///
/// # Safety
/// As for [`kiln_rt_repr`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_hash_value(w: u64, desc: *const TypeDesc) -> Int {
    // SAFETY: per the contract.
    Int::from_i64(unsafe { hash(w, &*desc) }.or_raise())
}

/// `hash(w)` (a raw `i64`) for a value of type `desc`; `TypeError:
/// unhashable type: 'list'` for lists, dicts and sets.
///
/// # Safety
/// As for [`kiln_rt_repr`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_hash(w: u64, desc: *const TypeDesc) -> i64 {
    // SAFETY: per the contract.
    unsafe { hash(w, &*desc) }.or_raise()
}
