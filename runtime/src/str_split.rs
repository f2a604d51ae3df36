//! `str` methods that cut, join, trim, replace and pad: `split`, `rsplit`,
//! `splitlines`, `join`, `strip` and friends, `replace`, `partition`,
//! `center`/`ljust`/`rjust`/`zfill`, `expandtabs`, `removeprefix`/`suffix`.
//!
//! Each has a pure helper working on `&str` (unit-tested against CPython's
//! output) and an `extern "C"` wrapper. Lists are built so every new string
//! is reachable by the collector as soon as it exists (see
//! [`list_of_pieces`]). Results may be the operand itself when unchanged.

use crate::error::{err, or_raise, PyResult};
use crate::exc::ExcKind;
use crate::int::Int;
use crate::list::{
    alloc_list, alloc_tuple, kiln_rt_list_append, list_items, tuple_items_mut, ListObject,
    TupleObject,
};
use crate::object::{alloc_str, str_bytes, str_data_mut, StrObject, EMPTY_STR};
use crate::str_methods::{list_of_pieces, make_str, opt_count, to_c_int, to_ssize, Src};
use crate::unicode::is_space;
use crate::value::{TypeDesc, LIST_OF_STR};

/// `s.split()` / `s.split(None, maxsplit)`: runs of non-whitespace; after
/// `maxsplit` splits the rest (leading whitespace skipped) is one piece.
pub fn split_whitespace(s: &str, maxsplit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if out.len() == maxsplit {
            out.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(is_space);
    }
    out
}

/// `s.rsplit()` / `s.rsplit(None, maxsplit)`, in left-to-right order.
pub fn rsplit_whitespace(s: &str, maxsplit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if out.len() == maxsplit {
            out.push(rest);
            break;
        }
        let start = rest.rfind(is_space).map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
        out.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(is_space);
    }
    out.reverse();
    out
}

/// `s.split(sep, maxsplit)` for a non-empty `sep`.
pub fn split_sep<'a>(s: &'a str, sep: &str, maxsplit: usize) -> Vec<&'a str> {
    s.splitn(maxsplit.saturating_add(1), sep).collect()
}

/// `s.rsplit(sep, maxsplit)` for a non-empty `sep`, in left-to-right order.
pub fn rsplit_sep<'a>(s: &'a str, sep: &str, maxsplit: usize) -> Vec<&'a str> {
    let mut out: Vec<&str> = s.rsplitn(maxsplit.saturating_add(1), sep).collect();
    out.reverse();
    out
}

/// CPython's line boundaries for `splitlines`.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `s.splitlines(keepends)`: `\r\n` is one boundary.
pub fn split_lines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && iter.peek().is_some_and(|&(_, n)| n == '\n') {
            iter.next();
            end += 1;
        }
        out.push(&s[start..if keepends { end } else { i }]);
        start = end;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// Which ends `strip` trims.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Ends {
    Both,
    Left,
    Right,
}

/// `s.strip(chars)` (whitespace when `chars` is `None`), `lstrip`, `rstrip`.
pub fn strip<'a>(s: &'a str, chars: Option<&str>, ends: Ends) -> &'a str {
    let pred = |c: char| match chars {
        None => is_space(c),
        Some(set) => set.contains(c),
    };
    let s = if ends == Ends::Right {
        s
    } else {
        s.trim_start_matches(pred)
    };
    if ends == Ends::Left {
        s
    } else {
        s.trim_end_matches(pred)
    }
}

/// `s.replace(old, new, count)` (`count` `usize::MAX` for all). An empty
/// `old` inserts `new` before every character and at the end.
pub fn replace(s: &str, old: &str, new: &str, count: usize) -> String {
    s.replacen(old, new, count)
}

/// The padding CPython's `pad()` puts left and right of a string of
/// `len` characters to reach `width` for `center`.
fn center_padding(len: i64, width: i64) -> (usize, usize) {
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    (left as usize, (marg - left) as usize)
}

/// How `pad` places the text.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Justify {
    Left,
    Right,
    Center,
}

/// An empty string with room for `bytes` bytes; `MemoryError` (as CPython) when they
/// cannot be allocated.
fn string_with_capacity(bytes: usize) -> String {
    let mut out = String::new();
    if out.try_reserve_exact(bytes).is_err() {
        crate::exc::raise(ExcKind::MemoryError, "")
    }
    out
}

