//! `list` and `tuple` objects.
//!
//! A list is a [`ListObject`] whose elements are words (see `value.rs`) in a
//! separately allocated buffer of `cap` words, so the list keeps its address
//! when it grows. Generated code reads `len` and `items` directly (indexing
//! with a bounds check, `len()`, iteration) and appends inline while
//! `len < cap`; everything else calls the runtime.
//!
//! A tuple is a [`TupleObject`] with its words inline after the header.
//! Tuples are immutable once built.

use crate::exc::{raise, ExcKind};
use crate::gc::{self, kind::Kind, Marker};
use crate::value::TypeDesc;

/// A Python `list`.
#[repr(C)]
#[derive(Debug)]
pub struct ListObject {
    /// Header word (kind `list`).
    pub header: u64,
    /// Number of elements.
    pub len: i64,
    /// Capacity of `items`, in words.
    pub cap: i64,
    /// The elements: a buffer object's payload (see [`alloc_buffer`]), or
    /// null when `cap` is 0.
    pub items: *mut u64,
    /// The list's own type (`tag` List, `args[0]` the element type).
    pub desc: *const TypeDesc,
}

/// A Python `tuple`; `len` words follow the header.
#[repr(C)]
#[derive(Debug)]
pub struct TupleObject {
    /// Header word (kind `tuple`).
    pub header: u64,
    /// Number of elements.
    pub len: i64,
    /// The tuple's own type (`tag` Tuple, one argument per field).
    pub desc: *const TypeDesc,
}

/// Header of an element buffer; the words follow it.
#[repr(C)]
struct Buffer {
    header: u64,
}

/// Allocates a buffer for `cap` words and returns the address of its first
/// word. `traced` buffers are kinds the collector scans word by word
/// (through their owner); raw ones (floats, bools) are never scanned.
pub(crate) fn alloc_buffer(cap: i64, traced: bool) -> *mut u64 {
    let size = usize::try_from(cap)
        .ok()
        .and_then(|n| n.checked_mul(8))
        .and_then(|n| n.checked_add(std::mem::size_of::<Buffer>()))
        .filter(|&n| n <= isize::MAX as usize);
    let Some(size) = size else {
        raise(ExcKind::MemoryError, "")
    };
    let kind = if traced {
        Kind::Buffer
    } else {
        Kind::RawBuffer
    };
    let p = gc::alloc(kind, size, 0);
    // SAFETY: the payload starts right after the one-word header.
    unsafe { p.add(1) }
}

/// The element type of a list.
///
/// # Safety
/// `list` must be a valid list.
pub unsafe fn elem_desc(list: *const ListObject) -> &'static TypeDesc {
    // SAFETY: every list carries a valid descriptor with one argument.
    unsafe { (*(*list).desc).arg(0) }
}

/// Allocates an empty list of type `desc` with room for `cap` elements.
pub fn alloc_list(desc: *const TypeDesc, cap: i64) -> *mut ListObject {
    let p = gc::alloc(Kind::List, std::mem::size_of::<ListObject>(), 0).cast::<ListObject>();
    // SAFETY: `p` is a fresh allocation of a ListObject's size; the header is set.
    unsafe {
        (*p).len = 0;
        (*p).cap = 0;
        (*p).items = std::ptr::null_mut();
        (*p).desc = desc;
    }
    if cap > 0 {
        // SAFETY: `p` is the valid list just made.
        unsafe { reserve(p, cap) };
    }
    p
}

/// Makes a list of type `desc` holding `words`.
pub fn list_from_words(desc: *const TypeDesc, words: &[u64]) -> *mut ListObject {
    let list = alloc_list(desc, words.len() as i64);
    // SAFETY: `alloc_list` reserved room for every word.
    unsafe {
        std::ptr::copy_nonoverlapping(words.as_ptr(), (*list).items, words.len());
        (*list).len = words.len() as i64;
    }
    list
}

/// The elements of a list.
///
/// # Safety
/// `list` must be valid and not be resized while the slice lives.
pub unsafe fn list_items<'a>(list: *const ListObject) -> &'a [u64] {
    // SAFETY: `items` holds `len` initialized words (or is null with len 0).
    unsafe {
        if (*list).len == 0 {
            &[]
        } else {
            std::slice::from_raw_parts((*list).items, (*list).len as usize)
        }
    }
}

