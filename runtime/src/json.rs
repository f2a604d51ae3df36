//! `json.dumps` (kiln's `json`, written in Python, calls [`kiln_rt_json_dumps`]): a value of a
//! known type written as CPython's encoder writes it, with its `indent`, `separators`,
//! `sort_keys` and `ensure_ascii`, and its TypeErrors for what JSON cannot hold.

use std::cmp::Ordering;

use crate::dict::{self, DictObject};
use crate::exc::ExcKind;
use crate::float::float_repr;
use crate::int::Int;
use crate::int_text::int_to_str;
use crate::list::{list_items, tuple_items, ListObject, TupleObject};
use crate::object::{new_str, str_as_str, StrObject};
use crate::ops::{int_word, str_word, type_name, Error, OrRaise, Result};
use crate::value::{Tag, TypeDesc};

/// How to write: CPython's `json.dumps` options.
struct Options<'a> {
    /// Spaces per level; `None`: everything on one line.
    indent: Option<usize>,
    item_separator: &'a str,
    key_separator: &'a str,
    sort_keys: bool,
    ensure_ascii: bool,
}

/// `json.dumps(w, ...)` of a value of type `desc`; `indent` negative for none.
///
/// # Safety
/// `w` must be a value of type `desc`; the separators valid strs.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_json_dumps(
    w: u64,
    desc: *const TypeDesc,
    indent: Int,
    item_separator: *const StrObject,
    key_separator: *const StrObject,
    sort_keys: Int,
    ensure_ascii: Int,
) -> *const StrObject {
    // SAFETY: per the contract.
    let options = unsafe {
        Options {
            indent: indent.to_i64().and_then(|n| usize::try_from(n).ok()),
            item_separator: str_as_str(item_separator),
            key_separator: str_as_str(key_separator),
            sort_keys: !sort_keys.is_zero(),
            ensure_ascii: !ensure_ascii.is_zero(),
        }
    };
    let mut out = String::new();
    // SAFETY: per the contract.
    unsafe { encode(&mut out, w, &*desc, &options, 0) }.or_raise();
    new_str(&out)
}

/// Writes value `w` of type `desc` at nesting `depth`.
///
/// # Safety
/// `w` must be a value of type `desc`.
unsafe fn encode(
    out: &mut String,
    w: u64,
    desc: &TypeDesc,
    options: &Options<'_>,
    depth: usize,
) -> Result<()> {
    // SAFETY (whole body): `w` is a value of type `desc`, so its items are values of the
    // argument types.
    unsafe {
        match desc.tag() {
            Tag::List | Tag::Tuple => {
                let items: Vec<(u64, &TypeDesc)> = if desc.tag() == Tag::List {
                    let elem = desc.arg(0);
                    let list = list_items(w as *const ListObject);
                    list.iter().map(|&x| (x, elem)).collect()
                } else {
                    let tuple = tuple_items(w as *const TupleObject);
                    tuple
                        .iter()
                        .enumerate()
                        .map(|(i, &x)| (x, desc.arg(i)))
                        .collect()
                };
                if items.is_empty() {
                    out.push_str("[]");
                    return Ok(());
                }
                out.push('[');
                for (i, (x, item)) in items.into_iter().enumerate() {
                    separate(out, i, options, depth + 1);
                    encode(out, x, item, options, depth + 1)?;
                }
                close(out, ']', options, depth);
            }
            Tag::Dict => {
                let d = w as *const DictObject;
                let (kd, vd) = (desc.arg(0), desc.arg(1));
                let mut entries: Vec<(u64, u64)> = dict::live_entries(d).collect();
                if entries.is_empty() {
                    out.push_str("{}");
                    return Ok(());
                }
                if options.sort_keys {
                    entries.sort_by(|a, b| compare_keys(a.0, b.0, kd));
                }
                out.push('{');
                for (i, (k, v)) in entries.into_iter().enumerate() {
                    separate(out, i, options, depth + 1);
                    key(out, k, kd, options)?;
                    out.push_str(options.key_separator);
                    encode(out, v, vd, options, depth + 1)?;
                }
                close(out, '}', options, depth);
            }
            _ => scalar(out, w, desc, options)?,
        }
    }
    Ok(())
}

/// Before item `i` of a list or dict whose items are at `depth`: the item separator, and the
/// newline and indentation when indenting.
fn separate(out: &mut String, i: usize, options: &Options<'_>, depth: usize) {
    if i > 0 {
        out.push_str(options.item_separator);
    }
    if let Some(indent) = options.indent {
        out.push('\n');
        out.push_str(&" ".repeat(indent * depth));
    }
}

