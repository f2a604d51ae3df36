//! `str` indexing, slicing, iteration, searching (`in`, `find`, `index`,
//! `count`, `startswith`...), `ord` and `chr`, and the helpers the other
//! string-method modules share (optional int arguments, code-point
//! offsets, making result strings).
//!
//! Indices are in code points, as in Python; strings are UTF-8, so an index
//! is turned into a byte offset by a scan, except for ASCII strings (`len ==
//! nchars`), where the two agree. Every function behaves like CPython 3.11,
//! including its clamping of huge indices and its exception messages.
//! Results may share the operand or a static one-character string.

use crate::error::{err, or_raise, PyResult};
use crate::exc::ExcKind;
use crate::int::{Int, IntRef};
use crate::list::{alloc_list, kiln_rt_list_append, ListObject};
use crate::object::{new_str, new_str_counted, str_as_str, StrObject, EMPTY_STR, STATIC_BIT};
use crate::value::{LIST_OF_STR, NONE_INT};

/// A static one-character ASCII string, laid out like a compiler constant.
#[repr(C)]
struct CharStr {
    obj: StrObject,
    data: [u8; 1],
}

/// The 128 one-character ASCII strings, so iteration and indexing of ASCII
/// text never allocate.
static ASCII_CHARS: [CharStr; 128] = {
    const BLANK: CharStr = CharStr {
        obj: StrObject {
            header: STATIC_BIT,
            len: 1,
            nchars: 1,
            hash: crate::object::NOT_HASHED,
        },
        data: [0],
    };
    let mut table = [BLANK; 128];
    let mut i = 0;
    while i < 128 {
        table[i].data[0] = i as u8;
        i += 1;
    }
    table
};

/// The one-character string `c` (static for ASCII).
pub(crate) fn char_str(c: char) -> *const StrObject {
    if c.is_ascii() {
        &ASCII_CHARS[c as usize].obj
    } else {
        let mut buf = [0; 4];
        new_str_counted(c.encode_utf8(&mut buf), 1)
    }
}

/// An operand string as the method code sees it: the object, its text, and
/// whether it is ASCII (so code-point and byte offsets agree).
#[derive(Clone, Copy)]
pub(crate) struct Src<'a> {
    obj: *const StrObject,
    pub text: &'a str,
    pub nchars: usize,
}

impl<'a> Src<'a> {
    /// Reads a string operand.
    ///
    /// # Safety
    /// `obj` must point to a valid `StrObject` that outlives `'a`.
    pub unsafe fn new(obj: *const StrObject) -> Src<'a> {
        // SAFETY: per the contract.
        unsafe {
            Src {
                obj,
                text: str_as_str(obj),
                nchars: (*obj).nchars as usize,
            }
        }
    }

    /// Whether every character is ASCII.
    pub fn is_ascii(&self) -> bool {
        self.text.len() == self.nchars
    }

    /// The byte offset of code point `i` (`0 <= i <= nchars`).
    pub fn byte_of(&self, i: usize) -> usize {
        byte_offset(self.text, self.is_ascii(), i)
    }

    /// The code-point index of byte offset `b` (a character boundary).
    pub fn char_of(&self, b: usize) -> usize {
        if self.is_ascii() {
            b
        } else {
            self.text[..b].chars().count()
        }
    }

    /// A runtime string holding `piece`, a slice of this string's text:
    /// the operand itself when `piece` is all of it.
    pub fn sub(&self, piece: &str) -> *const StrObject {
        if piece.len() == self.text.len() {
            return self.obj;
        }
        make_str(piece, self.is_ascii())
    }
}

/// The byte offset of code point `i` of `text` (its length if `i` is past
/// the end).
pub(crate) fn byte_offset(text: &str, ascii: bool, i: usize) -> usize {
    if ascii {
        i.min(text.len())
    } else {
        text.char_indices().nth(i).map_or(text.len(), |(b, _)| b)
    }
}

/// A runtime string holding `text`; `ascii` says it is known to be ASCII
/// (saving the count). One-character ASCII strings are the static ones.
pub(crate) fn make_str(text: &str, ascii: bool) -> *const StrObject {
    match text.len() {
        0 => &EMPTY_STR,
        1 => char_str(char::from(text.as_bytes()[0])),
        n if ascii => new_str_counted(text, n as u64),
        _ => new_str(text),
    }
}

