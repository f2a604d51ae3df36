//! `list.sort` (and so `sorted`): a stable sort by `<` of the elements or of keys computed by
//! generated code, with CPython's exact steps for short lists, and the two halves of a keyed
//! sort that empty the list while the key function runs, as CPython does.

use crate::exc::ExcKind;
use crate::list::{alloc_list, elem_desc, list_items, ListObject};
use crate::ops::{self, CmpOp, Error, OrRaise, Result};

/// CPython's timsort sorts lists shorter than this with one run and a binary insertion sort.
const MIN_MERGE: usize = 64;

/// CPython 3.11's `list.sort` of fewer than [`MIN_MERGE`] items, step for step: the leading
/// run (strictly descending ones reversed), then a binary insertion sort of the rest.
fn short_sort(v: &mut [usize], lt: &mut dyn FnMut(usize, usize) -> Result<bool>) -> Result<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    // count_run
    let mut run = 2;
    if lt(v[1], v[0])? {
        while run < n && lt(v[run], v[run - 1])? {
            run += 1;
        }
        v[..run].reverse();
    } else {
        while run < n && !lt(v[run], v[run - 1])? {
            run += 1;
        }
    }
    // binarysort
    for start in run..n {
        let pivot = v[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(pivot, v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v.copy_within(l..start, l + 1);
        v[l] = pivot;
    }
    Ok(())
}

/// A stable merge sort of `v` by `lt` (a strict "less than" that may
/// fail), the only comparison CPython's sort uses. For any consistent
/// order the result equals CPython's timsort's (both are stable).
fn merge_sort(v: &mut [usize], lt: &mut dyn FnMut(usize, usize) -> Result<bool>) -> Result<()> {
    const RUN: usize = 32;
    let n = v.len();
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = v[i];
            let mut j = i;
            while j > start && lt(x, v[j - 1])? {
                v[j] = v[j - 1];
                j -= 1;
            }
            v[j] = x;
        }
    }
    let mut buf = vec![0usize; n];
    let mut width = RUN;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid >= hi {
                continue;
            }
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if lt(v[j], v[i])? {
                    buf[k] = v[j];
                    j += 1;
                } else {
                    buf[k] = v[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + mid - i].copy_from_slice(&v[i..mid]);
            k += mid - i;
            buf[k..k + hi - j].copy_from_slice(&v[j..hi]);
            v[lo..hi].copy_from_slice(&buf[lo..hi]);
        }
        width *= 2;
    }
    Ok(())
}

/// `l.sort(key=..., reverse=...)`: stable; with `keys` (one key per
/// element, computed by the caller) the elements move with their keys.
/// `reverse` gives CPython's result (descending, equal keys keeping their
/// order). Unorderable keys raise CPython's `TypeError`.
///
/// # Safety
/// `l` must be a valid list; `keys` null or a valid list of the same length.
pub unsafe fn sort(l: *mut ListObject, keys: *mut ListObject, reverse: bool) -> Result<()> {
    // SAFETY: per the contract. Comparisons never allocate, so the words
    // stay in their lists (reachable) until they are written back.
    unsafe {
        let sort_by = if keys.is_null() { l } else { keys };
        let words = list_items(sort_by);
        let desc = elem_desc(sort_by);
        if !keys.is_null() && (*keys).len != (*l).len {
            return Err(Error::new(
                ExcKind::ValueError,
                "kiln: sort keys do not match the list",
            ));
        }
        let mut order: Vec<usize> = (0..words.len()).collect();
        if order.len() < MIN_MERGE {
            // Exactly CPython's steps for a short list, so that even an inconsistent order
            // (NaN, whose comparisons are all false) gives CPython's result.
            let mut lt = |a: usize, b: usize| ops::compare(words[a], words[b], desc, CmpOp::Lt);
            if reverse {
                order.reverse();
            }
            short_sort(&mut order, &mut lt)?;
            if reverse {
                order.reverse();
            }
        } else {
            let mut lt = |a: usize, b: usize| {
                let (a, b) = if reverse { (b, a) } else { (a, b) };
                ops::compare(words[a], words[b], desc, CmpOp::Lt)
            };
            merge_sort(&mut order, &mut lt)?;
        }
        permute(l, &order);
        if !keys.is_null() {
            permute(keys, &order);
        }
        Ok(())
    }
}

