//! Text files: what `open()` gives (kiln's `_io.TextIOWrapper`, written in Python, calls
//! these through its handle).
//!
//! A file is a slot of one table, named by its index (the handle), which a closed file
//! leaves empty for good (so using it raises CPython's ValueError). Reading goes through an
//! input buffer and translates newlines (`\r\n` and `\r` read as `\n`, CPython's universal
//! newlines); the text is UTF-8. Writing goes through an output buffer handed to the OS when
//! it passes CPython's buffer size, on `flush()`, on `close()` and when the program ends
//! (however it ends), so a file the program never closes still gets all of its text, as
//! under CPython.
//!
//! Errors are CPython's: `FileNotFoundError: [Errno 2] No such file or directory: 'x'` and
//! the other `OSError` subclasses PEP 3151 picks from `errno`, `ValueError: invalid mode`,
//! `io.UnsupportedOperation: not readable`.

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};

use crate::exc::{raise, ExcKind};
use crate::global::Global;
use crate::int::Int;
use crate::object::{new_str, str_as_str, StrObject};
use crate::ops::OrRaise;

/// The size of a file's output buffer: CPython's `io.DEFAULT_BUFFER_SIZE`.
const BUFFER_SIZE: usize = 8192;

/// An open file.
struct OpenFile {
    file: File,
    readable: bool,
    writable: bool,
    /// Bytes read from the file but not yet given to the program (from `pos` on).
    input: Vec<u8>,
    pos: usize,
    /// The file has no more bytes past `input`.
    at_end: bool,
    /// Text written but not yet handed to the OS.
    output: Vec<u8>,
}

/// The open files, by handle (`None`: closed).
static FILES: Global<Vec<Option<OpenFile>>> = Global::new(Vec::new());

/// A mode string's meaning.
struct Mode {
    read: bool,
    write: bool,
    create: bool,
    truncate: bool,
    append: bool,
    exclusive: bool,
}

/// Parses a text mode as CPython's `open()` does (`r`, `w`, `a`, `x`, each with `+` and
/// `t`; binary modes never reach the runtime); CPython's ValueError text if it is invalid.
fn parse_mode(mode: &str) -> Result<Mode, String> {
    let has = |c| mode.contains(c);
    let distinct = mode
        .chars()
        .enumerate()
        .all(|(i, c)| !mode[..i].contains(c));
    if !mode.chars().all(|c| "axrwb+t".contains(c)) || !distinct {
        return Err(format!("invalid mode: {}", crate::str::repr_str(mode)));
    }
    if has('t') && has('b') {
        return Err("can't have text and binary mode at once".into());
    }
    match ['r', 'w', 'a', 'x'].iter().filter(|&&c| has(c)).count() {
        0 => {
            return Err(
                "Must have exactly one of create/read/write/append mode and at most one plus"
                    .into(),
            )
        }
        1 => {}
        _ => return Err("must have exactly one of create/read/write/append mode".into()),
    }
    let plus = has('+');
    Ok(Mode {
        read: has('r') || plus,
        write: !has('r') || plus,
        create: has('w') || has('a'),
        truncate: has('w'),
        append: has('a'),
        exclusive: has('x'),
    })
}

/// The `OSError` subclass CPython raises for `err` about the file `path`.
fn raise_file_error(err: &std::io::Error, path: &str) -> ! {
    crate::exc::raise_path_error(err, &[path])
}

/// Runs `f` on open file `handle`; ValueError if the handle names no open file (the Python
/// side checks `closed` first, so this is a safety net).
fn with_file<R>(handle: Int, f: impl FnOnce(&mut OpenFile) -> R) -> R {
    let index = handle.to_i64().and_then(|i| usize::try_from(i).ok());
    let result = FILES.with(|files| {
        let file = index
            .and_then(|i| files.get_mut(i))
            .and_then(Option::as_mut)?;
        Some(f(file))
    });
    result.unwrap_or_else(|| raise(ExcKind::ValueError, "I/O operation on closed file."))
}

