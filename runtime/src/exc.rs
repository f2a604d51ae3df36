//! Python exceptions: the builtin classes, exception objects, raising, tracebacks and the
//! report of an uncaught exception.
//!
//! Raising makes an [`ExcObject`] and unwinds the native stack to the nearest handler
//! (`unwind.rs`). On the way, a landing pad of each kiln function adds a traceback entry
//! ([`kiln_rt_tb_add`]); `main` catches what nothing else does and reports it like CPython
//! ([`kiln_rt_uncaught`]): pending stdout is flushed, the traceback (with the chained
//! exceptions) and the exception line `Kind: message` (or just `Kind` when the message is
//! empty) go to stderr, and the process exits with status 1.
//!
//! If stdout cannot be flushed at that point (e.g. the reader of a pipe went
//! away), CPython prints the exception, then an "Exception ignored" report
//! for stdout, and exits with status 120; so does the runtime.
//!
//! Every function here that raises is `-> !`; they never return and never
//! panic.

use std::io::Write;

use crate::io;
use crate::object::{str_as_str, StrObject};

/// The Python exception classes kiln can raise.
///
/// The discriminants are part of the ABI: generated code passes them to
/// [`kiln_rt_raise`].
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcKind {
    Exception = 0,
    ZeroDivisionError = 1,
    OverflowError = 2,
    ValueError = 3,
    TypeError = 4,
    NameError = 5,
    UnboundLocalError = 6,
    RecursionError = 7,
    IndexError = 8,
    KeyError = 9,
    AttributeError = 10,
    MemoryError = 11,
    AssertionError = 12,
    RuntimeError = 13,
    NotImplementedError = 14,
    UnicodeDecodeError = 15,
    UnicodeEncodeError = 16,
    LookupError = 17,
    BaseException = 18,
    ArithmeticError = 19,
    StopIteration = 20,
    KeyboardInterrupt = 21,
    SystemExit = 22,
    UnicodeError = 23,
    GeneratorExit = 24,
    /// `dataclasses.FrozenInstanceError`.
    FrozenInstanceError = 25,
    EOFError = 26,
    OSError = 27,
    FileNotFoundError = 28,
    FileExistsError = 29,
    PermissionError = 30,
    IsADirectoryError = 31,
    NotADirectoryError = 32,
    BrokenPipeError = 33,
    InterruptedError = 34,
    /// `io.UnsupportedOperation` (reading a file opened for writing, ...).
    UnsupportedOperation = 35,
}

