//! Writes a [`Program`] as a `.kbc` file: the portable container described in
//! `docs/bytecode.md` (little-endian, length-prefixed, ending in a CRC-32 of everything before).
//!
//! The layout, in order: header (magic, major, minor), filename, optional source, constant pool,
//! name pool, code objects, checksum. [`decode`](crate::decode()) reads exactly this layout back.

use crate::program::{CodeKind, CodeObject, Constant, Program};
use crate::{FORMAT_MAJOR, FORMAT_MINOR, MAGIC};

/// Constant tag: `None`.
pub(crate) const TAG_NONE: u8 = 0;
/// Constant tag: `bool`, followed by one byte 0 or 1.
pub(crate) const TAG_BOOL: u8 = 1;
/// Constant tag: `int`, followed by an `i64`.
pub(crate) const TAG_INT: u8 = 2;
/// Constant tag: `float`, followed by its IEEE 754 bits as a `u64`.
pub(crate) const TAG_FLOAT: u8 = 3;
/// Constant tag: `str`, followed by a string.
pub(crate) const TAG_STR: u8 = 4;
/// Constant tag: tuple, followed by a `u32` count and that many constants.
pub(crate) const TAG_TUPLE: u8 = 5;
/// Constant tag: big integer (format 1.1), followed by its canonical decimal text as a string.
pub(crate) const TAG_BIGINT: u8 = 6;
/// Constant tag: `bytes` (format 1.4), followed by a `u32` length and that many bytes.
pub(crate) const TAG_BYTES: u8 = 7;

/// Code kind byte for [`CodeKind::Module`].
pub(crate) const KIND_MODULE: u8 = 0;
/// Code kind byte for [`CodeKind::Function`].
pub(crate) const KIND_FUNCTION: u8 = 1;

/// Encodes `program` in the portable `.kbc` format (version `FORMAT_MAJOR.FORMAT_MINOR`).
///
/// Encoding never fails. It is meant for programs that pass [`verify`](crate::verify()); a program that
/// does not still encodes, but [`decode`](crate::decode()) will reject the result. (A string or table
/// longer than `u32::MAX`, which the verifier also rejects, has its length clamped.)
pub fn encode(program: &Program) -> Vec<u8> {
    encode_as(program, FORMAT_MINOR)
}

/// Encodes `program` in the layout of format `1.minor` (for older readers and for tests): the
/// fields newer versions added are left out. The program must use only what that version
/// has; otherwise [`decode`](crate::decode()) rejects the result.
pub fn encode_as(program: &Program, minor: u16) -> Vec<u8> {
    let mut w = Writer {
        out: Vec::new(),
        minor,
    };
    w.out.extend_from_slice(&MAGIC);
    w.u16(FORMAT_MAJOR);
    w.u16(minor);
    w.str(&program.filename);
    match &program.source {
        Some(source) => {
            w.u8(1);
            w.str(source);
        }
        None => w.u8(0),
    }
    w.len(program.consts.len());
    for constant in &program.consts {
        w.constant(constant);
    }
    w.len(program.names.len());
    for name in &program.names {
        w.str(name);
    }
    w.len(program.codes.len());
    for code in &program.codes {
        w.code(code);
    }
    if minor >= 5 {
        w.len(program.inline_frames.len());
        for frame in &program.inline_frames {
            w.str(&frame.name);
            w.u32(frame.span.start);
            w.u32(frame.span.end);
            w.u32(frame.outside.start);
            w.u32(frame.outside.end);
            w.u32(frame.line);
        }
        w.len(program.classes.len());
        for class in &program.classes {
            w.str(&class.name);
            w.u32(class.base.map_or(u32::MAX, |b| b));
            if minor >= 6 {
                w.str(class.builtin_base.as_deref().unwrap_or(""));
            }
            for names in class.name_lists() {
                w.len(names.len());
                for name in names {
                    w.str(name);
                }
            }
        }
    }
    if minor >= 10 {
        w.len(program.files.len());
        for file in &program.files {
            w.str(&file.name);
            w.u32(file.start);
        }
    }
    let checksum = crc32(&w.out);
    w.u32(checksum);
    w.out
}

/// Appends little-endian primitives to a byte buffer.
struct Writer {
    out: Vec<u8>,
    /// The format minor version being written.
    minor: u16,
}

