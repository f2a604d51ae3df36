//! Tests of `format(value, spec)` against `runtime/testdata/format_spec.txt`,
//! printed by CPython 3.11 (`python3 runtime/tools/gen_str_testdata.py
//! runtime/testdata`): ints (small, big, over the 4300-digit limit), floats
//! (zeros, halves, the `g`/repr switch points, subnormals, inf/nan), strs
//! and bools, with specs covering every field of the mini-language and
//! every error message.

use super::*;
use crate::testdata_fields::{split_line, unesc, Value};

#[test]
fn format_specs_match_cpython() {
    let table = include_str!("../testdata/format_spec.txt");
    let mut failures = Vec::new();
    let mut n = 0;
    for line in table.lines() {
        let (kind, args, want) = split_line(line);
        let value = Value::parse(args[0]);
        let spec = unesc(args[1]);
        let got = match (kind, &value) {
            ("int", _) => format_int(value.int(), &spec, "int"),
            ("bool", _) if spec.is_empty() => Ok(if value.int().is_zero() {
                "False"
            } else {
                "True"
            }
            .to_string()),
            ("bool", _) => format_int(value.int(), &spec, "bool"),
            ("float", Value::Float(x)) => format_float(*x, &spec),
            ("str", Value::Str(s)) => format_str(s, &spec).map(|r| r.unwrap_or_else(|| s.clone())),
            _ => panic!("bad line {line}"),
        };
        let got = match got {
            Ok(s) => format!("s:{s}"),
            Err(e) => format!("e:{}: {}", e.kind.name(), e.msg),
        };
        let want = match want[0] {
            "e" => format!("e:{}", unesc(want[1])),
            f => match Value::parse(f) {
                Value::Str(s) => format!("s:{s}"),
                v => panic!("bad result {v:?}"),
            },
        };
        n += 1;
        if got != want {
            failures.push(format!(
                "format({value:?}, {spec:?}): got {got:?}, want {want:?}"
            ));
        }
    }
    assert!(n > 5000);
    assert!(
        failures.is_empty(),
        "{} of {n} failed:\n{}",
        failures.len(),
        failures[..failures.len().min(60)].join("\n")
    );
}

#[test]
fn exports_format_values() {
    let spec = |s: &str| crate::object::new_str(s);
    let text = |p: *const StrObject| unsafe { str_as_str(p).to_string() };
    unsafe {
        assert_eq!(
            text(kiln_rt_format_int(Int::from_i64(1234567), spec("_"))),
            "1_234_567"
        );
        assert_eq!(text(kiln_rt_format_float(2.5, spec(".0f"))), "2");
        assert_eq!(text(kiln_rt_format_str(spec("hé"), spec("*^6"))), "**hé**");
        let s = spec("same");
        assert_eq!(kiln_rt_format_str(s, spec("<2")), s);
        assert_eq!(text(kiln_rt_format_bool(1, spec(""))), "True");
        assert_eq!(text(kiln_rt_format_bool(1, spec(">5"))), "    1");
        assert_eq!(text(kiln_rt_format_bool(0, spec("x"))), "0");
    }
}
