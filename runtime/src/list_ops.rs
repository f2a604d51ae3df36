//! `list` methods, indexing and slicing, and the `tuple` operations beyond
//! construction.
//!
//! Indices are `int` words of any size. As in CPython, an index that does
//! not fit a machine word is an `IndexError` (`cannot fit 'int' into an
//! index-sized integer`) for subscripts and an `OverflowError` (`Python int
//! too large to convert to C ssize_t`) for method arguments (`insert`,
//! `pop`). Slice bounds are `int` words or [`NONE_INT`] for an omitted
//! bound, clamped as CPython's `PySlice_Unpack` and
//! `PySlice_AdjustIndices` do.
//!
//! The runtime allocates while it edits lists only when every word it still
//! needs is reachable from a list (words held only in Rust `Vec`s, which
//! the collector does not scan, are never kept across an allocation).
//! The Rust functions return `ops::Result` (for tests); the exported ones
//! raise.

use crate::exc::ExcKind;
use crate::int::{Int, IntRef};
use crate::list::{
    alloc_list, alloc_tuple, elem_desc, list_from_words, list_items, reserve, tuple_items,
    tuple_items_mut, ListObject, TupleObject,
};
use crate::ops::{self, Error, OrRaise, Result};
use crate::value::{TypeDesc, NONE_INT};

pub use crate::list_sort::{kiln_rt_list_sort, sort};

/// The subscript of a sequence as a machine integer; `IndexError` if it
/// does not fit.
pub fn subscript_index(idx: Int) -> Result<i64> {
    idx.to_i64().ok_or_else(|| {
        Error::new(
            ExcKind::IndexError,
            "cannot fit 'int' into an index-sized integer",
        )
    })
}

/// A method's index argument as a machine integer; `OverflowError` if it
/// does not fit.
pub fn ssize_arg(idx: Int) -> Result<i64> {
    idx.to_i64().ok_or_else(|| {
        Error::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )
    })
}

/// `i`, counted from the end if negative, if it is in `0..len`.
fn normalize(i: i64, len: i64) -> Option<usize> {
    let i = if i < 0 { i + len } else { i };
    (0..len).contains(&i).then_some(i as usize)
}

/// A slice resolved against a sequence length: the selected positions are
/// `start + k * step` for `k` in `0..len`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slice {
    /// First position.
    pub start: i64,
    /// Stop position (exclusive) as CPython adjusts it.
    pub stop: i64,
    /// Step, never 0.
    pub step: i64,
    /// Number of positions selected.
    pub len: i64,
}

impl Slice {
    /// The selected positions, in slice order.
    pub fn positions(self) -> impl ExactSizeIterator<Item = usize> {
        (0..self.len as usize).map(move |k| (self.start + k as i64 * self.step) as usize)
    }
}

