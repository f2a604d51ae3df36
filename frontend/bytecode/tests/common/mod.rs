//! Hand-built programs shared by the integration tests.
#![allow(dead_code)]

use kiln_bytecode::encode::crc32;
use kiln_bytecode::{
    encode, verify, CodeKind, CodeObject, Constant, Handler, Instruction, Location, Opcode,
    Program, Span,
};

/// The source of [`fib`].
pub const FIB_SOURCE: &str = "def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(10), end='\\n')
";

/// The byte span of 1-based `line` of `source`, without its indentation and line break.
pub fn line_span(source: &str, line: u32) -> Span {
    let mut start = 0;
    for (index, text) in source.split('\n').enumerate() {
        if index + 1 == line as usize {
            let indent = text.len() - text.trim_start().len();
            let begin = start + indent;
            return Span::new(begin as u32, (start + text.len()) as u32);
        }
        start += text.len() + 1;
    }
    Span::default()
}

/// A code object whose instructions are `(line, op, arg)`, with locations spanning each line.
#[allow(clippy::too_many_arguments)]
pub fn code(
    source: &str,
    kind: CodeKind,
    name: &str,
    argcount: u32,
    defaults: u32,
    locals: &[&str],
    max_stack: u32,
    body: &[(u32, Opcode, u32)],
) -> CodeObject {
    CodeObject {
        kind,
        name: name.to_owned(),
        argcount,
        defaults,
        kwonly: 0,
        varargs: false,
        varkeywords: false,
        generator: false,
        cells: Vec::new(),
        freevars: Vec::new(),
        locals: locals.iter().map(|l| (*l).to_owned()).collect(),
        max_stack,
        code: body
            .iter()
            .map(|&(_, op, arg)| Instruction::new(op, arg))
            .collect(),
        locations: body
            .iter()
            .map(|&(line, _, _)| Location {
                line,
                span: line_span(source, line),
            })
            .collect(),
        handlers: Vec::new(),
        span: line_span(source, body.first().map_or(1, |b| b.0)),
    }
}

/// `def fib(n): ...` and a module that calls `print(fib(10), end='\n')`.
pub fn fib() -> Program {
    use Opcode::*;
    let module = code(
        FIB_SOURCE,
        CodeKind::Module,
        "<module>",
        0,
        0,
        &[],
        3,
        &[
            (1, MakeFunction, 1),
            (1, StoreGlobal, 0),
            (6, LoadBuiltin, 1),
            (6, LoadGlobal, 0),
            (6, LoadConst, 1),
            (6, Call, 1),
            (6, LoadConst, 2),
            (6, KwNames, 3),
            (6, Call, 2),
            (6, PopTop, 0),
            (6, LoadConst, 0),
            (6, ReturnValue, 0),
        ],
    );
    let fib = code(
        FIB_SOURCE,
        CodeKind::Function,
        "fib",
        1,
        0,
        &["n"],
        4,
        &[
            (2, LoadFast, 0),
            (2, LoadConst, 4),
            (2, Compare, 0),
            (2, PopJumpIfFalse, 6),
            (3, LoadFast, 0),
            (3, ReturnValue, 0),
            (4, LoadGlobal, 0),
            (4, LoadFast, 0),
            (4, LoadConst, 5),
            (4, Binary, 1),
            (4, Call, 1),
            (4, LoadGlobal, 0),
            (4, LoadFast, 0),
            (4, LoadConst, 4),
            (4, Binary, 1),
            (4, Call, 1),
            (4, Binary, 0),
            (4, ReturnValue, 0),
        ],
    );
    Program {
        filename: "fib.py".to_owned(),
        source: Some(FIB_SOURCE.to_owned()),
        consts: vec![
            Constant::None,
            Constant::Int(10),
            Constant::Str("\n".to_owned()),
            Constant::Tuple(vec![Constant::Str("end".to_owned())]),
            Constant::Int(2),
            Constant::Int(1),
        ],
        names: vec!["fib".to_owned(), "print".to_owned()],
        codes: vec![module, fib],
        inline_frames: Vec::new(),
        classes: Vec::new(),
        files: Vec::new(),
    }
}

/// The source of [`total`].
pub const TOTAL_SOURCE: &str = "def total(xs, start=0):
    s = start
    for x in xs:
        s += x
    return s
";

