//! `bytes`: immutable byte strings, laid out exactly like a `str` object (header, length,
//! `nchars` equal to the length, cached hash, then the bytes) and allocated as a leaf like one.
//! Equality, ordering and hashing live with the other values in `ops.rs`; this module has the
//! operations of their own, and the codecs between `str` and `bytes` (UTF-8, ASCII, Latin-1,
//! with CPython's strict error messages).

use crate::exc::ExcKind;
use crate::int::{Int, IntRef};
use crate::list::{list_items, ListObject};
use crate::list_ops::slice_indices;
use crate::object::{alloc_str, new_str, str_as_str, str_bytes, str_data_mut, StrObject};
use crate::ops::{int_word, Error, OrRaise, Result};

/// A new bytes object holding `data`.
pub fn new_bytes(data: &[u8]) -> *const StrObject {
    let p = alloc_str(data.len() as u64);
    // SAFETY: `p` is fresh, with room for `data.len()` bytes.
    unsafe {
        str_data_mut(p).copy_from_slice(data);
        (*p).nchars = data.len() as u64;
    }
    p
}

/// `repr(b)`: `b'...'`, in double quotes when the bytes hold `'` but no `"`; `\t \n \r`,
/// `\\`, the quote and bytes outside printable ASCII escaped.
pub fn repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if byte == quote => {
                out.push('\\');
                out.push(char::from(byte));
            }
            0x20..=0x7e => out.push(char::from(byte)),
            _ => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
    out.push(char::from(quote));
    out
}

/// The encodings kiln implements, by CPython's normalized names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The codec an `encoding` argument names (null: UTF-8), as CPython's lookup normalizes
    /// it (case, `-`/`_`/space); `LookupError: unknown encoding: x` otherwise.
    fn named(encoding: *const StrObject) -> Result<Codec> {
        if encoding.is_null() {
            return Ok(Codec::Utf8);
        }
        // SAFETY: a non-null encoding is a valid str.
        let name = unsafe { str_as_str(encoding) };
        // CPython lowercases the name, then `encodings.normalize_encoding` turns each run of
        // characters other than letters, digits and `.` into one `_` (none at the ends).
        let mut normal = String::new();
        let mut gap = false;
        for c in name.chars().map(|c| c.to_ascii_lowercase()) {
            if c.is_alphanumeric() || c == '.' {
                if gap && !normal.is_empty() {
                    normal.push('_');
                }
                if c.is_ascii() {
                    normal.push(c);
                }
                gap = false;
            } else {
                gap = true;
            }
        }
        let lookup = |n: &str| match n {
            "utf_8" | "cp65001" | "u8" | "utf" | "utf8" | "utf8_ucs2" | "utf8_ucs4" => {
                Some(Codec::Utf8)
            }
            "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3.4_1986" | "ansi_x3_4_1968" | "cp367"
            | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
            | "us_ascii" => Some(Codec::Ascii),
            "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1"
            | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => {
                Some(Codec::Latin1)
            }
            _ => None,
        };
        lookup(&normal)
            .or_else(|| lookup(&normal.replace('.', "_")))
            .ok_or_else(|| Error::new(ExcKind::LookupError, format!("unknown encoding: {name}")))
    }

    /// The name CPython's error messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// What to do with what a codec cannot handle (`errors=`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errors {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    /// A name CPython does not know: like CPython, kiln looks the handler up only when
    /// there is an error, and then raises `LookupError: unknown error handler name 'x'`.
    Unknown(*const StrObject),
}

impl Errors {
    /// The handler an `errors` argument names (null: strict).
    fn named(errors: *const StrObject) -> Errors {
        // SAFETY: a non-null `errors` is a valid str.
        match (!errors.is_null()).then(|| unsafe { str_as_str(errors) }) {
            None | Some("strict") => Errors::Strict,
            Some("ignore") => Errors::Ignore,
            Some("replace") => Errors::Replace,
            Some("backslashreplace") => Errors::BackslashReplace,
            Some(_) => Errors::Unknown(errors),
        }
    }

