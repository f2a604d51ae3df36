//! Object headers and the kind table: what the collector knows about each
//! kind of object.
//!
//! Every object, static or collected, starts with a `u64` header word:
//!
//! | bits | meaning |
//! | --- | --- |
//! | 0 | [`STATIC_BIT`]: a constant emitted by the compiler (or a runtime `static`), outside the collected heap, never marked, freed or written |
//! | 1 | [`MARK_BIT`]: set while marking; clear outside a collection |
//! | 2 | [`ALLOC_BIT`]: set on every allocated object of the collected heap; a free cell's first word is a free-list link (8-aligned, so this bit is clear) |
//! | 3..8 | reserved, 0 |
//! | 8..16 | the [`Kind`] |
//! | 16..64 | reserved, 0 |
//!
//! String literals emitted by codegen have header 1 (static, kind `Str`).
//!
//! A kind says how to *trace* an object (visit the references it holds;
//! `None` for pointer-free payloads such as string bytes and big-int digits,
//! which are never scanned) and how to *finalize* it (release what it owns
//! outside the collected heap when it dies, e.g. a big int's digit buffer).
//! Containers (lists, dicts, tuples, instances) become new kinds with a
//! precise `trace` that calls [`Marker::visit_word`](super::Marker::visit_word)
//! or [`Marker::visit_object`](super::Marker::visit_object) on each slot.

use super::Marker;
use crate::object::{bigint_external_bytes, finalize_bigint};

/// Header bit of objects emitted as constants by the compiler.
pub const STATIC_BIT: u64 = 1 << 0;
/// Header bit set on reachable objects during a collection.
pub const MARK_BIT: u64 = 1 << 1;
/// Header bit of every allocated object of the collected heap.
pub const ALLOC_BIT: u64 = 1 << 2;
/// Position of the kind byte in the header.
pub const KIND_SHIFT: u32 = 8;
/// The kind byte of the header.
pub const KIND_MASK: u64 = 0xff << KIND_SHIFT;

/// The kinds of objects in the collected heap (the header's kind byte).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A `StrObject`: no references.
    Str = 0,
    /// A `BigIntObject`: no references; owns a digit buffer outside the heap.
    BigInt = 1,
    /// A test-only container of two traced words (checks the mark stack).
    #[cfg(test)]
    TestNode = 2,
    /// A list's element buffer of words that may be references: traced by
    /// its list, never by itself.
    Buffer = 3,
    /// A pointer-free buffer (floats, bools): never scanned.
    RawBuffer = 4,
    /// A `ListObject`.
    List = 5,
    /// A `TupleObject`.
    Tuple = 6,
    /// A `DictObject` (its index table and entries are buffers).
    Dict = 7,
    /// A `SetObject` (a `set` or `frozenset`; its table is a buffer).
    Set = 8,
    /// An `ExcObject` (a Python exception).
    Exception = 9,
    /// A `TbEntry` (one frame of a traceback).
    Traceback = 10,
    /// An `InstanceObject` (an instance of a class of the program).
    Instance = 11,
    /// A generator object: a coroutine frame, scanned conservatively.
    Generator = 12,
}

impl Kind {
    /// The header of a freshly allocated object of this kind.
    #[inline]
    pub const fn header(self) -> u64 {
        ALLOC_BIT | (self as u64) << KIND_SHIFT
    }
}

