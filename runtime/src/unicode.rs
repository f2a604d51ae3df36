//! Unicode character properties CPython uses for `str` methods, `int()`,
//! `float()` and `repr()`.
//!
//! The data comes from the tables in `unicode_tables.rs`, generated from
//! CPython 3.11's own Unicode database (Unicode 14.0.0), so classification
//! matches `str.isspace()`, `str.isprintable()` and `unicodedata.decimal()`
//! of the reference interpreter exactly.

use crate::unicode_tables::{DECIMAL_ZEROS, NOT_PRINTABLE, WHITESPACE};

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