/// A slice bound word as CPython's `_PyEval_SliceIndex` reads it: `None`
/// for [`NONE_INT`], big ints clamped to the `i64` range.
fn bound(w: u64) -> Option<i64> {
    if w == NONE_INT {
        return None;
    }
    Some(match ops::int_word(w).view() {
        IntRef::Small(v) => v,
        IntRef::Big(b) => {
            if b.sign() == dashu_int::Sign::Negative {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    })
}

/// `slice(start, stop, step).indices(length)` plus the slice length:
/// CPython's `PySlice_Unpack` and `PySlice_AdjustIndices`. `ValueError:
/// slice step cannot be zero`.
pub fn slice_indices(start: u64, stop: u64, step: u64, length: i64) -> Result<Slice> {
    let step = match bound(step) {
        None => 1,
        Some(0) => return Err(Error::new(ExcKind::ValueError, "slice step cannot be zero")),
        // So that -step cannot overflow.
        Some(s) => s.max(-i64::MAX),
    };
    let start = bound(start).unwrap_or(if step < 0 { i64::MAX } else { 0 });
    let stop = bound(stop).unwrap_or(if step < 0 { i64::MIN } else { i64::MAX });
    let adjust = |mut i: i64| {
        if i < 0 {
            i += length;
            if i < 0 {
                i = if step < 0 { -1 } else { 0 };
            }
        } else if i >= length {
            i = if step < 0 { length - 1 } else { length };
        }
        i
    };
    let (start, stop) = (adjust(start), adjust(stop));
    // Steps ±1 (nearly every slice) need no division.
    let len = if step == 1 {
        (stop - start).max(0)
    } else if step == -1 {
        (start - stop).max(0)
    } else if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok(Slice {
        start,
        stop,
        step,
        len,
    })
}

/// `l[idx]`.
///
/// # Safety
/// `l` must be a valid list.
pub unsafe fn getitem(l: *const ListObject, idx: Int) -> Result<u64> {
    let i = subscript_index(idx)?;
    // SAFETY: per the contract.
    let items = unsafe { list_items(l) };
    match normalize(i, items.len() as i64) {
        Some(i) => Ok(items[i]),
        None => Err(Error::new(ExcKind::IndexError, "list index out of range")),
    }
}

/// `l[idx] = w`.
///
/// # Safety
/// `l` must be a valid list and `w` a value of its element type.
pub unsafe fn setitem(l: *mut ListObject, idx: Int, w: u64) -> Result<()> {
    let i = subscript_index(idx)?;
    // SAFETY: per the contract; the position is checked.
    unsafe {
        match normalize(i, (*l).len) {
            Some(i) => {
                (*l).items.add(i).write(w);
                Ok(())
            }
            None => Err(Error::new(
                ExcKind::IndexError,
                "list assignment index out of range",
            )),
        }
    }
}

/// Removes `count` elements at `at` (shifting the tail down).
///
/// # Safety
/// `l` must be a valid list and `at + count <= len`.
unsafe fn remove_range(l: *mut ListObject, at: usize, count: usize) {
    // SAFETY: per the contract.
    unsafe {
        let len = (*l).len as usize;
        let items = (*l).items;
        std::ptr::copy(items.add(at + count), items.add(at), len - at - count);
        (*l).len = (len - count) as i64;
    }
}

/// `del l[idx]`.
///
/// # Safety
/// `l` must be a valid list.
pub unsafe fn delitem(l: *mut ListObject, idx: Int) -> Result<()> {
    let i = subscript_index(idx)?;
    // SAFETY: per the contract; the position is checked.
    unsafe {
        match normalize(i, (*l).len) {
            Some(i) => {
                remove_range(l, i, 1);
                Ok(())
            }
            None => Err(Error::new(
                ExcKind::IndexError,
                "list assignment index out of range",
            )),
        }
    }
}

/// `l[start:stop:step]` as a new list of `l`'s type.
///
/// # Safety
/// `l` must be a valid list; bounds are int words or [`NONE_INT`].
pub unsafe fn slice(
    l: *const ListObject,
    start: u64,
    stop: u64,
    step: u64,
) -> Result<*mut ListObject> {
    // SAFETY: per the contract; the new list has room for `s.len` words.
    unsafe {
        let s = slice_indices(start, stop, step, (*l).len)?;
        let out = alloc_list((*l).desc, s.len);
        let (src, dst) = ((*l).items, (*out).items);
        for (k, p) in s.positions().enumerate() {
            dst.add(k).write(*src.add(p));
        }
        (*out).len = s.len;
        Ok(out)
    }
}

/// `l[start:stop:step] = other` (`other` may be `l`).
///
/// # Safety
/// `l` and `other` must be valid lists of the same type.
pub unsafe fn set_slice(
    l: *mut ListObject,
    start: u64,
    stop: u64,
    step: u64,
    other: *const ListObject,
) -> Result<()> {
    // SAFETY: per the contract.
    unsafe {
        let s = slice_indices(start, stop, step, (*l).len)?;
        with_words(list_items(other).iter().copied(), |words| {
            assign(l, s, words)
        })
    }
}

/// Runs `f` on `words` collected into a buffer outside the collected heap (on the stack when
/// short). The words stay reachable from where they were read (the caller's lists, which are
/// not written before `f` allocates), so the collector need not see the buffer.
fn with_words<T>(words: impl ExactSizeIterator<Item = u64>, f: impl FnOnce(&[u64]) -> T) -> T {
    const SHORT: usize = 32;
    let n = words.len();
    if n <= SHORT {
        let mut buffer = [0u64; SHORT];
        buffer.iter_mut().zip(words).for_each(|(slot, w)| *slot = w);
        f(&buffer[..n])
    } else {
        f(&words.collect::<Vec<u64>>())
    }
}

/// Stores `words` into the positions `s` selects of `l`: any length for step 1, else exactly
/// `s.len` words (`ValueError` otherwise). `l` may grow (and allocate) before any item of it
/// is overwritten.
///
/// # Safety
/// `l` must be a valid list whose item type the words have.
unsafe fn assign(l: *mut ListObject, s: Slice, words: &[u64]) -> Result<()> {
    let n = words.len() as i64;
    // SAFETY: per the contract; `reserve` makes room for `new_len` items.
    unsafe {
        if s.step == 1 {
            let lo = s.start;
            let hi = s.stop.max(lo);
            let len = (*l).len;
            let new_len = len - (hi - lo) + n;
            reserve(l, new_len);
            let items = (*l).items;
            std::ptr::copy(
                items.add(hi as usize),
                items.add((lo + n) as usize),
                (len - hi) as usize,
            );
            std::ptr::copy_nonoverlapping(words.as_ptr(), items.add(lo as usize), words.len());
            (*l).len = new_len;
            return Ok(());
        }
        if n != s.len {
            return Err(Error::new(
                ExcKind::ValueError,
                format!(
                    "attempt to assign sequence of size {n} to extended slice of size {}",
                    s.len
                ),
            ));
        }
        for (p, &w) in s.positions().zip(words) {
            (*l).items.add(p).write(w);
        }
        Ok(())
    }
}

/// `del l[start:stop:step]`.
///
/// # Safety
/// `l` must be a valid list; bounds are int words or [`NONE_INT`].
pub unsafe fn del_slice(l: *mut ListObject, start: u64, stop: u64, step: u64) -> Result<()> {
    // SAFETY: per the contract; positions are within the list.
    unsafe {
        let len = (*l).len;
        let s = slice_indices(start, stop, step, len)?;
        if s.len == 0 {
            return Ok(());
        }
        if s.step == 1 {
            remove_range(l, s.start as usize, s.len as usize);
            return Ok(());
        }
        let mut doomed = vec![false; len as usize];
        for p in s.positions() {
            doomed[p] = true;
        }
        let items = (*l).items;
        let mut kept = 0;
        for (i, &gone) in doomed.iter().enumerate() {
            if !gone {
                items.add(kept).write(*items.add(i));
                kept += 1;
            }
        }
        (*l).len = kept as i64;
        Ok(())
    }
}

/// `l.extend(other)` / `l += other` for a list of the same type (`other`
/// may be `l`).
///
/// # Safety
/// `l` and `other` must be valid lists of the same type.
pub unsafe fn extend(l: *mut ListObject, other: *const ListObject) {
    // SAFETY: per the contract; `reserve` keeps the old elements and
    // `other` is read after it (its buffer is `l`'s new one if `l == other`).
    unsafe {
        let len = (*l).len;
        let n = (*other).len;
        reserve(l, len + n);
        std::ptr::copy_nonoverlapping((*other).items, (*l).items.add(len as usize), n as usize);
        (*l).len = len + n;
    }
}

/// `l.insert(idx, w)`.
///
/// # Safety
/// `l` must be a valid list and `w` a value of its element type.
pub unsafe fn insert(l: *mut ListObject, idx: Int, w: u64) -> Result<()> {
    let i = ssize_arg(idx)?;
    // SAFETY: per the contract; `at <= len`.
    unsafe {
        let len = (*l).len;
        let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
        reserve(l, len + 1);
        let items = (*l).items;
        std::ptr::copy(items.add(at), items.add(at + 1), len as usize - at);
        items.add(at).write(w);
        (*l).len = len + 1;
    }
    Ok(())
}

/// `l.pop(idx)`.
///
/// # Safety
/// `l` must be a valid list.
pub unsafe fn pop(l: *mut ListObject, idx: Int) -> Result<u64> {
    let i = ssize_arg(idx)?;
    // SAFETY: per the contract; the position is checked.
    unsafe {
        if (*l).len == 0 {
            return Err(Error::new(ExcKind::IndexError, "pop from empty list"));
        }
        match normalize(i, (*l).len) {
            Some(i) => {
                let w = *(*l).items.add(i);
                remove_range(l, i, 1);
                Ok(w)
            }
            None => Err(Error::new(ExcKind::IndexError, "pop index out of range")),
        }
    }
}

/// The position of the first element equal to `w`.
///
/// # Safety
/// `l` must be a valid list and `w` a value of its element type.
pub unsafe fn find(l: *const ListObject, w: u64) -> Option<usize> {
    // SAFETY: per the contract.
    unsafe {
        let d = elem_desc(l);
        list_items(l).iter().position(|&x| ops::item_eq(x, w, d))
    }
}

/// `l.remove(w)`.
///
/// # Safety
/// `l` must be a valid list and `w` a value of its element type.
pub unsafe fn remove(l: *mut ListObject, w: u64) -> Result<()> {
    // SAFETY: per the contract.
    unsafe {
        match find(l, w) {
            Some(i) => {
                remove_range(l, i, 1);
                Ok(())
            }
            None => Err(Error::new(
                ExcKind::ValueError,
                "list.remove(x): x not in list",
            )),
        }
    }
}

/// `l.index(w)`: `ValueError: <repr(w)> is not in list`.
///
/// # Safety
/// `l` must be a valid list and `w` a value of its element type.
pub unsafe fn index(l: *const ListObject, w: u64, start: u64, stop: u64) -> Result<i64> {
    // SAFETY: per the contract.
    unsafe {
        let len = (*l).len;
        // Bounds as CPython's list.index reads them: negative ones count from the end.
        let clamp = |b: Option<i64>, default: i64| match b {
            None => default,
            Some(b) if b < 0 => b.saturating_add(len).max(0),
            Some(b) => b.min(len),
        };
        let (start, stop) = (clamp(bound(start), 0), clamp(bound(stop), len));
        let d = elem_desc(l);
        let items = list_items(l);
        let found = (start..stop).find(|&i| ops::item_eq(items[i as usize], w, d));
        match found {
            Some(i) => Ok(i),
            None => Err(Error::new(
                ExcKind::ValueError,
                format!("{} is not in list", ops::repr(w, elem_desc(l))?),
            )),
        }
    }
}

/// `l * n` (a new list; `n <= 0` gives `[]`). `OverflowError` for an `n`
/// beyond `i64`, `MemoryError` when the result cannot exist.
///
/// # Safety
/// `l` must be a valid list.
pub unsafe fn repeat(l: *const ListObject, n: Int) -> Result<*mut ListObject> {
    let Some(n) = n.to_i64() else {
        return Err(Error::new(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        ));
    };
    // SAFETY: per the contract; the new list has room for `total` words.
    unsafe {
        let len = (*l).len;
        if n <= 0 || len == 0 {
            return Ok(alloc_list((*l).desc, 0));
        }
        let total = match len.checked_mul(n) {
            Some(t) if t <= isize::MAX as i64 / 8 => t,
            _ => return Err(Error::new(ExcKind::MemoryError, "")),
        };
        let out = alloc_list((*l).desc, total);
        let (src, dst) = ((*l).items, (*out).items);
        for k in 0..n as usize {
            std::ptr::copy_nonoverlapping(src, dst.add(k * len as usize), len as usize);
        }
        (*out).len = total;
        Ok(out)
    }
}

/// `t[idx]`.
///
/// # Safety
/// `t` must be a valid tuple.
pub unsafe fn tuple_getitem(t: *const TupleObject, idx: Int) -> Result<u64> {
    let i = subscript_index(idx)?;
    // SAFETY: per the contract.
    let items = unsafe { tuple_items(t) };
    match normalize(i, items.len() as i64) {
        Some(i) => Ok(items[i]),
        None => Err(Error::new(ExcKind::IndexError, "tuple index out of range")),
    }
}

/// The position of the first element of `t` equal to `w`.
///
/// # Safety
/// `t` must be a valid tuple whose elements are all of type `elem`, and
/// `w` a value of that type.
pub unsafe fn tuple_find(t: *const TupleObject, w: u64, elem: &TypeDesc) -> Option<usize> {
    // SAFETY: per the contract.
    unsafe {
        tuple_items(t)
            .iter()
            .position(|&x| ops::item_eq(x, w, elem))
    }
}

/// `l[idx]`; `IndexError: list index out of range`.
///
/// # Safety
/// `l` must be a valid list (also for every `kiln_rt_list_*` function
/// below; element words are values of its element type, and two lists
/// passed together have the same type).
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_getitem(l: *const ListObject, idx: Int) -> u64 {
    // SAFETY: per the contract.
    unsafe { getitem(l, idx) }.or_raise()
}

/// `l[idx] = w`; `IndexError: list assignment index out of range`.
///
/// # Safety
/// See [`kiln_rt_list_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_setitem(l: *mut ListObject, idx: Int, w: u64) {
    // SAFETY: per the contract.
    unsafe { setitem(l, idx, w) }.or_raise()
}

/// `del l[idx]`; `IndexError: list assignment index out of range`.
///
/// # Safety
/// See [`kiln_rt_list_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_delitem(l: *mut ListObject, idx: Int) {
    // SAFETY: per the contract.
    unsafe { delitem(l, idx) }.or_raise()
}