/// Makes sure the list has room for `cap` elements, growing by at least
/// one eighth (amortized O(1) appends, like CPython's over-allocation).
///
/// # Safety
/// `list` must be valid.
pub unsafe fn reserve(list: *mut ListObject, cap: i64) {
    // SAFETY: caller passes a valid list.
    unsafe {
        if cap <= (*list).cap {
            return;
        }
        let grown = (*list)
            .cap
            .saturating_add((*list).cap >> 3)
            .saturating_add(6);
        let cap = cap.max(grown);
        let items = alloc_buffer(cap, elem_desc(list).is_traced());
        if (*list).len > 0 {
            std::ptr::copy_nonoverlapping((*list).items, items, (*list).len as usize);
        }
        (*list).items = items;
        (*list).cap = cap;
    }
}

/// `list.append(word)` when the list is full (generated code stores inline
/// while `len < cap`).
///
/// # Safety
/// `list` must be a valid list and `word` a value of its element type.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_append(list: *mut ListObject, word: u64) {
    // SAFETY: per the contract.
    unsafe {
        let len = (*list).len;
        reserve(list, len + 1);
        (*list).items.add(len as usize).write(word);
        (*list).len = len + 1;
    }
}

/// A new list of type `desc` with room for `cap` elements (generated code
/// fills `items` and sets `len`).
#[no_mangle]
pub extern "C" fn kiln_rt_list_new(desc: *const TypeDesc, cap: i64) -> *mut ListObject {
    alloc_list(desc, cap)
}

/// Allocates a tuple of type `desc` with `len` words, all 0 (the caller
/// fills them before the tuple is shared).
pub fn alloc_tuple(desc: *const TypeDesc, len: i64) -> *mut TupleObject {
    let size = usize::try_from(len)
        .ok()
        .and_then(|n| n.checked_mul(8))
        .and_then(|n| n.checked_add(std::mem::size_of::<TupleObject>()));
    let Some(size) = size else {
        raise(ExcKind::MemoryError, "")
    };
    let p = gc::alloc(Kind::Tuple, size, 0).cast::<TupleObject>();
    // SAFETY: fresh allocation of `size` bytes.
    unsafe {
        (*p).len = len;
        (*p).desc = desc;
        std::ptr::write_bytes(tuple_items_mut(p), 0, len as usize);
    }
    p
}

/// The first word of a tuple.
///
/// # Safety
/// `t` must be a tuple allocated by [`alloc_tuple`] (or an equal static).
pub unsafe fn tuple_items_mut(t: *mut TupleObject) -> *mut u64 {
    // SAFETY: the words follow the header.
    unsafe { t.add(1).cast::<u64>() }
}

/// The words of a tuple.
///
/// # Safety
/// `t` must be a valid tuple.
pub unsafe fn tuple_items<'a>(t: *const TupleObject) -> &'a [u64] {
    // SAFETY: `len` words follow the header.
    unsafe { std::slice::from_raw_parts(t.add(1).cast::<u64>(), (*t).len as usize) }
}

/// A new tuple of type `desc` with `len` zero words (generated code fills them).
#[no_mangle]
pub extern "C" fn kiln_rt_tuple_new(desc: *const TypeDesc, len: i64) -> *mut TupleObject {
    alloc_tuple(desc, len)
}

/// Traces a list: its buffer and, if the elements may be references, each
/// element.
///
/// # Safety
/// `obj` must be a live list.
pub unsafe fn trace_list(obj: *mut u64, marker: &mut Marker<'_>) {
    let list = obj.cast::<ListObject>();
    // SAFETY: a live list has a valid buffer (or null) and descriptor.
    unsafe {
        if (*list).items.is_null() {
            return;
        }
        marker.visit_object((*list).items.sub(1));
        let elem = elem_desc(list);
        if elem.is_traced() {
            for &word in list_items(list) {
                marker.visit_value(word, elem);
            }
        }
    }
}

/// Traces a tuple's reference fields.
///
/// # Safety
/// `obj` must be a live tuple.
pub unsafe fn trace_tuple(obj: *mut u64, marker: &mut Marker<'_>) {
    let tuple = obj.cast::<TupleObject>();
    // SAFETY: a live tuple has a valid descriptor with one argument per field.
    unsafe {
        let desc = &*(*tuple).desc;
        for (i, &word) in tuple_items(tuple).iter().enumerate() {
            marker.visit_value(word, desc.arg(i));
        }
    }
}
