//! `dict` objects: insertion-ordered hash tables laid out like CPython's.
//!
//! A [`DictObject`] owns two buffers: a dense array of `entries`
//! (`{hash, key, value}` in insertion order) and a sparse `indices` table
//! of `mask + 1` slots, each `EMPTY`, `DUMMY` (a deleted key's slot, kept
//! so probe chains stay intact) or the position of an entry. Deleting a key
//! leaves a *hole* in the entries (hash -1, key and value 0) that iteration
//! skips; a resize compacts the entries. Probing is CPython's
//! (`i = (i * 5 + 1 + perturb) & mask`, `perturb >>= 5`), on the CPython
//! hash of the key (`ops::hash`), so lookups cost what CPython's do.
//!
//! Iteration order is insertion order, so it does not depend on the hash
//! and always matches CPython. Generated code may read `len` directly.
//!
//! The Rust functions return `ops::Result` (for tests); the exported ones
//! raise.

use crate::exc::ExcKind;
use crate::gc::{self, kind::Kind, Marker};
use crate::list::{
    alloc_buffer, alloc_list, alloc_tuple, tuple_items_mut, ListObject, TupleObject,
};
use crate::ops::{self, Error, OrRaise, Result};
use crate::value::{Tag, TypeDesc};

/// A Python `dict`.
#[repr(C)]
#[derive(Debug)]
pub struct DictObject {
    /// Header word (kind `dict`).
    pub header: u64,
    /// Number of items (`len(d)`); generated code may read it.
    pub len: i64,
    /// The dict's own type (`tag` Dict, `args` key and value types).
    pub desc: *const TypeDesc,
    /// Entries used so far, holes included (the next entry's position).
    pub nentries: i64,
    /// Capacity of `entries`.
    pub entries_cap: i64,
    /// Slots in `indices` minus one (a power of two minus one).
    pub mask: i64,
    /// The index table: `mask + 1` words, each [`EMPTY`], [`DUMMY`] or an
    /// entry position (a buffer's payload).
    pub indices: *mut i64,
    /// The entries, `entries_cap` of them (a buffer's payload).
    pub entries: *mut DictEntry,
    /// 1 for a `collections.defaultdict` whose factory makes the value type's empty value
    /// (`int` 0, `list` [], ...): reading a missing key inserts one. 2 for a
    /// `collections.Counter` (`dict[T, int]`): a missing key reads 0 and is not inserted. 0
    /// for a plain dict.
    pub default: u64,
}

/// One item of a dict (three words).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct DictEntry {
    /// The key's hash, or -1 for a hole left by a deletion.
    pub hash: i64,
    /// The key word (0 in a hole).
    pub key: u64,
    /// The value word (0 in a hole).
    pub value: u64,
}

/// An index slot never used.
pub const EMPTY: i64 = -1;
/// An index slot whose key was deleted.
pub const DUMMY: i64 = -2;
/// The hash of a hole in the entries (no real hash is -1).
const HOLE: i64 = -1;
/// The smallest index table.
const MIN_SIZE: i64 = 8;

/// Entries a table of `size` slots can hold (two thirds, as CPython).
fn usable(size: i64) -> i64 {
    (size << 1) / 3
}

/// The smallest table size whose usable part holds `n` entries.
fn size_for(n: i64) -> i64 {
    let mut size = MIN_SIZE;
    while usable(size) < n {
        match size.checked_mul(2) {
            Some(s) => size = s,
            None => Error::new(ExcKind::MemoryError, "").raise(),
        }
    }
    size
}

/// The key type of a dict.
///
/// # Safety
/// `d` must be a valid dict.
pub unsafe fn key_desc(d: *const DictObject) -> &'static TypeDesc {
    // SAFETY: a dict's descriptor has key and value types.
    unsafe { (*(*d).desc).arg(0) }
}

/// The value type of a dict.
///
/// # Safety
/// `d` must be a valid dict.
pub unsafe fn value_desc(d: *const DictObject) -> &'static TypeDesc {
    // SAFETY: as for `key_desc`.
    unsafe { (*(*d).desc).arg(1) }
}