/// A new `list[str]` of the given pieces (slices of `src`'s text).
///
/// The list is allocated first and each string stored as soon as it is
/// made, so every string is reachable (through the list, which is on the
/// stack) when the next allocation may collect.
pub(crate) fn list_of_pieces(src: &Src<'_>, pieces: &[&str]) -> *mut ListObject {
    let list = alloc_list(&LIST_OF_STR, pieces.len() as i64);
    for piece in pieces {
        let word = src.sub(piece) as u64;
        // SAFETY: `list` is a valid list of str; `word` a str.
        unsafe { kiln_rt_list_append(list, word) };
    }
    list
}

/// An optional int argument: `None` for [`NONE_INT`].
pub(crate) fn opt_int(word: u64) -> Option<Int> {
    if word == NONE_INT {
        None
    } else {
        // SAFETY: generated code passes a valid int word or NONE_INT.
        Some(unsafe { Int::from_raw(word as i64) })
    }
}

/// An int as a slice index: big values clamp to the `i64` range, as
/// CPython's `_PyEval_SliceIndex` clamps to `Py_ssize_t`.
pub(crate) fn clamp_index(i: Int) -> i64 {
    match i.view() {
        IntRef::Small(v) => v,
        IntRef::Big(_) if i.is_negative() => i64::MIN,
        IntRef::Big(_) => i64::MAX,
    }
}

/// An int as a `Py_ssize_t` argument (`maxsplit`, `count`, `width`).
pub(crate) fn to_ssize(i: Int) -> PyResult<i64> {
    match i.to_i64() {
        Some(v) => Ok(v),
        None => err(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        ),
    }
}

/// An int as a C `int` argument (`chr`, `expandtabs`).
pub(crate) fn to_c_int(i: Int) -> PyResult<i32> {
    i.small_value()
        .and_then(|v| i32::try_from(v).ok())
        .map_or_else(
            || {
                err(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C int",
                )
            },
            Ok,
        )
}

/// An optional count (`maxsplit`, `count`): omitted or negative means
/// unlimited.
pub(crate) fn opt_count(word: u64) -> PyResult<usize> {
    match opt_int(word) {
        None => Ok(usize::MAX),
        Some(i) => {
            let v = to_ssize(i)?;
            Ok(usize::try_from(v).unwrap_or(usize::MAX))
        }
    }
}

/// `s[idx]`: the character at code point `idx` (negative counts from the end).
pub fn char_index(text: &str, nchars: usize, idx: Int) -> PyResult<char> {
    let Some(mut i) = idx.to_i64() else {
        return err(
            ExcKind::IndexError,
            "cannot fit 'int' into an index-sized integer",
        );
    };
    if i < 0 {
        i += nchars as i64;
    }
    if i < 0 || i >= nchars as i64 {
        return err(ExcKind::IndexError, "string index out of range");
    }
    let c = if text.len() == nchars {
        Some(char::from(text.as_bytes()[i as usize]))
    } else {
        text.chars().nth(i as usize)
    };
    c.map_or_else(|| err(ExcKind::IndexError, "string index out of range"), Ok)
}

/// A slice after CPython's `PySlice_Unpack` + `PySlice_AdjustIndices`:
/// the first index, the step and the number of items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceIndices {
    /// The first selected index.
    pub start: i64,
    /// The step (never 0).
    pub step: i64,
    /// How many items are selected.
    pub count: i64,
}

