//! `set` and `frozenset` objects: CPython 3.11's `Objects/setobject.c`
//! hash table, reproduced slot for slot so that iteration order (and so
//! `repr`, `list(s)`, `for x in s`, `s.pop()`) equals CPython's.
//!
//! The table has `mask + 1` entries (a power of two, at least 8) of
//! `{key, hash}`. An entry is *active* (a key and its CPython hash),
//! *empty* (never used) or *dummy* (deleted; probes continue past it).
//! Probing, the growth rule (`fill * 5 >= mask * 3` after adding to an
//! empty entry resizes to the smallest power of two above `used * 4`, or
//! `used * 2` past 50,000 elements), the reuse of the last dummy on an
//! add's probe path, and the element order each operation visits (copies
//! that keep the table layout, `&` iterating the smaller operand,
//! `-` copying then discarding for a much smaller right operand, `^`
//! starting from a copy of the right operand) all follow CPython, so the
//! layout is the same as CPython's after the same operations on values
//! with the same hashes (`ops::hash` is CPython's with
//! `PYTHONHASHSEED=0`).
//!
//! CPython never pre-sizes a set, so neither does this module (the `cap`
//! argument of [`kiln_rt_set_new`] is ignored): a different table size
//! would change the order.

use crate::exc::ExcKind;
use crate::gc::{self, kind::Kind, Marker};
use crate::list::alloc_buffer;
use crate::ops::{self, Error, OrRaise, Result};
use crate::value::TypeDesc;

/// A Python `set` or `frozenset` (the descriptor says which).
#[repr(C)]
#[derive(Debug)]
pub struct SetObject {
    /// Header word (kind `set`).
    pub header: u64,
    /// Number of elements (`len(s)`, CPython's `used`); generated code may
    /// read it.
    pub len: i64,
    /// The set's own type (`tag` Set or FrozenSet, `args[0]` the element
    /// type).
    pub desc: *const TypeDesc,
    /// Active plus dummy entries.
    pub fill: i64,
    /// Entries in the table minus one.
    pub mask: i64,
    /// Where `pop` starts looking.
    pub finger: i64,
    /// The table: `mask + 1` entries (a buffer's payload).
    pub table: *mut SetEntry,
}

/// One slot of a set's table (two words).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct SetEntry {
    /// The element word; in an inactive slot, [`EMPTY_KEY`] or [`DUMMY_KEY`].
    pub key: u64,
    /// The element's hash; -1 in an inactive (empty or dummy) slot, as no
    /// hash is -1.
    pub hash: i64,
}

/// The key word of an empty slot.
pub const EMPTY_KEY: u64 = 0;
/// The key word of a dummy slot.
pub const DUMMY_KEY: u64 = 1;
/// Hash of inactive slots.
const INACTIVE: i64 = -1;
/// CPython's `PySet_MINSIZE`.
const MIN_SIZE: i64 = 8;
/// Slots checked linearly before a perturbed jump.
const LINEAR_PROBES: u64 = 9;
/// The perturbation shift of the probe sequence.
const PERTURB_SHIFT: u32 = 5;

impl SetEntry {
    const EMPTY: SetEntry = SetEntry {
        key: EMPTY_KEY,
        hash: INACTIVE,
    };
    const DUMMY: SetEntry = SetEntry {
        key: DUMMY_KEY,
        hash: INACTIVE,
    };

    fn is_active(&self) -> bool {
        self.hash != INACTIVE
    }

    fn is_empty(&self) -> bool {
        self.hash == INACTIVE && self.key == EMPTY_KEY
    }

    fn is_dummy(&self) -> bool {
        self.hash == INACTIVE && self.key == DUMMY_KEY
    }
}

/// The element type of a set.
///
/// # Safety
/// `s` must be a valid set.
pub unsafe fn elem_desc(s: *const SetObject) -> &'static TypeDesc {
    // SAFETY: a set's descriptor has its element type.
    unsafe { (*(*s).desc).arg(0) }
}

