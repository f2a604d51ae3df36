//! The format-spec mini-language: `format(value, spec)` and f-string
//! fields `{x:spec}` for `int`, `float`, `str` and `bool`.
//!
//! This is a transcription of CPython 3.11's `Python/formatter_unicode.c`
//! (spec parsing, `calc_number_widths`, `fill_number`, the thousands
//! grouping with zero padding of `_PyUnicode_InsertThousandsGrouping`) and
//! of `format_float_short` in `Python/pystrtod.c`, so output and error
//! messages agree exactly. Digits come from Rust's float formatting, which
//! is exact (correctly rounded, half to even on the exact binary value,
//! like David Gay's `dtoa` that CPython uses). `'n'` uses the C locale (no
//! grouping, `.`), as CPython does unless a program calls `setlocale`.
//! Nested fields (`{x:{w}}`) are resolved by the compiler before the call.

use crate::error::{err, or_raise, PyError, PyResult};
use crate::exc::{raise, ExcKind};
use crate::float::float_repr;
use crate::int::Int;
use crate::int_float::int_to_float;
use crate::int_text::{int_to_base, int_to_decimal, int_to_str};
use crate::object::{str_as_str, StrObject};
use crate::str::kiln_rt_str_from_bool;
use crate::str_methods::make_str;
use crate::unicode::decimal_value;

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spec {
    /// The fill character (`' '` unless given, `'0'` for a leading `0`).
    pub fill: char,
    /// `<`, `>`, `^` or `=`.
    pub align: char,
    /// `+`, `-`, `' '`, or `None`.
    pub sign: Option<char>,
    /// `z`: negative zero becomes positive (floats only).
    pub no_neg_0: bool,
    /// `#`: the alternate form.
    pub alternate: bool,
    /// The minimum width.
    pub width: Option<usize>,
    /// `,` or `_`: the thousands separator.
    pub grouping: Option<char>,
    /// Digits of the thousands groups (3, or 4 for `_` with b/o/x/X).
    pub group_size: usize,
    /// The precision.
    pub precision: Option<usize>,
    /// The presentation type (`'\0'` when omitted and there is no default).
    pub ty: char,
}

/// `c` as CPython prints a type code in messages: itself if printable
/// ASCII, else `\x` and its hex value.
fn code_repr(c: char) -> String {
    let v = u32::from(c);
    if v > 32 && v < 128 {
        c.to_string()
    } else {
        format!("\\x{v:x}")
    }
}

/// `ValueError: Unknown format code 'q' for object of type 'int'`.
pub fn unknown_code(ty: char, type_name: &str) -> PyError {
    PyError::new(
        ExcKind::ValueError,
        format!(
            "Unknown format code '{}' for object of type '{type_name}'",
            code_repr(ty)
        ),
    )
}

