//! Program start-up, shutdown and buffered standard output.
//!
//! Output written by `print` is collected in a runtime buffer and written to
//! file descriptor 1 in blocks, as CPython's `sys.stdout` does: block
//! buffered (8 KiB, CPython's buffer size) when stdout is a file or pipe,
//! line buffered when it is a terminal. The buffer is flushed at
//! [`kiln_rt_finish`] and before any exception report, so stdout and stderr
//! interleave as under CPython.
//!
//! A write error while the program runs raises the matching `OSError`
//! (`BrokenPipeError: [Errno 32] Broken pipe`, ...) and exits with status 1;
//! a write error at exit prints CPython's "Exception ignored" report and
//! makes the exit status 120. Like CPython, the runtime ignores `SIGPIPE` so
//! a closed pipe shows up as that error instead of killing the process.

use std::ffi::{c_char, CStr};
use std::io::{IsTerminal, Write};

use crate::exc;
use crate::float::float_repr;
use crate::global::Global;
use crate::int::{Int, IntRef};
use crate::int_text::{format_i64, int_to_str};
use crate::object::{str_bytes, StrObject};

/// Size of the stdout buffer: CPython's `io.DEFAULT_BUFFER_SIZE`.
pub const STDOUT_BUFFER_SIZE: usize = 8192;

/// State of standard output.
struct Stdout {
    /// Bytes written by the program but not yet handed to the OS.
    buf: Vec<u8>,
    /// Flush after every write containing a newline (stdout is a terminal).
    line_buffered: bool,
}

static STDOUT: Global<Stdout> = Global::new(Stdout {
    buf: Vec::new(),
    line_buffered: false,
});

/// The command line as passed to `main`, for the coming `sys.argv`.
struct Args {
    argc: i32,
    argv: *const *const c_char,
}

static ARGS: Global<Args> = Global::new(Args {
    argc: 0,
    argv: std::ptr::null(),
});

/// The program's command-line arguments as raw bytes (`argv[0]` first).
///
/// Empty before [`kiln_rt_init`] has run.
pub fn args() -> Vec<&'static [u8]> {
    ARGS.with(|a| {
        if a.argv.is_null() {
            return Vec::new();
        }
        (0..a.argc.max(0) as usize)
            .filter_map(|i| {
                // SAFETY: `main` received `argc` valid entries in `argv`,
                // which live for the whole process.
                let p = unsafe { *a.argv.add(i) };
                // SAFETY: each non-null entry is a NUL-terminated C string.
                (!p.is_null()).then(|| unsafe { CStr::from_ptr(p) }.to_bytes())
            })
            .collect()
    })
}

/// Writes all of `data` to file descriptor 1, bypassing std's own stdout
/// buffering (the runtime already buffers).
fn write_fd1(data: &[u8]) -> std::io::Result<()> {
    if data.is_empty() {
        return Ok(());
    }
    #[cfg(unix)]
    {
        use std::os::fd::FromRawFd;
        // SAFETY: fd 1 stays open for the whole process; ManuallyDrop keeps
        // the File from closing it.
        let mut out = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(1) });
        match out.write_all(data) {
            // A closed stdout is ignored, as CPython (whose sys.stdout is
            // then None) and std do.
            Err(e) if e.raw_os_error() == Some(EBADF) => Ok(()),
            r => r,
        }
    }
    #[cfg(not(unix))]
    {
        let mut out = std::io::stdout().lock();
        out.write_all(data)?;
        out.flush()
    }
}

/// `EBADF` (the same on every Unix kiln targets).
#[cfg(unix)]
const EBADF: i32 = 9;

/// Writes the buffered output to the OS and empties the buffer.
///
/// The buffer is emptied even on error, as a failed write cannot be retried
/// usefully and must not be reported twice.
pub fn flush_stdout() -> std::io::Result<()> {
    STDOUT.with(|out| {
        let r = write_fd1(&out.buf);
        out.buf.clear();
        r
    })
}

/// Appends `data` to stdout, flushing as CPython's buffered stdout would.
fn buffer_write(out: &mut Stdout, data: &[u8]) -> std::io::Result<()> {
    if out.buf.len() + data.len() > STDOUT_BUFFER_SIZE {
        let r = write_fd1(&out.buf);
        out.buf.clear();
        r?;
        if data.len() >= STDOUT_BUFFER_SIZE {
            return write_fd1(data);
        }
    }
    if out.buf.capacity() == 0 {
        out.buf.reserve_exact(STDOUT_BUFFER_SIZE);
    }
    out.buf.extend_from_slice(data);
    // CPython's line buffering flushes on "\n" and on "\r".
    if out.line_buffered && data.iter().any(|&b| b == b'\n' || b == b'\r') {
        let r = write_fd1(&out.buf);
        out.buf.clear();
        r?;
    }
    Ok(())
}

