//! The in-memory layout of runtime objects shared with generated code.
//!
//! A Python `int` is one tagged word (see `int.rs`): small values are held
//! in the word itself; larger ones point (with the low bit set) to a
//! [`BigIntObject`], allocated only by [`alloc_bigint`].
//!
//! A Python `str` is a pointer to a [`StrObject`] header immediately followed
//! by `len` bytes of UTF-8 (no NUL terminator). The compiler emits string
//! constants as LLVM globals of type `{ i64 1, i64 len, i64 nchars,
//! [len x i8] }`, i.e. with the [`STATIC_BIT`] set; the runtime allocates
//! every other string through [`alloc_str`].
//!
//! Both allocators take memory from the garbage collector (`gc`), which
//! frees objects no root refers to any more; the header word's bits are
//! described in `gc/kind.rs`.
//!
//! Guarantees: every `StrObject` reachable from generated code holds valid
//! UTF-8 and a correct `nchars`; static objects are never written or freed.

use dashu_int::IBig;

use crate::exc::{raise, ExcKind};
use crate::gc::{self, kind::Kind};

pub use crate::gc::kind::STATIC_BIT;

/// Header of a Python `str`; the UTF-8 bytes follow it directly in memory.
#[repr(C)]
#[derive(Debug)]
pub struct StrObject {
    /// Header word (see `gc/kind.rs`); bit 0 ([`STATIC_BIT`]) marks a
    /// compiler-emitted constant.
    pub header: u64,
    /// Length of the UTF-8 data in bytes.
    pub len: u64,
    /// Number of code points (what Python's `len()` returns).
    pub nchars: u64,
    /// `hash(s)` once computed for a heap string, else [`NOT_HASHED`] (static strings are
    /// read-only and never keep it).
    pub hash: i64,
}

/// The `hash` field of a string whose hash is not known yet (no str hashes to -1).
pub const NOT_HASHED: i64 = -1;

/// The empty string, shared by every operation that produces one.
pub static EMPTY_STR: StrObject = StrObject {
    header: STATIC_BIT,
    len: 0,
    nchars: 0,
    hash: 0,
};

/// Allocates an uninitialised heap string with room for `len` bytes.
///
/// `header` is set (kind `str`), `len` to `len` and `nchars` to 0; the
/// caller fills the bytes (see [`str_data_mut`]) and sets `nchars`. Raises
/// `MemoryError` when the size is unrepresentable or the allocation fails,
/// like CPython. May run a collection first (see [`gc::alloc`]).
///
/// One byte more than needed is reserved, so a pointer just past the data
/// (the end of a byte loop) still points into the object for the
/// collector.
pub fn alloc_str(len: u64) -> *mut StrObject {
    let size = usize::try_from(len)
        .ok()
        .and_then(|n| n.checked_add(std::mem::size_of::<StrObject>() + 1))
        .filter(|&size| size <= isize::MAX as usize);
    let Some(size) = size else {
        raise(ExcKind::MemoryError, "")
    };
    let p = gc::alloc(Kind::Str, size, 0).cast::<StrObject>();
    // SAFETY: `p` is a fresh 8-byte aligned allocation of `size` bytes;
    // `alloc` wrote the header.
    unsafe {
        (*p).len = len;
        (*p).nchars = 0;
        (*p).hash = NOT_HASHED;
    }
    p
}

/// The bytes of a freshly allocated string, for the allocator's caller to fill.
///
/// # Safety
/// `s` must come from [`alloc_str`] and not yet be shared.
pub unsafe fn str_data_mut<'a>(s: *mut StrObject) -> &'a mut [u8] {
    // SAFETY: alloc_str reserved `len` bytes right after the header.
    unsafe { std::slice::from_raw_parts_mut(s.add(1).cast::<u8>(), (*s).len as usize) }
}

/// The UTF-8 bytes of a string.
///
/// # Safety
/// `s` must point to a valid `StrObject` (static or from [`alloc_str`]).
pub unsafe fn str_bytes<'a>(s: *const StrObject) -> &'a [u8] {
    // SAFETY: the layout contract puts `len` bytes right after the header.
    // `len` fits in usize because the object exists in memory.
    unsafe { std::slice::from_raw_parts(s.add(1).cast::<u8>(), (*s).len as usize) }
}

/// A string's contents as `&str`.
///
/// # Safety
/// As for [`str_bytes`]; the layout contract guarantees valid UTF-8.
pub unsafe fn str_as_str<'a>(s: *const StrObject) -> &'a str {
    // SAFETY: caller passes a valid object, whose data is UTF-8 by contract.
    let bytes = unsafe { str_bytes(s) };
    debug_assert!(std::str::from_utf8(bytes).is_ok());
    // SAFETY: valid UTF-8 by the layout contract (checked in debug builds).
    unsafe { std::str::from_utf8_unchecked(bytes) }
}