/// `l[start:stop:step]` (bounds: int words or `NONE_INT` = 1).
///
/// # Safety
/// See [`kiln_rt_list_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_slice(
    l: *const ListObject,
    start: u64,
    stop: u64,
    step: u64,
) -> *mut ListObject {
    // SAFETY: per the contract.
    unsafe { slice(l, start, stop, step) }.or_raise()
}

/// `l[start:stop:step] = other`.
///
/// # Safety
/// See [`kiln_rt_list_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_set_slice(
    l: *mut ListObject,
    start: u64,
    stop: u64,
    step: u64,
    other: *const ListObject,
) {
    // SAFETY: per the contract.
    unsafe { set_slice(l, start, stop, step, other) }.or_raise()
}

/// `l[start:stop:step] = src[from:to:by]` without making the right-hand list (`src` may be
/// `l`).
///
/// # Safety
/// See [`kiln_rt_list_getitem`].
#[allow(clippy::too_many_arguments)]
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_set_slice_from(
    l: *mut ListObject,
    start: u64,
    stop: u64,
    step: u64,
    src: *const ListObject,
    from: u64,
    to: u64,
    by: u64,
) {
    // SAFETY: per the contract. The right-hand side is read first, as CPython evaluates it.
    unsafe {
        let taken = slice_indices(from, to, by, (*src).len).or_raise();
        let items = (*src).items;
        let words = taken.positions().map(|p| *items.add(p));
        with_words(words, |words| {
            slice_indices(start, stop, step, (*l).len).and_then(|s| assign(l, s, words))
        })
        .or_raise()
    }
}