/// `s.ljust/rjust/center(width, fill)`, or `None` when `s` is wide enough
/// already (the operand is the result).
pub fn justify(s: &str, nchars: usize, width: i64, fill: char, how: Justify) -> Option<String> {
    if width <= nchars as i64 {
        return None;
    }
    let marg = (width - nchars as i64) as usize;
    let (left, right) = match how {
        Justify::Left => (0, marg),
        Justify::Right => (marg, 0),
        Justify::Center => center_padding(nchars as i64, width),
    };
    let mut out =
        string_with_capacity(s.len().saturating_add(marg.saturating_mul(fill.len_utf8())));
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Some(out)
}

/// `s.zfill(width)`, or `None` when already wide enough: zeros on the left,
/// after a leading sign.
pub fn zfill(s: &str, nchars: usize, width: i64) -> Option<String> {
    if width <= nchars as i64 {
        return None;
    }
    let fill = (width - nchars as i64) as usize;
    let (sign, digits) = match s.as_bytes().first() {
        Some(b'+' | b'-') => s.split_at(1),
        _ => ("", s),
    };
    let mut out = string_with_capacity(s.len().saturating_add(fill));
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(digits);
    Some(out)
}

/// `s.expandtabs(tabsize)`: each tab becomes spaces up to the next multiple
/// of `tabsize` (column reset by `\n` and `\r`); tabs vanish for
/// `tabsize <= 0`. `MemoryError` if the result cannot be allocated.
pub fn expand_tabs(s: &str, tabsize: i32) -> PyResult<String> {
    let mut out = String::new();
    let mut column: u64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize as u64 - column % tabsize as u64;
                column += incr;
                if out.try_reserve(incr as usize).is_err() {
                    return err(ExcKind::MemoryError, "");
                }
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            column += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                column = 0;
            }
        }
    }
    Ok(out)
}

/// `s.split(sep, maxsplit)` (`right`: `rsplit`) with the arguments as
/// CPython checks them: `maxsplit` (an int word or `NONE_INT`) first, then
/// `ValueError: empty separator`.
pub fn split_checked<'a>(
    s: &'a str,
    sep: Option<&str>,
    maxsplit: u64,
    right: bool,
) -> PyResult<Vec<&'a str>> {
    let maxsplit = opt_count(maxsplit)?;
    Ok(match (sep, right) {
        (Some(""), _) => return err(ExcKind::ValueError, "empty separator"),
        (None, false) => split_whitespace(s, maxsplit),
        (None, true) => rsplit_whitespace(s, maxsplit),
        (Some(sep), false) => split_sep(s, sep, maxsplit),
        (Some(sep), true) => rsplit_sep(s, sep, maxsplit),
    })
}

/// The text of an optional string argument (null when omitted).
///
/// # Safety
/// `p` must be null or point to a valid `StrObject`.
unsafe fn opt_text<'a>(p: *const StrObject) -> Option<&'a str> {
    // SAFETY: non-null pointers are valid per the contract.
    (!p.is_null()).then(|| unsafe { Src::new(p) }.text)
}

/// `s.split(sep, maxsplit)`: `sep` null for whitespace splitting,
/// `maxsplit` an int word, `NONE_INT` or negative for no limit.
/// `ValueError: empty separator`; `OverflowError: Python int too large to
/// convert to C ssize_t` for a big `maxsplit`.
///
/// # Safety
/// `s` must point to a valid `StrObject`, `sep` too or be null.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_split(
    s: *const StrObject,
    sep: *const StrObject,
    maxsplit: u64,
) -> *mut ListObject {
    // SAFETY: the caller passes valid objects.
    let (src, sep) = unsafe { (Src::new(s), opt_text(sep)) };
    if sep.is_none() && matches!(opt_count(maxsplit), Ok(usize::MAX)) && src.is_ascii() {
        return split_ascii_whitespace(&src);
    }
    list_of_pieces(
        &src,
        &or_raise(split_checked(src.text, sep, maxsplit, false)),
    )
}