/// Allocates an empty dict of type `desc` with room for `cap` items before
/// its first resize.
pub fn alloc_dict(desc: *const TypeDesc, cap: i64) -> *mut DictObject {
    let d = gc::alloc(Kind::Dict, std::mem::size_of::<DictObject>(), 0).cast::<DictObject>();
    // SAFETY: a fresh allocation of a DictObject's size; the header is set.
    // It is made valid (empty, no tables) before the next allocation.
    unsafe {
        (*d).len = 0;
        (*d).desc = desc;
        (*d).nentries = 0;
        (*d).entries_cap = 0;
        (*d).mask = 0;
        (*d).indices = std::ptr::null_mut();
        (*d).entries = std::ptr::null_mut();
        (*d).default = 0;
        install_tables(d, size_for(cap.max(0)));
    }
    d
}

/// Gives `d` fresh tables of `size` slots and re-inserts its live entries
/// (compacting them).
///
/// # Safety
/// `d` must be a valid dict (its tables may be null while it is empty).
unsafe fn install_tables(d: *mut DictObject, size: i64) {
    let cap = usable(size);
    let indices = alloc_buffer(size, false).cast::<i64>();
    // Entries hold references only if the key or value type may.
    // SAFETY: `d` is valid; the new buffers have `size` and `cap * 3` words.
    unsafe {
        let traced = key_desc(d).is_traced() || value_desc(d).is_traced();
        let Some(words) = cap.checked_mul(3) else {
            Error::new(ExcKind::MemoryError, "").raise()
        };
        let entries = alloc_buffer(words, traced).cast::<DictEntry>();
        std::ptr::write_bytes(indices, 0xff, size as usize); // all EMPTY
        let mask = size - 1;
        let mut n = 0;
        for i in 0..(*d).nentries {
            let e = *(*d).entries.add(i as usize);
            if e.hash == HOLE {
                continue;
            }
            entries.add(n as usize).write(e);
            *indices.add(free_slot(indices, mask, e.hash) as usize) = n;
            n += 1;
        }
        (*d).indices = indices;
        (*d).entries = entries;
        (*d).mask = mask;
        (*d).entries_cap = cap;
        (*d).nentries = n;
    }
}

/// The first `EMPTY` slot on `hash`'s probe chain.
///
/// # Safety
/// `indices` must have `mask + 1` slots, at least one of them `EMPTY`.
unsafe fn free_slot(indices: *const i64, mask: i64, hash: i64) -> i64 {
    let mask = mask as u64;
    let mut perturb = hash as u64;
    let mut i = hash as u64 & mask;
    // SAFETY: `i <= mask`.
    while unsafe { *indices.add(i as usize) } != EMPTY {
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
    }
    i as i64
}

/// Where a key is: its index slot and entry position, or the `EMPTY` slot
/// ending its probe chain.
enum Lookup {
    Found { slot: i64, pos: i64 },
    Missing,
}