/// Appends `data` to stdout; a write error raises the matching `OSError`.
pub fn write_stdout(data: &[u8]) {
    if let Err(err) = STDOUT.with(|out| buffer_write(out, data)) {
        // Outside `STDOUT.with`: raising flushes stdout again.
        exc::raise_os_error(&err);
    }
}

/// Start-up: records `argv` for `sys.argv` and the stack top for the
/// garbage collector, ignores `SIGPIPE` (as CPython does) and makes stdout
/// line buffered if it is a terminal.
///
/// `stack_top` is the highest stack address the collector scans for
/// references: the generated `main` passes the address of its own frame
/// (`llvm.frameaddress(0)`), so every frame below it is scanned. It must
/// lie above this call's frame and within 1 MiB of it; otherwise (or if
/// null) the collector never frees anything (see `gc::set_stack_top`).
///
/// # Safety
/// `argv` must be null or hold `argc` valid C strings that live for the rest
/// of the process (as `main`'s arguments do). `stack_top` must be at or
/// above every stack slot of the calling frame that can hold a reference.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_init(argc: i32, argv: *const *const c_char, stack_top: *const u8) {
    crate::gc::set_stack_top(stack_top);
    ARGS.with(|a| {
        a.argc = argc;
        a.argv = argv;
    });
    #[cfg(unix)]
    {
        extern "C" {
            fn signal(signum: i32, handler: usize) -> usize;
        }
        const SIGPIPE: i32 = 13;
        const SIG_IGN: usize = 1;
        // SAFETY: installing SIG_IGN for SIGPIPE has no preconditions.
        unsafe { signal(SIGPIPE, SIG_IGN) };
    }
    let tty = std::io::stdout().is_terminal();
    STDOUT.with(|out| out.line_buffered = tty);
}

/// Shutdown: flushes the open files and stdout and returns the process exit status: 0, or 120
/// after printing CPython's "Exception ignored ... BrokenPipeError: [Errno
/// 32] Broken pipe" report if stdout could not be written.
#[no_mangle]
pub extern "C" fn kiln_rt_finish() -> i32 {
    crate::file::flush_all();
    match flush_stdout() {
        Ok(()) => 0,
        Err(err) => {
            let report = exc::stdout_flush_failure_report(&err);
            let _ = std::io::stderr().write_all(report.as_bytes());
            120
        }
    }
}

/// Writes a `str` to stdout (`print` writes `sep` and `end` this way too).
///
/// # Safety
/// `s` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_write_str(s: *const StrObject) {
    // SAFETY: the caller passes a valid string object.
    write_stdout(unsafe { str_bytes(s) });
}

/// Writes `str(a)` of an `int`; beyond 4300 digits, CPython's ValueError
/// (nothing is written).
#[no_mangle]
pub extern "C" fn kiln_rt_write_int(a: Int) {
    match a.view() {
        IntRef::Small(v) => write_stdout(format_i64(v, &mut [0; 20]).as_bytes()),
        IntRef::Big(_) => {
            let text = int_to_str(a).unwrap_or_else(|e| e.raise());
            write_stdout(text.as_bytes());
        }
    }
}

/// Writes `repr(v)` of a `float` (what `print` shows).
#[no_mangle]
pub extern "C" fn kiln_rt_write_float(v: f64) {
    write_stdout(float_repr(v).as_bytes());
}

/// Writes `True` or `False`.
#[no_mangle]
pub extern "C" fn kiln_rt_write_bool(v: i32) {
    write_stdout(if v != 0 { b"True" } else { b"False" });
}

/// Writes `None`.
#[no_mangle]
pub extern "C" fn kiln_rt_write_none() {
    write_stdout(b"None");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn args_empty_before_init() {
        assert!(args().is_empty());
    }

    #[test]
    fn small_writes_stay_buffered_until_full() {
        let mut out = Stdout {
            buf: Vec::new(),
            line_buffered: false,
        };
        // Empty and sub-buffer writes never touch fd 1.
        buffer_write(&mut out, b"").ok();
        buffer_write(&mut out, b"hello\n").ok();
        assert_eq!(out.buf, b"hello\n");
        buffer_write(&mut out, &[b'x'; STDOUT_BUFFER_SIZE - 6]).ok();
        assert_eq!(out.buf.len(), STDOUT_BUFFER_SIZE);
    }
}