/// A fresh table of `size` empty slots.
fn alloc_table(size: i64, traced: bool) -> *mut SetEntry {
    let Some(words) = size.checked_mul(2) else {
        Error::new(ExcKind::MemoryError, "").raise()
    };
    let table = alloc_buffer(words, traced).cast::<SetEntry>();
    for i in 0..size as usize {
        // SAFETY: the buffer has `size` entries.
        unsafe { table.add(i).write(SetEntry::EMPTY) };
    }
    table
}

/// Allocates an empty set of type `desc` (a table of 8 slots).
pub fn alloc_set(desc: *const TypeDesc) -> *mut SetObject {
    let s = gc::alloc(Kind::Set, std::mem::size_of::<SetObject>(), 0).cast::<SetObject>();
    // SAFETY: a fresh allocation of a SetObject's size, made valid (no
    // table) before the table is allocated.
    unsafe {
        (*s).len = 0;
        (*s).desc = desc;
        (*s).fill = 0;
        (*s).mask = MIN_SIZE - 1;
        (*s).finger = 0;
        (*s).table = std::ptr::null_mut();
        (*s).table = alloc_table(MIN_SIZE, elem_desc(s).is_traced());
    }
    s
}

/// The table as a slice.
///
/// # Safety
/// `s` must be a valid set, its table not replaced while the slice lives.
unsafe fn table<'a>(s: *const SetObject) -> &'a mut [SetEntry] {
    // SAFETY: `mask + 1` initialized entries.
    unsafe { std::slice::from_raw_parts_mut((*s).table, (*s).mask as usize + 1) }
}

/// The next probe start: `(i * 5 + 1 + perturb) & mask` after shifting
/// `perturb`.
#[inline]
fn next_probe(i: u64, perturb: &mut u64, mask: u64) -> u64 {
    *perturb >>= PERTURB_SHIFT;
    i.wrapping_mul(5).wrapping_add(1).wrapping_add(*perturb) & mask
}

