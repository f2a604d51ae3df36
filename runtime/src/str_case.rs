//! `str` case conversions (`upper`, `lower`, `title`, `capitalize`,
//! `swapcase`, `casefold`) and character-class predicates (`isdigit`,
//! `isalpha`, `isupper`, `istitle`, `isidentifier`...).
//!
//! Full Unicode mappings as CPython 3.11 applies them (`'ß'.upper()` is
//! `'SS'`, a final capital sigma lowers to `ς`), with CPython's Unicode
//! 14.0 character properties (see `unicode.rs` for where the data comes
//! from). Predicates follow CPython's definitions exactly, e.g. `isupper`
//! needs at least one cased character and no lowercase or titlecase one.

use crate::object::StrObject;
use crate::str_methods::{make_str, Src};
use crate::unicode::{
    is_alnum, is_alpha, is_case_ignorable, is_cased, is_decimal, is_digit, is_id_continue,
    is_id_start, is_lower, is_numeric, is_space, is_title, is_upper, push_fold, push_lower,
    push_title, push_upper,
};

/// Whether the capital sigma at char index `i` of `chars` is final:
/// preceded by a cased character and not followed by one, skipping
/// case-ignorable characters both ways (CPython's `final_sigma`).
fn is_final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    if !before.is_some_and(|&c| is_cased(c)) {
        return false;
    }
    let after = chars[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
    !after.is_some_and(|&c| is_cased(c))
}

/// Appends the lowercase of `chars[i]`, with the final-sigma rule.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    if chars[i] == '\u{3a3}' {
        out.push(if is_final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        push_lower(out, chars[i]);
    }
}

/// `s.upper()`.
pub fn upper(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_upper(&mut out, c));
    out
}

/// `s.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    (0..chars.len()).for_each(|i| push_lower_at(&mut out, &chars, i));
    out
}

/// `s.casefold()`.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_fold(&mut out, c));
    out
}

/// `s.title()`: each character is titlecased after an uncased one and
/// lowercased after a cased one.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()`: the first character titlecased (3.8+), the rest
/// lowercased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

/// `s.swapcase()`: uppercase characters lowered (final sigma included),
/// lowercase ones uppercased.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.islower()`: some cased character, none uppercase or titlecase.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// `s.isupper()`: some cased character, none lowercase or titlecase.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase characters only after uncased ones,
/// lowercase ones only after cased ones, and at least one cased.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `s.isidentifier()`: XID_Start or `_`, then XID_Continue characters.
pub fn isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(is_id_start) && chars.all(is_id_continue)
}

/// Non-empty and every character satisfies `pred`.
fn all_chars(s: &str, pred: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// Applies a case mapping to a string operand.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
unsafe fn map_case(s: *const StrObject, f: fn(&str) -> String) -> *const StrObject {
    // SAFETY: per the contract.
    let src = unsafe { Src::new(s) };
    let out = f(src.text);
    if out == src.text {
        return s;
    }
    make_str(&out, src.is_ascii())
}

/// `s.upper()` (full mappings: `'ß'` → `'SS'`).
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_upper(s: *const StrObject) -> *const StrObject {
    // SAFETY: the caller passes a valid object.
    unsafe { map_case(s, upper) }
}

/// `s.lower()` (final sigma as CPython).
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_lower(s: *const StrObject) -> *const StrObject {
    // SAFETY: the caller passes a valid object.
    unsafe { map_case(s, lower) }
}

/// `s.title()`.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_title(s: *const StrObject) -> *const StrObject {
    // SAFETY: the caller passes a valid object.
    unsafe { map_case(s, title) }
}

/// `s.capitalize()`.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_capitalize(s: *const StrObject) -> *const StrObject {
    // SAFETY: the caller passes a valid object.
    unsafe { map_case(s, capitalize) }
}

/// `s.swapcase()`.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_swapcase(s: *const StrObject) -> *const StrObject {
    // SAFETY: the caller passes a valid object.
    unsafe { map_case(s, swapcase) }
}

/// `s.casefold()`.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_casefold(s: *const StrObject) -> *const StrObject {
    // SAFETY: the caller passes a valid object.
    unsafe { map_case(s, casefold) }
}

/// Applies a predicate to a string operand: 1 or 0.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
unsafe fn test_str(s: *const StrObject, pred: impl Fn(&str) -> bool) -> i32 {
    // SAFETY: per the contract.
    i32::from(pred(unsafe { Src::new(s) }.text))
}

/// `s.isdigit()`: 1 or 0.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_isdigit(s: *const StrObject) -> i32 {
    // SAFETY: the caller passes a valid object.
    unsafe { test_str(s, |s| all_chars(s, is_digit)) }
}

/// `s.isalpha()`: 1 or 0.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_isalpha(s: *const StrObject) -> i32 {
    // SAFETY: the caller passes a valid object.
    unsafe { test_str(s, |s| all_chars(s, is_alpha)) }
}

/// `s.isspace()`: 1 or 0.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_isspace(s: *const StrObject) -> i32 {
    // SAFETY: the caller passes a valid object.
    unsafe { test_str(s, |s| all_chars(s, is_space)) }
}

/// `s.isalnum()`: 1 or 0.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_isalnum(s: *const StrObject) -> i32 {
    // SAFETY: the caller passes a valid object.
    unsafe { test_str(s, |s| all_chars(s, is_alnum)) }
}

/// `s.isupper()`: 1 or 0.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_isupper(s: *const StrObject) -> i32 {
    // SAFETY: the caller passes a valid object.
    unsafe { test_str(s, isupper) }
}

/// `s.islower()`: 1 or 0.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_islower(s: *const StrObject) -> i32 {
    // SAFETY: the caller passes a valid object.
    unsafe { test_str(s, islower) }
}

/// `s.isdecimal()`: 1 or 0.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_isdecimal(s: *const StrObject) -> i32 {
    // SAFETY: the caller passes a valid object.
    unsafe { test_str(s, |s| all_chars(s, is_decimal)) }
}

/// `s.isnumeric()`: 1 or 0.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_isnumeric(s: *const StrObject) -> i32 {
    // SAFETY: the caller passes a valid object.
    unsafe { test_str(s, |s| all_chars(s, is_numeric)) }
}

/// `s.istitle()`: 1 or 0.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_istitle(s: *const StrObject) -> i32 {
    // SAFETY: the caller passes a valid object.
    unsafe { test_str(s, istitle) }
}

/// `s.isidentifier()` (keywords included, as CPython): 1 or 0.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_isidentifier(s: *const StrObject) -> i32 {
    // SAFETY: the caller passes a valid object.
    unsafe { test_str(s, isidentifier) }
}

/// `s.isascii()` (true for `''`): 1 or 0.
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_isascii(s: *const StrObject) -> i32 {
    // SAFETY: the caller passes a valid object.
    unsafe { test_str(s, str::is_ascii) }
}