/// `open(path, mode)`: the handle of the opened file.
///
/// # Safety
/// `path` and `mode` must be valid strs.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_file_open(path: *const StrObject, mode: *const StrObject) -> Int {
    // SAFETY: valid strs.
    let (path, mode_text) = unsafe { (str_as_str(path), str_as_str(mode)) };
    let mode = parse_mode(mode_text).unwrap_or_else(|text| raise(ExcKind::ValueError, &text));
    if path.contains('\0') {
        raise(ExcKind::ValueError, "embedded null byte")
    }
    let opened = OpenOptions::new()
        .read(mode.read)
        .write(mode.write && !mode.append)
        .append(mode.append)
        .create(mode.create)
        .truncate(mode.truncate)
        .create_new(mode.exclusive)
        .open(path);
    let mut file = opened.unwrap_or_else(|err| raise_file_error(&err, path));
    // CPython's `a+` reads from the end, where it writes.
    if mode.append {
        use std::io::Seek;
        if let Err(err) = file.seek(std::io::SeekFrom::End(0)) {
            raise_file_error(&err, path)
        }
    }
    // A directory opens for reading on Linux; CPython refuses it.
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        let err = std::io::Error::from_raw_os_error(21);
        raise_file_error(&err, path)
    }
    let open = OpenFile {
        file,
        readable: mode.read,
        writable: mode.write,
        input: Vec::new(),
        pos: 0,
        at_end: false,
        output: Vec::new(),
    };
    // Slots are not reused: a closed file's handle names no file ever again.
    let handle = FILES.with(|files| {
        files.push(Some(open));
        files.len() - 1
    });
    Int::from_i64(handle as i64)
}

impl OpenFile {
    /// Hands the output buffer to the OS.
    fn flush(&mut self) -> std::io::Result<()> {
        let result = self.file.write_all(&self.output);
        self.output.clear();
        result
    }

    /// Reads the next block of the file into the input buffer (sets `at_end` at its end).
    fn fill(&mut self) -> std::io::Result<()> {
        self.flush()?;
        if self.pos > 0 {
            self.input.drain(..self.pos);
            self.pos = 0;
        }
        // Blocks grow with the text waiting, so scanning a long line stays linear.
        let mut block = vec![0u8; self.input.len().max(BUFFER_SIZE)];
        let n = loop {
            match self.file.read(&mut block) {
                Err(err) if err.kind() == std::io::ErrorKind::Interrupted => continue,
                other => break other?,
            }
        };
        self.input.extend_from_slice(&block[..n]);
        self.at_end = n == 0;
        Ok(())
    }

    /// Takes the next text from the input: at most `limit` characters (`None`: no limit),
    /// ending after the first newline if `line`. Newlines are translated.
    fn take(&mut self, limit: Option<usize>, line: bool) -> std::io::Result<String> {
        loop {
            if let Some(end) = scan(&self.input[self.pos..], self.at_end, limit, line) {
                let raw = &self.input[self.pos..self.pos + end];
                let text = crate::bytes::decode_utf8(raw).or_raise();
                self.pos += end;
                return Ok(translate_newlines(text));
            }
            self.fill()?;
        }
    }

    /// Before a write: the unread input is dropped. The text goes where reading has taken
    /// the file (past the blocks read), as CPython's text files do.
    fn unread(&mut self) {
        self.input.clear();
        self.pos = 0;
        self.at_end = false;
    }
}

/// How many bytes of `raw` the next text takes (see [`OpenFile::take`]); `None` if more
/// bytes are needed to know (and the file has more: `!at_end`).
fn scan(raw: &[u8], at_end: bool, limit: Option<usize>, line: bool) -> Option<usize> {
    let mut i = 0;
    let mut chars = 0;
    while limit.is_none_or(|n| chars < n) {
        let Some(&byte) = raw.get(i) else {
            return at_end.then_some(i);
        };
        let width = match byte {
            b'\r' => match raw.get(i + 1) {
                Some(b'\n') => 2,
                Some(_) => 1,
                // `\r` last: a `\n` may follow in the next block.
                None if !at_end => return None,
                None => 1,
            },
            0x00..=0x7f => 1,
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf7 => 4,
            // Not a UTF-8 start byte: the decoder reports it.
            _ => 1,
        };
        if i + width > raw.len() {
            return (at_end).then_some(raw.len());
        }
        i += width;
        chars += 1;
        if line && (byte == b'\n' || byte == b'\r') {
            return Some(i);
        }
    }
    Some(i)
}