/// `s.split()` of ASCII text (the common case), each word stored into the list as it is
/// made, with no vector of pieces in between.
fn split_ascii_whitespace(src: &Src<'_>) -> *mut ListObject {
    // The ASCII characters `str.isspace` accepts: \t \n \v \f \r, \x1c-\x1f and space.
    let space = |b: u8| matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' ');
    let bytes = src.text.as_bytes();
    // Count the words first (a word starts wherever a non-space follows a space or the
    // start), so the list is allocated once, at its final size.
    let mut count = 0usize;
    let mut previous_space = true;
    for &b in bytes {
        let is_space = space(b);
        count += usize::from(previous_space & !is_space);
        previous_space = is_space;
    }
    let list = alloc_list(&LIST_OF_STR, count as i64);
    let mut at = 0;
    while at < bytes.len() {
        while at < bytes.len() && space(bytes[at]) {
            at += 1;
        }
        let start = at;
        while at < bytes.len() && !space(bytes[at]) {
            at += 1;
        }
        if start < at {
            // SAFETY: a run of ASCII bytes of ASCII text is valid UTF-8.
            let piece = unsafe { std::str::from_utf8_unchecked(&bytes[start..at]) };
            // SAFETY: `list` is a valid list of str (reachable from the stack while the next
            // string is made); `src.sub` returns a str.
            unsafe { kiln_rt_list_append(list, src.sub(piece) as u64) };
        }
    }
    list
}

/// `s.rsplit(sep, maxsplit)`: as [`kiln_rt_str_split`], splitting from the
/// right.
///
/// # Safety
/// As [`kiln_rt_str_split`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_rsplit(
    s: *const StrObject,
    sep: *const StrObject,
    maxsplit: u64,
) -> *mut ListObject {
    // SAFETY: the caller passes valid objects.
    let (src, sep) = unsafe { (Src::new(s), opt_text(sep)) };
    list_of_pieces(
        &src,
        &or_raise(split_checked(src.text, sep, maxsplit, true)),
    )
}

/// `s.splitlines(keepends)`.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_splitlines(
    s: *const StrObject,
    keepends: i32,
) -> *mut ListObject {
    // SAFETY: the caller passes a valid object.
    let src = unsafe { Src::new(s) };
    list_of_pieces(&src, &split_lines(src.text, keepends != 0))
}

/// `sep.join(list)` for a `list[str]`: the list's only item itself, `''`
/// for an empty list.
///
/// # Safety
/// `sep` must point to a valid `StrObject` and `list` to a valid list whose
/// elements are strings.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_join_list(
    sep: *const StrObject,
    list: *const ListObject,
) -> *const StrObject {
    // SAFETY: the caller passes a valid list of str.
    let items = unsafe { list_items(list) };
    match items {
        [] => return &EMPTY_STR,
        [only] => return *only as *const StrObject,
        _ => {}
    }
    // SAFETY: the caller passes valid objects.
    let (sep_len, sep_chars) = unsafe { ((*sep).len, (*sep).nchars) };
    let gaps = items.len() as u64 - 1;
    let mut len = sep_len.checked_mul(gaps);
    let mut nchars = sep_chars * gaps;
    for &w in items {
        let p = w as *const StrObject;
        // SAFETY: every item is a valid string.
        unsafe {
            len = len.and_then(|l| l.checked_add((*p).len));
            nchars += (*p).nchars;
        }
    }
    let Some(len) = len.filter(|&l| l <= isize::MAX as u64) else {
        or_raise(err(
            ExcKind::OverflowError,
            "join() result is too long for a Python string",
        ))
    };
    let out = alloc_str(len);
    // SAFETY: `out` is fresh with `len` bytes, the total of the items and
    // separators copied below; the list is unchanged meanwhile (the
    // program is single-threaded).
    unsafe {
        let data = str_data_mut(out);
        let sep_bytes = str_bytes(sep);
        let mut at = 0;
        for (i, &w) in items.iter().enumerate() {
            if i > 0 {
                data[at..at + sep_bytes.len()].copy_from_slice(sep_bytes);
                at += sep_bytes.len();
            }
            let bytes = str_bytes(w as *const StrObject);
            data[at..at + bytes.len()].copy_from_slice(bytes);
            at += bytes.len();
        }
        (*out).nchars = nchars;
    }
    out
}

/// The common body of the three strip functions.
///
/// # Safety
/// `s` must be valid, `chars` valid or null.
unsafe fn strip_export(
    s: *const StrObject,
    chars: *const StrObject,
    ends: Ends,
) -> *const StrObject {
    // SAFETY: per the contract.
    let (src, chars) = unsafe { (Src::new(s), opt_text(chars)) };
    src.sub(strip(src.text, chars, ends))
}

/// `s.strip(chars)`: `chars` null for whitespace (`str.isspace()`).
///
/// # Safety
/// `s` must point to a valid `StrObject`, `chars` too or be null.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_strip(
    s: *const StrObject,
    chars: *const StrObject,
) -> *const StrObject {
    // SAFETY: per the contract.
    unsafe { strip_export(s, chars, Ends::Both) }
}