/// `del l[start:stop:step]`.
///
/// # Safety
/// See [`kiln_rt_list_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_del_slice(
    l: *mut ListObject,
    start: u64,
    stop: u64,
    step: u64,
) {
    // SAFETY: per the contract.
    unsafe { del_slice(l, start, stop, step) }.or_raise()
}

/// `l.extend(other)` / `l += other`.
///
/// # Safety
/// See [`kiln_rt_list_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_extend(l: *mut ListObject, other: *const ListObject) {
    // SAFETY: per the contract.
    unsafe { extend(l, other) }
}

/// `l.insert(idx, w)`.
///
/// # Safety
/// See [`kiln_rt_list_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_insert(l: *mut ListObject, idx: Int, w: u64) {
    // SAFETY: per the contract.
    unsafe { insert(l, idx, w) }.or_raise()
}

/// `l.pop(idx)` (generated code passes -1 for `l.pop()`).
///
/// # Safety
/// See [`kiln_rt_list_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_pop(l: *mut ListObject, idx: Int) -> u64 {
    // SAFETY: per the contract.
    unsafe { pop(l, idx) }.or_raise()
}

/// `l.remove(w)`; `ValueError: list.remove(x): x not in list`.
///
/// # Safety
/// See [`kiln_rt_list_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_remove(l: *mut ListObject, w: u64) {
    // SAFETY: per the contract.
    unsafe { remove(l, w) }.or_raise()
}