/// `\r\n` and `\r` as `\n`.
fn translate_newlines(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// The size argument of `read`/`readline`: a negative one means no limit.
fn limit_of(size: Int) -> Option<usize> {
    match size.to_i64() {
        Some(n) if n < 0 => None,
        Some(n) => Some(usize::try_from(n).unwrap_or(usize::MAX)),
        None if size.is_negative() => None,
        None => Some(usize::MAX),
    }
}

/// Reads text from `handle`: see [`OpenFile::take`].
fn read_text(handle: Int, limit: Option<usize>, line: bool) -> *const StrObject {
    let result = with_file(handle, |f| {
        if !f.readable {
            return Err(None);
        }
        f.take(limit, line).map_err(Some)
    });
    match result {
        Ok(text) => new_str(&text),
        Err(None) => raise(ExcKind::UnsupportedOperation, "not readable"),
        Err(Some(err)) => crate::exc::raise_io_error(&err),
    }
}

/// `f.read(size)`.
#[no_mangle]
pub extern "C" fn kiln_rt_file_read(handle: Int, size: Int) -> *const StrObject {
    read_text(handle, limit_of(size), false)
}

/// `f.readline(size)`.
#[no_mangle]
pub extern "C" fn kiln_rt_file_readline(handle: Int, size: Int) -> *const StrObject {
    read_text(handle, limit_of(size), true)
}

/// `f.write(s)`: the number of characters written.
///
/// # Safety
/// `s` must be a valid str.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_file_write(handle: Int, s: *const StrObject) -> Int {
    // SAFETY: a valid str.
    let text = unsafe { str_as_str(s) };
    let result = with_file(handle, |f| {
        if !f.writable {
            return Err(None);
        }
        f.unread();
        f.output.extend_from_slice(text.as_bytes());
        if f.output.len() > BUFFER_SIZE {
            f.flush().map_err(Some)?;
        }
        Ok(())
    });
    match result {
        Ok(()) => Int::from_i64(text.chars().count() as i64),
        Err(None) => raise(ExcKind::UnsupportedOperation, "not writable"),
        Err(Some(err)) => crate::exc::raise_io_error(&err),
    }
}

/// `f.flush()`.
#[no_mangle]
pub extern "C" fn kiln_rt_file_flush(handle: Int) {
    if let Err(err) = with_file(handle, OpenFile::flush) {
        crate::exc::raise_io_error(&err)
    }
}

/// `f.close()`: flushes and closes the file (a closed handle is left alone).
#[no_mangle]
pub extern "C" fn kiln_rt_file_close(handle: Int) {
    let index = handle.to_i64().and_then(|i| usize::try_from(i).ok());
    let taken = FILES.with(|files| index.and_then(|i| files.get_mut(i)).and_then(Option::take));
    if let Some(mut file) = taken {
        if let Err(err) = file.flush() {
            crate::exc::raise_io_error(&err)
        }
    }
}

/// When the program ends: every file still open gets its buffered text (errors are
/// ignored, as CPython ignores them when it finalizes a file object).
pub fn flush_all() {
    let open: Vec<OpenFile> = FILES.with(|files| files.drain(..).flatten().collect());
    for mut file in open {
        let _ = file.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_are_cpythons() {
        for valid in [
            "r", "w", "a", "x", "r+", "w+", "a+", "rt", "tr", "wt+", "+r",
        ] {
            assert!(parse_mode(valid).is_ok(), "{valid}");
        }
        let error = |mode| parse_mode(mode).err().unwrap_or_default();
        assert_eq!(error("rr"), "invalid mode: 'rr'");
        assert_eq!(error("q"), "invalid mode: 'q'");
        assert_eq!(
            error("rw"),
            "must have exactly one of create/read/write/append mode"
        );
        assert_eq!(
            error("t"),
            "Must have exactly one of create/read/write/append mode and at most one plus"
        );
        assert_eq!(
            error(""),
            "Must have exactly one of create/read/write/append mode and at most one plus"
        );
        assert_eq!(error("rtb"), "can't have text and binary mode at once");
        let m = parse_mode("a+").unwrap_or_else(|e| panic!("{e}"));
        assert!(m.read && m.write && m.append && m.create && !m.truncate);
    }

    #[test]
    fn scanning_lines_and_characters() {
        assert_eq!(scan(b"ab\ncd", false, None, true), Some(3));
        assert_eq!(scan(b"ab\r\ncd", false, None, true), Some(4));
        assert_eq!(scan(b"ab\rcd", false, None, true), Some(3));
        // A `\r` last needs the next byte, unless the file ends there.
        assert_eq!(scan(b"ab\r", false, None, true), None);
        assert_eq!(scan(b"ab\r", true, None, true), Some(3));
        assert_eq!(scan(b"abc", false, None, true), None);
        assert_eq!(scan(b"abc", true, None, true), Some(3));
        assert_eq!(scan("é€x".as_bytes(), false, Some(2), false), Some(5));
        // Half a character last: more bytes first.
        assert_eq!(scan(&"é".as_bytes()[..1], false, Some(1), false), None);
        assert_eq!(scan(b"abc", false, Some(0), false), Some(0));
        assert_eq!(scan(b"", true, None, false), Some(0));
    }
}