    /// The error for an unknown handler, else `error` (strict).
    fn fail(self, error: Error) -> Error {
        match self {
            // SAFETY: `name` was a valid str when the handler was named, and still is.
            Errors::Unknown(name) => Error::new(
                ExcKind::LookupError,
                format!("unknown error handler name '{}'", unsafe {
                    str_as_str(name)
                }),
            ),
            _ => error,
        }
    }
}

/// `b.decode(encoding, errors)`: bytes the codec rejects raise (strict) or are dropped,
/// replaced by U+FFFD or shown as `\xNN`.
fn decode(data: &[u8], codec: Codec, errors: Errors) -> Result<String> {
    if let Errors::Strict | Errors::Unknown(_) = errors {
        return decode_strict(data, codec).map_err(|e| errors.fail(e));
    }
    let mut out = String::with_capacity(data.len());
    let mut rest = data;
    while !rest.is_empty() {
        // The longest decodable prefix, then the bytes of one rejected sequence.
        let (good, bad) = match codec {
            Codec::Utf8 => match std::str::from_utf8(rest) {
                Ok(_) => (rest.len(), 0),
                Err(e) => (
                    e.valid_up_to(),
                    e.error_len().unwrap_or(rest.len() - e.valid_up_to()),
                ),
            },
            Codec::Ascii => {
                let good = rest.iter().position(|&b| b >= 0x80).unwrap_or(rest.len());
                (good, usize::from(good < rest.len()))
            }
            Codec::Latin1 => (rest.len(), 0),
        };
        match codec {
            // SAFETY: `from_utf8` accepted these bytes.
            Codec::Utf8 => out.push_str(unsafe { std::str::from_utf8_unchecked(&rest[..good]) }),
            _ => out.extend(rest[..good].iter().map(|&b| char::from(b))),
        }
        let rejected = &rest[good..good + bad];
        match errors {
            Errors::Replace if bad > 0 => out.push('\u{fffd}'),
            Errors::BackslashReplace => {
                rejected
                    .iter()
                    .for_each(|b| out.push_str(&format!("\\x{b:02x}")));
            }
            _ => {}
        }
        rest = &rest[good + bad..];
    }
    Ok(out)
}

/// `b.decode(encoding)` raising CPython's UnicodeDecodeError at the first rejected byte.
fn decode_strict(data: &[u8], codec: Codec) -> Result<String> {
    let position_error = |start: usize, end: usize, reason: &str| {
        let what = if end - start == 1 {
            format!("byte 0x{:02x} in position {start}", data[start])
        } else {
            format!("bytes in position {start}-{}", end - 1)
        };
        Error::new(
            ExcKind::UnicodeDecodeError,
            format!("'{}' codec can't decode {what}: {reason}", codec.name()),
        )
    };
    match codec {
        Codec::Utf8 => match std::str::from_utf8(data) {
            Ok(text) => Ok(text.to_owned()),
            Err(e) => {
                let start = e.valid_up_to();
                let first = data[start];
                // CPython's reasons: a byte that cannot start a sequence, a sequence cut
                // short by the end of the data, or a bad byte inside one.
                let starts_sequence = matches!(first, 0xc2..=0xf4);
                Err(match e.error_len() {
                    _ if !starts_sequence => position_error(start, start + 1, "invalid start byte"),
                    None => position_error(start, data.len(), "unexpected end of data"),
                    Some(len) => position_error(start, start + len, "invalid continuation byte"),
                })
            }
        },
        Codec::Ascii => match data.iter().position(|&b| b >= 0x80) {
            None => Ok(data.iter().map(|&b| char::from(b)).collect()),
            Some(at) => Err(position_error(at, at + 1, "ordinal not in range(128)")),
        },
        Codec::Latin1 => Ok(data.iter().map(|&b| char::from(b)).collect()),
    }
}