/// `def total(xs, start=0)` summing with a `for` loop: GET_ITER/FOR_ITER, a default value
/// popped by MAKE_FUNCTION, and a backward jump.
pub fn total() -> Program {
    use Opcode::*;
    let module = code(
        TOTAL_SOURCE,
        CodeKind::Module,
        "<module>",
        0,
        0,
        &[],
        1,
        &[
            (1, LoadConst, 0),
            (1, MakeFunction, 1),
            (1, StoreGlobal, 0),
            (1, LoadConst, 1),
            (1, ReturnValue, 0),
        ],
    );
    let total = code(
        TOTAL_SOURCE,
        CodeKind::Function,
        "total",
        2,
        1,
        &["xs", "start", "s", "x"],
        3,
        &[
            (2, LoadFast, 1),
            (2, StoreFast, 2),
            (3, LoadFast, 0),
            (3, GetIter, 0),
            (3, ForIter, 11),
            (3, StoreFast, 3),
            (4, LoadFast, 2),
            (4, LoadFast, 3),
            (4, Inplace, 0),
            (4, StoreFast, 2),
            (4, Jump, 4),
            (5, LoadFast, 2),
            (5, ReturnValue, 0),
        ],
    );
    Program {
        filename: "total.py".to_owned(),
        source: Some(TOTAL_SOURCE.to_owned()),
        consts: vec![Constant::Int(0), Constant::None],
        names: vec!["total".to_owned()],
        codes: vec![module, total],
        inline_frames: Vec::new(),
        classes: Vec::new(),
        files: Vec::new(),
    }
}

/// A big integer constant (format 1.1) far below `i64::MIN`.
pub const BIG_NEGATIVE: &str = "-123456789012345678901234567890";

/// Every constant kind, including the awkward floats and strings.
pub fn all_constants() -> Vec<Constant> {
    vec![
        Constant::None,
        Constant::Bool(false),
        Constant::Bool(true),
        Constant::Int(0),
        Constant::Int(-1),
        Constant::Int(i64::MIN),
        Constant::Int(i64::MAX),
        Constant::BigInt(BIG_NEGATIVE.to_owned()),
        Constant::BigInt("18446744073709551616".to_owned()),
        Constant::Float(0.0),
        Constant::Float(-0.0),
        Constant::Float(1.5),
        Constant::Float(f64::INFINITY),
        Constant::Float(f64::NEG_INFINITY),
        Constant::Float(f64::NAN),
        Constant::Float(f64::from_bits(0x7FF8_0000_DEAD_BEEF)),
        Constant::Float(f64::MIN_POSITIVE / 2.0),
        Constant::Str(String::new()),
        Constant::Str("hello".to_owned()),
        Constant::Str("it's \"quoted\"\n\t\\ é 😀 \u{0}".to_owned()),
        Constant::Bytes(Vec::new()),
        Constant::Bytes(b"\x00\xffbytes'\"".to_vec()),
        Constant::Tuple(vec![]),
        Constant::Tuple(vec![Constant::Str("sep".to_owned())]),
        Constant::Tuple(vec![
            Constant::Int(1),
            Constant::Tuple(vec![Constant::Float(-0.0), Constant::None]),
            Constant::Str("x".to_owned()),
        ]),
    ]
}

