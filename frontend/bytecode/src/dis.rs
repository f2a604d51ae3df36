//! The disassembler: a readable, stable text rendering of a [`Program`].
//!
//! The output is snapshot-tested, so its layout is part of the contract:
//!
//! ```text
//! kiln bytecode, format 1.1
//! file: fib.py
//! source: 6 lines
//!
//! constants:
//!      0  None
//!      1  10
//!      2  '\n'
//!      3  ('end',)
//!      4  2
//!      5  1
//! names:
//!      0  fib
//!      1  print
//!
//! code 0: <module> argcount=0 defaults=0 locals=[] max_stack=3
//! ...
//!
//! code 1: fib(n) argcount=1 defaults=0 locals=[n] max_stack=4
//!    2 | if n < 2:
//!               0  LOAD_FAST            0 (n)
//!               1  LOAD_CONST           4 (2)
//!               2  COMPARE              0 (<)
//!               3  POP_JUMP_IF_FALSE    6
//!    3 | return n
//!               4  LOAD_FAST            0 (n)
//!               5  RETURN_VALUE
//!    4 | return fib(n - 1) + fib(n - 2)
//!         >>    6  LOAD_GLOBAL          0 (fib)
//!               7  LOAD_FAST            0 (n)
//! ...
//! ```
//!
//! Each instruction shows its index, mnemonic, operand and, where the operand refers to
//! something, a comment resolving it: the constant's Python `repr`, the name, the local, the
//! code object's name or the operator's symbol. `>>` marks jump targets. A `line | text` row
//! precedes the first instruction of each new source line, quoting the line when the source is
//! present. The disassembler never panics, even on a program that fails verification: an
//! operand that refers to nothing is shown with the comment `(<invalid>)`.

use crate::opcode::{BinOp, CmpOp, Conversion, OperandKind, UnaryOp};
use crate::program::{CodeKind, CodeObject, Constant, Program};
use crate::{FORMAT_MAJOR, FORMAT_MINOR};
use std::collections::BTreeSet;
use std::fmt::Write;

/// Renders `program` as readable text, quoting source lines when the source is present.
pub fn disassemble(program: &Program) -> String {
    let mut out = String::new();
    let lines = program.source.as_deref().map(source_lines);
    // Writing to a String cannot fail; the results are ignored.
    let _ = writeln!(out, "kiln bytecode, format {FORMAT_MAJOR}.{FORMAT_MINOR}");
    let _ = writeln!(out, "file: {}", display_name(&program.filename));
    match &lines {
        Some(lines) => {
            let _ = writeln!(out, "source: {} lines", lines.len());
        }
        None => out.push_str("source: not included\n"),
    }
    out.push('\n');

    out.push_str("constants:");
    if program.consts.is_empty() {
        out.push_str(" (none)");
    }
    out.push('\n');
    for (index, constant) in program.consts.iter().enumerate() {
        let _ = writeln!(out, "{index:>6}  {}", constant_repr(constant));
    }
    out.push_str("names:");
    if program.names.is_empty() {
        out.push_str(" (none)");
    }
    out.push('\n');
    for (index, name) in program.names.iter().enumerate() {
        let _ = writeln!(out, "{index:>6}  {}", display_name(name));
    }

    for (index, code) in program.codes.iter().enumerate() {
        out.push('\n');
        code_object(&mut out, program, lines.as_deref(), index, code);
    }
    if !program.files.is_empty() {
        out.push_str("\nsource files:\n");
        for file in &program.files {
            let _ = writeln!(out, "  {} from byte {}", file.name, file.start);
        }
    }
    if !program.inline_frames.is_empty() {
        out.push_str("\ninline frames:\n");
        for frame in &program.inline_frames {
            let _ = write!(
                out,
                "  {} {}..{} called from line {}",
                frame.name, frame.span.start, frame.span.end, frame.line
            );
            if frame.outside.end > 0 {
                let _ = write!(
                    out,
                    ", outside {}..{}",
                    frame.outside.start, frame.outside.end
                );
            }
            out.push('\n');
        }
    }
    out
}

