//! Reads a `.kbc` file back into a [`Program`] and verifies it.
//!
//! The input is untrusted: every read is bounds-checked, every count is checked against the
//! bytes that remain before anything is allocated, tuple nesting is limited, and any problem is
//! a [`DecodeError`] naming what was being read and at which byte offset. Decoding never panics.
//! The layout is the one [`encode`](crate::encode()) writes and `docs/bytecode.md` specifies.

use crate::encode::{
    crc32, KIND_FUNCTION, KIND_MODULE, TAG_BIGINT, TAG_BOOL, TAG_BYTES, TAG_FLOAT, TAG_INT,
    TAG_NONE, TAG_STR, TAG_TUPLE,
};
use crate::opcode::Opcode;
use crate::program::{
    ClassDef, CodeKind, CodeObject, Constant, Handler, InlineFrame, Instruction, Location, Program,
    Span,
};
use crate::verify::verify;
use crate::{FORMAT_MAJOR, FORMAT_MINOR, MAGIC};
use std::fmt;

/// Why a `.kbc` file could not be loaded: a one-line, human-readable reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError(pub String);

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for DecodeError {}

/// Size of the header: magic, major, minor.
const HEADER_LEN: usize = MAGIC.len() + 2 + 2;
/// Smallest encoding of a code object: kind, name, argcount, defaults, locals count, max_stack,
/// span, instruction count, location count.
const MIN_CODE_LEN: usize = 1 + 4 + 4 + 4 + 4 + 4 + 8 + 4 + 4;
/// Size of one encoded instruction: opcode byte and operand.
const INSTRUCTION_LEN: usize = 1 + 4;
/// Size of one encoded location: line, span start, span end.
const LOCATION_LEN: usize = 4 + 4 + 4;
/// Bytes per exception handler record: start, end, target, depth.
const HANDLER_LEN: usize = 4 * 4;
/// The fewest bytes an inline frame record takes: an empty name and five `u32`s.
const INLINE_FRAME_LEN: usize = 4 + 5 * 4;
/// The fewest bytes a class record takes: an empty name, the base and six empty lists.
const CLASS_LEN: usize = 4 + 4 + 6 * 4;

/// Decodes a `.kbc` file and runs [`verify`] on the result, so the program returned is
/// well-formed bytecode that later stages may trust.
///
/// Errors name the problem in one line: an empty or foreign file, an unsupported format version
/// (with the versions this kiln reads), truncation (with what was being read and where), an
/// invalid value, trailing bytes, a checksum mismatch, or the verifier's complaint.
pub fn decode(bytes: &[u8]) -> Result<Program, DecodeError> {
    let minor = check_header(bytes)?;
    let mut r = Reader {
        bytes,
        pos: HEADER_LEN,
        minor,
    };
    let program = r.program()?;
    let body_end = r.pos;
    let stored = r.u32("the checksum")?;
    if r.pos != bytes.len() {
        return Err(DecodeError(format!(
            "{} trailing bytes after the end of the program at byte {}",
            bytes.len() - r.pos,
            r.pos
        )));
    }
    let computed = crc32(bytes.get(..body_end).unwrap_or_default());
    if stored != computed {
        return Err(DecodeError(format!(
            "checksum mismatch (file says {stored:#010x}, contents give {computed:#010x}): \
             the file is corrupt"
        )));
    }
    verify(&program).map_err(|err| DecodeError(format!("invalid bytecode: {err}")))?;
    Ok(program)
}

/// The versions this reader accepts, as written in error messages: `1.0–1.N`.
fn supported_versions() -> String {
    format!("{FORMAT_MAJOR}.0\u{2013}{FORMAT_MAJOR}.{FORMAT_MINOR}")
}