/// `s.encode(encoding, errors)`: characters the codec cannot encode raise (strict) or are
/// dropped, replaced by `?` or written as `\xNN` / `\uNNNN` / `\UNNNNNNNN`.
fn encode(text: &str, codec: Codec, errors: Errors) -> Result<Vec<u8>> {
    let limit = match codec {
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let mut out = Vec::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (position, &c) in chars.iter().enumerate() {
        let code = u32::from(c);
        let shown = || {
            if code < 0x100 {
                format!("\\x{code:02x}")
            } else if code < 0x10000 {
                format!("\\u{code:04x}")
            } else {
                format!("\\U{code:08x}")
            }
        };
        match u8::try_from(code).ok().filter(|&b| u32::from(b) < limit) {
            Some(b) => out.push(b),
            None if errors == Errors::Ignore => {}
            None if errors == Errors::Replace => out.push(b'?'),
            None if errors == Errors::BackslashReplace => out.extend_from_slice(shown().as_bytes()),
            None => {
                // CPython's error covers the whole run of characters the codec cannot encode.
                let run = chars[position..]
                    .iter()
                    .take_while(|&&c| u32::from(c) >= limit)
                    .count();
                let what = if run == 1 {
                    format!("character '{}' in position {position}", shown())
                } else {
                    format!("characters in position {position}-{}", position + run - 1)
                };
                return Err(errors.fail(Error::new(
                    ExcKind::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode {what}: ordinal not in range({limit})",
                        codec.name()
                    ),
                )));
            }
        }
    }
    Ok(out)
}

/// An int word as a byte value; `ValueError: byte must be in range(0, 256)`.
fn byte_of(w: u64) -> Result<u8> {
    match int_word(w).view() {
        IntRef::Small(v) => u8::try_from(v).ok(),
        IntRef::Big(_) => None,
    }
    .ok_or_else(|| Error::new(ExcKind::ValueError, "byte must be in range(0, 256)"))
}

/// `b.decode(encoding=None, errors=None)` (null: the default).
///
/// # Safety
/// `b` must be a valid bytes object; `encoding` and `errors` valid strs or null.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_bytes_decode(
    b: *const StrObject,
    encoding: *const StrObject,
    errors: *const StrObject,
) -> *const StrObject {
    // SAFETY: per the contract.
    let data = unsafe { str_bytes(b) };
    let text = Codec::named(encoding)
        .and_then(|codec| decode(data, codec, Errors::named(errors)))
        .or_raise();
    new_str(&text)
}

/// `s.encode(encoding=None, errors=None)` (null: the default).
///
/// # Safety
/// `s` must be a valid str; `encoding` and `errors` valid strs or null.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_str_encode(
    s: *const StrObject,
    encoding: *const StrObject,
    errors: *const StrObject,
) -> *const StrObject {
    // SAFETY: per the contract.
    let text = unsafe { str_as_str(s) };
    let data = Codec::named(encoding)
        .and_then(|codec| encode(text, codec, Errors::named(errors)))
        .or_raise();
    new_bytes(&data)
}

/// `a + b`.
///
/// # Safety
/// `a` and `b` must be valid bytes objects.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_bytes_concat(
    a: *const StrObject,
    b: *const StrObject,
) -> *const StrObject {
    // SAFETY: per the contract.
    let (a, b) = unsafe { (str_bytes(a), str_bytes(b)) };
    new_bytes(&[a, b].concat())
}

/// `b * n` (`n <= 0` gives `b''`); `MemoryError` when the result cannot exist.
///
/// # Safety
/// `b` must be a valid bytes object.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_bytes_repeat(b: *const StrObject, n: Int) -> *const StrObject {
    // SAFETY: per the contract.
    let data = unsafe { str_bytes(b) };
    let count = match n.view() {
        IntRef::Small(v) => usize::try_from(v).unwrap_or(0),
        IntRef::Big(_) if n.is_negative() => 0,
        IntRef::Big(_) => Error::new(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        )
        .raise(),
    };
    if count != 0
        && data
            .len()
            .checked_mul(count)
            .is_none_or(|size| size > isize::MAX as usize)
    {
        Error::new(ExcKind::MemoryError, "").raise();
    }
    new_bytes(&data.repeat(count))
}

/// `b[index]`: an int in 0..256; `IndexError: index out of range`.
///
/// # Safety
/// `b` must be a valid bytes object.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_bytes_getitem(b: *const StrObject, index: Int) -> Int {
    // SAFETY: per the contract.
    let data = unsafe { str_bytes(b) };
    let len = data.len() as i64;
    let at = match index.to_i64() {
        Some(i) if i < 0 => i + len,
        Some(i) => i,
        None => Error::new(
            ExcKind::IndexError,
            "cannot fit 'int' into an index-sized integer",
        )
        .raise(),
    };
    match usize::try_from(at).ok().and_then(|at| data.get(at)) {
        Some(&byte) => Int::from_i64(i64::from(byte)),
        None => Error::new(ExcKind::IndexError, "index out of range").raise(),
    }
}

