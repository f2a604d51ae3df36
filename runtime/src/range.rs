//! `range` objects used as values: length, indexing, membership and repr.
//!
//! Generated code keeps a range as its three bounds and iterates it inline; these are the
//! operations it calls out for, with the bounds passed as int words (`step` never 0: the
//! constructor checked it).

use crate::exc::ExcKind;
use crate::int::Int;
use crate::int_ops;
use crate::int_text::int_to_decimal;
use crate::object::{new_str, StrObject};
use crate::ops::{int_word, Error, OrRaise, Result};

/// The bounds of a range, decoded.
struct Range {
    start: Int,
    stop: Int,
    step: Int,
}

impl Range {
    fn new(start: u64, stop: u64, step: u64) -> Range {
        Range {
            start: int_word(start),
            stop: int_word(stop),
            step: int_word(step),
        }
    }

    /// `len(range)`: how many items, as CPython's `compute_range_length`.
    fn len(&self) -> Int {
        let (low, high, step) = if self.step.is_negative() {
            (self.stop, self.start, int_ops::neg(self.step))
        } else {
            (self.start, self.stop, self.step)
        };
        if int_ops::cmp(low, high).is_ge() {
            return Int::from_i64(0);
        }
        let span = int_ops::sub(int_ops::sub(high, low), Int::from_i64(1));
        // The step is never 0, so the division cannot fail.
        let steps = int_ops::floordiv(span, step).unwrap_or(Int::from_i64(0));
        int_ops::add(steps, Int::from_i64(1))
    }

    /// `range[index]`; `IndexError: range object index out of range`.
    fn get(&self, index: Int) -> Result<Int> {
        let len = self.len();
        let index = if index.is_negative() {
            int_ops::add(index, len)
        } else {
            index
        };
        if index.is_negative() || int_ops::cmp(index, len).is_ge() {
            return Err(Error::new(
                ExcKind::IndexError,
                "range object index out of range",
            ));
        }
        Ok(int_ops::add(self.start, int_ops::mul(index, self.step)))
    }

    /// `x in range`.
    fn contains(&self, x: Int) -> bool {
        let (inside, offset) = if self.step.is_negative() {
            let inside = int_ops::cmp(self.stop, x).is_lt() && int_ops::cmp(x, self.start).is_le();
            (inside, int_ops::sub(self.start, x))
        } else {
            let inside = int_ops::cmp(self.start, x).is_le() && int_ops::cmp(x, self.stop).is_lt();
            (inside, int_ops::sub(x, self.start))
        };
        inside && int_ops::modulo(offset, int_ops::abs(self.step)).is_ok_and(|rest| rest.is_zero())
    }

    /// `repr(range)`: `range(0, 3)`, with the step only when it is not 1.
    fn repr(&self) -> String {
        let (start, stop) = (int_to_decimal(self.start), int_to_decimal(self.stop));
        if self.step.small_value() == Some(1) {
            format!("range({start}, {stop})")
        } else {
            format!("range({start}, {stop}, {})", int_to_decimal(self.step))
        }
    }
}

/// `len(range(start, stop, step))`.
#[no_mangle]
pub extern "C" fn kiln_rt_range_len(start: u64, stop: u64, step: u64) -> Int {
    Range::new(start, stop, step).len()
}

/// One bound of `reversed(range)` as a range (`part` 0: the start, 1: the stop, 2: the
/// step): the same items backwards, `range(start + (len - 1) * step, start - step, -step)`.
#[no_mangle]
pub extern "C" fn kiln_rt_range_reversed(start: u64, stop: u64, step: u64, part: Int) -> Int {
    let range = Range::new(start, stop, step);
    match part.small_value() {
        Some(0) => {
            let last = int_ops::sub(range.len(), Int::from_i64(1));
            int_ops::add(range.start, int_ops::mul(last, range.step))
        }
        Some(1) => int_ops::sub(range.start, range.step),
        _ => int_ops::neg(range.step),
    }
}

/// `range(start, stop, step)[index]`; `IndexError: range object index out of range`.
#[no_mangle]
pub extern "C" fn kiln_rt_range_getitem(start: u64, stop: u64, step: u64, index: u64) -> Int {
    Range::new(start, stop, step)
        .get(int_word(index))
        .or_raise()
}

/// `x in range(start, stop, step)` for an int `x`.
#[no_mangle]
pub extern "C" fn kiln_rt_range_contains(start: u64, stop: u64, step: u64, x: u64) -> i32 {
    i32::from(Range::new(start, stop, step).contains(int_word(x)))
}

/// `repr(range(start, stop, step))` (also its `str`).
#[no_mangle]
pub extern "C" fn kiln_rt_range_repr(start: u64, stop: u64, step: u64) -> *const StrObject {
    new_str(&Range::new(start, stop, step).repr())
}