/// Resolves `[start:stop:step]` (each `None` when omitted) for a sequence of
/// `len` items. `ValueError: slice step cannot be zero`.
pub fn slice_indices(
    len: i64,
    start: Option<Int>,
    stop: Option<Int>,
    step: Option<Int>,
) -> PyResult<SliceIndices> {
    // CPython clamps the step to [-PY_SSIZE_T_MAX, PY_SSIZE_T_MAX] so that
    // negating it cannot overflow.
    let step = step.map_or(1, clamp_index).max(-i64::MAX);
    if step == 0 {
        return err(ExcKind::ValueError, "slice step cannot be zero");
    }
    let default = |for_start: bool| {
        if (step < 0) == for_start {
            i64::MAX
        } else if step < 0 {
            i64::MIN
        } else {
            0
        }
    };
    let adjust = |v: i64| {
        if v < 0 {
            let v = v + len;
            if v < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                v
            }
        } else if v >= len {
            if step < 0 {
                len - 1
            } else {
                len
            }
        } else {
            v
        }
    };
    let start = adjust(start.map_or(default(true), clamp_index));
    let stop = adjust(stop.map_or(default(false), clamp_index));
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / -step + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok(SliceIndices { start, step, count })
}

/// The text of `s[start:stop:step]` for resolved indices.
pub fn slice_text(text: &str, nchars: usize, sl: SliceIndices) -> String {
    let ascii = text.len() == nchars;
    let count = sl.count as usize;
    if sl.step == 1 {
        let from = byte_offset(text, ascii, sl.start as usize);
        let to = if ascii {
            from + count
        } else {
            from + byte_offset(&text[from..], false, count)
        };
        return text[from..to].to_string();
    }
    let mut out = String::with_capacity(if ascii { count } else { count * 2 });
    if ascii {
        let bytes = text.as_bytes();
        let mut i = sl.start;
        for _ in 0..count {
            out.push(char::from(bytes[i as usize]));
            i += sl.step;
        }
    } else if sl.step > 0 {
        out.extend(
            text.chars()
                .skip(sl.start as usize)
                .step_by(sl.step as usize)
                .take(count),
        );
    } else {
        let chars: Vec<char> = text.chars().collect();
        let mut i = sl.start;
        for _ in 0..count {
            out.push(chars[i as usize]);
            i += sl.step;
        }
    }
    out
}

/// CPython's `ADJUST_INDICES` for `find`/`count`/`startswith`: the optional
/// `start`/`end` as code-point indices (`start` may exceed `len`; then no
/// substring fits).
pub fn adjust_indices(len: usize, start: Option<Int>, end: Option<Int>) -> (i64, i64) {
    let len = len as i64;
    let mut start = start.map_or(0, clamp_index);
    let mut end = end.map_or(len, clamp_index);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// The part of `src` between code points `start` and `end` (adjusted, with
/// `end - start >= 0`), and the byte offset where it begins.
fn window<'a>(src: &Src<'a>, start: i64, end: i64) -> (&'a str, usize) {
    let from = src.byte_of(start as usize);
    let to = if src.is_ascii() {
        end as usize
    } else {
        from + byte_offset(&src.text[from..], false, (end - start) as usize)
    };
    (&src.text[from..to], from)
}

/// Which end a search starts from.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    Forward,
    Backward,
}

/// `s.find(sub, start, end)` / `s.rfind(...)`: the code-point index, or -1.
pub(crate) fn find(src: &Src<'_>, sub: &Src<'_>, start: u64, end: u64, dir: Dir) -> i64 {
    let (start, end) = adjust_indices(src.nchars, opt_int(start), opt_int(end));
    if end - start < sub.nchars as i64 {
        return -1;
    }
    let (hay, from) = window(src, start, end);
    let found = match dir {
        Dir::Forward => hay.find(sub.text),
        Dir::Backward => hay.rfind(sub.text),
    };
    match found {
        Some(b) => src.char_of(from + b) as i64,
        None => -1,
    }
}

/// `s.count(sub, start, end)`: non-overlapping occurrences.
pub(crate) fn count(src: &Src<'_>, sub: &Src<'_>, start: u64, end: u64) -> i64 {
    let (start, end) = adjust_indices(src.nchars, opt_int(start), opt_int(end));
    if end - start < sub.nchars as i64 {
        return 0;
    }
    if sub.text.is_empty() {
        return end - start + 1;
    }
    window(src, start, end).0.matches(sub.text).count() as i64
}