/// Reads a decimal number (any Unicode decimal digits, as CPython) at the
/// start of `chars`; `None` if there is none.
fn get_integer(chars: &[char], pos: &mut usize) -> PyResult<Option<usize>> {
    let mut value: usize = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let d = d as usize;
        if value > (isize::MAX as usize - d) / 10 {
            return err(
                ExcKind::ValueError,
                "Too many decimal digits in format string",
            );
        }
        value = value * 10 + d;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

/// Parses `spec` (non-empty) as CPython's `parse_internal_render_format_spec`
/// with the object's default type and alignment.
pub fn parse_spec(
    spec: &str,
    default_type: char,
    default_align: char,
    type_name: &str,
) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let is_align = |c: Option<&char>| matches!(c, Some('<' | '>' | '=' | '^'));
    let mut out = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: None,
        group_size: 3,
        precision: None,
        ty: default_type,
    };
    let mut pos = 0;
    let mut fill_specified = false;
    let mut align_specified = false;
    if chars.len() >= 2 && is_align(chars.get(1)) {
        out.fill = chars[0];
        out.align = chars[1];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if is_align(chars.first()) {
        out.align = chars[0];
        align_specified = true;
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_0 = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if !fill_specified && chars.get(pos) == Some(&'0') {
        out.fill = '0';
        if !align_specified && default_align == '>' {
            out.align = '=';
        }
        pos += 1;
    }
    out.width = get_integer(&chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return err(ExcKind::ValueError, "Cannot specify both ',' and '_'.");
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
        return err(ExcKind::ValueError, "Cannot specify both ',' and '_'.");
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = get_integer(&chars, &mut pos)?;
        if out.precision.is_none() {
            return err(ExcKind::ValueError, "Format specifier missing precision");
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => out.ty = chars[pos],
        _ => {
            return err(
                ExcKind::ValueError,
                format!("Invalid format specifier '{spec}' for object of type '{type_name}'"),
            )
        }
    }
    if let Some(sep) = out.grouping {
        match out.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if sep == '_' => out.group_size = 4,
            ty => {
                return err(
                    ExcKind::ValueError,
                    format!("Cannot specify '{sep}' with '{}'.", code_repr(ty)),
                )
            }
        }
    }
    Ok(out)
}

/// Appends `n` copies of `c`.
fn push_n(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}

/// A string with room for `n` more bytes, or `MemoryError` (a huge width).
fn reserve(out: &mut String, n: usize) -> PyResult<()> {
    out.try_reserve(n)
        .map_err(|_| PyError::new(ExcKind::MemoryError, ""))
}

/// The ASCII digits `digits` grouped from the right by `size` with `sep`,
/// zero-padded (padding grouped too) to at least `min_width` characters:
/// CPython's `_PyUnicode_InsertThousandsGrouping`. `size` 0 means no
/// grouping (only the zero padding).
fn group_digits(digits: &str, sep: Option<char>, size: usize, min_width: i64) -> String {
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    let Some(sep) = sep.filter(|_| size > 0) else {
        let len = remaining.max(min_width).max(1);
        let mut out = String::new();
        push_n(&mut out, '0', (len - remaining).max(0) as usize);
        out.push_str(digits);
        return out;
    };
    let mut groups: Vec<String> = Vec::new();
    loop {
        let l = (size as i64).min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let mut group = String::new();
        push_n(&mut group, '0', n_zeros as usize);
        group.push_str(&digits[(remaining - n_chars) as usize..remaining as usize]);
        groups.push(group);
        remaining -= n_chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    groups.join(&sep.to_string())
}

/// The parts of a number before padding: CPython's `calc_number_widths` +
/// `fill_number`. `digits` are the integer digits (grouped), `decimal`
/// whether a `.` follows them, `remainder` everything after (fraction,
/// exponent, `%`, or a `c` character).
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    decimal: bool,
    remainder: &'a str,
}

/// Lays out a number according to `spec` (sign, prefix, grouping, fill).
fn render_number(n: &Number<'_>, spec: &Spec, upper: bool) -> PyResult<String> {
    let sign = match (spec.sign, n.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let remainder_chars = n.remainder.chars().count();
    let non_digit =
        usize::from(sign.is_some()) + n.prefix.len() + usize::from(n.decimal) + remainder_chars;
    let width = spec.width.map_or(-1, |w| w as i64);
    let min_width = if spec.fill == '0' && spec.align == '=' {
        width - non_digit as i64
    } else {
        0
    };
    let grouped = if n.digits.is_empty() {
        String::new()
    } else {
        let size = if spec.grouping.is_some() {
            spec.group_size
        } else {
            0
        };
        group_digits(n.digits, spec.grouping, size, min_width)
    };
    let used = non_digit + grouped.chars().count();
    let padding = (width - used as i64).max(0) as usize;
    let (left, middle, right) = match spec.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::new();
    reserve(&mut out, used + padding * spec.fill.len_utf8())?;
    push_n(&mut out, spec.fill, left);
    out.extend(sign);
    if upper {
        out.push_str(&n.prefix.to_ascii_uppercase());
    } else {
        out.push_str(n.prefix);
    }
    push_n(&mut out, spec.fill, middle);
    if upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if n.decimal {
        out.push('.');
    }
    out.push_str(n.remainder);
    push_n(&mut out, spec.fill, right);
    Ok(out)
}

/// `format(v, spec)` for an `int` (`type_name` is `int` or `bool`, for
/// messages).
pub fn format_int(v: Int, spec: &str, type_name: &str) -> PyResult<String> {
    if spec.is_empty() {
        return int_to_str(v).map_err(|e| PyError::new(e.kind, e.msg));
    }
    let spec = parse_spec(spec, 'd', '>', type_name)?;
    match spec.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(v, &spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = int_to_float(v).map_err(|e| PyError::new(e.kind, e.msg))?;
            format_float_spec(x, &spec)
        }
        ty => Err(unknown_code(ty, type_name)),
    }
}

/// CPython's `format_long_internal`.
fn format_long(v: Int, spec: &Spec) -> PyResult<String> {
    if spec.precision.is_some() {
        return err(
            ExcKind::ValueError,
            "Precision not allowed in integer format specifier",
        );
    }
    if spec.no_neg_0 {
        return err(
            ExcKind::ValueError,
            "Negative zero coercion (z) not allowed in integer format specifier",
        );
    }
    if spec.ty == 'c' {
        if spec.sign.is_some() {
            return err(
                ExcKind::ValueError,
                "Sign not allowed with integer format specifier 'c'",
            );
        }
        if spec.alternate {
            return err(
                ExcKind::ValueError,
                "Alternate form (#) not allowed with integer format specifier 'c'",
            );
        }
        let Some(code) = v.to_i128().and_then(|c| i64::try_from(c).ok()) else {
            return err(
                ExcKind::OverflowError,
                "Python int too large to convert to C long",
            );
        };
        let c = u32::try_from(code)
            .ok()
            .filter(|&c| c < 0x110000)
            .ok_or_else(|| PyError::new(ExcKind::OverflowError, "%c arg not in range(0x110000)"))?;
        let c = char::from_u32(c).ok_or_else(|| {
            PyError::new(
                ExcKind::ValueError,
                format!("kiln: chr({code:#x}) is a lone surrogate, which kiln strings cannot hold"),
            )
        })?;
        let text = c.to_string();
        let n = Number {
            negative: false,
            prefix: "",
            digits: "",
            decimal: false,
            remainder: &text,
        };
        return render_number(&n, spec, false);
    }
    let (base, prefix) = match spec.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let text = if base == 10 {
        int_to_str(v).map_err(|e| PyError::new(e.kind, e.msg))?
    } else {
        int_to_base(v, base).unwrap_or_else(|| int_to_decimal(v))
    };
    let negative = text.starts_with('-');
    let digits = text.trim_start_matches('-');
    let digits = digits.strip_prefix(prefix).unwrap_or(digits);
    let n = Number {
        negative,
        prefix: if spec.alternate { prefix } else { "" },
        digits,
        decimal: false,
        remainder: "",
    };
    render_number(&n, spec, spec.ty == 'X')
}

/// The decimal digits of a finite, non-negative `x` as `_Py_dg_dtoa`
/// returns them: trailing zeros removed, and `decpt` the position of the
/// decimal point (value = 0.DIGITS × 10**decpt). `Significant(n)` is mode
/// 2, `Fixed(n)` mode 3 (`n` digits after the point).
enum Digits {
    Significant(usize),
    Fixed(usize),
}

fn dtoa(x: f64, mode: Digits) -> (String, i64) {
    if x == 0.0 {
        return ("0".to_string(), 1);
    }
    let (mut digits, mut decpt) = match mode {
        Digits::Significant(n) => {
            let sci = format!("{:.*e}", n.max(1) - 1, x);
            let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
            let exp: i64 = exp.parse().unwrap_or(0);
            (mantissa.replace('.', ""), exp + 1)
        }
        Digits::Fixed(n) => {
            let fixed = format!("{:.*}", n, x);
            let int_len = fixed.find('.').unwrap_or(fixed.len()) as i64;
            (fixed.replace('.', ""), int_len)
        }
    };
    let leading = digits.len() - digits.trim_start_matches('0').len();
    digits.drain(..leading);
    decpt -= leading as i64;
    let kept = digits.trim_end_matches('0').len();
    digits.truncate(kept);
    if digits.is_empty() {
        // Rounded to zero: dtoa's "no digits" result (fcvt style).
        if let Digits::Fixed(n) = mode {
            decpt = -(n as i64);
        }
    }
    (digits, decpt)
}

/// CPython's `format_float_short` for a finite `x` with code `e`, `f`, `g`
/// (lower case) and its flags; returns the text without a sign and whether
/// the value is negative (after the `z` coercion).
fn float_short(
    x: f64,
    code: char,
    precision: usize,
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
) -> (String, bool) {
    let (digits, mut decpt) = match code {
        'e' => dtoa(x.abs(), Digits::Significant(precision + 1)),
        'f' => dtoa(x.abs(), Digits::Fixed(precision)),
        _ => dtoa(x.abs(), Digits::Significant(precision.max(1))),
    };
    let precision = if code == 'g' {
        precision.max(1)
    } else {
        precision
    } as i64;
    let mut negative = x.is_sign_negative();
    if no_neg_0 && negative && (digits.is_empty() || digits == "0") {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision + 1;
        }
        'f' => vdigits_end = decpt + precision,
        _ => {
            let limit = if add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if alt {
                vdigits_end = precision;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let zeros = |out: &mut String, n: i64| push_n(out, '0', n.max(0) as usize);
    let mut out = String::new();
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.unsigned_abs()));
    }
    (out, negative)
}

