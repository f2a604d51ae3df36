//! `fmt % args`: printf-style string formatting (CPython's
//! `PyUnicode_Format`) with the arguments in a tuple whose type descriptor
//! says what each field holds.
//!
//! Supported: `%s %r %a %d %i %u %o %x %X %e %E %f %F %g %G %c %%`, the
//! flags `-+ #0`, width and precision (numbers or `*`), and the ignored
//! length modifiers `h l L`. `%(name)s` needs a mapping, which a tuple is
//! not (`TypeError: format requires a mapping`, as CPython). Field values
//! that are containers are printed by the container `repr`/`str` of `ops.rs`.

use crate::error::{err, or_raise, PyError, PyResult};
use crate::exc::ExcKind;
use crate::float::float_repr;
use crate::format::float_short_for_printf;
use crate::int::{Int, IntRef};
use crate::int_float::{float_to_int, int_to_float};
use crate::int_text::{int_to_base, int_to_str};
use crate::list::{tuple_items, TupleObject};
use crate::object::{str_as_str, StrObject};
use crate::ops::{self, type_name};
use crate::str::repr_str;
use crate::str_methods::make_str;
use crate::value::{Tag, TypeDesc};

/// One argument: its word and type.
#[derive(Clone, Copy)]
pub struct Arg {
    /// The value word.
    pub word: u64,
    /// Its type.
    pub desc: &'static TypeDesc,
}

/// The int in a word of type int.
fn int_of(word: u64) -> Int {
    // SAFETY: the descriptor says the word is an int word.
    unsafe { Int::from_raw(word as i64) }
}

/// The text of a str word.
fn str_of<'a>(word: u64) -> &'a str {
    // SAFETY: the descriptor says the word is a valid string pointer.
    unsafe { str_as_str(word as *const StrObject) }
}

/// `str()` or `repr()` of a container field.
///
/// FIXME: wire this to the container `repr` (`crate::ops::repr_word`) once
/// it exists; until then kiln raises NotImplementedError here.
fn format_container_field(arg: Arg, repr: bool) -> PyResult<String> {
    // SAFETY: `arg` is a field of a tuple built by compiled code, so its
    // word is a live value of the type its descriptor names.
    unsafe {
        if repr {
            ops::repr(arg.word, arg.desc)
        } else {
            ops::str_of(arg.word, arg.desc)
        }
    }
}

/// `str(v)` (or `repr(v)` when `repr`) of any field.
fn to_text(arg: Arg, repr: bool) -> PyResult<String> {
    let int_text = |i: Int| int_to_str(i).map_err(|e| PyError::new(e.kind, e.msg));
    Ok(match arg.desc.tag() {
        Tag::Never | Tag::None => "None".to_string(),
        Tag::Bool => if arg.word != 0 { "True" } else { "False" }.to_string(),
        Tag::Int => int_text(int_of(arg.word))?,
        Tag::Float => float_repr(f64::from_bits(arg.word)),
        Tag::Str if repr => repr_str(str_of(arg.word)),
        Tag::Str => str_of(arg.word).to_string(),
        // `str(b)` is `repr(b)` (CPython warns only under `-b`).
        Tag::Bytes => {
            crate::bytes::repr(unsafe { crate::object::str_bytes(arg.word as *const StrObject) })
        }
        _ => format_container_field(arg, repr)?,
    })
}

/// `ascii(s)` from `repr(s)`: non-ASCII characters escaped.
fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let v = u32::from(c);
        match v {
            0..=0x7f => out.push(c),
            0x80..=0xff => out.push_str(&format!("\\x{v:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{v:04x}")),
            _ => out.push_str(&format!("\\U{v:08x}")),
        }
    }
    out
}

/// The conversion flags.
#[derive(Default, Clone, Copy)]
struct Flags {
    left: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
}

/// The int value of a field for `%d %i %u %o %x %X` (`integer_only` for
/// the last three), or CPython's TypeError.
fn int_arg(arg: Arg, conv: char) -> PyResult<Int> {
    match arg.desc.tag() {
        Tag::Int => Ok(int_of(arg.word)),
        Tag::Bool => Ok(if arg.word != 0 { Int::ONE } else { Int::ZERO }),
        Tag::Float if matches!(conv, 'd' | 'i' | 'u') => float_to_int(f64::from_bits(arg.word))
            .map_err(|e| {
                let e = e.error();
                PyError::new(e.kind, e.msg)
            }),
        _ if matches!(conv, 'd' | 'i' | 'u') => err(
            ExcKind::TypeError,
            format!(
                "%{conv} format: a real number is required, not {}",
                type_name(arg.desc)
            ),
        ),
        _ => err(
            ExcKind::TypeError,
            format!(
                "%{conv} format: an integer is required, not {}",
                type_name(arg.desc)
            ),
        ),
    }
}