/// Looks `key` (with hash `hash`) up.
///
/// # Safety
/// `d` must be a valid dict and `key` a value of its key type.
unsafe fn lookup(d: *const DictObject, key: u64, hash: i64) -> Lookup {
    // SAFETY: the tables of a valid dict; slots hold EMPTY, DUMMY or
    // positions below `nentries`. Fewer than all slots are used, so the
    // probe ends.
    unsafe {
        let kd = key_desc(d);
        let mask = (*d).mask as u64;
        let mut perturb = hash as u64;
        let mut i = hash as u64 & mask;
        loop {
            let ix = *(*d).indices.add(i as usize);
            if ix == EMPTY {
                return Lookup::Missing;
            }
            if ix >= 0 {
                let e = &*(*d).entries.add(ix as usize);
                if e.hash == hash && (e.key == key || ops::eq(e.key, key, kd)) {
                    return Lookup::Found {
                        slot: i as i64,
                        pos: ix,
                    };
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }
}

/// The hash of a key of `d`.
///
/// # Safety
/// `d` must be a valid dict and `key` a value of its key type.
unsafe fn key_hash(d: *const DictObject, key: u64) -> Result<i64> {
    // SAFETY: per the contract.
    unsafe { ops::hash(key, key_desc(d)) }
}

/// Raises `KeyError(key)`.
///
/// # Safety
/// `d` must be a valid dict and `key` a value of its key type.
unsafe fn key_error(d: *const DictObject, key: u64) -> ! {
    // SAFETY: per the contract.
    unsafe { crate::exception::raise_key_error(key, key_desc(d)) }
}

/// The value of `key`, if present.
///
/// # Safety
/// `d` must be a valid dict and `key` a value of its key type.
pub unsafe fn get(d: *const DictObject, key: u64) -> Result<Option<u64>> {
    // SAFETY: per the contract.
    unsafe {
        let hash = key_hash(d, key)?;
        Ok(match lookup(d, key, hash) {
            Lookup::Found { pos, .. } => Some((*(*d).entries.add(pos as usize)).value),
            Lookup::Missing => None,
        })
    }
}

/// `d[key] = value` with the key's hash known.
///
/// # Safety
/// `d` must be a valid dict, `key`/`value` values of its key/value types
/// and `hash` the key's hash.
pub unsafe fn insert_hashed(d: *mut DictObject, key: u64, value: u64, hash: i64) {
    // SAFETY: per the contract; after a resize there is room for one entry.
    unsafe {
        if let Lookup::Found { pos, .. } = lookup(d, key, hash) {
            (*(*d).entries.add(pos as usize)).value = value;
            return;
        }
        if (*d).nentries >= (*d).entries_cap {
            // CPython's growth rate: room for three times the items.
            let want = (*d).len.saturating_mul(3).max((*d).len + 1);
            install_tables(d, size_for(want));
        }
        let pos = (*d).nentries;
        (*d).entries
            .add(pos as usize)
            .write(DictEntry { hash, key, value });
        let slot = free_slot_or_dummy(d, hash);
        *(*d).indices.add(slot as usize) = pos;
        (*d).nentries = pos + 1;
        (*d).len += 1;
    }
}

/// The first `EMPTY` or `DUMMY` slot on `hash`'s probe chain (a missing
/// key's insertion slot).
///
/// # Safety
/// `d` must be a valid dict.
unsafe fn free_slot_or_dummy(d: *const DictObject, hash: i64) -> i64 {
    let mask = unsafe { (*d).mask } as u64;
    let mut perturb = hash as u64;
    let mut i = hash as u64 & mask;
    // SAFETY: `i <= mask`; some slot is EMPTY.
    while unsafe { *(*d).indices.add(i as usize) } >= 0 {
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
    }
    i as i64
}

/// `d[key] = value`.
///
/// # Safety
/// `d` must be a valid dict and `key`/`value` values of its key/value types.
pub unsafe fn insert(d: *mut DictObject, key: u64, value: u64) -> Result<()> {
    // SAFETY: per the contract.
    unsafe {
        let hash = key_hash(d, key)?;
        insert_hashed(d, key, value, hash);
    }
    Ok(())
}

/// Removes `key`, returning its value if it was present.
///
/// # Safety
/// `d` must be a valid dict and `key` a value of its key type.
pub unsafe fn remove(d: *mut DictObject, key: u64) -> Result<Option<u64>> {
    // SAFETY: per the contract.
    unsafe {
        let hash = key_hash(d, key)?;
        Ok(match lookup(d, key, hash) {
            Lookup::Found { slot, pos } => Some(remove_at(d, slot, pos)),
            Lookup::Missing => None,
        })
    }
}

/// Removes the entry at `pos`, whose index slot is `slot`; returns its value.
///
/// # Safety
/// `slot` and `pos` must come from a successful lookup in `d`.
unsafe fn remove_at(d: *mut DictObject, slot: i64, pos: i64) -> u64 {
    // SAFETY: per the contract.
    unsafe {
        *(*d).indices.add(slot as usize) = DUMMY;
        let e = (*d).entries.add(pos as usize);
        let value = (*e).value;
        e.write(DictEntry {
            hash: HOLE,
            key: 0,
            value: 0,
        });
        (*d).len -= 1;
        value
    }
}

/// The live `(key, value)` pairs of a dict, in order.
///
/// # Safety
/// `d` must be a valid dict, not modified while the iterator is used.
pub unsafe fn live_entries(d: *const DictObject) -> impl Iterator<Item = (u64, u64)> {
    // SAFETY: per the contract.
    let entries = unsafe { entries(d) };
    entries
        .iter()
        .filter(|e| e.hash != HOLE)
        .map(|e| (e.key, e.value))
}

/// The used entries of a dict, holes included.
///
/// # Safety
/// `d` must be a valid dict, not modified while the slice lives.
pub unsafe fn entries<'a>(d: *const DictObject) -> &'a [DictEntry] {
    // SAFETY: `nentries` entries are initialized.
    unsafe {
        if (*d).nentries == 0 {
            &[]
        } else {
            std::slice::from_raw_parts((*d).entries, (*d).nentries as usize)
        }
    }
}

/// `a == b` for two dicts of one type: same length, and every key of `a`
/// maps to an equal value in `b`.
///
/// # Safety
/// `a` and `b` must be valid dicts of the same type.
pub unsafe fn dict_eq(a: *const DictObject, b: *const DictObject) -> bool {
    // SAFETY: per the contract.
    unsafe {
        if (*a).len != (*b).len {
            return false;
        }
        let vd = value_desc(a);
        for e in entries(a) {
            if e.hash == HOLE {
                continue;
            }
            match lookup(b, e.key, e.hash) {
                Lookup::Found { pos, .. } => {
                    if !ops::item_eq(e.value, (*(*b).entries.add(pos as usize)).value, vd) {
                        return false;
                    }
                }
                Lookup::Missing => return false,
            }
        }
        true
    }
}

/// Copies every item of `src` into `dst` (`dst.update(src)`), in `src`'s
/// order.
///
/// # Safety
/// `dst` and `src` must be valid dicts of the same type.
pub unsafe fn update(dst: *mut DictObject, src: *const DictObject) {
    if std::ptr::eq(dst, src) {
        return;
    }
    // SAFETY: per the contract. `src` is not modified; positions are
    // re-read each step because `dst`'s resizes do not touch `src`.
    unsafe {
        for i in 0..(*src).nentries {
            let e = *(*src).entries.add(i as usize);
            if e.hash != HOLE {
                insert_hashed(dst, e.key, e.value, e.hash);
            }
        }
    }
}

/// Removes every item, keeping the current tables' size at the minimum.
///
/// # Safety
/// `d` must be a valid dict.
pub unsafe fn clear(d: *mut DictObject) {
    // SAFETY: per the contract; with no entries, new tables copy nothing.
    unsafe {
        (*d).nentries = 0;
        (*d).len = 0;
        install_tables(d, MIN_SIZE);
    }
}

/// Traces a dict: its two tables and the references in live entries.
///
/// # Safety
/// `obj` must be a live dict.
pub unsafe fn trace_dict(obj: *mut u64, marker: &mut Marker<'_>) {
    let d = obj.cast::<DictObject>();
    // SAFETY: a live dict's tables are buffers (or null) and its
    // descriptor is valid.
    unsafe {
        if !(*d).indices.is_null() {
            marker.visit_object((*d).indices.cast::<u64>().sub(1));
        }
        if (*d).entries.is_null() {
            return;
        }
        marker.visit_object((*d).entries.cast::<u64>().sub(1));
        let (kd, vd) = (key_desc(d), value_desc(d));
        if kd.is_traced() || vd.is_traced() {
            for e in entries(d) {
                if e.hash != HOLE {
                    marker.visit_value(e.key, kd);
                    marker.visit_value(e.value, vd);
                }
            }
        }
    }
}

/// A new empty dict of type `desc` with room for `cap` items.
#[no_mangle]
pub extern "C" fn kiln_rt_dict_new(desc: *const TypeDesc, cap: i64) -> *mut DictObject {
    alloc_dict(desc, cap)
}

/// `d[k]`; `KeyError: repr(k)` if missing.
///
/// # Safety
/// `d` must be a valid dict and `k` a value of its key type (also for
/// every `kiln_rt_dict_*` function below: words of the dict's key and
/// value types).
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_getitem(d: *const DictObject, k: u64) -> u64 {
    // SAFETY: per the contract.
    unsafe {
        match get(d, k).or_raise() {
            Some(v) => v,
            None if (*d).default == COUNTER => crate::Int::from_i64(0).raw() as u64,
            None if (*d).default != 0 => {
                let v = empty_value(value_desc(d));
                insert(d.cast_mut(), k, v).or_raise();
                v
            }
            None => key_error(d, k),
        }
    }
}

/// [`DictObject::default`] of a `collections.Counter`.
pub const COUNTER: u64 = 2;

/// The `n` generated code passes for `most_common()` without one (no program writes it:
/// any other negative `n` takes nothing).
pub const MOST_COMMON_ALL: i64 = -(1 << 60);

/// Makes `d` (a `dict[T, int]`) a `collections.Counter`.
///
/// # Safety
/// `d` must be a valid dict of int values.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_make_counter(d: *mut DictObject) {
    // SAFETY: per the contract.
    unsafe { (*d).default = COUNTER }
}

/// Counts one more `k` in Counter `d`.
///
/// # Safety
/// `d` must be a valid dict of int values and `k` a value of its key type.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_counter_add(d: *mut DictObject, k: u64) {
    // SAFETY: per the contract.
    unsafe {
        let count = match get(d, k).or_raise() {
            Some(v) => ops::int_word(v),
            None => crate::Int::from_i64(0),
        };
        let one = crate::Int::from_i64(1);
        let count = crate::int_ops::kiln_rt_int_add(count, one);
        insert(d, k, count.raw() as u64).or_raise();
    }
}

/// The items of Counter `d` from the most common, as `most_common()` and its repr list them
/// (equal counts in insertion order).
///
/// # Safety
/// `d` must be a valid dict of int values.
pub unsafe fn most_common(d: *const DictObject) -> Vec<(u64, u64)> {
    // SAFETY: per the contract.
    let mut items: Vec<(u64, u64)> = unsafe { live_entries(d) }.collect();
    items.sort_by(|a, b| crate::int_ops::cmp(ops::int_word(b.1), ops::int_word(a.1)));
    items
}

/// `c.most_common(n)` (`n` negative: all) as a list of type `desc` (`list[tuple[K, int]]`);
/// AttributeError for a dict that is no Counter, as CPython's.
///
/// # Safety
/// `d` must be a valid dict of int values and `desc` the descriptor of a list of its items.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_most_common(
    d: *const DictObject,
    n: crate::Int,
    desc: *const TypeDesc,
) -> *mut crate::list::ListObject {
    // SAFETY: per the contract.
    unsafe {
        if (*d).default != COUNTER {
            Error::new(
                ExcKind::AttributeError,
                "'dict' object has no attribute 'most_common'",
            )
            .raise()
        }
        let items = most_common(d);
        // CPython's `most_common(n)` takes at most `n` (none for a negative `n`); without `n`
        // ([`MOST_COMMON_ALL`] here) all.
        let positive = crate::int_ops::cmp(n, crate::Int::from_i64(0)).is_gt();
        let take = match n.small_value() {
            Some(MOST_COMMON_ALL) => items.len(),
            Some(n) => usize::try_from(n).unwrap_or(0).min(items.len()),
            None if positive => items.len(),
            None => 0,
        };
        let list = crate::list::alloc_list(desc, take as i64);
        let pair = (*desc).arg(0);
        for &(k, v) in &items[..take] {
            let t = crate::list::alloc_tuple(pair, 2);
            let words = crate::list::tuple_items_mut(t);
            *words = k;
            *words.add(1) = v;
            crate::list::kiln_rt_list_append(list, t as u64);
        }
        list
    }
}