/// Renders one code object: its header line, then its instructions.
fn code_object(
    out: &mut String,
    program: &Program,
    lines: Option<&[&str]>,
    index: usize,
    code: &CodeObject,
) {
    let name = display_name(&code.name);
    let signature = match code.kind {
        CodeKind::Module => name,
        CodeKind::Function => {
            let params: Vec<String> = code
                .locals
                .iter()
                .take(code.argcount as usize)
                .map(|p| display_name(p))
                .collect();
            format!("{name}({})", params.join(", "))
        }
    };
    let locals: Vec<String> = code.locals.iter().map(|l| display_name(l)).collect();
    let _ = writeln!(
        out,
        "code {index}: {signature}{} argcount={} defaults={}{} locals=[{}] max_stack={}",
        if code.generator { " generator" } else { "" },
        code.argcount,
        code.defaults,
        match (code.kwonly, code.varargs, code.varkeywords) {
            (0, false, false) => String::new(),
            (n, varargs, varkeywords) => format!(
                " kwonly={n}{}{}",
                if varargs { " varargs" } else { "" },
                if varkeywords { " varkeywords" } else { "" }
            ),
        },
        locals.join(", "),
        code.max_stack
    );
    if !code.cells.is_empty() || !code.freevars.is_empty() {
        let cells: Vec<String> = code
            .cells
            .iter()
            .filter_map(|&c| code.locals.get(c as usize))
            .map(|n| display_name(n))
            .collect();
        let free: Vec<String> = code.freevars.iter().map(|n| display_name(n)).collect();
        let _ = writeln!(
            out,
            "  cells=[{}] freevars=[{}]",
            cells.join(", "),
            free.join(", ")
        );
    }

    let targets: BTreeSet<u32> = code
        .code
        .iter()
        .filter(|inst| inst.op.is_branch())
        .map(|inst| inst.arg)
        .chain(code.handlers.iter().map(|h| h.target))
        .collect();
    // Lines count from the start of the code's file: the lines of the files before it come
    // first in the source.
    let (_, file_start) = program.file_at(code.span.start);
    let before = program
        .source
        .as_deref()
        .and_then(|source| source.get(..file_start as usize))
        .map_or(0, |text| source_lines(text).len());
    let mut current_line = 0;
    for (at, inst) in code.code.iter().enumerate() {
        let line = code.locations.get(at).map_or(0, |loc| loc.line);
        if line != current_line && line != 0 {
            let text = lines
                .and_then(|lines| lines.get(before + (line - 1) as usize))
                .map_or("", |text| text.trim());
            let row = format!("{line:>4} | {text}");
            out.push_str(row.trim_end());
            out.push('\n');
        }
        current_line = line;

        let marker = if u32::try_from(at).is_ok_and(|at| targets.contains(&at)) {
            ">>"
        } else {
            ""
        };
        let kind = inst.op.operand_kind();
        let operand = if kind == OperandKind::None && inst.arg == 0 {
            String::new()
        } else {
            let mut operand = inst.arg.to_string();
            if let Some(comment) = comment(program, code, kind, inst.arg) {
                let _ = write!(operand, " ({comment})");
            }
            operand
        };
        let row = format!("{marker:>10} {at:>4}  {:<20} {operand}", inst.op.mnemonic());
        out.push_str(row.trim_end());
        out.push('\n');
    }
    if !code.handlers.is_empty() {
        let _ = writeln!(out, "  handlers:");
        for h in &code.handlers {
            let _ = writeln!(
                out,
                "    {} to {} -> {} depth {}",
                h.start, h.end, h.target, h.depth
            );
        }
    }
}

/// What an operand refers to, or `None` when there is nothing to resolve (targets, counts).
fn comment(program: &Program, code: &CodeObject, kind: OperandKind, arg: u32) -> Option<String> {
    let index = arg as usize;
    let resolved = match kind {
        OperandKind::None => Some("<invalid: must be 0>".to_owned()),
        OperandKind::Target | OperandKind::Count => return None,
        OperandKind::Const => program.consts.get(index).map(constant_repr),
        OperandKind::Name => program.names.get(index).map(|n| display_name(n)),
        OperandKind::Local => code.locals.get(index).map(|n| display_name(n)),
        OperandKind::Deref => code
            .locals
            .get(index)
            .or_else(|| code.freevars.get(index.wrapping_sub(code.locals.len())))
            .map(|n| display_name(n)),
        OperandKind::Code => program.codes.get(index).map(|c| display_name(&c.name)),
        OperandKind::BinOp => BinOp::from_operand(arg).map(|op| op.symbol().to_owned()),
        OperandKind::UnaryOp => UnaryOp::from_operand(arg).map(|op| op.symbol().to_owned()),
        OperandKind::CmpOp => CmpOp::from_operand(arg).map(|op| op.symbol().to_owned()),
        OperandKind::Conversion => Conversion::from_operand(arg).map(|c| c.symbol().to_owned()),
    };
    Some(resolved.unwrap_or_else(|| "<invalid>".to_owned()))
}

/// Splits source text into lines the way Python counts them (`\n`, `\r\n` or `\r` end a line).
fn source_lines(source: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut rest = source;
    while !rest.is_empty() {
        match rest.find(['\n', '\r']) {
            Some(end) => {
                let line = rest.get(..end).unwrap_or_default();
                let after = rest.get(end..).unwrap_or_default();
                let skip = if after.starts_with("\r\n") { 2 } else { 1 };
                lines.push(line);
                rest = after.get(skip..).unwrap_or_default();
            }
            None => {
                lines.push(rest);
                rest = "";
            }
        }
    }
    lines
}

