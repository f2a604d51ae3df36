//! The `sys` streams and arguments, `input()`, and the `time` module's clocks.
//!
//! Standard input is read through one buffer (Rust's `Stdin`) shared by `input()`,
//! `sys.stdin.readline()`, `read()` and `readlines()`. Its text is UTF-8, lines end at `\n`
//! and nothing is translated, as CPython's `sys.stdin` on POSIX.

use std::io::{BufRead, Read, Write};
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::exc::{raise, raise_os_error, ExcKind};
use crate::int::Int;
use crate::list::{alloc_list, kiln_rt_list_append, list_items, ListObject};
use crate::object::{new_str, str_as_str, StrObject};
use crate::ops::OrRaise;
use crate::value::LIST_OF_STR;

/// The `sys.argv` list, made once (a collector root).
static ARGV: AtomicI64 = AtomicI64::new(0);

/// `sys.argv`: the command line, the executable's path first (where CPython has the
/// script's). The same list every time, as in CPython.
#[no_mangle]
pub extern "C" fn kiln_rt_sys_argv() -> *mut ListObject {
    let made = ARGV.load(Ordering::Relaxed);
    if made != 0 {
        return made as *mut ListObject;
    }
    let args = crate::io::args();
    let list = alloc_list(&LIST_OF_STR, args.len() as i64);
    for arg in args {
        // Arguments that are not UTF-8 keep their bytes as U+FFFD, where CPython would
        // use surrogate escapes (which kiln's strings cannot hold).
        let text = String::from_utf8_lossy(arg);
        // SAFETY: a list of str and a str.
        unsafe { kiln_rt_list_append(list, new_str(&text) as u64) };
    }
    ARGV.store(list as i64, Ordering::Relaxed);
    // SAFETY: a static slot that lives as long as the program.
    unsafe { crate::gc::kiln_rt_gc_add_root(ARGV.as_ptr()) };
    list
}

/// Text read from standard input.
fn text_of(bytes: &[u8]) -> String {
    crate::bytes::decode_utf8(bytes).or_raise()
}

/// One line of standard input with its `\n`; empty at the end.
fn read_line() -> String {
    let mut line = Vec::new();
    if let Err(err) = std::io::stdin().lock().read_until(b'\n', &mut line) {
        raise_os_error(&err)
    }
    text_of(&line)
}

/// `input(prompt)`: the prompt is written (and stdout flushed) first; EOFError at the end of
/// the input. `prompt` may be null (no prompt).
///
/// # Safety
/// `prompt` must be null or a valid str.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_input(prompt: *const StrObject) -> *const StrObject {
    if !prompt.is_null() {
        // SAFETY: a valid str.
        crate::io::write_stdout(unsafe { str_as_str(prompt) }.as_bytes());
    }
    if let Err(err) = crate::io::flush_stdout() {
        raise_os_error(&err)
    }
    let line = read_line();
    if line.is_empty() {
        raise(ExcKind::EOFError, "EOF when reading a line")
    }
    new_str(line.strip_suffix('\n').unwrap_or(&line))
}

/// `sys.stdin.readline()`.
#[no_mangle]
pub extern "C" fn kiln_rt_stdin_readline() -> *const StrObject {
    new_str(&read_line())
}

/// `sys.stdin.read()`: the rest of the input.
#[no_mangle]
pub extern "C" fn kiln_rt_stdin_read() -> *const StrObject {
    let mut data = Vec::new();
    if let Err(err) = std::io::stdin().lock().read_to_end(&mut data) {
        raise_os_error(&err)
    }
    new_str(&text_of(&data))
}

/// `sys.stdin.readlines()` (and a `for` loop over `sys.stdin`): the rest of the input's
/// lines, each with its `\n`.
#[no_mangle]
pub extern "C" fn kiln_rt_stdin_readlines() -> *mut ListObject {
    let mut data = Vec::new();
    if let Err(err) = std::io::stdin().lock().read_to_end(&mut data) {
        raise_os_error(&err)
    }
    let text = text_of(&data);
    let list = alloc_list(&LIST_OF_STR, 0);
    for line in text.split_inclusive('\n') {
        // SAFETY: a list of str and a str.
        unsafe { kiln_rt_list_append(list, new_str(line) as u64) };
    }
    list
}

/// `sys.stderr.write(s)`: unbuffered, as CPython's stderr is line-buffered at worst.
///
/// # Safety
/// `s` must be a valid str.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_stderr_write(s: *const StrObject) {
    // SAFETY: a valid str.
    let text = unsafe { str_as_str(s) };
    let mut err = std::io::stderr().lock();
    if let Err(e) = err.write_all(text.as_bytes()) {
        raise_os_error(&e)
    }
}

