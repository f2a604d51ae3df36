//! The in-memory form of a `.kbc` file: a whole program's constants, names and code objects.
//!
//! Everything here is plain data with no host pointers or sizes, so it encodes to the portable
//! file format one-to-one (see `encode`/`decode` and `docs/bytecode.md`).

use crate::opcode::{Opcode, StackEffect};

/// A whole compiled program: what one `.kbc` file holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    /// The source file the program was compiled from, as given on the command line (`prog.py`).
    pub filename: String,
    /// The source text, kept so later stages can point diagnostics at it and tracebacks can quote it.
    pub source: Option<String>,
    /// The constant pool shared by all code objects.
    pub consts: Vec<Constant>,
    /// The name pool (globals, builtins, keyword names) shared by all code objects.
    pub names: Vec<String>,
    /// Code objects; [`Program::ENTRY`] is the module's top level.
    pub codes: Vec<CodeObject>,
    /// Code compiled inline that CPython runs in a frame of its own (format 1.5), for
    /// tracebacks.
    pub inline_frames: Vec<InlineFrame>,
    /// The classes `MAKE_CLASS` makes (format 1.5).
    pub classes: Vec<ClassDef>,
    /// The other source files the program was compiled from (the modules it imports, format
    /// 1.10), in order: each one's text is the part of `source` from its `start` to the next
    /// file's (the text before the first is `filename`'s).
    pub files: Vec<SourceFile>,
}

/// A module's source file inside a program's source text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// Its name as a traceback shows it (`helpers.py`, `shop/cart.py`).
    pub name: String,
    /// Where its text starts in the program's source.
    pub start: u32,
}

impl Program {
    /// The file byte `offset` of the source is in: its name and where its text starts.
    pub fn file_at(&self, offset: u32) -> (&str, u32) {
        match self.files.iter().rev().find(|f| f.start <= offset) {
            Some(file) => (&file.name, file.start),
            None => (&self.filename, 0),
        }
    }
}

impl ClassDef {
    /// The class's name lists, in file order: methods, class attributes, fields, static
    /// methods, class methods, properties.
    pub fn name_lists(&self) -> [&Vec<String>; 6] {
        [
            &self.methods,
            &self.attrs,
            &self.fields,
            &self.statics,
            &self.classmethods,
            &self.properties,
        ]
    }
}

/// A class statement. Its methods and class attributes are module globals named
/// `Class.name`, stored by the module code before `MAKE_CLASS`; its instances have the
/// attributes `fields` (every `self.name = ...` target of its methods).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassDef {
    pub name: String,
    /// The base class (an index into the program's classes, always an earlier one).
    pub base: Option<u32>,
    /// The builtin exception class this class derives from directly (one of
    /// [`EXCEPTION_BASES`](crate::EXCEPTION_BASES)); never set together with `base`.
    pub builtin_base: Option<String>,
    /// Method names, in definition order.
    pub methods: Vec<String>,
    /// Class attribute names, in definition order.
    pub attrs: Vec<String>,
    /// Instance attribute names, in order of first assignment in the class body's text.
    pub fields: Vec<String>,
    /// The methods decorated `@staticmethod`, `@classmethod` and `@property` (a property's
    /// getter is the method of its name; its setter, if any, the method `name.setter`).
    pub statics: Vec<String>,
    pub classmethods: Vec<String>,
    pub properties: Vec<String>,
}

/// Source code that CPython runs in a frame of its own but kiln compiles inline: a
/// comprehension (`<listcomp>`, `<setcomp>`, `<dictcomp>`), a generator expression
/// (`<genexpr>`) or a `lambda` given to `map`/`filter` (`<lambda>`). An instruction whose span
/// lies inside `span` but not inside `outside` (the first iterable of a comprehension, which
/// the enclosing frame evaluates) runs in that frame, called from line `line`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InlineFrame {
    pub name: String,
    pub span: Span,
    /// Empty (`0..0`) when nothing is excluded.
    pub outside: Span,
    pub line: u32,
}

impl InlineFrame {
    /// Whether an instruction with source span `span` runs in this frame.
    pub fn contains(&self, span: Span) -> bool {
        let within = |outer: Span| outer.start <= span.start && span.end <= outer.end;
        span.end > 0 && within(self.span) && (self.outside.end == 0 || !within(self.outside))
    }
}

impl Program {
    /// Index of the module top-level code object, where execution starts.
    pub const ENTRY: u32 = 0;

    /// The stack effect of `inst` in this program: [`Opcode::stack_effect`], except that
    /// MAKE_FUNCTION pops the `defaults` and the cells of the `freevars` of its target code
    /// object.
    ///
    /// `None` if `inst` is a MAKE_FUNCTION whose code index is out of range.
    pub fn stack_effect(&self, inst: Instruction) -> Option<StackEffect> {
        let mut effect = inst.op.stack_effect(inst.arg);
        if inst.op == Opcode::MakeFunction {
            let target = self.codes.get(usize::try_from(inst.arg).ok()?)?;
            let freevars = u32::try_from(target.freevars.len()).unwrap_or(u32::MAX);
            effect.pop = target.defaults.saturating_add(freevars);
        }
        Some(effect)
    }
}

/// A constant-pool entry.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// Python's `None`.
    None,
    /// `True` or `False`.
    Bool(bool),
    /// An integer that fits in 64 bits.
    Int(i64),
    /// An integer that does not fit in 64 bits, as canonical decimal text (format 1.1): an
    /// optional `-`, then ASCII digits without leading zeros; zero is `0`, never `-0`. See
    /// [`Constant::is_canonical_decimal`].
    BigInt(String),
    /// Stored as its bit pattern so that encoding is exact (`-0.0`, NaN payloads).
    Float(f64),
    /// A `str`.
    Str(String),
    /// A `bytes` (format 1.4).
    Bytes(Vec<u8>),
    /// A tuple of constants (used for keyword-argument names).
    Tuple(Vec<Constant>),
}