/// `s.startswith(p, start, end)` / `s.endswith(...)` (CPython's `tailmatch`).
pub(crate) fn tail_match(src: &Src<'_>, sub: &Src<'_>, start: u64, end: u64, dir: Dir) -> bool {
    let (start, end) = adjust_indices(src.nchars, opt_int(start), opt_int(end));
    if end - (sub.nchars as i64) < start {
        return false;
    }
    let hay = window(src, start, end).0;
    match dir {
        Dir::Forward => hay.starts_with(sub.text),
        Dir::Backward => hay.ends_with(sub.text),
    }
}

/// `ord(s)` of a string of `nchars` characters.
pub fn ord(text: &str, nchars: usize) -> PyResult<u32> {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(u32::from(c)),
        _ => err(
            ExcKind::TypeError,
            format!("ord() expected a character, but string of length {nchars} found"),
        ),
    }
}

/// `chr(i)`. Surrogates (U+D800..U+DFFF) are valid in CPython but cannot be
/// held by a UTF-8 string: kiln raises ValueError for them.
pub fn chr(i: Int) -> PyResult<char> {
    let v = to_c_int(i)?;
    if !(0..0x110000).contains(&v) {
        return err(ExcKind::ValueError, "chr() arg not in range(0x110000)");
    }
    match char::from_u32(v as u32) {
        Some(c) => Ok(c),
        None => err(
            ExcKind::ValueError,
            format!("kiln: chr({v:#x}) is a lone surrogate, which kiln strings cannot hold"),
        ),
    }
}

/// `s[idx]`: a one-character string. `IndexError: string index out of
/// range`; `IndexError: cannot fit 'int' into an index-sized integer` for
/// a big `idx`.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_getitem(s: *const StrObject, idx: Int) -> *const StrObject {
    // SAFETY: the caller passes a valid object.
    let src = unsafe { Src::new(s) };
    char_str(or_raise(char_index(src.text, src.nchars, idx)))
}

/// `s[start:stop:step]`; each bound is an int word or `NONE_INT` (omitted).
/// Huge bounds clamp as in CPython. `ValueError: slice step cannot be zero`.
///
/// # Safety
/// `s` must point to a valid `StrObject`; the bounds must be int words or
/// `NONE_INT`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_slice(
    s: *const StrObject,
    start: u64,
    stop: u64,
    step: u64,
) -> *const StrObject {
    // SAFETY: the caller passes a valid object.
    let src = unsafe { Src::new(s) };
    let sl = or_raise(slice_indices(
        src.nchars as i64,
        opt_int(start),
        opt_int(stop),
        opt_int(step),
    ));
    if sl.step == 1 && sl.count as usize == src.nchars {
        return s;
    }
    let text = slice_text(src.text, src.nchars, sl);
    make_str(&text, src.is_ascii())
}

/// The one-character string starting at byte offset `byte_pos` of `s`, for
/// iteration: generated code advances `byte_pos` by the result's `len`.
/// ASCII characters are shared static strings. An offset that is not a
/// character start inside `s` (a codegen bug) gives `''`.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_char_at(
    s: *const StrObject,
    byte_pos: i64,
) -> *const StrObject {
    // SAFETY: the caller passes a valid object.
    let text = unsafe { str_as_str(s) };
    let c = usize::try_from(byte_pos)
        .ok()
        .and_then(|b| text.get(b..))
        .and_then(|rest| rest.chars().next());
    c.map_or(&EMPTY_STR, char_str)
}

/// `sub in s`: 1 or 0.
///
/// # Safety
/// `s` and `sub` must point to valid `StrObject`s.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_contains(s: *const StrObject, sub: *const StrObject) -> i32 {
    // SAFETY: the caller passes valid objects.
    let (s, sub) = unsafe { (str_as_str(s), str_as_str(sub)) };
    i32::from(s.contains(sub))
}

/// `s.find(sub, start, end)`: the lowest code-point index of `sub` within
/// `s[start:end]`, or -1. `start`/`end` are int words or `NONE_INT`.
///
/// # Safety
/// `s` and `sub` must point to valid `StrObject`s.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_find(
    s: *const StrObject,
    sub: *const StrObject,
    start: u64,
    end: u64,
) -> Int {
    // SAFETY: the caller passes valid objects.
    let (src, sub) = unsafe { (Src::new(s), Src::new(sub)) };
    Int::from_i64(find(&src, &sub, start, end, Dir::Forward))
}