/// CPython's `set_lookkey`: the slot holding `key`, or the empty slot
/// ending its probe sequence.
///
/// # Safety
/// `s` must be a valid set and `key` a value of its element type.
unsafe fn lookkey(s: *const SetObject, key: u64, hash: i64) -> usize {
    // SAFETY: per the contract; the table always has an empty slot.
    unsafe {
        let t = table(s);
        let ed = elem_desc(s);
        let mask = (*s).mask as u64;
        let mut perturb = hash as u64;
        let mut i = hash as u64 & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let e = &t[j as usize];
                if e.is_empty() {
                    return j as usize;
                }
                if e.hash == hash && (e.key == key || ops::eq(e.key, key, ed)) {
                    return j as usize;
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }
}

/// Whether `key` (with hash `hash`) is an element.
///
/// # Safety
/// As for [`lookkey`].
pub unsafe fn contains_hashed(s: *const SetObject, key: u64, hash: i64) -> bool {
    // SAFETY: per the contract.
    unsafe { table(s)[lookkey(s, key, hash)].is_active() }
}

/// CPython's `set_insert_clean`: puts a key known to be absent into the
/// first empty slot of its probe sequence (no dummies in `t`).
fn insert_clean(t: &mut [SetEntry], key: u64, hash: i64) {
    let mask = t.len() as u64 - 1;
    let mut perturb = hash as u64;
    let mut i = hash as u64 & mask;
    loop {
        if t[i as usize].is_empty() {
            t[i as usize] = SetEntry { key, hash };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in i + 1..=i + LINEAR_PROBES {
                if t[j as usize].is_empty() {
                    t[j as usize] = SetEntry { key, hash };
                    return;
                }
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// CPython's `set_table_resize`: a table of the smallest power of two
/// (at least 8) above `minused`, filled with the active entries in old
/// table order.
///
/// # Safety
/// `s` must be a valid set.
unsafe fn resize(s: *mut SetObject, minused: i64) {
    let mut size = MIN_SIZE;
    while size <= minused {
        match size.checked_mul(2) {
            Some(n) => size = n,
            None => Error::new(ExcKind::MemoryError, "").raise(),
        }
    }
    // SAFETY: per the contract; the old table stays attached (and so
    // traced) until the new one is filled.
    unsafe {
        if size == (*s).mask + 1 && (*s).fill == (*s).len {
            // CPython keeps its small table when no dummies need purging.
            if size == MIN_SIZE {
                return;
            }
        }
        let new = alloc_table(size, elem_desc(s).is_traced());
        let new_slice = std::slice::from_raw_parts_mut(new, size as usize);
        for e in table(s).iter() {
            if e.is_active() {
                insert_clean(new_slice, e.key, e.hash);
            }
        }
        (*s).table = new;
        (*s).mask = size - 1;
        (*s).fill = (*s).len;
    }
}

/// CPython's `set_add_entry`: adds `key` unless an equal element is present.
///
/// # Safety
/// `s` must be a valid set, `key` a value of its element type and `hash`
/// its hash.
pub unsafe fn add_hashed(s: *mut SetObject, key: u64, hash: i64) {
    // SAFETY: per the contract.
    unsafe {
        let ed = elem_desc(s);
        let t = table(s);
        let mask = (*s).mask as u64;
        let mut perturb = hash as u64;
        let mut i = hash as u64 & mask;
        let mut freeslot: Option<usize> = None;
        let empty = 'search: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let e = &t[j as usize];
                if e.is_empty() {
                    break 'search j as usize;
                }
                if e.hash == hash {
                    if e.key == key || ops::eq(e.key, key, ed) {
                        return;
                    }
                } else if e.is_dummy() {
                    // CPython keeps the last dummy seen.
                    freeslot = Some(j as usize);
                }
            }
            i = next_probe(i, &mut perturb, mask);
        };
        if let Some(slot) = freeslot {
            t[slot] = SetEntry { key, hash };
            (*s).len += 1;
            return;
        }
        t[empty] = SetEntry { key, hash };
        (*s).fill += 1;
        (*s).len += 1;
        if ((*s).fill as u64) * 5 < mask * 3 {
            return;
        }
        let used = (*s).len;
        resize(s, if used > 50_000 { used * 2 } else { used * 4 });
    }
}

/// `s.add(key)`.
///
/// # Safety
/// `s` must be a valid set and `key` a value of its element type.
pub unsafe fn add(s: *mut SetObject, key: u64) -> Result<()> {
    // SAFETY: per the contract.
    unsafe {
        let hash = ops::hash(key, elem_desc(s))?;
        add_hashed(s, key, hash);
    }
    Ok(())
}

/// Whether `key` is an element.
///
/// # Safety
/// `s` must be a valid set and `key` a value of its element type.
pub unsafe fn contains(s: *const SetObject, key: u64) -> Result<bool> {
    // SAFETY: per the contract.
    unsafe {
        let hash = ops::hash(key, elem_desc(s))?;
        Ok(contains_hashed(s, key, hash))
    }
}

/// CPython's `set_discard_entry`: removes `key` if present (its slot
/// becomes a dummy); whether it was.
///
/// # Safety
/// `s` must be a valid set, `key` a value of its element type and `hash`
/// its hash.
pub unsafe fn discard_hashed(s: *mut SetObject, key: u64, hash: i64) -> bool {
    // SAFETY: per the contract.
    unsafe {
        let slot = lookkey(s, key, hash);
        let t = table(s);
        if !t[slot].is_active() {
            return false;
        }
        t[slot] = SetEntry::DUMMY;
        (*s).len -= 1;
        true
    }
}

/// `s.discard(key)`; whether `key` was present.
///
/// # Safety
/// `s` must be a valid set and `key` a value of its element type.
pub unsafe fn discard(s: *mut SetObject, key: u64) -> Result<bool> {
    // SAFETY: per the contract.
    unsafe {
        let hash = ops::hash(key, elem_desc(s))?;
        Ok(discard_hashed(s, key, hash))
    }
}

/// `s.pop()`: CPython's `set_pop`, scanning from the finger.
///
/// # Safety
/// `s` must be a valid set.
pub unsafe fn pop(s: *mut SetObject) -> Result<u64> {
    // SAFETY: per the contract; a non-empty set has an active slot.
    unsafe {
        if (*s).len == 0 {
            return Err(Error::new(ExcKind::KeyError, "'pop from an empty set'"));
        }
        let t = table(s);
        let mask = (*s).mask as usize;
        let mut i = (*s).finger as usize & mask;
        while !t[i].is_active() {
            i = if i == mask { 0 } else { i + 1 };
        }
        let key = t[i].key;
        t[i] = SetEntry::DUMMY;
        (*s).len -= 1;
        (*s).finger = i as i64 + 1;
        Ok(key)
    }
}

/// `s.clear()`: back to an empty table of 8 slots.
///
/// # Safety
/// `s` must be a valid set.
pub unsafe fn clear(s: *mut SetObject) {
    // SAFETY: per the contract.
    unsafe {
        let t = alloc_table(MIN_SIZE, elem_desc(s).is_traced());
        (*s).table = t;
        (*s).mask = MIN_SIZE - 1;
        (*s).fill = 0;
        (*s).len = 0;
    }
}

/// CPython's `set_merge` (`dst |= src`, also how a set is copied): one
/// resize up front, then a slot-for-slot copy when `dst` is empty with a
/// table of `src`'s size and `src` has no dummies, clean insertions when
/// `dst` is empty, otherwise adds in `src`'s table order.
///
/// # Safety
/// `dst` and `src` must be valid sets with the same element type.
pub unsafe fn merge(dst: *mut SetObject, src: *const SetObject) {
    // SAFETY: per the contract. `src`'s table is not modified (it differs
    // from `dst`'s: the same set returns at once).
    unsafe {
        if std::ptr::eq(dst, src) || (*src).len == 0 {
            return;
        }
        if ((*dst).fill + (*src).len) * 5 >= (*dst).mask * 3 {
            resize(dst, ((*dst).len + (*src).len) * 2);
        }
        let from = table(src);
        if (*dst).fill == 0 && (*dst).mask == (*src).mask && (*src).fill == (*src).len {
            let to = table(dst);
            for (d, e) in to.iter_mut().zip(from.iter()) {
                if e.is_active() {
                    *d = *e;
                }
            }
            (*dst).fill = (*src).len;
            (*dst).len = (*src).len;
            return;
        }
        if (*dst).fill == 0 {
            let to = table(dst);
            for e in from.iter() {
                if e.is_active() {
                    insert_clean(to, e.key, e.hash);
                }
            }
            (*dst).fill = (*src).len;
            (*dst).len = (*src).len;
            return;
        }
        for i in 0..from.len() {
            let e = *(*src).table.add(i);
            if e.is_active() {
                add_hashed(dst, e.key, e.hash);
            }
        }
    }
}

/// A new set of type `desc` holding `src`'s elements (`set(src)`,
/// `src.copy()`, `frozenset(src)`).
///
/// # Safety
/// `src` must be a valid set whose element type is `desc`'s.
pub unsafe fn copy(src: *const SetObject, desc: *const TypeDesc) -> *mut SetObject {
    let dst = alloc_set(desc);
    // SAFETY: per the contract.
    unsafe { merge(dst, src) };
    dst
}

/// Whether every element of `a` is in `b`.
///
/// # Safety
/// `a` and `b` must be valid sets with the same element type.
pub unsafe fn is_subset(a: *const SetObject, b: *const SetObject) -> bool {
    // SAFETY: per the contract.
    unsafe {
        if (*a).len > (*b).len {
            return false;
        }
        table(a)
            .iter()
            .filter(|e| e.is_active())
            .all(|e| contains_hashed(b, e.key, e.hash))
    }
}

/// `a & b`: CPython's `set_intersection`, iterating the smaller set (the
/// right one when the sizes are equal) and keeping its elements found in
/// the other. The result has `a`'s type.
///
/// # Safety
/// `a` and `b` must be valid sets with the same element type.
pub unsafe fn intersection(a: *const SetObject, b: *const SetObject) -> *mut SetObject {
    // SAFETY: per the contract.
    unsafe {
        if std::ptr::eq(a, b) {
            return copy(a, (*a).desc);
        }
        let result = alloc_set((*a).desc);
        let (big, small) = if (*b).len > (*a).len { (b, a) } else { (a, b) };
        for i in 0..=(*small).mask as usize {
            let e = *(*small).table.add(i);
            if e.is_active() && contains_hashed(big, e.key, e.hash) {
                add_hashed(result, e.key, e.hash);
            }
        }
        result
    }
}

/// `a - b`: CPython's `set_difference` (for a right operand of less than a
/// quarter of the left's size, a copy of `a` from which `b`'s elements are
/// discarded; otherwise the elements of `a` not in `b`, added in order).
///
/// # Safety
/// `a` and `b` must be valid sets with the same element type.
pub unsafe fn difference(a: *const SetObject, b: *const SetObject) -> *mut SetObject {
    // SAFETY: per the contract.
    unsafe {
        if ((*a).len >> 2) > (*b).len {
            let result = copy(a, (*a).desc);
            for i in 0..=(*b).mask as usize {
                let e = *(*b).table.add(i);
                if e.is_active() {
                    discard_hashed(result, e.key, e.hash);
                }
            }
            return result;
        }
        let result = alloc_set((*a).desc);
        for i in 0..=(*a).mask as usize {
            let e = *(*a).table.add(i);
            if e.is_active() && !contains_hashed(b, e.key, e.hash) {
                add_hashed(result, e.key, e.hash);
            }
        }
        result
    }
}

/// `dst ^= src`: CPython's `set_symmetric_difference_update` (each element
/// of `src`, in table order, is discarded from `dst` or added to it).
///
/// # Safety
/// `dst` and `src` must be valid sets with the same element type.
pub unsafe fn symmetric_difference_update(dst: *mut SetObject, src: *const SetObject) {
    // SAFETY: per the contract.
    unsafe {
        if std::ptr::eq(dst, src) {
            clear(dst);
            return;
        }
        for i in 0..=(*src).mask as usize {
            let e = *(*src).table.add(i);
            if e.is_active() && !discard_hashed(dst, e.key, e.hash) {
                add_hashed(dst, e.key, e.hash);
            }
        }
    }
}

/// `a ^ b`: a copy of `b` (with `a`'s type), then `^=` `a`, as CPython.
///
/// # Safety
/// `a` and `b` must be valid sets with the same element type.
pub unsafe fn symmetric_difference(a: *const SetObject, b: *const SetObject) -> *mut SetObject {
    // SAFETY: per the contract.
    unsafe {
        let result = copy(b, (*a).desc);
        symmetric_difference_update(result, a);
        result
    }
}

/// The active elements in table order.
///
/// # Safety
/// `s` must be a valid set, not modified while the iterator is used.
pub unsafe fn live_keys(s: *const SetObject) -> impl Iterator<Item = u64> {
    // SAFETY: per the contract.
    unsafe { table(s) }
        .iter()
        .filter(|e| e.is_active())
        .map(|e| e.key)
}

/// The hashes of the active elements in table order.
///
/// # Safety
/// As for [`live_keys`].
pub unsafe fn live_hashes(s: *const SetObject) -> impl Iterator<Item = i64> {
    // SAFETY: per the contract.
    unsafe { table(s) }
        .iter()
        .filter(|e| e.is_active())
        .map(|e| e.hash)
}

/// Traces a set: its table and, if elements may be references, the active
/// keys.
///
/// # Safety
/// `obj` must be a live set.
pub unsafe fn trace_set(obj: *mut u64, marker: &mut Marker<'_>) {
    let s = obj.cast::<SetObject>();
    // SAFETY: a live set's table is a buffer (or null while it is being
    // created) and its descriptor is valid.
    unsafe {
        if (*s).table.is_null() {
            return;
        }
        marker.visit_object((*s).table.cast::<u64>().sub(1));
        let elem = elem_desc(s);
        if elem.is_traced() {
            for e in table(s).iter() {
                if e.is_active() {
                    marker.visit_value(e.key, elem);
                }
            }
        }
    }
}

/// Raises `KeyError(key)`.
///
/// # Safety
/// `s` must be a valid set and `key` a value of its element type.
unsafe fn key_error(s: *const SetObject, key: u64) -> ! {
    // SAFETY: per the contract.
    unsafe { crate::exception::raise_key_error(key, elem_desc(s)) }
}

/// A new empty set (or frozenset) of type `desc`. `cap` is ignored: CPython
/// never pre-sizes a set, and the table size decides the order.
#[no_mangle]
pub extern "C" fn kiln_rt_set_new(desc: *const TypeDesc, cap: i64) -> *mut SetObject {
    let _ = cap;
    alloc_set(desc)
}

/// `s.add(w)` (also how generated code builds set literals, `set(iterable)`
/// and comprehensions, element by element).
///
/// # Safety
/// `s` must be a valid set and `w` a value of its element type (also for
/// every `kiln_rt_set_*` function below; two sets passed together have the
/// same element type).
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_set_add(s: *mut SetObject, w: u64) {
    // SAFETY: per the contract.
    unsafe { add(s, w) }.or_raise()
}

/// `s.discard(w)`.
///
/// # Safety
/// See [`kiln_rt_set_add`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_set_discard(s: *mut SetObject, w: u64) {
    // SAFETY: per the contract.
    unsafe { discard(s, w) }.or_raise();
}

/// `s.remove(w)`; `KeyError: repr(w)` if missing.
///
/// # Safety
/// See [`kiln_rt_set_add`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_set_remove(s: *mut SetObject, w: u64) {
    // SAFETY: per the contract.
    unsafe {
        if !discard(s, w).or_raise() {
            key_error(s, w)
        }
    }
}

/// `w in s` (1 or 0).
///
/// # Safety
/// See [`kiln_rt_set_add`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_set_contains(s: *const SetObject, w: u64) -> i32 {
    // SAFETY: per the contract.
    i32::from(unsafe { contains(s, w) }.or_raise())
}