/// Makes `d` a `collections.defaultdict` whose factory is its value type (see
/// [`DictObject::default`]).
///
/// # Safety
/// `d` must be a valid dict whose value type [`empty_value`] can make.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_make_default(d: *mut DictObject) {
    // SAFETY: per the contract.
    unsafe { (*d).default = 1 }
}

/// What calling the class of values of type `desc` without arguments makes: `int()` is 0,
/// `list()` a new empty list, ...
fn empty_value(desc: &'static TypeDesc) -> u64 {
    match desc.tag() {
        Tag::Int => crate::Int::from_i64(0).raw() as u64,
        Tag::Float => 0f64.to_bits(),
        Tag::Bool | Tag::None => 0,
        Tag::Str => crate::object::new_str("") as u64,
        Tag::List => crate::list::alloc_list(desc, 0) as u64,
        Tag::Set | Tag::FrozenSet => crate::set::alloc_set(desc) as u64,
        Tag::Dict => alloc_dict(desc, 0) as u64,
        Tag::Tuple => crate::list::kiln_rt_tuple_new(desc, 0) as u64,
        _ => Error::new(ExcKind::TypeError, "no default value for this type").raise(),
    }
}

/// `d[k] = v`.
///
/// # Safety
/// See [`kiln_rt_dict_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_setitem(d: *mut DictObject, k: u64, v: u64) {
    // SAFETY: per the contract.
    unsafe { insert(d, k, v) }.or_raise()
}