/// `l.index(w, start, stop)` (bounds int words or `NONE_INT`); `ValueError: <repr(w)> is not
/// in list`.
///
/// # Safety
/// See [`kiln_rt_list_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_index(
    l: *const ListObject,
    w: u64,
    start: u64,
    stop: u64,
) -> Int {
    // SAFETY: per the contract.
    Int::from_i64(unsafe { index(l, w, start, stop) }.or_raise())
}

/// `l.count(w)`.
///
/// # Safety
/// See [`kiln_rt_list_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_count(l: *const ListObject, w: u64) -> Int {
    // SAFETY: per the contract.
    unsafe {
        let d = elem_desc(l);
        Int::from_i64(
            list_items(l)
                .iter()
                .filter(|&&x| ops::item_eq(x, w, d))
                .count() as i64,
        )
    }
}

/// `l.copy()` / `l[:]` / `list(l)`.
///
/// # Safety
/// See [`kiln_rt_list_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_copy(l: *const ListObject) -> *mut ListObject {
    // SAFETY: per the contract.
    unsafe { list_from_words((*l).desc, list_items(l)) }
}

/// `l.clear()` (the buffer is dropped, as CPython frees it).
///
/// # Safety
/// See [`kiln_rt_list_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_clear(l: *mut ListObject) {
    // SAFETY: per the contract.
    unsafe {
        (*l).len = 0;
        (*l).cap = 0;
        (*l).items = std::ptr::null_mut();
    }
}