/// `s.pop()`; `KeyError: 'pop from an empty set'`.
///
/// # Safety
/// See [`kiln_rt_set_add`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_set_pop(s: *mut SetObject) -> u64 {
    // SAFETY: per the contract.
    unsafe { pop(s) }.or_raise()
}

/// `s.clear()`.
///
/// # Safety
/// See [`kiln_rt_set_add`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_set_clear(s: *mut SetObject) {
    // SAFETY: per the contract.
    unsafe { clear(s) }
}

/// A copy of `s` of type `desc` (`s.copy()`, `set(s)`, `frozenset(s)`).
///
/// # Safety
/// See [`kiln_rt_set_add`]; `desc` has `s`'s element type.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_set_copy(
    s: *const SetObject,
    desc: *const TypeDesc,
) -> *mut SetObject {
    // SAFETY: per the contract.
    unsafe { copy(s, desc) }
}

/// A set display of three or more constants, from `s` (its items added in source order),
/// ordered as CPython 3.11 orders it: the compiler folds the items into a frozenset
/// constant, rebuilds that constant from its own iteration order, and the display merges
/// the constant into a new set.
///
/// # Safety
/// See [`kiln_rt_set_add`]; `desc` is `s`'s type.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_set_display(
    s: *const SetObject,
    desc: *const TypeDesc,
) -> *mut SetObject {
    // SAFETY: per the contract; `s` is not modified while its entries are read. Both sets
    // stay reachable from this frame (the collector scans the stack conservatively).
    unsafe {
        let entries: Vec<(u64, i64)> = live_keys(s).zip(live_hashes(s)).collect();
        let rebuilt = alloc_set(desc);
        for (key, hash) in entries {
            add_hashed(rebuilt, key, hash);
        }
        copy(rebuilt, desc)
    }
}