/// The body of a printf-style `%e`/`%f`/`%g` conversion (`code` lower
/// case) without its sign, and whether it is negative: `inf`/`nan` for
/// non-finite values (the sign of a NaN is ignored, as CPython).
pub(crate) fn float_short_for_printf(
    x: f64,
    code: char,
    precision: usize,
    alt: bool,
) -> (String, bool) {
    if x.is_nan() {
        return ("nan".to_string(), false);
    }
    if x.is_infinite() {
        return ("inf".to_string(), x < 0.0);
    }
    float_short(x, code, precision, false, alt, false)
}

/// `format(x, spec)` for a `float`.
pub fn format_float(x: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let spec = parse_spec(spec, '\0', '>', "float")?;
    match spec.ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' | '\0' => format_float_spec(x, &spec),
        ty => Err(unknown_code(ty, "float")),
    }
}

/// CPython's `format_float_internal` for a parsed spec with a float type.
fn format_float_spec(x: f64, spec: &Spec) -> PyResult<String> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return err(ExcKind::ValueError, "precision too big");
    }
    let upper = matches!(spec.ty, 'E' | 'F' | 'G');
    let (mut code, mut default_precision, mut add_dot_0) = (spec.ty.to_ascii_lowercase(), 6, false);
    if spec.ty == '\0' {
        (code, default_precision, add_dot_0) = ('r', 0, true);
    }
    if code == 'n' {
        code = 'g';
    }
    let mut val = x;
    let add_pct = code == '%';
    if add_pct {
        code = 'f';
        val *= 100.0;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let (mut body, negative) = if val.is_nan() {
        ("nan".to_string(), false)
    } else if val.is_infinite() {
        ("inf".to_string(), val < 0.0)
    } else if code == 'r' {
        let negative = val.is_sign_negative() && !(spec.no_neg_0 && val == 0.0);
        let mut text = float_repr(val.abs());
        // The alternate form keeps the point of a one-digit mantissa: 1.e+16.
        if spec.alternate && !text.contains('.') {
            if let Some(e) = text.find('e') {
                text.insert(e, '.');
            }
        }
        (text, negative)
    } else {
        float_short(
            val,
            code,
            precision,
            add_dot_0,
            spec.alternate,
            spec.no_neg_0,
        )
    };
    if upper {
        body = body.to_ascii_uppercase();
    }
    if add_pct {
        body.push('%');
    }
    let int_len = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(int_len);
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let n = Number {
        negative,
        prefix: "",
        digits,
        decimal,
        remainder,
    };
    render_number(&n, spec, false)
}