/// A name (identifier, filename, code object name) shown bare, unless it is empty or holds
/// whitespace or unprintable characters, in which case it is quoted like a Python string.
fn display_name(name: &str) -> String {
    if name.is_empty() || name.chars().any(|c| c.is_whitespace() || needs_escape(c)) {
        str_repr(name)
    } else {
        name.to_owned()
    }
}

/// A constant as Python's `repr` shows it: `None`, `True`, `42`, `-0.0`, `'text'`, `(1, 'a')`.
pub fn constant_repr(constant: &Constant) -> String {
    match constant {
        Constant::None => "None".to_owned(),
        Constant::Bool(true) => "True".to_owned(),
        Constant::Bool(false) => "False".to_owned(),
        Constant::Int(value) => value.to_string(),
        Constant::BigInt(digits) => digits.clone(),
        Constant::Float(value) => float_repr(*value),
        Constant::Str(value) => str_repr(value),
        Constant::Bytes(value) => bytes_repr(value),
        Constant::Tuple(items) => {
            let items: Vec<String> = items.iter().map(constant_repr).collect();
            match items.as_slice() {
                [one] => format!("({one},)"),
                _ => format!("({})", items.join(", ")),
            }
        }
    }
}

/// A float as Python's `repr` shows it: shortest round-trip digits, `1e+16`, `1e-05`, `inf`,
/// `nan`.
fn float_repr(value: f64) -> String {
    if value.is_nan() {
        return "nan".to_owned();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    // Rust's `Debug` gives the shortest round-trip digits and switches to exponent notation at
    // the same thresholds as Python (below 1e-4, from 1e16); only the exponent is spelled
    // differently (`1e16` versus `1e+16`, `1e-7` versus `1e-07`).
    let text = format!("{value:?}");
    match text.split_once('e') {
        Some((mantissa, exponent)) => {
            let (sign, digits) = match exponent.strip_prefix('-') {
                Some(digits) => ('-', digits),
                None => ('+', exponent),
            };
            format!("{mantissa}e{sign}{digits:0>2}")
        }
        None => text,
    }
}

/// A `bytes` as Python's `repr` shows it: `b'a\x00'`, in double quotes if it holds `'` but
/// no `"`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if byte == quote => {
                out.push('\\');
                out.push(char::from(byte));
            }
            0x20..=0x7e => out.push(char::from(byte)),
            _ => {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push(char::from(quote));
    out
}

/// A string as Python's `repr` shows it: single quotes unless the text contains a single quote
/// and no double quote; backslash escapes for quotes, backslashes, `\n`, `\r`, `\t` and
/// unprintable characters (`\x..`, `\u....`, `\U........`).
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if needs_escape(c) => {
                let code = u32::from(c);
                let _ = if code < 0x100 {
                    write!(out, "\\x{code:02x}")
                } else if code < 0x10000 {
                    write!(out, "\\u{code:04x}")
                } else {
                    write!(out, "\\U{code:08x}")
                };
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// True for characters Python's `repr` escapes: control characters, separators other than
/// the ASCII space, and common invisible format characters.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(
            c,
            '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}'
                | '\u{feff}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_like_python() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1.5e16), "1.5e+16");
        assert_eq!(float_repr(1e-7), "1e-07");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(1e300), "1e+300");
        assert_eq!(float_repr(f64::NAN), "nan");
        assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
    }

    #[test]
    fn strings_like_python() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(str_repr("a\nb\t\\"), "'a\\nb\\t\\\\'");
        assert_eq!(
            str_repr("\u{0}\u{7f}\u{a0}\u{2028}é😀"),
            "'\\x00\\x7f\\xa0\\u2028é😀'"
        );
    }

    #[test]
    fn tuples_like_python() {
        let one = Constant::Tuple(vec![Constant::Str("end".into())]);
        assert_eq!(constant_repr(&one), "('end',)");
        assert_eq!(constant_repr(&Constant::Tuple(vec![])), "()");
        let two = Constant::Tuple(vec![Constant::Int(1), Constant::Bool(false)]);
        assert_eq!(constant_repr(&two), "(1, False)");
    }

    #[test]
    fn lines_like_python() {
        assert_eq!(source_lines("a\nb\r\nc\rd"), ["a", "b", "c", "d"]);
        assert_eq!(source_lines("a\n"), ["a"]);
        assert_eq!(source_lines("a\n\nb"), ["a", "", "b"]);
        assert!(source_lines("").is_empty());
    }
}