/// `del d[k]`; `KeyError: repr(k)` if missing.
///
/// # Safety
/// See [`kiln_rt_dict_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_delitem(d: *mut DictObject, k: u64) {
    // SAFETY: per the contract.
    unsafe {
        if remove(d, k).or_raise().is_none() {
            key_error(d, k)
        }
    }
}

/// `k in d` (1 or 0).
///
/// # Safety
/// See [`kiln_rt_dict_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_contains(d: *const DictObject, k: u64) -> i32 {
    // SAFETY: per the contract.
    i32::from(unsafe { get(d, k) }.or_raise().is_some())
}

/// `d.get(k, default)`.
///
/// # Safety
/// See [`kiln_rt_dict_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_get(d: *const DictObject, k: u64, default: u64) -> u64 {
    // SAFETY: per the contract.
    unsafe { get(d, k) }.or_raise().unwrap_or(default)
}

/// `d.setdefault(k, default)`: the value of `k`, inserting `default` first
/// if `k` is missing.
///
/// # Safety
/// See [`kiln_rt_dict_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_setdefault(d: *mut DictObject, k: u64, default: u64) -> u64 {
    // SAFETY: per the contract.
    unsafe {
        let hash = key_hash(d, k).or_raise();
        if let Lookup::Found { pos, .. } = lookup(d, k, hash) {
            return (*(*d).entries.add(pos as usize)).value;
        }
        insert_hashed(d, k, default, hash);
        default
    }
}