/// `l.reverse()`.
///
/// # Safety
/// See [`kiln_rt_list_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_reverse(l: *mut ListObject) {
    // SAFETY: per the contract: `len` initialized words.
    unsafe {
        if (*l).len > 0 {
            std::slice::from_raw_parts_mut((*l).items, (*l).len as usize).reverse();
        }
    }
}

/// `w in l` (1 or 0).
///
/// # Safety
/// See [`kiln_rt_list_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_contains(l: *const ListObject, w: u64) -> i32 {
    // SAFETY: per the contract.
    i32::from(unsafe { find(l, w) }.is_some())
}

/// `a + b` (a new list of `a`'s type).
///
/// # Safety
/// See [`kiln_rt_list_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_concat(
    a: *const ListObject,
    b: *const ListObject,
) -> *mut ListObject {
    // SAFETY: per the contract.
    unsafe {
        let Some(total) = (*a).len.checked_add((*b).len) else {
            Error::new(ExcKind::MemoryError, "").raise()
        };
        let out = alloc_list((*a).desc, total);
        let (x, y) = (list_items(a), list_items(b));
        std::ptr::copy_nonoverlapping(x.as_ptr(), (*out).items, x.len());
        std::ptr::copy_nonoverlapping(y.as_ptr(), (*out).items.add(x.len()), y.len());
        (*out).len = total;
        out
    }
}