/// A program that uses every opcode (and every constant kind), without source text.
pub fn every_opcode() -> Program {
    use Opcode::*;
    let mut consts = vec![
        Constant::None,
        Constant::Int(1),
        Constant::Str(" ".to_owned()),
    ];
    consts.push(Constant::Tuple(vec![Constant::Str("sep".to_owned())]));
    consts.push(Constant::Str("!".to_owned()));
    consts.extend(all_constants());
    let module = code(
        "",
        CodeKind::Module,
        "<module>",
        0,
        0,
        &[],
        1,
        &[
            (1, LoadConst, 1),
            (1, MakeFunction, 1),
            (1, StoreGlobal, 0),
            (2, LoadConst, 0),
            (2, ReturnValue, 0),
        ],
    );
    let everything = code(
        "",
        CodeKind::Function,
        "everything",
        2,
        1,
        &["a", "b", "c"],
        3,
        &[
            (1, Nop, 0),
            (2, LoadFast, 0),
            (2, DupTop, 0),
            (2, RotTwo, 0),
            (2, LoadConst, 1),
            (2, RotThree, 0),
            (2, Unary, 0),
            (2, Binary, 2),
            (2, Inplace, 0),
            (2, StoreFast, 2),
            (3, LoadFast, 2),
            (3, LoadFast, 1),
            (3, Compare, 0),
            (3, JumpIfFalseOrPop, 17),
            (3, LoadFast, 1),
            (3, JumpIfTrueOrPop, 17),
            (3, LoadConst, 0),
            (3, PopJumpIfTrue, 19),
            (4, Nop, 0),
            (5, LoadGlobal, 0),
            (5, PopJumpIfFalse, 21),
            (6, LoadBuiltin, 1),
            (6, LoadFast, 0),
            (6, FormatValue, 0),
            (6, LoadConst, 4),
            (6, BuildString, 2),
            (6, LoadConst, 2),
            (6, KwNames, 3),
            (6, Call, 2),
            (6, PopTop, 0),
            (7, LoadFast, 0),
            (7, GetIter, 0),
            (7, ForIter, 35),
            (8, StoreGlobal, 0),
            (8, Jump, 32),
            // `a.bit_length()`: the loop's exit, so no jump target above moves.
            (9, LoadFast, 0),
            (9, LoadAttr, 2),
            (9, Call, 0),
            (9, PopTop, 0),
            // The format 1.2 container opcodes, each sequence leaving the stack empty.
            (10, LoadFast, 0),
            (10, LoadFast, 1),
            (10, BuildList, 2),
            (10, LoadFast, 0),
            (10, ListAppend, 1),
            (10, PopTop, 0),
            (10, BuildSet, 0),
            (10, LoadFast, 0),
            (10, SetAdd, 1),
            (10, PopTop, 0),
            (10, BuildMap, 0),
            (10, LoadFast, 0),
            (10, LoadFast, 1),
            (10, MapAdd, 1),
            (10, PopTop, 0),
            (10, LoadFast, 0),
            (10, LoadFast, 1),
            (10, LoadConst, 0),
            (10, BuildSlice, 2),
            (10, BinarySubscr, 0),
            (10, PopTop, 0),
            (10, LoadFast, 1),
            (10, LoadFast, 0),
            (10, LoadFast, 1),
            (10, StoreSubscr, 0),
            (10, LoadFast, 0),
            (10, LoadFast, 1),
            (10, DeleteSubscr, 0),
            (10, LoadFast, 0),
            (10, BuildTuple, 1),
            (10, UnpackSequence, 1),
            (10, UnpackEx, 0),
            (10, PopTop, 0),
            (10, LoadFast, 0),
            (10, LoadFast, 1),
            (10, ContainsOp, 0),
            (10, LoadFast, 1),
            (10, IsOp, 1),
            (10, PopTop, 0),
            (10, LoadFast, 0),
            (10, ConvertValue, 2),
            (10, LoadConst, 2),
            (10, FormatWithSpec, 0),
            (10, PopTop, 0),
            (11, LoadConst, 0),
            (11, ReturnValue, 0),
        ],
    );
    // The format 1.5 exception handling: a `try` body (0..3) under handler 5, whose code
    // (5..10) is under the cleanup at 10.
    let mut handling = code(
        "",
        CodeKind::Function,
        "handling",
        0,
        0,
        &["x"],
        2,
        &[
            (1, LoadGlobal, 0),
            (1, PopTop, 0),
            (1, DeleteFast, 0),
            (2, DeleteGlobal, 0),
            (2, Jump, 12),
            (3, PushExcInfo, 0),
            (3, LoadBuiltin, 1),
            (3, CheckExcMatch, 0),
            (3, PopJumpIfFalse, 9),
            (3, Reraise, 0),
            (4, PopExcept, 0),
            (4, Raise, 1),
            (5, Raise, 0),
            // Unreachable, but checked: the class opcodes.
            (6, MakeClass, 0),
            (6, StoreAttr, 2),
        ],
    );
    handling.handlers = vec![
        Handler {
            start: 0,
            end: 3,
            target: 5,
            depth: 0,
        },
        Handler {
            start: 5,
            end: 10,
            target: 10,
            depth: 0,
        },
    ];
    // The format 1.8 closure opcodes: `n` is a cell, `k` a free variable, and the function
    // makes a closure of itself capturing `k`.
    let mut closures = code(
        "",
        CodeKind::Function,
        "closures",
        1,
        0,
        &["n"],
        2,
        &[
            (1, LoadDeref, 0),
            (1, LoadDeref, 1),
            (1, Binary, 0),
            (1, StoreDeref, 0),
            (2, LoadClosure, 1),
            (2, MakeFunction, 3),
            (2, LoadDeref, 0),
            (2, BuildTuple, 1),
            (2, CallEx, 2),
            (2, PopTop, 0),
            (3, LoadConst, 0),
            (3, ReturnValue, 0),
        ],
    );
    closures.cells = vec![0];
    closures.freevars = vec!["k".to_owned()];
    // The format 1.9 generator opcode: `yield n`.
    let mut generator = code(
        "",
        CodeKind::Function,
        "generator",
        1,
        0,
        &["n"],
        1,
        &[
            (1, LoadFast, 0),
            (1, YieldValue, 0),
            (1, PopTop, 0),
            (1, LoadConst, 0),
            (1, ReturnValue, 0),
        ],
    );
    generator.generator = true;
    Program {
        filename: "every opcode.py".to_owned(),
        source: None,
        consts,
        names: vec!["g".to_owned(), "print".to_owned(), "bit_length".to_owned()],
        codes: vec![module, everything, handling, closures, generator],
        inline_frames: vec![kiln_bytecode::InlineFrame {
            name: "<listcomp>".to_owned(),
            span: Span::new(1, 9),
            outside: Span::new(5, 8),
            line: 2,
        }],
        classes: vec![
            kiln_bytecode::ClassDef {
                name: "Point".to_owned(),
                base: None,
                builtin_base: None,
                methods: vec!["__init__".to_owned()],
                attrs: vec!["origin".to_owned()],
                fields: vec!["x".to_owned(), "y".to_owned()],
                statics: vec![],
                classmethods: vec![],
                properties: vec!["norm".to_owned()],
            },
            kiln_bytecode::ClassDef {
                name: "ParseError".to_owned(),
                base: None,
                builtin_base: Some("ValueError".to_owned()),
                methods: vec![],
                attrs: vec![],
                fields: vec!["line".to_owned()],
                statics: vec![],
                classmethods: vec![],
                properties: vec![],
            },
        ],
        files: vec![kiln_bytecode::SourceFile {
            name: "lib/helpers.py".to_owned(),
            start: 3,
        }],
    }
}