/// Number of code points of a string.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
pub unsafe fn str_nchars(s: *const StrObject) -> u64 {
    // SAFETY: caller passes a valid object.
    unsafe { (*s).nchars }
}

/// Makes a new runtime string holding `text`.
pub fn new_str(text: &str) -> *const StrObject {
    new_str_counted(text, text.chars().count() as u64)
}

/// Makes a new runtime string holding `text`, whose code-point count the
/// caller already knows (saves a pass over the data).
pub fn new_str_counted(text: &str, nchars: u64) -> *const StrObject {
    if text.is_empty() {
        return &EMPTY_STR;
    }
    let p = alloc_str(text.len() as u64);
    // SAFETY: `p` is fresh from alloc_str with room for `text.len()` bytes.
    unsafe {
        str_data_mut(p).copy_from_slice(text.as_bytes());
        (*p).nchars = nchars;
    }
    p
}

/// A heap `int` too large for a small-int word.
///
/// Generated code never reads past `header`: it only passes the tagged
/// word (the object's address + 1) back to the runtime. The value is never
/// in the small range (`int.rs` normalizes every result), and the object is
/// immutable once allocated until the collector frees it.
#[repr(C)]
#[derive(Debug)]
pub struct BigIntObject {
    /// Header word, as for [`StrObject`] (kind `int`).
    pub header: u64,
    /// The value (sign and magnitude).
    pub value: IBig,
}

/// Allocates a big int object holding `value` and returns its address
/// (8-byte aligned, so the low bit is free for the int tag).
///
/// Raises `MemoryError` if the allocation fails. May run a collection first
/// (see [`gc::alloc`]); the digit buffer `value` owns counts toward the
/// next one, and is freed when the object dies ([`finalize_bigint`]).
#[inline]
pub fn alloc_bigint(value: IBig) -> *mut BigIntObject {
    let external = digit_buffer_bytes(&value);
    let p = gc::alloc(Kind::BigInt, std::mem::size_of::<BigIntObject>(), external)
        .cast::<BigIntObject>();
    // SAFETY: `p` is a fresh allocation with the layout of a BigIntObject;
    // `alloc` wrote the header, which is kept.
    unsafe { std::ptr::addr_of_mut!((*p).value).write(value) };
    p
}

/// Bytes of the heap buffer an `IBig` owns (dashu keeps up to two words
/// inline).
fn digit_buffer_bytes(value: &IBig) -> usize {
    let words = value.as_sign_words().1;
    if words.len() > 2 {
        std::mem::size_of_val(words)
    } else {
        0
    }
}

/// The collector's finalizer for big ints: frees the digit buffer.
///
/// # Safety
/// `obj` must be a dead `BigIntObject` that is never used again.
pub unsafe fn finalize_bigint(obj: *mut u64) {
    // SAFETY: per the contract, the value is initialized and dropped once.
    unsafe { std::ptr::drop_in_place(std::ptr::addr_of_mut!((*obj.cast::<BigIntObject>()).value)) };
}

/// The collector's external size of a big int: its digit buffer.
///
/// # Safety
/// `obj` must be a live `BigIntObject`.
pub unsafe fn bigint_external_bytes(obj: *const u64) -> usize {
    // SAFETY: per the contract, the value is initialized.
    digit_buffer_bytes(unsafe { &(*obj.cast::<BigIntObject>()).value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bigint_layout() {
        assert_eq!(std::mem::align_of::<BigIntObject>(), 8);
        assert_eq!(std::mem::offset_of!(BigIntObject, header), 0);
        let p = alloc_bigint(IBig::from(1u128 << 100));
        assert_eq!(p as usize % 8, 0);
        unsafe {
            assert_eq!((*p).header, Kind::BigInt.header());
            assert_eq!((*p).value, IBig::from(1u128 << 100));
        }
    }

    #[test]
    fn header_layout_matches_codegen() {
        assert_eq!(std::mem::size_of::<StrObject>(), 32);
        assert_eq!(std::mem::align_of::<StrObject>(), 8);
    }

    #[test]
    fn new_str_round_trips() {
        let s = new_str("héllo €");
        unsafe {
            assert_eq!(str_as_str(s), "héllo €");
            assert_eq!((*s).len, 10);
            assert_eq!(str_nchars(s), 7);
            assert_eq!((*s).header & STATIC_BIT, 0);
        }
        let e = new_str("");
        unsafe {
            assert_eq!(str_as_str(e), "");
            assert_eq!((*e).header & STATIC_BIT, STATIC_BIT);
        }
    }
}