impl ExcKind {
    /// Every kind, in discriminant order (`ALL[k as usize] == k`).
    pub const ALL: &'static [ExcKind] = &[
        ExcKind::Exception,
        ExcKind::ZeroDivisionError,
        ExcKind::OverflowError,
        ExcKind::ValueError,
        ExcKind::TypeError,
        ExcKind::NameError,
        ExcKind::UnboundLocalError,
        ExcKind::RecursionError,
        ExcKind::IndexError,
        ExcKind::KeyError,
        ExcKind::AttributeError,
        ExcKind::MemoryError,
        ExcKind::AssertionError,
        ExcKind::RuntimeError,
        ExcKind::NotImplementedError,
        ExcKind::UnicodeDecodeError,
        ExcKind::UnicodeEncodeError,
        ExcKind::LookupError,
        ExcKind::BaseException,
        ExcKind::ArithmeticError,
        ExcKind::StopIteration,
        ExcKind::KeyboardInterrupt,
        ExcKind::SystemExit,
        ExcKind::UnicodeError,
        ExcKind::GeneratorExit,
        ExcKind::FrozenInstanceError,
        ExcKind::EOFError,
        ExcKind::OSError,
        ExcKind::FileNotFoundError,
        ExcKind::FileExistsError,
        ExcKind::PermissionError,
        ExcKind::IsADirectoryError,
        ExcKind::NotADirectoryError,
        ExcKind::BrokenPipeError,
        ExcKind::InterruptedError,
        ExcKind::UnsupportedOperation,
    ];

    /// The Python class name, as printed in the exception line.
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::Exception => "Exception",
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::ValueError => "ValueError",
            ExcKind::TypeError => "TypeError",
            ExcKind::NameError => "NameError",
            ExcKind::UnboundLocalError => "UnboundLocalError",
            ExcKind::RecursionError => "RecursionError",
            ExcKind::IndexError => "IndexError",
            ExcKind::KeyError => "KeyError",
            ExcKind::AttributeError => "AttributeError",
            ExcKind::MemoryError => "MemoryError",
            ExcKind::AssertionError => "AssertionError",
            ExcKind::RuntimeError => "RuntimeError",
            ExcKind::NotImplementedError => "NotImplementedError",
            ExcKind::UnicodeDecodeError => "UnicodeDecodeError",
            ExcKind::UnicodeEncodeError => "UnicodeEncodeError",
            ExcKind::LookupError => "LookupError",
            ExcKind::BaseException => "BaseException",
            ExcKind::ArithmeticError => "ArithmeticError",
            ExcKind::StopIteration => "StopIteration",
            ExcKind::KeyboardInterrupt => "KeyboardInterrupt",
            ExcKind::SystemExit => "SystemExit",
            ExcKind::UnicodeError => "UnicodeError",
            ExcKind::GeneratorExit => "GeneratorExit",
            ExcKind::FrozenInstanceError => "FrozenInstanceError",
            ExcKind::EOFError => "EOFError",
            ExcKind::OSError => "OSError",
            ExcKind::FileNotFoundError => "FileNotFoundError",
            ExcKind::FileExistsError => "FileExistsError",
            ExcKind::PermissionError => "PermissionError",
            ExcKind::IsADirectoryError => "IsADirectoryError",
            ExcKind::NotADirectoryError => "NotADirectoryError",
            ExcKind::BrokenPipeError => "BrokenPipeError",
            ExcKind::InterruptedError => "InterruptedError",
            ExcKind::UnsupportedOperation => "UnsupportedOperation",
        }
    }

    /// The name CPython's report of an uncaught exception gives the class: its module's name
    /// first, unless it is a builtin (`dataclasses.FrozenInstanceError`).
    pub fn qualified_name(self) -> String {
        match self {
            ExcKind::FrozenInstanceError => format!("dataclasses.{}", self.name()),
            ExcKind::UnsupportedOperation => format!("io.{}", self.name()),
            _ => self.name().to_owned(),
        }
    }

    /// The base class (CPython's hierarchy); `None` for `BaseException`.
    pub fn base(self) -> Option<ExcKind> {
        use ExcKind::*;
        Some(match self {
            BaseException => return None,
            Exception | KeyboardInterrupt | SystemExit | GeneratorExit => BaseException,
            ZeroDivisionError | OverflowError => ArithmeticError,
            IndexError | KeyError => LookupError,
            UnboundLocalError => NameError,
            RecursionError | NotImplementedError => RuntimeError,
            UnicodeDecodeError | UnicodeEncodeError => UnicodeError,
            UnicodeError => ValueError,
            FrozenInstanceError => AttributeError,
            ValueError | TypeError | NameError | AttributeError | MemoryError | AssertionError
            | RuntimeError | LookupError | ArithmeticError | StopIteration | EOFError | OSError => {
                Exception
            }
            FileNotFoundError | FileExistsError | PermissionError | IsADirectoryError
            | NotADirectoryError | BrokenPipeError | InterruptedError | UnsupportedOperation => {
                OSError
            }
        })
    }

    /// True if `self` is `class` or derives from it.
    pub fn is_subclass(self, class: ExcKind) -> bool {
        // `io.UnsupportedOperation` derives from ValueError too.
        if self == ExcKind::UnsupportedOperation && class == ExcKind::ValueError {
            return true;
        }
        let mut k = Some(self);
        while let Some(kind) = k {
            if kind == class {
                return true;
            }
            k = kind.base();
        }
        false
    }

    /// The kind with ABI number `n`, if there is one.
    pub fn from_u32(n: u32) -> Option<ExcKind> {
        Self::ALL.get(n as usize).copied()
    }
}

/// Message of the RecursionError raised on stack exhaustion.
pub const RECURSION_MSG: &str = "maximum recursion depth exceeded";