/// `print(*items, sep=sep, end=end)` of a list or tuple of type `desc`, to stderr when
/// `stderr` is 1: each item's `str` is written as it is made, as CPython does.
///
/// # Safety
/// `seq` must be a live list or tuple of type `desc`; `sep` and `end` valid strs.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_print_items(
    seq: *const u8,
    desc: *const crate::value::TypeDesc,
    sep: *const StrObject,
    end: *const StrObject,
    stderr: i32,
) {
    use crate::value::Tag;
    let write = |s: *const StrObject| {
        if stderr != 0 {
            // SAFETY: a valid str.
            unsafe { kiln_rt_stderr_write(s) }
        } else {
            // SAFETY: a valid str.
            crate::io::write_stdout(unsafe { str_as_str(s) }.as_bytes())
        }
    };
    // SAFETY: per the contract.
    unsafe {
        let desc = &*desc;
        let items: Vec<(u64, &crate::value::TypeDesc)> = match desc.tag() {
            Tag::Tuple => crate::list::tuple_items(seq.cast())
                .iter()
                .enumerate()
                .map(|(i, &w)| (w, desc.arg(i)))
                .collect(),
            _ => list_items(seq.cast())
                .iter()
                .map(|&w| (w, desc.arg(0)))
                .collect(),
        };
        for (i, (w, item_desc)) in items.into_iter().enumerate() {
            if i > 0 {
                write(sep);
            }
            write(crate::ops::kiln_rt_str_of(w, item_desc));
        }
        write(end);
    }
}

/// `sys.stdout.flush()`, `print(..., flush=True)`.
#[no_mangle]
pub extern "C" fn kiln_rt_stdout_flush() {
    if let Err(err) = crate::io::flush_stdout() {
        raise_os_error(&err)
    }
}

/// The start of `perf_counter()` and `monotonic()`, whose reference point is arbitrary.
static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();

fn since_start() -> std::time::Duration {
    START.get_or_init(Instant::now).elapsed()
}

/// `time.time()`: seconds since the epoch.
#[no_mangle]
pub extern "C" fn kiln_rt_time_time() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

/// `time.time_ns()`.
#[no_mangle]
pub extern "C" fn kiln_rt_time_time_ns() -> Int {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    Int::from_i128(nanos as i128)
}

/// `time.perf_counter()` and `time.monotonic()`: seconds on a monotonic clock.
#[no_mangle]
pub extern "C" fn kiln_rt_time_perf_counter() -> f64 {
    since_start().as_secs_f64()
}

/// `time.perf_counter_ns()` and `time.monotonic_ns()`.
#[no_mangle]
pub extern "C" fn kiln_rt_time_perf_counter_ns() -> Int {
    Int::from_i128(since_start().as_nanos() as i128)
}

/// Python's recursion limit: generated code compares each new frame's depth with it, and
/// raises RecursionError above it. A plain `i64` to generated code (an atomic has its layout;
/// executables are single-threaded).
#[no_mangle]
pub static kiln_rt_recursion_limit: std::sync::atomic::AtomicI64 =
    std::sync::atomic::AtomicI64::new(1000);

/// `sys.getrecursionlimit()`.
#[no_mangle]
pub extern "C" fn kiln_rt_get_recursion_limit() -> Int {
    Int::from_i64(kiln_rt_recursion_limit.load(std::sync::atomic::Ordering::Relaxed))
}

/// `sys.setrecursionlimit(limit)`.
#[no_mangle]
pub extern "C" fn kiln_rt_set_recursion_limit(limit: Int) {
    match limit.small_value() {
        Some(n) if n >= 1 => kiln_rt_recursion_limit.store(n, std::sync::atomic::Ordering::Relaxed),
        Some(_) => raise(
            ExcKind::ValueError,
            "recursion limit must be greater or equal than 1",
        ),
        None => raise(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        ),
    }
}

/// `time.sleep(seconds)`.
#[no_mangle]
pub extern "C" fn kiln_rt_time_sleep(seconds: f64) {
    if seconds.is_nan() {
        raise(ExcKind::ValueError, "Invalid value NaN (not a number)")
    }
    if seconds < 0.0 {
        raise(ExcKind::ValueError, "sleep length must be non-negative")
    }
    let Ok(duration) = std::time::Duration::try_from_secs_f64(seconds) else {
        raise(
            ExcKind::OverflowError,
            "timestamp out of range for platform time_t",
        )
    };
    std::thread::sleep(duration);
}