/// `s.lstrip(chars)`.
///
/// # Safety
/// As [`kiln_rt_str_strip`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_lstrip(
    s: *const StrObject,
    chars: *const StrObject,
) -> *const StrObject {
    // SAFETY: per the contract.
    unsafe { strip_export(s, chars, Ends::Left) }
}

/// `s.rstrip(chars)`.
///
/// # Safety
/// As [`kiln_rt_str_strip`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_rstrip(
    s: *const StrObject,
    chars: *const StrObject,
) -> *const StrObject {
    // SAFETY: per the contract.
    unsafe { strip_export(s, chars, Ends::Right) }
}

/// `s.replace(old, new, count)`: `count` an int word, `NONE_INT` or
/// negative for all. `OverflowError: Python int too large to convert to C
/// ssize_t` for a big `count`.
///
/// # Safety
/// `s`, `old` and `new` must point to valid `StrObject`s.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_replace(
    s: *const StrObject,
    old: *const StrObject,
    new: *const StrObject,
    count: u64,
) -> *const StrObject {
    // SAFETY: the caller passes valid objects.
    let (src, old, new) = unsafe { (Src::new(s), Src::new(old), Src::new(new)) };
    let count = or_raise(opt_count(count));
    if count == 0 || (!old.text.is_empty() && !src.text.contains(old.text)) {
        return s;
    }
    let out = replace(src.text, old.text, new.text, count);
    make_str(&out, src.is_ascii() && new.is_ascii())
}

/// Builds the 3-tuple of a partition; each string is stored as soon as it
/// exists, so the collector sees it.
fn partition_tuple(
    desc: *const TypeDesc,
    src: &Src<'_>,
    parts: [&str; 3],
    sep: *const StrObject,
) -> *mut TupleObject {
    let t = alloc_tuple(desc, 3);
    for (i, part) in parts.into_iter().enumerate() {
        let word = if i == 1 && !part.is_empty() {
            sep
        } else {
            src.sub(part)
        };
        // SAFETY: `t` is a fresh tuple of 3 words.
        unsafe { tuple_items_mut(t).add(i).write(word as u64) };
    }
    t
}

/// `s.partition(sep)` / `s.rpartition(sep)` as three slices (the middle
/// one `sep` or empty). `ValueError: empty separator`.
pub fn partition<'a>(s: &'a str, sep: &'a str, from_right: bool) -> PyResult<[&'a str; 3]> {
    if sep.is_empty() {
        return err(ExcKind::ValueError, "empty separator");
    }
    let found = if from_right {
        s.rfind(sep)
    } else {
        s.find(sep)
    };
    Ok(match found {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None if from_right => ["", "", s],
        None => [s, "", ""],
    })
}

/// The body of `partition` and `rpartition`.
///
/// # Safety
/// `s` and `sep` must be valid.
unsafe fn partition_export(
    s: *const StrObject,
    sep: *const StrObject,
    desc: *const TypeDesc,
    from_right: bool,
) -> *mut TupleObject {
    // SAFETY: per the contract.
    let (src, sep_text) = unsafe { (Src::new(s), Src::new(sep).text) };
    let parts = or_raise(partition(src.text, sep_text, from_right));
    partition_tuple(desc, &src, parts, sep)
}

/// `s.partition(sep)`: `(head, sep, tail)`, or `(s, '', '')`; `desc` is the
/// type `tuple[str, str, str]`. `ValueError: empty separator`.
///
/// # Safety
/// `s` and `sep` must point to valid `StrObject`s, `desc` to a tuple
/// descriptor of three `str` fields.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_partition(
    s: *const StrObject,
    sep: *const StrObject,
    desc: *const TypeDesc,
) -> *mut TupleObject {
    // SAFETY: per the contract.
    unsafe { partition_export(s, sep, desc, false) }
}

/// `s.rpartition(sep)`: split at the last `sep`, or `('', '', s)`.
///
/// # Safety
/// As [`kiln_rt_str_partition`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_rpartition(
    s: *const StrObject,
    sep: *const StrObject,
    desc: *const TypeDesc,
) -> *mut TupleObject {
    // SAFETY: per the contract.
    unsafe { partition_export(s, sep, desc, true) }
}