impl Writer {
    fn u8(&mut self, value: u8) {
        self.out.push(value);
    }

    fn u16(&mut self, value: u16) {
        self.out.extend_from_slice(&value.to_le_bytes());
    }

    fn u32(&mut self, value: u32) {
        self.out.extend_from_slice(&value.to_le_bytes());
    }

    fn u64(&mut self, value: u64) {
        self.out.extend_from_slice(&value.to_le_bytes());
    }

    /// A count or length, clamped to `u32::MAX` (see [`encode`]).
    fn len(&mut self, len: usize) {
        self.u32(u32::try_from(len).unwrap_or(u32::MAX));
    }

    fn str(&mut self, s: &str) {
        self.len(s.len());
        self.out.extend_from_slice(s.as_bytes());
    }

    fn constant(&mut self, constant: &Constant) {
        match constant {
            Constant::None => self.u8(TAG_NONE),
            Constant::Bool(value) => {
                self.u8(TAG_BOOL);
                self.u8(u8::from(*value));
            }
            Constant::Int(value) => {
                self.u8(TAG_INT);
                self.out.extend_from_slice(&value.to_le_bytes());
            }
            Constant::BigInt(digits) => {
                self.u8(TAG_BIGINT);
                self.str(digits);
            }
            Constant::Float(value) => {
                self.u8(TAG_FLOAT);
                self.u64(value.to_bits());
            }
            Constant::Str(value) => {
                self.u8(TAG_STR);
                self.str(value);
            }
            Constant::Bytes(value) => {
                self.u8(TAG_BYTES);
                self.len(value.len());
                self.out.extend_from_slice(value);
            }
            Constant::Tuple(items) => {
                self.u8(TAG_TUPLE);
                self.len(items.len());
                for item in items {
                    self.constant(item);
                }
            }
        }
    }

    fn code(&mut self, code: &CodeObject) {
        self.u8(match code.kind {
            CodeKind::Module => KIND_MODULE,
            CodeKind::Function => KIND_FUNCTION,
        });
        self.str(&code.name);
        self.u32(code.argcount);
        self.u32(code.defaults);
        self.len(code.locals.len());
        for local in &code.locals {
            self.str(local);
        }
        self.u32(code.max_stack);
        self.u32(code.span.start);
        self.u32(code.span.end);
        self.len(code.code.len());
        for inst in &code.code {
            self.u8(inst.op as u8);
            self.u32(inst.arg);
        }
        self.len(code.locations.len());
        for location in &code.locations {
            self.u32(location.line);
            self.u32(location.span.start);
            self.u32(location.span.end);
        }
        if self.minor < 5 {
            return;
        }
        self.len(code.handlers.len());
        for handler in &code.handlers {
            self.u32(handler.start);
            self.u32(handler.end);
            self.u32(handler.target);
            self.u32(handler.depth);
        }
        if self.minor >= 7 {
            self.u32(code.kwonly);
            self.u8(u8::from(code.varargs));
        }
        if self.minor >= 8 {
            self.len(code.cells.len());
            for &cell in &code.cells {
                self.u32(cell);
            }
            self.len(code.freevars.len());
            for name in &code.freevars {
                self.str(name);
            }
            self.u8(u8::from(code.varkeywords));
        }
        if self.minor >= 9 {
            self.u8(u8::from(code.generator));
        }
    }
}

/// CRC-32 (IEEE 802.3, as in zlib and PNG: reflected polynomial `0xEDB88320`, initial value and
/// final XOR `0xFFFFFFFF`) of `bytes`. `crc32(b"123456789") == 0xCBF43926`.
pub fn crc32(bytes: &[u8]) -> u32 {
    const TABLE: [u32; 256] = crc32_table();
    let mut crc = u32::MAX;
    for &byte in bytes {
        // The index is `(crc ^ byte) & 0xFF`, always < 256.
        let index = usize::from((crc as u8) ^ byte);
        crc = TABLE.get(index).copied().unwrap_or(0) ^ (crc >> 8);
    }
    !crc
}

/// The byte-at-a-time lookup table for [`crc32`], built at compile time.
const fn crc32_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut crc = i as u32;
        let mut bit = 0;
        while bit < 8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
            bit += 1;
        }
        table[i] = crc;
        i += 1;
    }
    table
}