/// The source of [`bit_length`].
pub const BIT_LENGTH_SOURCE: &str = "x = 123456789012345678901234567890
print(x.bit_length())
";

/// The format 1.1 features together: a big integer constant, and `LOAD_ATTR` + `CALL` calling
/// the bound method `int.bit_length`.
pub fn bit_length() -> Program {
    use Opcode::*;
    let module = code(
        BIT_LENGTH_SOURCE,
        CodeKind::Module,
        "<module>",
        0,
        0,
        &[],
        2,
        &[
            (1, LoadConst, 0),
            (1, StoreGlobal, 0),
            (2, LoadBuiltin, 1),
            (2, LoadGlobal, 0),
            (2, LoadAttr, 2),
            (2, Call, 0),
            (2, Call, 1),
            (2, PopTop, 0),
            (2, LoadConst, 1),
            (2, ReturnValue, 0),
        ],
    );
    Program {
        filename: "bit_length.py".to_owned(),
        source: Some(BIT_LENGTH_SOURCE.to_owned()),
        consts: vec![
            Constant::BigInt("123456789012345678901234567890".to_owned()),
            Constant::None,
        ],
        names: vec!["x".to_owned(), "print".to_owned(), "bit_length".to_owned()],
        codes: vec![module],
        inline_frames: Vec::new(),
        classes: Vec::new(),
        files: Vec::new(),
    }
}

/// Rewrites the minor version in the header of `bytes` and repairs the checksum, as if the file
/// had been written by a kiln of format `1.minor`.
pub fn with_minor(mut bytes: Vec<u8>, minor: u16) -> Vec<u8> {
    bytes[10..12].copy_from_slice(&minor.to_le_bytes());
    fix_checksum(&mut bytes);
    bytes
}

/// Encodes `program` after checking that it verifies.
pub fn encode_valid(program: &Program) -> Vec<u8> {
    verify(program).expect("test program must verify");
    encode(program)
}

/// Rewrites the trailing checksum so that it matches the (edited) contents.
pub fn fix_checksum(bytes: &mut [u8]) {
    if bytes.len() < 4 {
        return;
    }
    let body = bytes.len() - 4;
    let checksum = crc32(&bytes[..body]);
    bytes[body..].copy_from_slice(&checksum.to_le_bytes());
}

/// The offset of the only occurrence of `needle` in `haystack`.
pub fn find_unique(haystack: &[u8], needle: &[u8]) -> usize {
    let hits: Vec<usize> = haystack
        .windows(needle.len())
        .enumerate()
        .filter(|(_, w)| *w == needle)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(hits.len(), 1, "pattern {needle:?} must occur exactly once");
    hits[0]
}