/// The line CPython prints last for an uncaught exception: `Kind: msg`, or
/// just `Kind` when the message is empty (as for `raise ValueError("")`).
pub fn exception_line(kind: &str, msg: &str) -> String {
    if msg.is_empty() {
        format!("{kind}\n")
    } else {
        format!("{kind}: {msg}\n")
    }
}

/// Raises the `OSError` subclass CPython raises for `err` about the file `path`, with
/// CPython's `args` (`(2, 'No such file or directory')`) and text (`[Errno 2] No such file or
/// directory: 'x'`; `paths` holds two for `rename`).
pub fn raise_path_error(err: &std::io::Error, paths: &[&str]) -> ! {
    let (kind, text) = os_error(err);
    let names: Vec<String> = paths.iter().map(|p| crate::str::repr_str(p)).collect();
    let text = format!("{text}: {}", names.join(" -> "));
    match err.raw_os_error() {
        Some(errno) => crate::exception::raise_os(kind, errno, &strerror(err), &text),
        None => raise(kind, &text),
    }
}

/// The system's description of `err` (`No such file or directory`).
fn strerror(err: &std::io::Error) -> String {
    let text = err.to_string();
    match err.raw_os_error() {
        Some(code) => text
            .strip_suffix(&format!(" (os error {code})"))
            .unwrap_or(&text)
            .to_owned(),
        None => text,
    }
}

/// The `OSError` subclass CPython raises for `err` (PEP 3151 picks it from `errno`) and its
/// `str()`: `[Errno 2] No such file or directory`.
pub fn os_error(err: &std::io::Error) -> (ExcKind, String) {
    use std::io::ErrorKind as K;
    let kind = match err.kind() {
        K::NotFound => ExcKind::FileNotFoundError,
        K::AlreadyExists => ExcKind::FileExistsError,
        K::PermissionDenied => ExcKind::PermissionError,
        K::IsADirectory => ExcKind::IsADirectoryError,
        K::NotADirectory => ExcKind::NotADirectoryError,
        K::BrokenPipe => ExcKind::BrokenPipeError,
        K::Interrupted => ExcKind::InterruptedError,
        _ => ExcKind::OSError,
    };
    // std renders OS errors as "<strerror> (os error N)"; CPython shows
    // "[Errno N] <strerror>".
    match err.raw_os_error() {
        Some(code) => (kind, format!("[Errno {code}] {}", strerror(err))),
        None => (kind, err.to_string()),
    }
}

/// CPython's class name and `str()` of the `OSError` raised for `err`, e.g.
/// `("BrokenPipeError", "[Errno 32] Broken pipe")`.
pub fn os_error_parts(err: &std::io::Error) -> (&'static str, String) {
    use std::io::ErrorKind as K;
    let (kind, text) = os_error(err);
    // Subclasses kiln has no class for, which a write to stdout can produce.
    let class = match err.kind() {
        K::WouldBlock => "BlockingIOError",
        K::ConnectionReset => "ConnectionResetError",
        _ => kind.name(),
    };
    (class, text)
}

/// The report CPython prints at exit when flushing stdout fails.
pub fn stdout_flush_failure_report(err: &std::io::Error) -> String {
    let (class, msg) = os_error_parts(err);
    format!(
        "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n{}",
        exception_line(class, &msg)
    )
}

/// Flushes stdout, reports exception `kind_name` with `msg` on stderr and
/// exits (status 1, or 120 if stdout could not be flushed).
pub fn fail(kind_name: &str, msg: &str) -> ! {
    exit_with_report(|| exception_line(kind_name, msg))
}

/// Flushes stdout, writes `report()` to stderr and exits with status 1 (120, after CPython's
/// report about stdout, if stdout could not be flushed).
pub fn exit_with_report(report: impl FnOnce() -> String) -> ! {
    crate::file::flush_all();
    let flushed = io::flush_stdout();
    let mut report = report();
    let status = match flushed {
        Ok(()) => 1,
        Err(err) => {
            report.push_str(&stdout_flush_failure_report(&err));
            120
        }
    };
    // Nothing sensible is left to do if stderr is gone too.
    let _ = std::io::stderr().write_all(report.as_bytes());
    std::process::exit(status)
}

/// Raises `kind` with message `msg`: the Rust-side entry point. An empty message raises the
/// exception without arguments (`raise MemoryError`).
pub fn raise(kind: ExcKind, msg: &str) -> ! {
    crate::exception::raise_new(kind, msg)
}