/// `format(s, spec)` for a `str`.
pub fn format_str(s: &str, spec: &str) -> PyResult<Option<String>> {
    if spec.is_empty() {
        return Ok(None);
    }
    let spec = parse_spec(spec, 's', '<', "str")?;
    if spec.ty != 's' {
        return Err(unknown_code(spec.ty, "str"));
    }
    match spec.sign {
        Some(' ') => {
            return err(
                ExcKind::ValueError,
                "Space not allowed in string format specifier",
            )
        }
        Some(_) => {
            return err(
                ExcKind::ValueError,
                "Sign not allowed in string format specifier",
            )
        }
        None => {}
    }
    if spec.no_neg_0 {
        return err(
            ExcKind::ValueError,
            "Negative zero coercion (z) not allowed in string format specifier",
        );
    }
    if spec.alternate {
        return err(
            ExcKind::ValueError,
            "Alternate form (#) not allowed in string format specifier",
        );
    }
    if spec.align == '=' {
        return err(
            ExcKind::ValueError,
            "'=' alignment not allowed in string format specifier",
        );
    }
    let nchars = s.chars().count();
    let len = spec.precision.map_or(nchars, |p| p.min(nchars));
    let total = spec.width.map_or(len, |w| w.max(len));
    if len == nchars && total == nchars {
        return Ok(None);
    }
    let text = crate::str::truncate_chars(s, len);
    let left = match spec.align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let mut out = String::new();
    reserve(&mut out, text.len() + (total - len) * spec.fill.len_utf8())?;
    push_n(&mut out, spec.fill, left);
    out.push_str(text);
    push_n(&mut out, spec.fill, total - len - left);
    Ok(Some(out))
}