/// Checks the magic number and the format version; returns the file's minor version.
fn check_header(bytes: &[u8]) -> Result<u16, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError(
            "empty file: not a kiln bytecode (.kbc) file".into(),
        ));
    }
    let magic_len = bytes.len().min(MAGIC.len());
    if bytes.get(..magic_len) != MAGIC.get(..magic_len) {
        return Err(DecodeError(
            "not a kiln bytecode (.kbc) file: it does not start with the magic bytes \"KILNBC\\r\\n\""
                .into(),
        ));
    }
    let (Some(&[a, b]), Some(&[c, d])) = (bytes.get(8..10), bytes.get(10..12)) else {
        return Err(DecodeError(format!(
            "truncated file: {} bytes, too short for the {HEADER_LEN}-byte header",
            bytes.len()
        )));
    };
    let major = u16::from_le_bytes([a, b]);
    let minor = u16::from_le_bytes([c, d]);
    if major != FORMAT_MAJOR {
        return Err(DecodeError(format!(
            "unsupported bytecode format version {major}.{minor} (this kiln reads {}); \
             recompile the source with this kiln",
            supported_versions()
        )));
    }
    if minor > FORMAT_MINOR {
        return Err(DecodeError(format!(
            "bytecode format version {major}.{minor} is newer than this kiln supports (it reads {}); \
             recompile the source with this kiln, or use a newer kiln",
            supported_versions()
        )));
    }
    Ok(minor)
}

/// A bounds-checked cursor over the input.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    /// The file's minor version: features newer than it are errors.
    minor: u16,
}

impl<'a> Reader<'a> {
    /// Bytes not yet read.
    fn remaining(&self) -> usize {
        self.bytes.len().saturating_sub(self.pos)
    }