/// `s |= other` / `s.update(other)`.
///
/// # Safety
/// See [`kiln_rt_set_add`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_set_update(s: *mut SetObject, other: *const SetObject) {
    // SAFETY: per the contract.
    unsafe { merge(s, other) }
}

/// `a | b` (of `a`'s type).
///
/// # Safety
/// See [`kiln_rt_set_add`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_set_union(
    a: *const SetObject,
    b: *const SetObject,
) -> *mut SetObject {
    // SAFETY: per the contract.
    unsafe {
        let result = copy(a, (*a).desc);
        merge(result, b);
        result
    }
}

/// `a & b` (of `a`'s type).
///
/// # Safety
/// See [`kiln_rt_set_add`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_set_intersection(
    a: *const SetObject,
    b: *const SetObject,
) -> *mut SetObject {
    // SAFETY: per the contract.
    unsafe { intersection(a, b) }
}

/// `a - b` (of `a`'s type).
///
/// # Safety
/// See [`kiln_rt_set_add`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_set_difference(
    a: *const SetObject,
    b: *const SetObject,
) -> *mut SetObject {
    // SAFETY: per the contract.
    unsafe { difference(a, b) }
}

/// `a ^ b` (of `a`'s type).
///
/// # Safety
/// See [`kiln_rt_set_add`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_set_symmetric_difference(
    a: *const SetObject,
    b: *const SetObject,
) -> *mut SetObject {
    // SAFETY: per the contract.
    unsafe { symmetric_difference(a, b) }
}