/// `d.pop(k)`; `KeyError: repr(k)` if missing.
///
/// # Safety
/// See [`kiln_rt_dict_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_pop(d: *mut DictObject, k: u64) -> u64 {
    // SAFETY: per the contract.
    unsafe {
        match remove(d, k).or_raise() {
            Some(v) => v,
            None => key_error(d, k),
        }
    }
}

/// `d.pop(k, default)`.
///
/// # Safety
/// See [`kiln_rt_dict_getitem`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_pop_default(d: *mut DictObject, k: u64, default: u64) -> u64 {
    // SAFETY: per the contract.
    unsafe { remove(d, k) }.or_raise().unwrap_or(default)
}

/// Removes the last item and returns it as a `(key, value)` tuple.
///
/// # Safety
/// `d` must be a valid dict.
pub unsafe fn popitem(d: *mut DictObject) -> Result<(u64, u64)> {
    // SAFETY: per the contract; the last live entry is found by its hash.
    unsafe {
        if (*d).len == 0 {
            return Err(Error::new(
                ExcKind::KeyError,
                "'popitem(): dictionary is empty'",
            ));
        }
        let mut pos = (*d).nentries - 1;
        while (*(*d).entries.add(pos as usize)).hash == HOLE {
            pos -= 1;
        }
        let e = *(*d).entries.add(pos as usize);
        let mask = (*d).mask as u64;
        let mut perturb = e.hash as u64;
        let mut i = e.hash as u64 & mask;
        while *(*d).indices.add(i as usize) != pos {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
        remove_at(d, i as i64, pos);
        // As CPython: the popped position is reused by the next insertion.
        (*d).nentries = pos;
        Ok((e.key, e.value))
    }
}

/// `d.popitem()`: the last item as a tuple of type `tuple_desc`;
/// `KeyError: 'popitem(): dictionary is empty'`.
///
/// # Safety
/// `d` must be a valid dict and `tuple_desc` the type `tuple[K, V]`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_popitem(
    d: *mut DictObject,
    tuple_desc: *const TypeDesc,
) -> *mut TupleObject {
    // SAFETY: per the contract.
    unsafe {
        let (k, v) = popitem(d).or_raise();
        let t = alloc_tuple(tuple_desc, 2);
        let words = tuple_items_mut(t);
        words.write(k);
        words.add(1).write(v);
        t
    }
}

/// `d.update(other)` for a dict of the same type.
///
/// # Safety
/// `d` and `other` must be valid dicts of the same type.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_update(d: *mut DictObject, other: *const DictObject) {
    // SAFETY: per the contract.
    unsafe { update(d, other) }
}

/// `d.copy()`: a new dict of the same type and items.
///
/// # Safety
/// `d` must be a valid dict.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_copy(d: *const DictObject) -> *mut DictObject {
    // SAFETY: per the contract.
    unsafe {
        let copy = alloc_dict((*d).desc, (*d).len);
        (*copy).default = (*d).default;
        update(copy, d);
        copy
    }
}

/// `d.clear()`.
///
/// # Safety
/// `d` must be a valid dict.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_clear(d: *mut DictObject) {
    // SAFETY: per the contract.
    unsafe { clear(d) }
}

