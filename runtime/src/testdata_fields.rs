//! Reading the fields of the CPython oracle tables written by
//! `runtime/tools/gen_str_testdata.py` (see its docstring for the format).

use dashu_int::IBig;

use crate::int::Int;

/// Decodes a text field: `\u{HEX}` escapes.
pub fn unesc(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut rest = field;
    while let Some(i) = rest.find("\\u{") {
        out.push_str(&rest[..i]);
        let end = rest[i..].find('}').expect("unterminated escape") + i;
        let code = u32::from_str_radix(&rest[i + 3..end], 16).expect("bad escape");
        out.push(char::from_u32(code).expect("bad code point"));
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// A typed value of a table.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    None,
    Bool(bool),
    Int(IBig),
    Float(f64),
    Str(String),
}

impl Value {
    /// Parses `N`, `b:1`, `i:-0x1f`, `f:<hex bits>`, `s:text`.
    pub fn parse(field: &str) -> Value {
        if field == "N" {
            return Value::None;
        }
        let (tag, rest) = field.split_at(2);
        match tag {
            "b:" => Value::Bool(rest == "1"),
            "i:" => {
                let (neg, hex) = match rest.strip_prefix('-') {
                    Some(h) => (true, h),
                    None => (false, rest),
                };
                let v = IBig::from_str_radix(hex.trim_start_matches("0x"), 16).expect("bad int");
                Value::Int(if neg { -v } else { v })
            }
            "f:" => Value::Float(f64::from_bits(
                u64::from_str_radix(rest, 16).expect("bad float"),
            )),
            "s:" => Value::Str(unesc(rest)),
            _ => panic!("bad field {field:?}"),
        }
    }

    /// The int, as a runtime word.
    pub fn int(&self) -> Int {
        match self {
            Value::Int(v) => Int::from_ibig(v.clone()),
            Value::Bool(b) => Int::from_i64(i64::from(*b)),
            _ => panic!("not an int: {self:?}"),
        }
    }

    /// An optional int argument word (`NONE_INT` for None).
    pub fn opt_word(&self) -> u64 {
        match self {
            Value::None => crate::value::NONE_INT,
            _ => self.int().raw() as u64,
        }
    }

    /// The string.
    pub fn str(&self) -> &str {
        match self {
            Value::Str(s) => s,
            _ => panic!("not a str: {self:?}"),
        }
    }

    /// The string, or `None`.
    pub fn opt_str(&self) -> Option<&str> {
        match self {
            Value::None => None,
            _ => Some(self.str()),
        }
    }
}

/// One table line: the operation, its argument fields and the expected
/// result fields (after `=>`).
pub fn split_line(line: &str) -> (&str, Vec<&str>, Vec<&str>) {
    let fields: Vec<&str> = line.split('\t').collect();
    let arrow = fields.iter().position(|&f| f == "=>").expect("no =>");
    (
        fields[0],
        fields[1..arrow].to_vec(),
        fields[arrow + 1..].to_vec(),
    )
}
