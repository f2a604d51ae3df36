//! Unicode character properties CPython uses for `str` methods, `int()`,
//! `float()` and `repr()`.
//!
//! The data comes from the tables in `unicode_tables.rs`, generated from
//! CPython 3.11's own Unicode database (Unicode 14.0.0), so classification
//! matches `str.isspace()`, `str.isprintable()`, `str.isalpha()` and the
//! other predicates, and `unicodedata.decimal()`, of the reference
//! interpreter exactly.
//!
//! Case mappings: Rust's `char::to_uppercase`/`to_lowercase` implement the
//! same full (SpecialCasing) mappings as CPython, but from a newer Unicode
//! version (Unicode 16 for Rust 1.95). Every difference is a character that
//! is unassigned or uncased in Unicode 14 (e.g. U+019B LATIN SMALL LETTER
//! LAMBDA WITH STROKE gained an uppercase in 16), so the runtime maps only
//! the characters CPython's tables change (`UPPER_CHANGES`,
//! `LOWER_CHANGES`) and leaves the rest alone; titlecase and case folding
//! come from CPython's tables where they differ from upper/lower. The
//! `case_maps_match_cpython` test checks every code point.

use crate::unicode_tables::{
    ALPHA, CASED, CASE_IGNORABLE, DECIMAL_ZEROS, DIGIT, FOLD_MAP, ID_CONTINUE, ID_START, LOWERCASE,
    LOWER_CHANGES, NOT_PRINTABLE, NUMERIC, TITLECASE, TITLE_MAP, UPPERCASE, UPPER_CHANGES,
    WHITESPACE,
};

/// Whether `c` lies in one of the sorted, inclusive, disjoint `ranges`.
fn in_ranges(ranges: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `c.isspace()`.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | '\x1c'..=' ');
    }
    in_ranges(WHITESPACE, c)
}

/// `c.isprintable()`: false for characters `repr` escapes.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !in_ranges(NOT_PRINTABLE, c)
}

/// `unicodedata.decimal(c)`: the value of a decimal digit (category Nd) of
/// any script, or `None`.
pub fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    // The last run starting at or below `c`.
    let i = DECIMAL_ZEROS.partition_point(|&zero| zero <= c);
    let zero = *DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    (c - zero < 10).then_some(c - zero)
}

/// `c.isalpha()`.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(ALPHA, c)
}

/// `c.isdecimal()`: a decimal digit (category Nd) of any script.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    decimal_value(c).is_some()
}

/// `c.isdigit()`: decimal digits and other characters with a digit value
/// (superscripts, circled digits...).
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(DIGIT, c)
}

/// `c.isnumeric()`: characters with a numeric value (digits, fractions,
/// Roman numerals, CJK numerals...).
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(NUMERIC, c)
}

/// CPython's `Py_UNICODE_ISALNUM`: alphabetic, decimal, digit or numeric
/// (decimal and digit characters are numeric, so two tests suffice).
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// The Lowercase property (`Py_UNICODE_ISLOWER`).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(LOWERCASE, c)
}

/// The Uppercase property (`Py_UNICODE_ISUPPER`).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(UPPERCASE, c)
}

/// A titlecase letter, category Lt (`Py_UNICODE_ISTITLE`), e.g. U+01C5 ǅ.
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(TITLECASE, c)
}

/// The Cased property: lowercase, uppercase or titlecase.
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(CASED, c)
}

/// The Case_Ignorable property (apostrophes, combining marks, modifiers...).
pub fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\'' | '.' | ':' | '^' | '`');
    }
    in_ranges(CASE_IGNORABLE, c)
}

/// Whether `c` may start an identifier (`str.isidentifier()`): XID_Start or `_`.
pub fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_ranges(ID_START, c)
}

/// Whether `c` may continue an identifier: XID_Continue.
pub fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_ranges(ID_CONTINUE, c)
}

/// Appends the up to three characters of a generated mapping entry.
fn push_mapped(out: &mut String, mapped: &[u32; 3]) {
    for &m in mapped.iter().take_while(|&&m| m != 0) {
        out.extend(char::from_u32(m));
    }
}

/// The entry for `c` in a sorted mapping table.
fn lookup_map(table: &'static [(u32, [u32; 3])], c: char) -> Option<&'static [u32; 3]> {
    let i = table.binary_search_by_key(&(c as u32), |e| e.0).ok()?;
    Some(&table[i].1)
}

/// Appends the full uppercase mapping of `c` (`'ß'` → `"SS"`).
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if in_ranges(UPPER_CHANGES, c) {
        out.extend(c.to_uppercase());
    } else {
        out.push(c);
    }
}

/// Appends the full lowercase mapping of `c`, without the final-sigma rule
/// (callers that see the context apply it: U+03A3 maps to σ here).
pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if in_ranges(LOWER_CHANGES, c) {
        out.extend(c.to_lowercase());
    } else {
        out.push(c);
    }
}

/// Appends the full titlecase mapping of `c` (`'ǆ'` → `'ǅ'`, `'ﬁ'` → `"Fi"`).
pub fn push_title(out: &mut String, c: char) {
    match lookup_map(TITLE_MAP, c) {
        Some(mapped) if !c.is_ascii() => push_mapped(out, mapped),
        _ => push_upper(out, c),
    }
}

/// Appends the full case folding of `c` (`'ß'` → `"ss"`).
pub fn push_fold(out: &mut String, c: char) {
    match lookup_map(FOLD_MAP, c) {
        Some(mapped) if !c.is_ascii() => push_mapped(out, mapped),
        _ => push_lower(out, c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace() {
        for c in [
            ' ', '\t', '\n', '\x0b', '\x0c', '\r', '\x1c', '\x1f', '\u{85}', '\u{a0}', '\u{2000}',
            '\u{3000}',
        ] {
            assert!(is_space(c), "{c:?}");
        }
        for c in ['a', '\0', '\u{200b}', '\u{feff}', '_'] {
            assert!(!is_space(c), "{c:?}");
        }
    }

    #[test]
    fn printable() {
        for c in ['a', ' ', '~', '\u{e9}', '\u{a1}', '\u{1f600}', '\u{4e00}'] {
            assert!(is_printable(c), "{c:?}");
        }
        for c in [
            '\0',
            '\n',
            '\x7f',
            '\u{80}',
            '\u{a0}',
            '\u{ad}',
            '\u{378}',
            '\u{2028}',
            '\u{e0001}',
            '\u{10ffff}',
        ] {
            assert!(!is_printable(c), "{c:?}");
        }
    }

    #[test]
    fn decimals() {
        assert_eq!(decimal_value('0'), Some(0));
        assert_eq!(decimal_value('9'), Some(9));
        assert_eq!(decimal_value('\u{661}'), Some(1)); // ARABIC-INDIC ONE
        assert_eq!(decimal_value('\u{ff19}'), Some(9)); // FULLWIDTH NINE
        assert_eq!(decimal_value('\u{1d7ce}'), Some(0)); // MATHEMATICAL BOLD ZERO
        assert_eq!(decimal_value('\u{b2}'), None); // SUPERSCRIPT TWO is not Nd
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('/'), None);
        assert_eq!(decimal_value('\0'), None);
    }
}
