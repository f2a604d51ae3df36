//! `"literal".format(...)`: the format string is parsed at compile time, as CPython parses it
//! at run time, and the call becomes the code of the equivalent f-string. The arguments are
//! evaluated first, in order, into hidden locals, so a field may use one argument twice or
//! none at all. A format string CPython would reject (`'{'`, `'{0}{}'`, an index past the
//! arguments, a missing keyword) is reported at compile time with CPython's exception.

use kiln_bytecode::{Constant, Conversion, Diagnostic, Opcode};
use ruff_python_ast::{self as ast, Expr};

use super::Emitter;
use crate::span_of;

/// One piece of a parsed format string.
#[derive(Debug, PartialEq)]
enum Piece {
    Literal(String),
    Field(Field),
}

/// A replacement field `{name!conversion:spec}`.
#[derive(Debug, PartialEq)]
struct Field {
    arg: Arg,
    accessors: Vec<Accessor>,
    conversion: Option<Conversion>,
    /// `None` when the field has no `:`; the spec's own pieces otherwise.
    spec: Option<Vec<Piece>>,
}

/// Which argument a field formats.
#[derive(Debug, PartialEq)]
enum Arg {
    Positional(usize),
    Keyword(String),
}

/// `.name` or `[key]` after a field's argument.
#[derive(Debug, PartialEq)]
enum Accessor {
    Attr(String),
    Index(i64),
    Key(String),
}

/// An exception CPython raises for the format string: its type and message.
type FormatError = (&'static str, String);

fn value_error(message: &str) -> FormatError {
    ("ValueError", message.to_owned())
}

/// Parses a format string; `positional` and `keywords` are what the call passes, so that a
/// reference to a missing argument is the error CPython raises for it.
struct Parser<'a> {
    positional: usize,
    keywords: &'a [&'a str],
    /// The next automatic field number, or `None` once a field was numbered by hand.
    auto: Option<usize>,
    manual: bool,
}

impl Parser<'_> {
    /// The pieces of `text`; `depth` is how many more levels of nested fields a spec may hold
    /// (CPython allows a field inside a spec, not inside a spec inside a spec).
    fn pieces(&mut self, text: &str, depth: u32) -> Result<Vec<Piece>, FormatError> {
        if depth == 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let mut pieces = Vec::new();
        let mut literal = String::new();
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            match c {
                '{' | '}' if chars.peek().map(|&(_, next)| next) == Some(c) => {
                    chars.next();
                    literal.push(c);
                }
                '}' => return Err(value_error("Single '}' encountered in format string")),
                '{' if chars.peek().is_none() => {
                    return Err(value_error("Single '{' encountered in format string"))
                }
                '{' => {
                    let (field, end) = self.field(text, at + 1, depth)?;
                    if !literal.is_empty() {
                        pieces.push(Piece::Literal(std::mem::take(&mut literal)));
                    }
                    pieces.push(Piece::Field(field));
                    while chars.peek().is_some_and(|&(i, _)| i < end) {
                        chars.next();
                    }
                }
                _ => literal.push(c),
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Literal(literal));
        }
        Ok(pieces)
    }

    /// The field starting at byte `start` (just after its `{`) and the byte after its `}`.
    fn field(
        &mut self,
        text: &str,
        start: usize,
        depth: u32,
    ) -> Result<(Field, usize), FormatError> {
        let bytes = text.as_bytes();
        let mut i = start;
        // The name runs to `}`, `!` or `:`; a `[...]` key may contain any of them.
        let end_of_name = loop {
            match bytes.get(i) {
                None => return Err(value_error("expected '}' before end of string")),
                Some(b'{') => return Err(value_error("unexpected '{' in field name")),
                Some(b'[') => {
                    while bytes.get(i).is_some_and(|&b| b != b']') {
                        i += 1;
                    }
                }
                Some(b'}' | b'!' | b':') => break i,
                Some(_) => {}
            }
            i += 1;
        };
        let name = &text[start..end_of_name];
        i = end_of_name + 1;
        let mut conversion = None;
        let mut has_spec = bytes[end_of_name] == b':';
        if bytes[end_of_name] == b'!' {
            let Some(c) = text[i..].chars().next() else {
                return Err(value_error(
                    "end of string while looking for conversion specifier",
                ));
            };
            conversion = Some(c);
            i += c.len_utf8();
            match bytes.get(i) {
                None => return Err(value_error("unmatched '{' in format spec")),
                Some(b'}') => {}
                Some(b':') => has_spec = true,
                Some(_) => return Err(value_error("expected ':' after conversion specifier")),
            }
            i += 1;
        }
        let spec_start = i;
        if has_spec {
            let mut nesting = 1;
            loop {
                match bytes.get(i) {
                    None => return Err(value_error("unmatched '{' in format spec")),
                    Some(b'{') => nesting += 1,
                    Some(b'}') if nesting == 1 => break,
                    Some(b'}') => nesting -= 1,
                    Some(_) => {}
                }
                i += 1;
            }
            i += 1;
        }
        // CPython looks the argument up, then converts it, then expands the spec.
        let (arg, accessors) = self.field_name(name)?;
        let conversion = match conversion {
            None => None,
            Some('s') => Some(Conversion::Str),
            Some('r') => Some(Conversion::Repr),
            Some('a') => Some(Conversion::Ascii),
            Some(c) => return Err(value_error(&format!("Unknown conversion specifier {c}"))),
        };
        let spec = if has_spec {
            let spec = &text[spec_start..i - 1];
            Some(if spec.contains('{') {
                self.pieces(spec, depth - 1)?
            } else {
                vec![Piece::Literal(spec.to_owned())]
            })
        } else {
            None
        };
        let field = Field {
            arg,
            accessors,
            conversion,
            spec,
        };
        Ok((field, i))
    }

    /// `0`, `name`, `0[1].x`, or empty (the next automatic number).
    fn field_name(&mut self, name: &str) -> Result<(Arg, Vec<Accessor>), FormatError> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let arg = if first.is_empty() {
            if self.manual {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            let index = self.auto.unwrap_or(0);
            self.auto = Some(index + 1);
            self.positional_arg(index)?
        } else if first.bytes().all(|b| b.is_ascii_digit()) {
            if self.auto.is_some() {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            self.manual = true;
            let index = first
                .parse::<usize>()
                .map_err(|_| value_error("Too many decimal digits in format string"))?;
            self.positional_arg(index)?
        } else if self.keywords.contains(&first) {
            Arg::Keyword(first.to_owned())
        } else {
            return Err(("KeyError", kiln_bytecode::dis::str_repr(first)));
        };
        Ok((arg, accessors(&name[first_end..])?))
    }

    fn positional_arg(&self, index: usize) -> Result<Arg, FormatError> {
        if index < self.positional {
            Ok(Arg::Positional(index))
        } else {
            Err((
                "IndexError",
                format!("Replacement index {index} out of range for positional args tuple"),
            ))
        }
    }
}