/// `b[start:stop:step]` (int words or `NONE_INT`).
///
/// # Safety
/// `b` must be a valid bytes object.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_bytes_slice(
    b: *const StrObject,
    start: u64,
    stop: u64,
    step: u64,
) -> *const StrObject {
    // SAFETY: per the contract.
    let data = unsafe { str_bytes(b) };
    let s = slice_indices(start, stop, step, data.len() as i64).or_raise();
    let picked: Vec<u8> = s.positions().map(|p| data[p]).collect();
    new_bytes(&picked)
}

/// `sub in b` for a bytes `sub`.
///
/// # Safety
/// `b` and `sub` must be valid bytes objects.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_bytes_contains(b: *const StrObject, sub: *const StrObject) -> i32 {
    // SAFETY: per the contract.
    let (data, sub) = unsafe { (str_bytes(b), str_bytes(sub)) };
    i32::from(sub.is_empty() || data.windows(sub.len()).any(|w| w == sub))
}

/// `x in b` for an int `x`; `ValueError: byte must be in range(0, 256)`.
///
/// # Safety
/// `b` must be a valid bytes object.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_bytes_contains_int(b: *const StrObject, x: u64) -> i32 {
    // SAFETY: per the contract.
    let data = unsafe { str_bytes(b) };
    let byte = byte_of(x).or_raise();
    i32::from(data.contains(&byte))
}

/// `bytes(ints)` from a `list[int]`; `ValueError: bytes must be in range(0, 256)`.
///
/// # Safety
/// `l` must be a valid list of ints.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_bytes_from_list(l: *const ListObject) -> *const StrObject {
    // SAFETY: per the contract.
    let words = unsafe { list_items(l) };
    let data: Option<Vec<u8>> = words.iter().map(|&w| byte_of(w).ok()).collect();
    match data {
        Some(data) => new_bytes(&data),
        None => Error::new(ExcKind::ValueError, "bytes must be in range(0, 256)").raise(),
    }
}

/// `bytes(n)`: `n` zero bytes; `ValueError: negative count`.
#[no_mangle]
pub extern "C" fn kiln_rt_bytes_zeros(n: Int) -> *const StrObject {
    let count = match n.view() {
        IntRef::Small(v) if v < 0 => Error::new(ExcKind::ValueError, "negative count").raise(),
        IntRef::Small(v) => usize::try_from(v).unwrap_or(usize::MAX),
        IntRef::Big(_) if n.is_negative() => {
            Error::new(ExcKind::ValueError, "negative count").raise()
        }
        IntRef::Big(_) => Error::new(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        )
        .raise(),
    };
    if count > isize::MAX as usize / 2 {
        Error::new(ExcKind::MemoryError, "").raise();
    }
    new_bytes(&vec![0; count])
}

/// `ord(b)` of a bytes of length 1; `TypeError: ord() expected a character, but string of
/// length 2 found` otherwise.
///
/// # Safety
/// `b` must be a valid bytes object.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_bytes_ord(b: *const StrObject) -> Int {
    // SAFETY: per the contract.
    match unsafe { str_bytes(b) } {
        [byte] => Int::from_i64(i64::from(*byte)),
        data => Error::new(
            ExcKind::TypeError,
            format!(
                "ord() expected a character, but string of length {} found",
                data.len()
            ),
        )
        .raise(),
    }
}

/// `b.hex()`.
///
/// # Safety
/// `b` must be a valid bytes object.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_bytes_hex(b: *const StrObject) -> *const StrObject {
    // SAFETY: per the contract.
    let data = unsafe { str_bytes(b) };
    let text: String = data.iter().map(|byte| format!("{byte:02x}")).collect();
    new_str(&text)
}

/// UTF-8 text read from outside (standard input), with CPython's UnicodeDecodeError for bytes
/// that are not UTF-8.
pub fn decode_utf8(data: &[u8]) -> Result<String> {
    decode_strict(data, Codec::Utf8)
}
