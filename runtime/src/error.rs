//! A raised-but-not-yet-reported Python exception, for code that wants to
//! return its errors (so unit tests can check them) rather than end the
//! program at once.
//!
//! The pure helpers of the string methods and formatting code return
//! [`PyResult`]; their `extern "C"` wrappers call [`PyError::raise`].

use crate::exc::{raise, ExcKind};

/// An exception: its class and message (exactly CPython's).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PyError {
    /// The exception class.
    pub kind: ExcKind,
    /// The message, without the `Kind: ` prefix.
    pub msg: String,
}

/// The result of an operation that may raise.
pub type PyResult<T> = Result<T, PyError>;

impl PyError {
    /// The exception `kind` with message `msg`.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyError {
        PyError {
            kind,
            msg: msg.into(),
        }
    }

    /// Reports the exception and ends the program (see `exc.rs`).
    pub fn raise(&self) -> ! {
        raise(self.kind, &self.msg)
    }
}

/// `Err(PyError::new(kind, msg))`.
pub fn err<T>(kind: ExcKind, msg: impl Into<String>) -> PyResult<T> {
    Err(PyError::new(kind, msg))
}

/// Unwraps a result, raising its error.
pub fn or_raise<T>(r: PyResult<T>) -> T {
    r.unwrap_or_else(|e| e.raise())
}

/// [`or_raise`] as a method: `result.or_raise()`.
pub trait OrRaise<T> {
    /// The value, or raise the exception.
    fn or_raise(self) -> T;
}

impl<T> OrRaise<T> for PyResult<T> {
    #[inline]
    fn or_raise(self) -> T {
        or_raise(self)
    }
}
