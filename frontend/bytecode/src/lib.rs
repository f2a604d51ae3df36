//! kiln's portable bytecode: the stable contract between the frontend and lower.
//!
//! - [`opcode`]: the opcode table (enum, mnemonics, operand kinds, stack effects).
//! - [`program`]: the in-memory program (constants, names, code objects, locations).
//! - [`encode`](mod@encode)/[`decode`](mod@decode): the `.kbc` file format (magic, version, little-endian).
//! - [`verify`](mod@verify): checks run on every load, so later stages may trust the bytecode.
//! - [`dis`]: the human-readable disassembly.
//! - [`diag`]: diagnostics, shared by every stage that reports on user programs.
//! - [`timing`]: per-phase timings, likewise shared.
//!
//! This crate knows nothing of Python syntax, types or LLVM.

pub mod decode;
pub mod diag;
pub mod dis;
pub mod encode;
pub mod opcode;
pub mod program;
pub mod timing;
pub mod verify;

pub use decode::{decode, DecodeError};
pub use diag::{Diagnostic, InternalError, Label, Severity};
pub use encode::encode;
pub use opcode::{BinOp, CmpOp, Conversion, Opcode, OperandKind, StackEffect, UnaryOp};
pub use program::{
    ClassDef, CodeKind, CodeObject, Constant, Handler, InlineFrame, Instruction, Location, Program,
    SourceFile, Span,
};
pub use verify::{verify, VerifyError};

/// The 8 bytes every `.kbc` file starts with.
pub const MAGIC: [u8; 8] = *b"KILNBC\r\n";
/// Major format version: a reader refuses files with a different major version.
pub const FORMAT_MAJOR: u16 = 1;
/// Minor format version: a reader loads every minor version up to its own.
pub const FORMAT_MINOR: u16 = 10;

/// The builtin classes a class may name as its base (format 1.6): the exception classes a
/// program can derive its own exceptions from.
pub const EXCEPTION_BASES: &[&str] = &[
    "BaseException",
    "Exception",
    "ArithmeticError",
    "ZeroDivisionError",
    "OverflowError",
    "LookupError",
    "IndexError",
    "KeyError",
    "ValueError",
    "UnicodeError",
    "TypeError",
    "NameError",
    "AttributeError",
    "AssertionError",
    "RuntimeError",
    "NotImplementedError",
    "RecursionError",
    "StopIteration",
    "KeyboardInterrupt",
    "SystemExit",
    "MemoryError",
];