/// The float value of a field for `%e %f %g`, or CPython's TypeError.
fn float_arg(arg: Arg) -> PyResult<f64> {
    match arg.desc.tag() {
        Tag::Float => Ok(f64::from_bits(arg.word)),
        Tag::Bool => Ok(if arg.word != 0 { 1.0 } else { 0.0 }),
        Tag::Int => int_to_float(int_of(arg.word)).map_err(|e| PyError::new(e.kind, e.msg)),
        _ => err(
            ExcKind::TypeError,
            format!("must be real number, not {}", type_name(arg.desc)),
        ),
    }
}

/// The character of a `%c` field.
fn char_arg(arg: Arg) -> PyResult<char> {
    let range = || PyError::new(ExcKind::OverflowError, "%c arg not in range(0x110000)");
    match arg.desc.tag() {
        Tag::Int | Tag::Bool => {
            let v = match arg.desc.tag() {
                Tag::Bool => i64::from(arg.word != 0),
                _ => match int_of(arg.word).view() {
                    IntRef::Small(v) => v,
                    IntRef::Big(_) => return Err(range()),
                },
            };
            let v = u32::try_from(v)
                .ok()
                .filter(|&v| v < 0x110000)
                .ok_or_else(range)?;
            char::from_u32(v).ok_or_else(|| {
                PyError::new(
                    ExcKind::ValueError,
                    format!(
                        "kiln: chr({v:#x}) is a lone surrogate, which kiln strings cannot hold"
                    ),
                )
            })
        }
        Tag::Str => {
            let mut chars = str_of(arg.word).chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(c),
                _ => err(ExcKind::TypeError, "%c requires int or char"),
            }
        }
        _ => err(ExcKind::TypeError, "%c requires int or char"),
    }
}

/// Pads a formatted number: sign, then prefix (`0x`...), then digits, with
/// CPython's placement of the fill for the `-` and `0` flags.
fn pad_number(negative: bool, prefix: &str, body: &str, flags: Flags, width: usize) -> String {
    let sign = if negative {
        "-"
    } else if flags.sign {
        "+"
    } else if flags.blank {
        " "
    } else {
        ""
    };
    let len = sign.len() + prefix.len() + body.chars().count();
    let pad = width.saturating_sub(len);
    let mut out = String::with_capacity(len + pad);
    if flags.left {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', pad));
    } else if flags.zero {
        out.push_str(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', pad));
        out.push_str(body);
    } else {
        out.extend(std::iter::repeat_n(' ', pad));
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
    out
}

/// Pads text (`%s %r %a %c`) with spaces.
fn pad_text(text: &str, flags: Flags, width: usize) -> String {
    let pad = width.saturating_sub(text.chars().count());
    let mut out = String::with_capacity(text.len() + pad);
    if !flags.left {
        out.extend(std::iter::repeat_n(' ', pad));
    }
    out.push_str(text);
    if flags.left {
        out.extend(std::iter::repeat_n(' ', pad));
    }
    out
}

/// Formats one conversion.
fn convert(
    conv: char,
    arg: Arg,
    flags: Flags,
    width: usize,
    precision: Option<usize>,
) -> PyResult<String> {
    match conv {
        's' | 'r' | 'a' => {
            let mut text = to_text(arg, conv != 's')?;
            if conv == 'a' {
                text = ascii_escape(&text);
            }
            if let Some(p) = precision {
                text = crate::str::truncate_chars(&text, p).to_string();
            }
            Ok(pad_text(&text, flags, width))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let v = int_arg(arg, conv)?;
            let base = match conv {
                'o' => 8,
                'x' | 'X' => 16,
                _ => 10,
            };
            let text = if base == 10 {
                int_to_str(v).map_err(|e| PyError::new(e.kind, e.msg))?
            } else {
                int_to_base(v, base).unwrap_or_default()
            };
            let negative = text.starts_with('-');
            let digits = text.trim_start_matches('-');
            let digits = digits
                .get(if base == 10 { 0 } else { 2 }..)
                .unwrap_or(digits);
            let mut body = String::new();
            if let Some(p) = precision {
                body.extend(std::iter::repeat_n('0', p.saturating_sub(digits.len())));
            }
            body.push_str(digits);
            let prefix = match (flags.alt, conv) {
                (true, 'o') => "0o",
                (true, 'x') => "0x",
                (true, 'X') => "0X",
                _ => "",
            };
            if conv == 'X' {
                body.make_ascii_uppercase();
            }
            Ok(pad_number(negative, prefix, &body, flags, width))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = float_arg(arg)?;
            let (mut body, negative) = float_short_for_printf(
                x,
                conv.to_ascii_lowercase(),
                precision.unwrap_or(6),
                flags.alt,
            );
            if conv.is_ascii_uppercase() {
                body.make_ascii_uppercase();
            }
            Ok(pad_number(negative, "", &body, flags, width))
        }
        'c' => {
            let c = char_arg(arg)?;
            Ok(pad_text(&c.to_string(), flags, width))
        }
        _ => unreachable_conversion(conv),
    }
}

/// A conversion character `convert` is never called with.
fn unreachable_conversion(conv: char) -> PyResult<String> {
    err(
        ExcKind::ValueError,
        format!("kiln: bad %-conversion {conv:?}"),
    )
}

/// `fmt % args`.
pub fn str_mod(fmt: &str, args: &[Arg]) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut next_arg = 0;
    let mut take = || -> PyResult<Arg> {
        let a = args.get(next_arg).copied().ok_or_else(|| {
            PyError::new(ExcKind::TypeError, "not enough arguments for format string")
        })?;
        next_arg += 1;
        Ok(a)
    };
    let incomplete = || PyError::new(ExcKind::ValueError, "incomplete format");
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if chars.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
            continue;
        }
        if chars.get(i) == Some(&'(') {
            return err(ExcKind::TypeError, "format requires a mapping");
        }
        let mut flags = Flags::default();
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => flags.left = true,
                '+' => flags.sign = true,
                ' ' => flags.blank = true,
                '#' => flags.alt = true,
                '0' => flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width = 0usize;
        if chars.get(i) == Some(&'*') {
            i += 1;
            let a = take()?;
            let w = star_arg(a)?;
            if w < 0 {
                flags.left = true;
            }
            width = w.unsigned_abs() as usize;
        } else {
            while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                width = width
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(d as usize))
                    .ok_or_else(|| PyError::new(ExcKind::ValueError, "width too big"))?;
                i += 1;
            }
        }
        let mut precision = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            let mut p = 0usize;
            if chars.get(i) == Some(&'*') {
                i += 1;
                p = usize::try_from(star_arg(take()?)?).unwrap_or(0);
            } else {
                while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                    p = p
                        .checked_mul(10)
                        .and_then(|v| v.checked_add(d as usize))
                        .ok_or_else(|| PyError::new(ExcKind::ValueError, "precision too big"))?;
                    i += 1;
                }
            }
            precision = Some(p);
        }
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return Err(incomplete());
        };
        i += 1;
        if !matches!(
            conv,
            's' | 'r'
                | 'a'
                | 'd'
                | 'i'
                | 'u'
                | 'o'
                | 'x'
                | 'X'
                | 'e'
                | 'E'
                | 'f'
                | 'F'
                | 'g'
                | 'G'
                | 'c'
        ) {
            // CPython fetches the argument before it looks at the character.
            take()?;
            let v = u32::from(conv);
            let shown = if (32..128).contains(&v) { conv } else { '?' };
            return err(
                ExcKind::ValueError,
                format!(
                    "unsupported format character '{shown}' ({v:#x}) at index {}",
                    i - 1
                ),
            );
        }
        let arg = take()?;
        out.push_str(&convert(conv, arg, flags, width, precision)?);
    }
    if next_arg < args.len() {
        return err(
            ExcKind::TypeError,
            "not all arguments converted during string formatting",
        );
    }
    Ok(out)
}

