//! Tests of `fmt % args` against `runtime/testdata/str_mod.txt`, printed by
//! CPython 3.11 (`python3 runtime/tools/gen_str_testdata.py runtime/testdata`).

use super::*;
use crate::list::{alloc_list, alloc_tuple, kiln_rt_list_append, tuple_items_mut};
use crate::object::new_str;
use crate::testdata_fields::{split_line, unesc, Value};
use crate::value::{BOOL, FLOAT, INT, LIST_OF_STR, NONE, STR};

/// A table value as a typed argument.
fn arg(v: &Value) -> Arg {
    match v {
        Value::None => Arg {
            word: 0,
            desc: &NONE,
        },
        Value::Bool(b) => Arg {
            word: u64::from(*b),
            desc: &BOOL,
        },
        Value::Int(_) => Arg {
            word: v.int().raw() as u64,
            desc: &INT,
        },
        Value::Float(x) => Arg {
            word: x.to_bits(),
            desc: &FLOAT,
        },
        Value::Str(s) => Arg {
            word: new_str(s) as u64,
            desc: &STR,
        },
    }
}

#[test]
fn percent_formatting_matches_cpython() {
    let table = include_str!("../testdata/str_mod.txt");
    let mut failures = Vec::new();
    for line in table.lines() {
        let (_, fields, want) = split_line(line);
        let fmt = unesc(fields[0]);
        let values: Vec<Value> = fields[1..].iter().map(|f| Value::parse(f)).collect();
        let args: Vec<Arg> = values.iter().map(arg).collect();
        let got = match str_mod(&fmt, &args) {
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
        if got != want {
            failures.push(format!("{fmt:?} % {values:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn containers_are_formatted_by_their_repr() {
    let list = alloc_list(&LIST_OF_STR, 0);
    unsafe {
        kiln_rt_list_append(list, new_str("a'b") as u64);
        kiln_rt_list_append(list, new_str("c") as u64);
    }
    let arg = Arg {
        word: list as u64,
        desc: &LIST_OF_STR,
    };
    assert_eq!(
        str_mod("%s|%r", &[arg, arg]).expect("a list formats"),
        r#"["a'b", 'c']|["a'b", 'c']"#
    );
}

#[test]
fn export_reads_the_tuple_descriptor() {
    static ARGS: [&TypeDesc; 3] = [&STR, &INT, &FLOAT];
    static DESC: TypeDesc = TypeDesc {
        tag: Tag::Tuple as u32,
        len: 3,
        args: &ARGS as *const [&TypeDesc; 3] as *const *const TypeDesc,
    };
    let t = alloc_tuple(&DESC, 3);
    unsafe {
        let items = tuple_items_mut(t);
        items.write(new_str("é") as u64);
        items.add(1).write(Int::from_i64(-7).raw() as u64);
        items.add(2).write(0.25f64.to_bits());
        let out = kiln_rt_str_mod(new_str("%s|%03d|%.1f%%"), t);
        assert_eq!(str_as_str(out), "é|-07|0.2%");
        assert_eq!((*out).nchars, 10);
    }
}