/// What the collector does with the objects of one kind.
pub struct KindInfo {
    /// The kind's name (for debugging and statistics).
    pub name: &'static str,
    /// Visits every reference the object holds; `None` for objects without
    /// references, which are never scanned.
    pub trace: Option<unsafe fn(*mut u64, &mut Marker<'_>)>,
    /// Releases what a dead object owns outside the collected heap.
    pub finalize: Option<unsafe fn(*mut u64)>,
    /// Bytes a live object owns outside the collected heap (counted in the
    /// live size that sets the next collection's threshold).
    pub external_bytes: Option<unsafe fn(*const u64) -> usize>,
}

/// The kind table, indexed by [`Kind`].
static KINDS: &[KindInfo] = &[
    KindInfo {
        name: "str",
        trace: None,
        finalize: None,
        external_bytes: None,
    },
    KindInfo {
        name: "int",
        trace: None,
        finalize: Some(finalize_bigint),
        external_bytes: Some(bigint_external_bytes),
    },
    #[cfg(test)]
    KindInfo {
        name: "test node",
        trace: Some(super::tests::trace_test_node),
        finalize: None,
        external_bytes: None,
    },
    // Kind 2 (`TestNode`) exists only in tests; elsewhere its slot is empty.
    #[cfg(not(test))]
    UNKNOWN,
    KindInfo {
        name: "buffer",
        trace: None,
        finalize: None,
        external_bytes: None,
    },
    KindInfo {
        name: "raw buffer",
        trace: None,
        finalize: None,
        external_bytes: None,
    },
    KindInfo {
        name: "list",
        trace: Some(crate::list::trace_list),
        finalize: None,
        external_bytes: None,
    },
    KindInfo {
        name: "tuple",
        trace: Some(crate::list::trace_tuple),
        finalize: None,
        external_bytes: None,
    },
    KindInfo {
        name: "dict",
        trace: Some(crate::dict::trace_dict),
        finalize: None,
        external_bytes: None,
    },
    KindInfo {
        name: "set",
        trace: Some(crate::set::trace_set),
        finalize: None,
        external_bytes: None,
    },
    KindInfo {
        name: "exception",
        trace: Some(crate::exception::trace_exception),
        finalize: None,
        external_bytes: None,
    },
    KindInfo {
        name: "traceback",
        trace: Some(crate::exception::trace_traceback),
        finalize: None,
        external_bytes: None,
    },
    KindInfo {
        name: "instance",
        trace: Some(crate::instance::trace_instance),
        finalize: None,
        external_bytes: None,
    },
    KindInfo {
        name: "generator",
        trace: Some(crate::generator::trace_generator),
        finalize: None,
        external_bytes: None,
    },
];

/// A kind without behaviour, for a corrupted kind byte (never expected).
const UNKNOWN: KindInfo = KindInfo {
    name: "unknown",
    trace: None,
    finalize: None,
    external_bytes: None,
};

static UNKNOWN_KIND: KindInfo = UNKNOWN;

/// The kind information of an object with this header.
#[inline]
pub fn info(header: u64) -> &'static KindInfo {
    KINDS
        .get(((header & KIND_MASK) >> KIND_SHIFT) as usize)
        .unwrap_or(&UNKNOWN_KIND)
}

/// The external bytes of a live object (see [`KindInfo::external_bytes`]).
///
/// # Safety
/// `obj` must be a live allocated object whose header is `header`.
#[inline]
pub unsafe fn external_bytes(header: u64, obj: *const u64) -> usize {
    match info(header).external_bytes {
        // SAFETY: the caller passes a live object of this kind.
        Some(f) => unsafe { f(obj) },
        None => 0,
    }
}

/// Finalizes a dead object (see [`KindInfo::finalize`]).
///
/// # Safety
/// `obj` must be an allocated object whose header is `header`, unreachable
/// and about to be freed; it is not used again.
#[inline]
pub unsafe fn finalize(header: u64, obj: *mut u64) {
    if let Some(f) = info(header).finalize {
        // SAFETY: the caller passes a dead object of this kind.
        unsafe { f(obj) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_match_the_table() {
        assert_eq!(info(Kind::Str.header()).name, "str");
        assert_eq!(info(Kind::BigInt.header()).name, "int");
        assert_eq!(info(Kind::TestNode.header()).name, "test node");
        assert_eq!(info(Kind::List.header()).name, "list");
        assert_eq!(info(Kind::Tuple.header()).name, "tuple");
        assert_eq!(info(Kind::Dict.header()).name, "dict");
        assert_eq!(info(Kind::Set.header()).name, "set");
        assert_eq!(info(Kind::Generator.header()).name, "generator");
        // A codegen string literal has header 1: static, kind str.
        assert_eq!(info(STATIC_BIT).name, "str");
        assert_eq!(info(0xff << KIND_SHIFT).name, "unknown");
        assert_eq!(Kind::BigInt.header(), 0x104);
    }
}