impl Constant {
    /// Whether two constants are the same value of the same type, floats compared by bit
    /// pattern (so `0.0` and `-0.0` differ and a NaN equals itself): the identity the constant
    /// pool shares entries by, and the one a round trip must preserve.
    pub fn is_identical(&self, other: &Constant) -> bool {
        match (self, other) {
            (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
            (Constant::Tuple(xs), Constant::Tuple(ys)) => {
                xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| x.is_identical(y))
            }
            _ => self == other,
        }
    }

    /// How deeply tuples may nest: `(1,)` has nesting 1, `((1,),)` nesting 2. The verifier
    /// rejects deeper constants, and the decoder stops reading at this depth.
    pub const MAX_NESTING: u32 = 32;

    /// True if `text` is the canonical decimal spelling of an integer, the only text a
    /// [`Constant::BigInt`] may hold: `0`, or an optional `-` followed by a nonzero ASCII digit
    /// and any further ASCII digits (`-?[1-9][0-9]*`). So `-0`, `007`, `+5`, `-`, `1_000` and the
    /// empty string are not canonical.
    pub fn is_canonical_decimal(text: &str) -> bool {
        if text == "0" {
            return true;
        }
        let digits = text.strip_prefix('-').unwrap_or(text);
        digits
            .as_bytes()
            .first()
            .is_some_and(|b| (b'1'..=b'9').contains(b))
            && digits.bytes().all(|b| b.is_ascii_digit())
    }

    /// True if this constant nests tuples more than `limit` levels deep. Looks no deeper than
    /// `limit + 1` levels, so it is cheap on any input.
    pub fn nests_deeper_than(&self, limit: u32) -> bool {
        match self {
            Constant::Tuple(items) => {
                limit == 0 || items.iter().any(|item| item.nests_deeper_than(limit - 1))
            }
            _ => false,
        }
    }
}

/// What a code object is the body of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    /// A module's top level; its variables are globals.
    Module,
    /// A `def`.
    Function,
}

/// The compiled body of a module or function.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// Module top level or function body.
    pub kind: CodeKind,
    /// The function's name (`<module>` for the top level).
    pub name: String,
    /// Number of positional parameters; they are the first `argcount` locals.
    pub argcount: u32,
    /// How many of the last parameters have default values (popped by MAKE_FUNCTION).
    pub defaults: u32,
    /// How many of the last parameters are keyword-only (format 1.7; 0 before).
    pub kwonly: u32,
    /// Whether local `argcount` is a `*args` parameter: the tuple of the surplus positional
    /// arguments (format 1.7).
    pub varargs: bool,
    /// Whether the local after the parameters (and `*args`) is a `**kwargs` parameter: the
    /// dict of the keyword arguments no parameter takes (format 1.8).
    pub varkeywords: bool,
    /// Whether this is a generator function (its body has `yield`; format 1.9): calling it
    /// makes a generator object, which runs the body as it is iterated.
    pub generator: bool,
    /// Local variable names: parameters first, then other locals in order of first binding.
    pub locals: Vec<String>,
    /// The locals that live in cells because a nested function captures them (format 1.8),
    /// ascending: they are read and written with LOAD_DEREF/STORE_DEREF only.
    pub cells: Vec<u32>,
    /// The names of the variables this function captures from enclosing functions (format
    /// 1.8): MAKE_FUNCTION pops one cell for each; deref slot `locals.len() + i` is free
    /// variable `i`.
    pub freevars: Vec<String>,
    /// The largest operand stack depth any instruction reaches.
    pub max_stack: u32,
    /// The instructions; execution starts at index 0.
    pub code: Vec<Instruction>,
    /// Source location of each instruction (same length as `code`).
    pub locations: Vec<Location>,
    /// The exception handlers, by instruction range (format 1.5): sorted, not overlapping.
    pub handlers: Vec<Handler>,
    /// Where the `def` (or the module) starts.
    pub span: Span,
}

/// One instruction: an opcode and its 32-bit operand (zero when unused).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instruction {
    /// The operation.
    pub op: Opcode,
    /// The operand; its meaning is given by [`Opcode::operand_kind`].
    pub arg: u32,
}

impl Instruction {
    /// An instruction with opcode `op` and operand `arg`.
    pub fn new(op: Opcode, arg: u32) -> Instruction {
        Instruction { op, arg }
    }
}

/// A half-open byte range `start..end` in the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: u32,
    /// Byte offset just past the last byte.
    pub end: u32,
}

impl Span {
    /// The span `start..end`.
    pub fn new(start: u32, end: u32) -> Span {
        Span { start, end }
    }
}

/// An exception handler: an exception raised by an instruction in `start..end` continues at
/// `target` with the operand stack cut to `depth` values and the exception pushed on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

impl Handler {
    /// The handler covering instruction `pc` in a sorted, non-overlapping table.
    pub fn covering(handlers: &[Handler], pc: u32) -> Option<&Handler> {
        let i = handlers.partition_point(|h| h.end <= pc);
        handlers.get(i).filter(|h| h.start <= pc)
    }
}

/// Where an instruction comes from: its 1-based line and the byte span of its expression.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    /// 1-based source line; 0 for instructions with no source of their own.
    pub line: u32,
    /// Byte span of the expression or statement the instruction belongs to.
    pub span: Span,
}