/// `s.rfind(sub, start, end)`: the highest index, or -1.
///
/// # Safety
/// As [`kiln_rt_str_find`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_rfind(
    s: *const StrObject,
    sub: *const StrObject,
    start: u64,
    end: u64,
) -> Int {
    // SAFETY: the caller passes valid objects.
    let (src, sub) = unsafe { (Src::new(s), Src::new(sub)) };
    Int::from_i64(find(&src, &sub, start, end, Dir::Backward))
}

/// The index, or `ValueError: substring not found`.
fn found_or_raise(i: i64) -> Int {
    if i < 0 {
        or_raise(err(ExcKind::ValueError, "substring not found"))
    } else {
        Int::from_i64(i)
    }
}

/// `s.index(sub, start, end)`: as `find`, but `ValueError: substring not
/// found` instead of -1.
///
/// # Safety
/// As [`kiln_rt_str_find`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_index(
    s: *const StrObject,
    sub: *const StrObject,
    start: u64,
    end: u64,
) -> Int {
    // SAFETY: the caller passes valid objects.
    let (src, sub) = unsafe { (Src::new(s), Src::new(sub)) };
    found_or_raise(find(&src, &sub, start, end, Dir::Forward))
}

/// `s.rindex(sub, start, end)`.
///
/// # Safety
/// As [`kiln_rt_str_find`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_rindex(
    s: *const StrObject,
    sub: *const StrObject,
    start: u64,
    end: u64,
) -> Int {
    // SAFETY: the caller passes valid objects.
    let (src, sub) = unsafe { (Src::new(s), Src::new(sub)) };
    found_or_raise(find(&src, &sub, start, end, Dir::Backward))
}

/// `s.count(sub, start, end)`: non-overlapping occurrences (`len + 1` for
/// an empty `sub`).
///
/// # Safety
/// As [`kiln_rt_str_find`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_count(
    s: *const StrObject,
    sub: *const StrObject,
    start: u64,
    end: u64,
) -> Int {
    // SAFETY: the caller passes valid objects.
    let (src, sub) = unsafe { (Src::new(s), Src::new(sub)) };
    Int::from_i64(count(&src, &sub, start, end))
}

/// `s.startswith(prefix, start, end)`: 1 or 0. (A tuple of prefixes is a
/// loop in generated code.)
///
/// # Safety
/// As [`kiln_rt_str_find`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_startswith(
    s: *const StrObject,
    prefix: *const StrObject,
    start: u64,
    end: u64,
) -> i32 {
    // SAFETY: the caller passes valid objects.
    let (src, sub) = unsafe { (Src::new(s), Src::new(prefix)) };
    i32::from(tail_match(&src, &sub, start, end, Dir::Forward))
}

/// `s.endswith(suffix, start, end)`: 1 or 0.
///
/// # Safety
/// As [`kiln_rt_str_find`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_endswith(
    s: *const StrObject,
    suffix: *const StrObject,
    start: u64,
    end: u64,
) -> i32 {
    // SAFETY: the caller passes valid objects.
    let (src, sub) = unsafe { (Src::new(s), Src::new(suffix)) };
    i32::from(tail_match(&src, &sub, start, end, Dir::Backward))
}

/// `ord(s)`: `TypeError: ord() expected a character, but string of length
/// N found` unless `s` has exactly one character.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_ord(s: *const StrObject) -> Int {
    // SAFETY: the caller passes a valid object.
    let src = unsafe { Src::new(s) };
    Int::from_i64(i64::from(or_raise(ord(src.text, src.nchars))))
}

/// `chr(i)`: `ValueError: chr() arg not in range(0x110000)`;
/// `OverflowError: Python int too large to convert to C int` outside the C
/// `int` range. A surrogate code point raises a kiln ValueError (kiln
/// strings are UTF-8).
#[no_mangle]
pub extern "C" fn kiln_rt_str_chr(i: Int) -> *const StrObject {
    char_str(or_raise(chr(i)))
}

#[cfg(test)]
#[path = "str_methods_tests.rs"]
mod tests;