/// The value of a `*` width or precision argument.
fn star_arg(a: Arg) -> PyResult<i64> {
    match a.desc.tag() {
        Tag::Int => int_of(a.word)
            .small_value()
            .and_then(|v| i32::try_from(v).ok())
            .map(i64::from)
            .ok_or_else(|| {
                PyError::new(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C int",
                )
            }),
        Tag::Bool => Ok(i64::from(a.word != 0)),
        _ => err(ExcKind::TypeError, "* wants int"),
    }
}

/// `fmt % args`, `args` a tuple whose descriptor types each field (the
/// compiler wraps a single non-tuple operand in a 1-tuple). Errors as
/// CPython: `TypeError: not enough arguments for format string`, `TypeError:
/// not all arguments converted during string formatting`, `TypeError: %d
/// format: a real number is required, not str`, `ValueError: unsupported
/// format character 'q' (0x71) at index 1`, `ValueError: incomplete format`...
///
/// # Safety
/// `fmt` must point to a valid `StrObject` and `args` to a valid tuple.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_mod(
    fmt: *const StrObject,
    args: *const TupleObject,
) -> *const StrObject {
    // SAFETY: the caller passes valid objects; a tuple's descriptor has
    // one argument per field.
    let (text, fields) = unsafe {
        let desc = &*(*args).desc;
        let fields: Vec<Arg> = tuple_items(args)
            .iter()
            .enumerate()
            .map(|(i, &word)| Arg {
                word,
                desc: desc.arg(i),
            })
            .collect();
        (str_as_str(fmt), fields)
    };
    let out = or_raise(str_mod(text, &fields));
    make_str(&out, out.is_ascii())
}

#[cfg(test)]
#[path = "str_mod_tests.rs"]
mod tests;