/// `a | b`: a copy of `a` updated with `b` (of `a`'s type).
///
/// # Safety
/// `a` and `b` must be valid dicts of the same type.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_or(
    a: *const DictObject,
    b: *const DictObject,
) -> *mut DictObject {
    // SAFETY: per the contract.
    unsafe {
        let copy = kiln_rt_dict_copy(a);
        update(copy, b);
        copy
    }
}

/// Iteration: the position of the first live entry at or after `pos`, or
/// -1 at the end. `RuntimeError: dictionary changed size during iteration`
/// if `len(d)` is no longer `len_at_start`.
///
/// # Safety
/// `d` must be a valid dict; `pos >= 0`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_iter_next(
    d: *const DictObject,
    pos: i64,
    len_at_start: i64,
) -> i64 {
    // SAFETY: per the contract; positions are checked against `nentries`.
    unsafe {
        if (*d).len != len_at_start {
            Error::new(
                ExcKind::RuntimeError,
                "dictionary changed size during iteration",
            )
            .raise()
        }
        let mut i = pos.max(0);
        while i < (*d).nentries {
            if (*(*d).entries.add(i as usize)).hash != HOLE {
                return i;
            }
            i += 1;
        }
        -1
    }
}

/// The key of entry `i` (a position from [`kiln_rt_dict_iter_next`]).
///
/// # Safety
/// `d` must be a valid dict and `i` a live entry's position.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_entry_key(d: *const DictObject, i: i64) -> u64 {
    // SAFETY: per the contract.
    unsafe { (*(*d).entries.add(i as usize)).key }
}

/// The value of entry `i` (a position from [`kiln_rt_dict_iter_next`]).
///
/// # Safety
/// As for [`kiln_rt_dict_entry_key`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_entry_value(d: *const DictObject, i: i64) -> u64 {
    // SAFETY: per the contract.
    unsafe { (*(*d).entries.add(i as usize)).value }
}

/// A list of type `list_desc` of one word per item, chosen by `pick`.
///
/// # Safety
/// `d` must be a valid dict; `pick` returns values of the list's element type.
unsafe fn collect_list(
    d: *const DictObject,
    list_desc: *const TypeDesc,
    pick: impl Fn(&DictEntry) -> u64,
) -> *mut ListObject {
    // SAFETY: per the contract; the list has room for every item.
    unsafe {
        let list = alloc_list(list_desc, (*d).len);
        for e in entries(d) {
            if e.hash != HOLE {
                (*list).items.add((*list).len as usize).write(pick(e));
                (*list).len += 1;
            }
        }
        list
    }
}

/// `list(d)` / `list(d.keys())` as a list of type `list_desc`.
///
/// # Safety
/// `d` must be a valid dict and `list_desc` the type `list[K]`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_keys(
    d: *const DictObject,
    list_desc: *const TypeDesc,
) -> *mut ListObject {
    // SAFETY: per the contract.
    unsafe { collect_list(d, list_desc, |e| e.key) }
}

/// `list(d.values())` as a list of type `list_desc`.
///
/// # Safety
/// `d` must be a valid dict and `list_desc` the type `list[V]`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_values(
    d: *const DictObject,
    list_desc: *const TypeDesc,
) -> *mut ListObject {
    // SAFETY: per the contract.
    unsafe { collect_list(d, list_desc, |e| e.value) }
}

/// `list(d.items())` as a list of type `list_desc` (`list[tuple[K, V]]`;
/// the tuples get `list_desc.arg(0)`).
///
/// # Safety
/// `d` must be a valid dict and `list_desc` the type `list[tuple[K, V]]`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_dict_items(
    d: *const DictObject,
    list_desc: *const TypeDesc,
) -> *mut ListObject {
    // SAFETY: per the contract. Each tuple is stored in the list (which is
    // traced, `len` counting it) before the next allocation; the positions
    // are re-read because `d` cannot change meanwhile.
    unsafe {
        let tuple_desc = (*list_desc).arg(0);
        let list = alloc_list(list_desc, (*d).len);
        for i in 0..(*d).nentries {
            let e = *(*d).entries.add(i as usize);
            if e.hash == HOLE {
                continue;
            }
            let t = alloc_tuple(tuple_desc, 2);
            let words = tuple_items_mut(t);
            words.write(e.key);
            words.add(1).write(e.value);
            (*list).items.add((*list).len as usize).write(t as u64);
            (*list).len += 1;
        }
        list
    }
}