/// `s.center/ljust/rjust(width, fill)` with the arguments checked as
/// CPython does: the width first (`OverflowError: Python int too large to
/// convert to C ssize_t`), then `TypeError: The fill character must be
/// exactly one character long` (`fill` `None` for a space). `None` when
/// the string is wide enough already.
pub fn justify_checked(
    s: &str,
    nchars: usize,
    width: Int,
    fill: Option<&str>,
    how: Justify,
) -> PyResult<Option<String>> {
    let width = to_ssize(width)?;
    let fill = match fill.map(|f| {
        let mut chars = f.chars();
        (chars.next(), chars.next())
    }) {
        None => ' ',
        Some((Some(c), None)) => c,
        Some(_) => {
            return err(
                ExcKind::TypeError,
                "The fill character must be exactly one character long",
            )
        }
    };
    Ok(justify(s, nchars, width, fill, how))
}

/// The body of the three justification functions.
///
/// # Safety
/// `s` must be valid, `fill` valid or null.
unsafe fn justify_export(
    s: *const StrObject,
    width: Int,
    fill: *const StrObject,
    how: Justify,
) -> *const StrObject {
    // SAFETY: per the contract.
    let (src, fill) = unsafe { (Src::new(s), opt_text(fill)) };
    let ascii = src.is_ascii() && fill.is_none_or(str::is_ascii);
    match or_raise(justify_checked(src.text, src.nchars, width, fill, how)) {
        Some(out) => make_str(&out, ascii),
        None => s,
    }
}

/// `s.center(width, fill)`: `fill` null for a space; CPython's placement of
/// the odd padding character. `TypeError: The fill character must be
/// exactly one character long`; `OverflowError: Python int too large to
/// convert to C ssize_t` for a big width.
///
/// # Safety
/// `s` must point to a valid `StrObject`, `fill` too or be null.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_center(
    s: *const StrObject,
    width: Int,
    fill: *const StrObject,
) -> *const StrObject {
    // SAFETY: per the contract.
    unsafe { justify_export(s, width, fill, Justify::Center) }
}

/// `s.ljust(width, fill)`.
///
/// # Safety
/// As [`kiln_rt_str_center`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_ljust(
    s: *const StrObject,
    width: Int,
    fill: *const StrObject,
) -> *const StrObject {
    // SAFETY: per the contract.
    unsafe { justify_export(s, width, fill, Justify::Left) }
}

/// `s.rjust(width, fill)`.
///
/// # Safety
/// As [`kiln_rt_str_center`].
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_rjust(
    s: *const StrObject,
    width: Int,
    fill: *const StrObject,
) -> *const StrObject {
    // SAFETY: per the contract.
    unsafe { justify_export(s, width, fill, Justify::Right) }
}

/// `s.zfill(width)`.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_zfill(s: *const StrObject, width: Int) -> *const StrObject {
    // SAFETY: the caller passes a valid object.
    let src = unsafe { Src::new(s) };
    let width = or_raise(to_ssize(width));
    match zfill(src.text, src.nchars, width) {
        Some(out) => make_str(&out, src.is_ascii()),
        None => s,
    }
}

/// `s.expandtabs(tabsize)`. `OverflowError: Python int too large to
/// convert to C int` outside the C `int` range.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_expandtabs(
    s: *const StrObject,
    tabsize: Int,
) -> *const StrObject {
    // SAFETY: the caller passes a valid object.
    let src = unsafe { Src::new(s) };
    let tabsize = or_raise(to_c_int(tabsize));
    if !src.text.contains('\t') {
        return s;
    }
    make_str(&or_raise(expand_tabs(src.text, tabsize)), src.is_ascii())
}

/// `s.removeprefix(prefix)`.
///
/// # Safety
/// `s` and `prefix` must point to valid `StrObject`s.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_removeprefix(
    s: *const StrObject,
    prefix: *const StrObject,
) -> *const StrObject {
    // SAFETY: the caller passes valid objects.
    let (src, prefix) = unsafe { (Src::new(s), Src::new(prefix)) };
    src.sub(src.text.strip_prefix(prefix.text).unwrap_or(src.text))
}

/// `s.removesuffix(suffix)`.
///
/// # Safety
/// `s` and `suffix` must point to valid `StrObject`s.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_removesuffix(
    s: *const StrObject,
    suffix: *const StrObject,
) -> *const StrObject {
    // SAFETY: the caller passes valid objects.
    let (src, suffix) = unsafe { (Src::new(s), Src::new(suffix)) };
    src.sub(src.text.strip_suffix(suffix.text).unwrap_or(src.text))
}