/// Raises the `OSError` (subclass) CPython would raise for `err`, as an exception the
/// program may catch.
pub fn raise_io_error(err: &std::io::Error) -> ! {
    let (kind, text) = os_error(err);
    raise(kind, &text)
}

/// Reports the `OSError` (subclass) CPython would raise for `err` on a standard stream and
/// ends the program.
pub fn raise_os_error(err: &std::io::Error) -> ! {
    let (class, msg) = os_error_parts(err);
    fail(class, &msg)
}

/// `raise Kind(msg)`: flushes stdout, prints `Kind: msg` (or `Kind` if `msg`
/// is empty or null) to stderr and exits with status 1. An unknown `kind`
/// prints `SystemError: unknown exception kind N` instead.
///
/// # Safety
/// `msg` must be null or point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_raise(kind: u32, msg: *const StrObject) -> ! {
    let Some(kind) = ExcKind::from_u32(kind) else {
        fail("SystemError", &format!("unknown exception kind {kind}"))
    };
    let text = if msg.is_null() {
        ""
    } else {
        // SAFETY: the caller passes a valid string object.
        unsafe { str_as_str(msg) }
    };
    raise(kind, text)
}

/// Raises `RecursionError: maximum recursion depth exceeded`.
#[no_mangle]
pub extern "C" fn kiln_rt_recursion_error() -> ! {
    raise(ExcKind::RecursionError, RECURSION_MSG)
}

/// Checks an unpacking assignment: `len` items (a tagged int) into `want`
/// targets (tagged), or at least `want` with a starred target. Raises
/// CPython's ValueError otherwise.
#[no_mangle]
pub extern "C" fn kiln_rt_unpack_check(len: crate::Int, want: crate::Int, starred: i32) {
    let (len, want) = (len.raw() >> 1, want.raw() >> 1);
    if starred != 0 {
        if len < want {
            raise(
                ExcKind::ValueError,
                &format!("not enough values to unpack (expected at least {want}, got {len})"),
            );
        }
    } else if len > want {
        raise(
            ExcKind::ValueError,
            &format!("too many values to unpack (expected {want})"),
        );
    } else if len < want {
        raise(
            ExcKind::ValueError,
            &format!("not enough values to unpack (expected {want}, got {len})"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_numbered_in_order() {
        for (i, k) in ExcKind::ALL.iter().enumerate() {
            assert_eq!(*k as u32 as usize, i);
            assert_eq!(ExcKind::from_u32(i as u32), Some(*k));
        }
        assert_eq!(ExcKind::ALL.len(), 36);
        assert_eq!(ExcKind::from_u32(36), None);
        assert!(ExcKind::KeyError.is_subclass(ExcKind::LookupError));
        assert!(ExcKind::FileNotFoundError.is_subclass(ExcKind::OSError));
        assert!(ExcKind::UnsupportedOperation.is_subclass(ExcKind::ValueError));
        assert!(!ExcKind::OSError.is_subclass(ExcKind::ValueError));
        assert!(ExcKind::UnicodeDecodeError.is_subclass(ExcKind::ValueError));
        assert!(!ExcKind::SystemExit.is_subclass(ExcKind::Exception));
        assert_eq!(ExcKind::NotImplementedError.name(), "NotImplementedError");
    }

    #[test]
    fn exception_lines() {
        assert_eq!(
            exception_line("ValueError", "bad"),
            "ValueError: bad\n".to_string()
        );
        assert_eq!(exception_line("MemoryError", ""), "MemoryError\n");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn os_errors_render_like_cpython() {
        let pipe = std::io::Error::from_raw_os_error(32);
        assert_eq!(
            os_error_parts(&pipe),
            ("BrokenPipeError", "[Errno 32] Broken pipe".to_string())
        );
        let full = std::io::Error::from_raw_os_error(28);
        assert_eq!(
            os_error_parts(&full),
            ("OSError", "[Errno 28] No space left on device".to_string())
        );
        assert_eq!(
            stdout_flush_failure_report(&pipe),
            "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n\
             BrokenPipeError: [Errno 32] Broken pipe\n"
        );
    }
}