/// `l.sort(key=...)` begins: the items move to a new list (returned), leaving `l` empty while
/// the key function runs, as in CPython (which sees an empty list there).
///
/// # Safety
/// `l` must be a valid list.
pub unsafe fn sort_take(l: *mut ListObject) -> *mut ListObject {
    // SAFETY: per the contract; the buffer changes owner, nothing is copied.
    unsafe {
        let saved = alloc_list((*l).desc, 0);
        (*saved).items = std::mem::replace(&mut (*l).items, std::ptr::null_mut());
        (*saved).len = std::mem::take(&mut (*l).len);
        (*saved).cap = std::mem::take(&mut (*l).cap);
        saved
    }
}

/// `l.sort(key=...)` ends: `saved` (from [`sort_take`]) is sorted by `keys` and its items move
/// back into `l`; `ValueError: list modified during sort` if the key function put anything
/// into `l` meanwhile (what it put there is dropped, as in CPython).
///
/// # Safety
/// `l` and `saved` must be valid lists of one type; `keys` a valid list as long as `saved`.
pub unsafe fn sort_keyed(
    l: *mut ListObject,
    saved: *mut ListObject,
    keys: *mut ListObject,
    reverse: bool,
) -> Result<()> {
    // SAFETY: per the contract.
    unsafe {
        let sorted = sort(saved, keys, reverse);
        let modified = (*l).len != 0 || !(*l).items.is_null();
        (*l).items = std::mem::replace(&mut (*saved).items, std::ptr::null_mut());
        (*l).len = std::mem::take(&mut (*saved).len);
        (*l).cap = std::mem::take(&mut (*saved).cap);
        sorted?;
        if modified {
            return Err(Error::new(ExcKind::ValueError, "list modified during sort"));
        }
        Ok(())
    }
}

/// Rearranges a list so that element `k` is the old element `order[k]`.
///
/// # Safety
/// `l` must be a valid list and `order` a permutation of its positions.
unsafe fn permute(l: *mut ListObject, order: &[usize]) {
    // SAFETY: per the contract; nothing allocates from the collected heap
    // between the copy and the write-back.
    unsafe {
        let old: Vec<u64> = list_items(l).to_vec();
        for (k, &i) in order.iter().enumerate() {
            (*l).items.add(k).write(old[i]);
        }
    }
}

/// `l.sort(key=..., reverse=...)`: `keys` is null (sort by the elements)
/// or a list of one key per element, permuted along with them.
///
/// # Safety
/// See [`crate::list_ops::kiln_rt_list_getitem`]; `keys` is null or a valid list as long
/// as `l`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_sort(
    l: *mut ListObject,
    keys: *mut ListObject,
    reverse: i32,
) {
    // SAFETY: per the contract.
    unsafe { sort(l, keys, reverse != 0) }.or_raise()
}

/// `l.sort(key=...)` begins (see [`sort_take`]): returns the list holding the items.
///
/// # Safety
/// See [`crate::list_ops::kiln_rt_list_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_sort_take(l: *mut ListObject) -> *mut ListObject {
    // SAFETY: per the contract.
    unsafe { sort_take(l) }
}

/// `l.sort(key=...)` whose key function raised: the items go back unsorted (what the key
/// function put into `l` meanwhile is dropped), as in CPython.
///
/// # Safety
/// `l` and `saved` must be valid lists of one type, `saved` from [`kiln_rt_list_sort_take`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_sort_restore(l: *mut ListObject, saved: *mut ListObject) {
    // SAFETY: per the contract; the buffer changes owner back.
    unsafe {
        (*l).items = std::mem::replace(&mut (*saved).items, std::ptr::null_mut());
        (*l).len = std::mem::take(&mut (*saved).len);
        (*l).cap = std::mem::take(&mut (*saved).cap);
    }
}

/// `l.sort(key=...)` ends (see [`sort_keyed`]).
///
/// # Safety
/// See [`sort_keyed`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_list_sort_keyed(
    l: *mut ListObject,
    saved: *mut ListObject,
    keys: *mut ListObject,
    reverse: i32,
) {
    // SAFETY: per the contract.
    unsafe { sort_keyed(l, saved, keys, reverse != 0) }.or_raise()
}