/// `a <= b` / `a.issubset(b)` (1 or 0).
///
/// # Safety
/// See [`kiln_rt_set_add`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_set_issubset(a: *const SetObject, b: *const SetObject) -> i32 {
    // SAFETY: per the contract.
    i32::from(unsafe { is_subset(a, b) })
}

/// `a >= b` / `a.issuperset(b)` (1 or 0).
///
/// # Safety
/// See [`kiln_rt_set_add`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_set_issuperset(a: *const SetObject, b: *const SetObject) -> i32 {
    // SAFETY: per the contract.
    i32::from(unsafe { is_subset(b, a) })
}

/// `a.isdisjoint(b)` (1 or 0).
///
/// # Safety
/// See [`kiln_rt_set_add`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_set_isdisjoint(a: *const SetObject, b: *const SetObject) -> i32 {
    // SAFETY: per the contract.
    unsafe {
        let (small, big) = if (*a).len <= (*b).len { (a, b) } else { (b, a) };
        i32::from(
            !table(small)
                .iter()
                .any(|e| e.is_active() && contains_hashed(big, e.key, e.hash)),
        )
    }
}

/// Iteration: the first active slot at or after `pos`, or -1 at the end.
/// `RuntimeError: Set changed size during iteration` if `len(s)` is no
/// longer `len_at_start`.
///
/// # Safety
/// `s` must be a valid set; `pos >= 0`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_set_iter_next(
    s: *const SetObject,
    pos: i64,
    len_at_start: i64,
) -> i64 {
    // SAFETY: per the contract; positions are checked against the table.
    unsafe {
        if (*s).len != len_at_start {
            Error::new(ExcKind::RuntimeError, "Set changed size during iteration").raise()
        }
        let t = table(s);
        let mut i = pos.max(0) as usize;
        while i < t.len() {
            if t[i].is_active() {
                return i as i64;
            }
            i += 1;
        }
        -1
    }
}

/// The element in slot `i` (a position from [`kiln_rt_set_iter_next`]).
///
/// # Safety
/// `s` must be a valid set and `i` an active slot.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_set_entry(s: *const SetObject, i: i64) -> u64 {
    // SAFETY: per the contract.
    unsafe { (*(*s).table.add(i as usize)).key }
}