/// The closing bracket of a list or dict at `depth`.
fn close(out: &mut String, bracket: char, options: &Options<'_>, depth: usize) {
    if let Some(indent) = options.indent {
        out.push('\n');
        out.push_str(&" ".repeat(indent * depth));
    }
    out.push(bracket);
}

/// A value that is not a container: `null`, `true`, numbers, strings; CPython's TypeError
/// for the rest.
///
/// # Safety
/// `w` must be a value of type `desc`.
unsafe fn scalar(out: &mut String, w: u64, desc: &TypeDesc, options: &Options<'_>) -> Result<()> {
    match desc.tag() {
        Tag::None => out.push_str("null"),
        Tag::Bool => out.push_str(if w != 0 { "true" } else { "false" }),
        Tag::Int => match int_to_str(int_word(w)) {
            Ok(text) => out.push_str(&text),
            Err(e) => return Err(Error::new(e.kind, e.msg)),
        },
        Tag::Float => out.push_str(&float_text(f64::from_bits(w))),
        // SAFETY: a str word.
        Tag::Str => string(out, unsafe { str_word(w) }, options.ensure_ascii),
        Tag::Instance => {
            // SAFETY: an instance word.
            let class =
                unsafe { crate::instance::class_name(w as *const crate::instance::InstanceObject) };
            return Err(not_serializable(crate::instance::bare_name(class)));
        }
        _ => return Err(not_serializable(type_name(desc))),
    }
    Ok(())
}

fn not_serializable(class: &str) -> Error {
    Error::new(
        ExcKind::TypeError,
        format!("Object of type {class} is not JSON serializable"),
    )
}

/// A float as JSON: its repr, with `Infinity`, `-Infinity` and `NaN` as CPython writes them.
fn float_text(x: f64) -> String {
    if x.is_nan() {
        "NaN".into()
    } else if x.is_infinite() {
        if x > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else {
        float_repr(x)
    }
}

/// A dict key: a string, or an int, float, bool or None written as one.
///
/// # Safety
/// `k` must be a value of type `desc`.
unsafe fn key(out: &mut String, k: u64, desc: &TypeDesc, options: &Options<'_>) -> Result<()> {
    let text = match desc.tag() {
        // SAFETY: a str word.
        Tag::Str => {
            string(out, unsafe { str_word(k) }, options.ensure_ascii);
            return Ok(());
        }
        Tag::Int => int_to_str(int_word(k)).map_err(|e| Error::new(e.kind, e.msg))?,
        Tag::Float => float_text(f64::from_bits(k)),
        Tag::Bool => if k != 0 { "true" } else { "false" }.into(),
        Tag::None => "null".into(),
        _ => {
            return Err(Error::new(
                ExcKind::TypeError,
                format!(
                    "keys must be str, int, float, bool or None, not {}",
                    type_name(desc)
                ),
            ))
        }
    };
    string(out, &text, options.ensure_ascii);
    Ok(())
}

/// The order `sort_keys` sorts keys of type `desc` in (all of one type).
fn compare_keys(a: u64, b: u64, desc: &TypeDesc) -> Ordering {
    match desc.tag() {
        Tag::Int => crate::int_ops::cmp(int_word(a), int_word(b)),
        Tag::Float => f64::from_bits(a)
            .partial_cmp(&f64::from_bits(b))
            .unwrap_or(Ordering::Equal),
        // SAFETY: str words (code point order is the order of their UTF-8 bytes).
        Tag::Str => unsafe { str_word(a).cmp(str_word(b)) },
        _ => a.cmp(&b),
    }
}

/// A JSON string: `"` and `\` escaped, control characters as CPython writes them, and with
/// `ensure_ascii` everything past ASCII as `\uXXXX` (two of them past U+FFFF).
fn string(out: &mut String, text: &str, ensure_ascii: bool) {
    use std::fmt::Write;
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c if ensure_ascii && !c.is_ascii() => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_as_cpythons() {
        let escaped = |text: &str, ascii: bool| {
            let mut out = String::new();
            string(&mut out, text, ascii);
            out
        };
        assert_eq!(escaped("a\"b\\c", true), r#""a\"b\\c""#);
        assert_eq!(
            escaped("\n\t\r\u{8}\u{c}\u{1}\u{7f}", true),
            "\"\\n\\t\\r\\b\\f\\u0001\u{7f}\""
        );
        assert_eq!(escaped("é😀", true), r#""\u00e9\ud83d\ude00""#);
        assert_eq!(escaped("é😀", false), "\"é😀\"");
        assert_eq!(float_text(f64::INFINITY), "Infinity");
        assert_eq!(float_text(f64::NAN), "NaN");
        assert_eq!(float_text(1.5), "1.5");
    }
}