    /// The next `n` bytes, or a truncation error naming `what`.
    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8], DecodeError> {
        let slice = self
            .pos
            .checked_add(n)
            .and_then(|end| self.bytes.get(self.pos..end));
        match slice {
            Some(slice) => {
                self.pos += n;
                Ok(slice)
            }
            None => Err(DecodeError(format!(
                "truncated file: unexpected end of input at byte {} while reading {what} \
                 ({n} bytes needed, {} left)",
                self.pos,
                self.remaining()
            ))),
        }
    }

    /// The next `N` bytes as an array.
    fn array<const N: usize>(&mut self, what: &str) -> Result<[u8; N], DecodeError> {
        let slice = self.take(N, what)?;
        let mut out = [0u8; N];
        out.copy_from_slice(slice);
        Ok(out)
    }

    fn u8(&mut self, what: &str) -> Result<u8, DecodeError> {
        Ok(self.array::<1>(what)?[0])
    }

    fn u32(&mut self, what: &str) -> Result<u32, DecodeError> {
        self.array(what).map(u32::from_le_bytes)
    }

    fn u64(&mut self, what: &str) -> Result<u64, DecodeError> {
        self.array(what).map(u64::from_le_bytes)
    }

    fn i64(&mut self, what: &str) -> Result<i64, DecodeError> {
        self.array(what).map(i64::from_le_bytes)
    }

    /// A `u32` count of items that each take at least `min_size` bytes; rejects counts the rest
    /// of the input cannot hold, so no allocation is ever larger than the input.
    fn count(&mut self, min_size: usize, what: &str) -> Result<usize, DecodeError> {
        let at = self.pos;
        let count = self.u32(&format!("the number of {what}"))?;
        let count = usize::try_from(count).unwrap_or(usize::MAX);
        if count > self.remaining() / min_size.max(1) {
            return Err(DecodeError(format!(
                "truncated or corrupt file: the count of {what} at byte {at} is {count}, more \
                 than the remaining {} bytes can hold",
                self.remaining()
            )));
        }
        Ok(count)
    }

    /// A length-prefixed UTF-8 string.
    fn string(&mut self, what: &str) -> Result<String, DecodeError> {
        let at = self.pos;
        let bytes = self.byte_string(what)?;
        match std::str::from_utf8(bytes) {
            Ok(s) => Ok(s.to_owned()),
            Err(err) => Err(DecodeError(format!(
                "corrupt file: {what} at byte {at} is not valid UTF-8 (invalid byte at offset {} \
                 of the string)",
                err.valid_up_to()
            ))),
        }
    }

    /// A `u32` length and that many bytes.
    fn byte_string(&mut self, what: &str) -> Result<&[u8], DecodeError> {
        let at = self.pos;
        let len = self.u32(&format!("the length of {what}"))?;
        let len = usize::try_from(len).unwrap_or(usize::MAX);
        if len > self.remaining() {
            return Err(DecodeError(format!(
                "truncated or corrupt file: {what} at byte {at} is {len} bytes long but only {} \
                 bytes remain",
                self.remaining()
            )));
        }
        self.take(len, what)
    }

    /// A 0/1 byte.
    fn flag(&mut self, what: &str) -> Result<bool, DecodeError> {
        let at = self.pos;
        match self.u8(what)? {
            0 => Ok(false),
            1 => Ok(true),
            other => Err(DecodeError(format!(
                "corrupt file: {what} at byte {at} is {other}, expected 0 or 1"
            ))),
        }
    }

    /// Fails unless the file's declared minor version is at least `since`, the version that
    /// introduced a feature; `feature` describes the use, ending in "which".
    fn needs_minor(&self, since: u16, feature: impl Fn() -> String) -> Result<(), DecodeError> {
        if self.minor >= since {
            return Ok(());
        }
        Err(DecodeError(format!(
            "corrupt file: {} needs format {FORMAT_MAJOR}.{since} or newer, but the file declares \
             format {FORMAT_MAJOR}.{}",
            feature(),
            self.minor
        )))
    }

    fn program(&mut self) -> Result<Program, DecodeError> {
        let filename = self.string("the filename")?;
        let source = if self.flag("the source-present flag")? {
            Some(self.string("the source text")?)
        } else {
            None
        };

        let count = self.count(1, "constants")?;
        let mut consts = Vec::with_capacity(count);
        for index in 0..count {
            consts.push(self.constant(index, 0)?);
        }

        let count = self.count(4, "names")?;
        let mut names = Vec::with_capacity(count);
        for index in 0..count {
            names.push(self.string(&format!("name {index}"))?);
        }

        let count = self.count(MIN_CODE_LEN, "code objects")?;
        let mut codes = Vec::with_capacity(count);
        for index in 0..count {
            codes.push(self.code(index)?);
        }
        let mut inline_frames = Vec::new();
        if self.minor >= 5 {
            let count = self.count(INLINE_FRAME_LEN, "inline frames")?;
            for index in 0..count {
                let what = format!("inline frame {index}");
                let name = self.string(&what)?;
                let mut field = || self.u32(&what);
                let (start, end, out_start, out_end, line) =
                    (field()?, field()?, field()?, field()?, field()?);
                inline_frames.push(InlineFrame {
                    name,
                    span: Span { start, end },
                    outside: Span {
                        start: out_start,
                        end: out_end,
                    },
                    line,
                });
            }
        }
        let mut classes = Vec::new();
        if self.minor >= 5 {
            let count = self.count(CLASS_LEN, "classes")?;
            for index in 0..count {
                let what = format!("class {index}");
                let name = self.string(&what)?;
                let base = self.u32(&what)?;
                let builtin_base = if self.minor >= 6 {
                    Some(self.string(&what)?).filter(|b| !b.is_empty())
                } else {
                    None
                };
                let mut lists = Vec::with_capacity(6);
                for _ in 0..6 {
                    let count = self.count(4, &what)?;
                    let mut names = Vec::with_capacity(count);
                    for _ in 0..count {
                        names.push(self.string(&what)?);
                    }
                    lists.push(names);
                }
                let mut lists = lists.into_iter();
                let mut next = || lists.next().unwrap_or_default();
                classes.push(ClassDef {
                    name,
                    base: (base != u32::MAX).then_some(base),
                    builtin_base,
                    methods: next(),
                    attrs: next(),
                    fields: next(),
                    statics: next(),
                    classmethods: next(),
                    properties: next(),
                });
            }
        }
        let mut files = Vec::new();
        if self.minor >= 10 {
            let count = self.count(8, "source files")?;
            for index in 0..count {
                let what = format!("source file {index}");
                let name = self.string(&what)?;
                let start = self.u32(&what)?;
                files.push(crate::program::SourceFile { name, start });
            }
        }
        Ok(Program {
            filename,
            source,
            consts,
            names,
            codes,
            inline_frames,
            classes,
            files,
        })
    }

    /// Constant `index` of the pool, at tuple nesting `depth`.
    fn constant(&mut self, index: usize, depth: u32) -> Result<Constant, DecodeError> {
        let what = format!("constant {index}");
        let at = self.pos;
        let tag = self.u8(&what)?;
        Ok(match tag {
            TAG_NONE => Constant::None,
            TAG_BOOL => Constant::Bool(self.flag(&format!("the value of bool {what}"))?),
            TAG_INT => Constant::Int(self.i64(&what)?),
            TAG_BIGINT => {
                self.needs_minor(1, || {
                    format!("{what} at byte {at} is a big integer (type tag {TAG_BIGINT}), which")
                })?;
                let digits = self.string(&format!("big integer {what}"))?;
                if !Constant::is_canonical_decimal(&digits) {
                    return Err(DecodeError(format!(
                        "corrupt file: big integer {what} at byte {at} is not canonical decimal \
                         text (-?[1-9][0-9]* or 0): {}",
                        crate::verify::quote_prefix(&digits)
                    )));
                }
                Constant::BigInt(digits)
            }
            TAG_FLOAT => Constant::Float(f64::from_bits(self.u64(&what)?)),
            TAG_STR => Constant::Str(self.string(&what)?),
            TAG_BYTES => {
                self.needs_minor(4, || {
                    format!("{what} at byte {at} is a bytes value (type tag {TAG_BYTES}), which")
                })?;
                Constant::Bytes(self.byte_string(&what)?.to_vec())
            }
            TAG_TUPLE => {
                if depth >= Constant::MAX_NESTING {
                    return Err(DecodeError(format!(
                        "corrupt file: {what} nests tuples more than {} deep (at byte {at})",
                        Constant::MAX_NESTING
                    )));
                }
                let count = self.count(1, &format!("items of tuple {what}"))?;
                let mut items = Vec::with_capacity(count);
                for _ in 0..count {
                    items.push(self.constant(index, depth + 1)?);
                }
                Constant::Tuple(items)
            }
            other => {
                return Err(DecodeError(format!(
                    "corrupt file: {what} at byte {at} has unknown type tag {other}"
                )))
            }
        })
    }

    /// Code object `index`.
    fn code(&mut self, index: usize) -> Result<CodeObject, DecodeError> {
        let what = format!("code object {index}");
        let at = self.pos;
        let kind = match self.u8(&format!("the kind of {what}"))? {
            KIND_MODULE => CodeKind::Module,
            KIND_FUNCTION => CodeKind::Function,
            other => {
                return Err(DecodeError(format!(
                    "corrupt file: {what} at byte {at} has unknown kind {other} (0 = module, \
                     1 = function)"
                )))
            }
        };
        let name = self.string(&format!("the name of {what}"))?;
        let argcount = self.u32(&format!("the argcount of {what}"))?;
        let defaults = self.u32(&format!("the defaults of {what}"))?;

        let count = self.count(4, &format!("locals of {what}"))?;
        let mut locals = Vec::with_capacity(count);
        for local in 0..count {
            locals.push(self.string(&format!("local {local} of {what}"))?);
        }

        let max_stack = self.u32(&format!("the max_stack of {what}"))?;
        let start = self.u32(&format!("the span of {what}"))?;
        let end = self.u32(&format!("the span of {what}"))?;

        // The counts are checked against the remaining input, so each table is read in one
        // piece and split into fixed-size records without per-record bookkeeping.
        let count = self.count(INSTRUCTION_LEN, &format!("instructions of {what}"))?;
        let table_at = self.pos;
        let table = self.take(
            count.saturating_mul(INSTRUCTION_LEN),
            &format!("the instructions of {what}"),
        )?;
        let mut code = Vec::with_capacity(count);
        for (inst, record) in table.chunks_exact(INSTRUCTION_LEN).enumerate() {
            let &[byte, a, b, c, d] = record else {
                return Err(DecodeError(format!(
                    "corrupt file: instruction {inst} of {what}"
                )));
            };
            let inst_at = table_at + inst * INSTRUCTION_LEN;
            let Some(op) = Opcode::from_byte(byte) else {
                return Err(DecodeError(format!(
                    "corrupt file: instruction {inst} of {what} at byte {inst_at} has unknown \
                     opcode {byte}"
                )));
            };
            self.needs_minor(op.since_minor(), || {
                format!(
                    "instruction {inst} of {what} at byte {inst_at} is {} (opcode {byte}), which",
                    op.mnemonic()
                )
            })?;
            code.push(Instruction {
                op,
                arg: u32::from_le_bytes([a, b, c, d]),
            });
        }

        let count = self.count(LOCATION_LEN, &format!("locations of {what}"))?;
        let table = self.take(
            count.saturating_mul(LOCATION_LEN),
            &format!("the locations of {what}"),
        )?;
        let mut locations = Vec::with_capacity(count);
        for (loc, record) in table.chunks_exact(LOCATION_LEN).enumerate() {
            let &[l0, l1, l2, l3, s0, s1, s2, s3, e0, e1, e2, e3] = record else {
                return Err(DecodeError(format!(
                    "corrupt file: location {loc} of {what}"
                )));
            };
            locations.push(Location {
                line: u32::from_le_bytes([l0, l1, l2, l3]),
                span: Span {
                    start: u32::from_le_bytes([s0, s1, s2, s3]),
                    end: u32::from_le_bytes([e0, e1, e2, e3]),
                },
            });
        }

        let mut handlers = Vec::new();
        if self.minor >= 5 {
            let count = self.count(HANDLER_LEN, &format!("handlers of {what}"))?;
            for _ in 0..count {
                let field = format!("a handler of {what}");
                handlers.push(Handler {
                    start: self.u32(&field)?,
                    end: self.u32(&field)?,
                    target: self.u32(&field)?,
                    depth: self.u32(&field)?,
                });
            }
        }

        let (kwonly, varargs) = match self.minor {
            7.. => {
                let kwonly = self.u32(&format!("the kwonly count of {what}"))?;
                let varargs = match self.u8(&format!("the varargs flag of {what}"))? {
                    0 => false,
                    1 => true,
                    other => {
                        return Err(DecodeError(format!(
                            "corrupt file: {what} has varargs flag {other} (0 or 1)"
                        )))
                    }
                };
                (kwonly, varargs)
            }
            _ => (0, false),
        };

        let (mut cells, mut freevars, mut varkeywords) = (Vec::new(), Vec::new(), false);
        if self.minor >= 8 {
            let count = self.count(4, &format!("cells of {what}"))?;
            for _ in 0..count {
                cells.push(self.u32(&format!("a cell of {what}"))?);
            }
            let count = self.count(4, &format!("free variables of {what}"))?;
            for i in 0..count {
                freevars.push(self.string(&format!("free variable {i} of {what}"))?);
            }
            varkeywords = match self.u8(&format!("the varkeywords flag of {what}"))? {
                0 => false,
                1 => true,
                other => {
                    return Err(DecodeError(format!(
                        "corrupt file: {what} has varkeywords flag {other} (0 or 1)"
                    )))
                }
            };
        }

        let generator = self.minor >= 9
            && match self.u8(&format!("the generator flag of {what}"))? {
                0 => false,
                1 => true,
                other => {
                    return Err(DecodeError(format!(
                        "corrupt file: {what} has generator flag {other} (0 or 1)"
                    )))
                }
            };

        Ok(CodeObject {
            kind,
            name,
            argcount,
            defaults,
            kwonly,
            varargs,
            varkeywords,
            generator,
            locals,
            cells,
            freevars,
            max_stack,
            code,
            locations,
            handlers,
            span: Span { start, end },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn counts_are_capped_by_remaining_input() {
        let bytes = [0xFF, 0xFF, 0xFF, 0xFF, 0, 0];
        let mut r = Reader {
            bytes: &bytes,
            pos: 0,
            minor: crate::FORMAT_MINOR,
        };
        let err = r.count(1, "things").err().map(|e| e.0).unwrap_or_default();
        assert!(err.contains("more than the remaining 2 bytes"), "{err}");
    }
}