/// The `.name` / `[key]` accessors after a field's first name.
fn accessors(mut rest: &str) -> Result<Vec<Accessor>, FormatError> {
    let mut out = Vec::new();
    while let Some(c) = rest.chars().next() {
        rest = &rest[1..];
        let (part, next) = if c == '.' {
            let end = rest.find(['.', '[']).unwrap_or(rest.len());
            (&rest[..end], &rest[end..])
        } else {
            let end = rest
                .find(']')
                .ok_or_else(|| value_error("Missing ']' in format string"))?;
            let next = &rest[end + 1..];
            if !next.is_empty() && !next.starts_with(['.', '[']) {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
            (&rest[..end], next)
        };
        if part.is_empty() {
            return Err(value_error("Empty attribute in format string"));
        }
        out.push(match (c, part.parse::<i64>()) {
            ('.', _) => Accessor::Attr(part.to_owned()),
            (_, Ok(index)) if part.bytes().all(|b| b.is_ascii_digit()) => Accessor::Index(index),
            _ => Accessor::Key(part.to_owned()),
        });
        rest = next;
    }
    Ok(out)
}

impl Emitter<'_> {
    /// `"text".format(...)` with a literal receiver: compiled like an f-string. Returns false
    /// (emitting nothing) when the call is not of that shape.
    pub(super) fn str_format_call(&mut self, call: &ast::ExprCall) -> bool {
        let Expr::Attribute(attribute) = &*call.func else {
            return false;
        };
        let Expr::StringLiteral(literal) = &*attribute.value else {
            return false;
        };
        let arguments = &call.arguments;
        if attribute.attr.as_str() != "format"
            || arguments.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || arguments.keywords.iter().any(|k| k.arg.is_none())
        {
            return false;
        }
        let keywords: Vec<&str> = arguments
            .keywords
            .iter()
            .filter_map(|k| k.arg.as_ref().map(|a| a.as_str()))
            .collect();
        let mut parser = Parser {
            positional: arguments.args.len(),
            keywords: &keywords,
            auto: None,
            manual: false,
        };
        let text = literal.value.to_str();
        let pieces = parser.pieces(text, 2);
        // The arguments are evaluated first, whatever the format string says.
        let mut slots = Vec::new();
        for (k, arg) in arguments
            .args
            .iter()
            .chain(arguments.keywords.iter().map(|k| &k.value))
            .enumerate()
        {
            self.expr(arg);
            let slot = self.hidden_local(&format!(".format{k}"));
            self.emit(Opcode::StoreFast, slot);
            slots.push(slot);
        }
        let pieces = match pieces {
            Ok(pieces) => pieces,
            Err((exception, message)) => {
                self.error(
                    Diagnostic::error(
                        "format-error",
                        format!("{exception}: {message}"),
                        span_of(call),
                    )
                    .with_label(format!("CPython raises this {exception} here")),
                );
                self.load_const(Constant::Str(String::new()));
                return true;
            }
        };
        let slot_of = |arg: &Arg| match arg {
            Arg::Positional(index) => slots[*index],
            Arg::Keyword(name) => {
                let k = keywords.iter().position(|n| n == name).unwrap_or(0);
                slots[parser.positional + k]
            }
        };
        let span = span_of(call);
        self.at(span, |e| {
            let parts = e.format_pieces(&pieces, &slot_of);
            e.build_string(parts);
        });
        true
    }

    /// Pushes the strings of `pieces`; returns how many.
    fn format_pieces(&mut self, pieces: &[Piece], slot_of: &dyn Fn(&Arg) -> u32) -> u32 {
        for piece in pieces {
            match piece {
                Piece::Literal(text) => self.load_const(Constant::Str(text.clone())),
                Piece::Field(field) => {
                    self.emit(Opcode::LoadFast, slot_of(&field.arg));
                    for accessor in &field.accessors {
                        match accessor {
                            Accessor::Attr(name) => {
                                let name = self.name(name);
                                self.emit(Opcode::LoadAttr, name);
                            }
                            Accessor::Index(index) => {
                                self.load_const(Constant::Int(*index));
                                self.emit(Opcode::BinarySubscr, 0);
                            }
                            Accessor::Key(key) => {
                                self.load_const(Constant::Str(key.clone()));
                                self.emit(Opcode::BinarySubscr, 0);
                            }
                        }
                    }
                    if let Some(conversion) = field.conversion {
                        self.emit(Opcode::ConvertValue, conversion as u32);
                    }
                    match &field.spec {
                        Some(spec) => {
                            let parts = self.format_pieces(spec, slot_of);
                            self.build_string(parts);
                            self.emit(Opcode::FormatWithSpec, 0);
                        }
                        None if field.conversion.is_none() => self.emit(Opcode::FormatValue, 0),
                        None => {}
                    }
                }
            }
        }
        u32::try_from(pieces.len()).unwrap_or(u32::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str, positional: usize, keywords: &[&str]) -> Result<Vec<Piece>, FormatError> {
        Parser {
            positional,
            keywords,
            auto: None,
            manual: false,
        }
        .pieces(text, 2)
    }

    fn error(text: &str) -> String {
        match parse(text, 3, &["a"]) {
            Err((kind, message)) => format!("{kind}: {message}"),
            Ok(pieces) => format!("parsed: {pieces:?}"),
        }
    }

    #[test]
    fn errors_match_cpython() {
        assert_eq!(
            error("{0[1}"),
            "ValueError: expected '}' before end of string"
        );
        assert_eq!(error("{0!}"), "ValueError: unmatched '{' in format spec");
        assert_eq!(error("{0!x}"), "ValueError: Unknown conversion specifier x");
        assert_eq!(
            error("{0!rr}"),
            "ValueError: expected ':' after conversion specifier"
        );
        assert_eq!(
            error("{:{:{}}}"),
            "ValueError: Max string recursion exceeded"
        );
        assert_eq!(
            error("{a.}"),
            "ValueError: Empty attribute in format string"
        );
        assert_eq!(
            error("{0[]}"),
            "ValueError: Empty attribute in format string"
        );
        assert_eq!(
            error("{"),
            "ValueError: Single '{' encountered in format string"
        );
        assert_eq!(
            error("}"),
            "ValueError: Single '}' encountered in format string"
        );
        assert_eq!(
            error("{0}{}"),
            "ValueError: cannot switch from manual field specification to automatic field numbering"
        );
        assert_eq!(
            error("{}{0}"),
            "ValueError: cannot switch from automatic field numbering to manual field specification"
        );
        assert_eq!(
            error("{3}"),
            "IndexError: Replacement index 3 out of range for positional args tuple"
        );
        assert_eq!(error("{b}"), "KeyError: 'b'");
    }

    #[test]
    fn fields_and_specs() {
        let pieces = parse("x{{{}:{a!r:>{}}}}", 2, &["a"]);
        let pieces = pieces.as_deref().unwrap_or_default();
        assert_eq!(pieces.len(), 5);
        assert_eq!(pieces[0], Piece::Literal("x{".into()));
        assert!(matches!(
            &pieces[3],
            Piece::Field(Field { arg: Arg::Keyword(name), conversion: Some(Conversion::Repr), .. })
                if name == "a"
        ));
        assert_eq!(pieces[4], Piece::Literal("}".into()));
    }
}