/// `format(v, spec)` / `f"{v:spec}"` for an `int`.
///
/// # Safety
/// `spec` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_format_int(v: Int, spec: *const StrObject) -> *const StrObject {
    // SAFETY: the caller passes a valid object.
    let spec = unsafe { str_as_str(spec) };
    let text = or_raise(format_int(v, spec, "int"));
    make_str(&text, text.is_ascii())
}

/// `format(v, spec)` for a `float`.
///
/// # Safety
/// `spec` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_format_float(v: f64, spec: *const StrObject) -> *const StrObject {
    // SAFETY: the caller passes a valid object.
    let spec = unsafe { str_as_str(spec) };
    let text = or_raise(format_float(v, spec));
    make_str(&text, text.is_ascii())
}

/// `format(s, spec)` for a `str` (`s` itself when nothing changes).
///
/// # Safety
/// `s` and `spec` must point to valid `StrObject`s.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_format_str(
    s: *const StrObject,
    spec: *const StrObject,
) -> *const StrObject {
    // SAFETY: the caller passes valid objects.
    let (text, spec) = unsafe { (str_as_str(s), str_as_str(spec)) };
    match or_raise(format_str(text, spec)) {
        Some(out) => make_str(&out, out.is_ascii()),
        None => s,
    }
}

/// `format(b, spec)` for a `bool`: `'True'`/`'False'` for an empty spec,
/// otherwise formatted as the int 1/0 (`format(True, '>5')` is `'    1'`),
/// with `bool` in error messages.
///
/// # Safety
/// `spec` must point to a valid `StrObject`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_format_bool(b: i32, spec: *const StrObject) -> *const StrObject {
    // SAFETY: the caller passes a valid object.
    let spec = unsafe { str_as_str(spec) };
    if spec.is_empty() {
        return kiln_rt_str_from_bool(b);
    }
    let v = if b != 0 { Int::ONE } else { Int::ZERO };
    let text = or_raise(format_int(v, spec, "bool"));
    make_str(&text, text.is_ascii())
}

/// `format(v, spec)` for a value whose type has no format mini-language (lists, None, ...):
/// `text` (its `str()`) for an empty spec, else CPython's TypeError naming the type.
///
/// # Safety
/// `text`, `spec` and `type_name` must point to valid `StrObject`s.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_format_object(
    text: *const StrObject,
    spec: *const StrObject,
    type_name: *const StrObject,
) -> *const StrObject {
    // SAFETY: the caller passes valid objects.
    let (spec, type_name) = unsafe { (str_as_str(spec), str_as_str(type_name)) };
    if !spec.is_empty() {
        raise(
            ExcKind::TypeError,
            &format!("unsupported format string passed to {type_name}.__format__"),
        );
    }
    text
}

#[cfg(test)]
#[path = "format_tests.rs"]
mod tests;