/// `l * n`.
///
/// # Safety
/// See [`kiln_rt_list_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_repeat(l: *const ListObject, n: Int) -> *mut ListObject {
    // SAFETY: per the contract.
    unsafe { repeat(l, n) }.or_raise()
}

/// `t[idx]`; `IndexError: tuple index out of range`.
///
/// # Safety
/// `t` must be a valid tuple (also below; elements of homogeneous tuples
/// are values of `elem_desc`).
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_tuple_getitem(t: *const TupleObject, idx: Int) -> u64 {
    // SAFETY: per the contract.
    unsafe { tuple_getitem(t, idx) }.or_raise()
}

/// `t[start:stop:step]` as a tuple of type `result_desc` (which generated
/// code computes from the constant bounds, or the homogeneous tuple type
/// of the right length). A full slice (`t[:]`) returns `t` itself, as
/// CPython does.
///
/// # Safety
/// See [`kiln_rt_tuple_getitem`]; `result_desc` describes the result.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_tuple_slice(
    t: *const TupleObject,
    start: u64,
    stop: u64,
    step: u64,
    result_desc: *const TypeDesc,
) -> *mut TupleObject {
    // SAFETY: per the contract; the result has room for `s.len` words.
    unsafe {
        let len = (*t).len;
        let s = slice_indices(start, stop, step, len).or_raise();
        if s.step == 1 && s.len == len {
            return t.cast_mut();
        }
        let out = alloc_tuple(result_desc, s.len);
        let (src, dst) = (tuple_items(t), tuple_items_mut(out));
        for (k, p) in s.positions().enumerate() {
            dst.add(k).write(src[p]);
        }
        out
    }
}

/// `w in t` (1 or 0) for a homogeneous tuple of `elem_desc` values.
///
/// # Safety
/// See [`kiln_rt_tuple_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_tuple_contains(
    t: *const TupleObject,
    w: u64,
    elem_desc: *const TypeDesc,
) -> i32 {
    // SAFETY: per the contract.
    i32::from(unsafe { tuple_find(t, w, &*elem_desc) }.is_some())
}

/// `t.index(w)`; `ValueError: tuple.index(x): x not in tuple`.
///
/// # Safety
/// See [`kiln_rt_tuple_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_tuple_index(
    t: *const TupleObject,
    w: u64,
    elem_desc: *const TypeDesc,
) -> Int {
    // SAFETY: per the contract.
    match unsafe { tuple_find(t, w, &*elem_desc) } {
        Some(i) => Int::from_i64(i as i64),
        None => Error::new(ExcKind::ValueError, "tuple.index(x): x not in tuple").raise(),
    }
}

/// `t.count(w)`.
///
/// # Safety
/// See [`kiln_rt_tuple_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_tuple_count(
    t: *const TupleObject,
    w: u64,
    elem_desc: *const TypeDesc,
) -> Int {
    // SAFETY: per the contract.
    unsafe {
        let d = &*elem_desc;
        Int::from_i64(
            tuple_items(t)
                .iter()
                .filter(|&&x| ops::item_eq(x, w, d))
                .count() as i64,
        )
    }
}

/// `a + b` as a tuple of type `result_desc` (the fields of `a`, then `b`'s).
///
/// # Safety
/// `a`, `b` must be valid tuples and `result_desc` their concatenated type.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_tuple_concat(
    a: *const TupleObject,
    b: *const TupleObject,
    result_desc: *const TypeDesc,
) -> *mut TupleObject {
    // SAFETY: per the contract.
    unsafe {
        let (x, y) = (tuple_items(a), tuple_items(b));
        let out = alloc_tuple(result_desc, (x.len() + y.len()) as i64);
        let dst = tuple_items_mut(out);
        std::ptr::copy_nonoverlapping(x.as_ptr(), dst, x.len());
        std::ptr::copy_nonoverlapping(y.as_ptr(), dst.add(x.len()), y.len());
        out
    }
}
