//! Tests of the string methods of `str_methods.rs`, `str_split.rs` and
//! `str_case.rs` against `runtime/testdata/str_methods.txt`, printed by
//! CPython 3.11 (`python3 runtime/tools/gen_str_testdata.py runtime/testdata`).
//!
//! Each call goes through the exported function when CPython succeeds, and
//! through the same checking helper the export uses when CPython raises
//! (raising ends the process).

use super::*;
use crate::error::PyError;
use crate::list::{list_from_words, list_items, tuple_items};
use crate::str_case::*;
use crate::str_split::*;
use crate::testdata_fields::{split_line, unesc, Value};
use crate::value::{Tag, TypeDesc, STR};

static STR3_ARGS: [&TypeDesc; 3] = [&STR, &STR, &STR];
/// `tuple[str, str, str]`.
static STR3: TypeDesc = TypeDesc {
    tag: Tag::Tuple as u32,
    len: 3,
    args: &STR3_ARGS as *const [&TypeDesc; 3] as *const *const TypeDesc,
};

/// What a call gave.
#[derive(Debug, PartialEq)]
enum Outcome {
    Str(String),
    IntV(i128),
    Bool(bool),
    List(Vec<String>),
    Err(String),
}
use Outcome::{Bool, Err, List, Str};

/// The text of a runtime string, checking its `nchars`.
fn text(p: *const StrObject) -> String {
    unsafe {
        let s = str_as_str(p).to_string();
        assert_eq!((*p).nchars, s.chars().count() as u64, "nchars of {s:?}");
        s
    }
}

fn words_text(words: &[u64]) -> Vec<String> {
    words.iter().map(|&w| text(w as *const StrObject)).collect()
}

fn error(e: PyError) -> Outcome {
    Err(format!("{}: {}", e.kind.name(), e.msg))
}

fn expected(fields: &[&str]) -> Outcome {
    match fields[0] {
        "e" => Err(unesc(fields[1])),
        "l" => List(fields[1..].iter().map(|f| unesc(f)).collect()),
        f => match Value::parse(f) {
            Value::Str(s) => Str(s),
            Value::Bool(b) => Bool(b),
            Value::Int(i) => Outcome::IntV(i128::try_from(&i).expect("int result fits i128")),
            v => panic!("unexpected result {v:?}"),
        },
    }
}

fn int_out(i: Int) -> Outcome {
    Outcome::IntV(i.to_i128().expect("int result fits i128"))
}

/// Runs one call of the table.
fn run(op: &str, a: &[Value]) -> Outcome {
    let obj = |v: &Value| new_str(v.str());
    let opt_obj = |v: &Value| v.opt_str().map_or(std::ptr::null(), new_str);
    let nchars = |v: &Value| v.str().chars().count();
    unsafe {
        match op {
            "getitem" => match char_index(a[0].str(), nchars(&a[0]), a[1].int()) {
                Result::Err(e) => error(e),
                Ok(_) => Str(text(kiln_rt_str_getitem(obj(&a[0]), a[1].int()))),
            },
            "slice" => {
                let opt = |v: &Value| opt_int(v.opt_word());
                match slice_indices(nchars(&a[0]) as i64, opt(&a[1]), opt(&a[2]), opt(&a[3])) {
                    Result::Err(e) => error(e),
                    Ok(_) => Str(text(kiln_rt_str_slice(
                        obj(&a[0]),
                        a[1].opt_word(),
                        a[2].opt_word(),
                        a[3].opt_word(),
                    ))),
                }
            }
            "find" | "rfind" | "count" | "index" | "rindex" => {
                let f = match op {
                    "find" | "index" => kiln_rt_str_find,
                    "rfind" | "rindex" => kiln_rt_str_rfind,
                    _ => kiln_rt_str_count,
                };
                let r = f(obj(&a[0]), obj(&a[1]), a[2].opt_word(), a[3].opt_word());
                if op.ends_with("index") && r.raw() < 0 {
                    return Err("ValueError: substring not found".into());
                }
                if op.ends_with("index") {
                    let g = if op == "index" {
                        kiln_rt_str_index
                    } else {
                        kiln_rt_str_rindex
                    };
                    return int_out(g(obj(&a[0]), obj(&a[1]), a[2].opt_word(), a[3].opt_word()));
                }
                int_out(r)
            }
            "startswith" | "endswith" => {
                let f = if op == "startswith" {
                    kiln_rt_str_startswith
                } else {
                    kiln_rt_str_endswith
                };
                Bool(f(obj(&a[0]), obj(&a[1]), a[2].opt_word(), a[3].opt_word()) != 0)
            }
            "contains" => Bool(kiln_rt_str_contains(obj(&a[0]), obj(&a[1])) != 0),
            "removeprefix" => Str(text(kiln_rt_str_removeprefix(obj(&a[0]), obj(&a[1])))),
            "removesuffix" => Str(text(kiln_rt_str_removesuffix(obj(&a[0]), obj(&a[1])))),
            "partition" | "rpartition" => {
                let right = op == "rpartition";
                match partition(a[0].str(), a[1].str(), right) {
                    Result::Err(e) => error(e),
                    Ok(parts) => {
                        let f = if right {
                            kiln_rt_str_rpartition
                        } else {
                            kiln_rt_str_partition
                        };
                        let t = f(obj(&a[0]), obj(&a[1]), &STR3);
                        let got = words_text(tuple_items(t));
                        assert_eq!(got, parts.map(str::to_string));
                        List(got)
                    }
                }
            }
            "replace" => match opt_count(a[3].opt_word()) {
                Result::Err(e) => error(e),
                Ok(_) => Str(text(kiln_rt_str_replace(
                    obj(&a[0]),
                    obj(&a[1]),
                    obj(&a[2]),
                    a[3].opt_word(),
                ))),
            },
            "split" | "rsplit" => {
                let right = op == "rsplit";
                match split_checked(a[0].str(), a[1].opt_str(), a[2].opt_word(), right) {
                    Result::Err(e) => error(e),
                    Ok(pieces) => {
                        let f = if right {
                            kiln_rt_str_rsplit
                        } else {
                            kiln_rt_str_split
                        };
                        let list = f(obj(&a[0]), opt_obj(&a[1]), a[2].opt_word());
                        let got = words_text(list_items(list));
                        assert_eq!(got, pieces);
                        List(got)
                    }
                }
            }
            "splitlines" => {
                let keep = matches!(a[1], Value::Bool(true));
                List(words_text(list_items(kiln_rt_str_splitlines(
                    obj(&a[0]),
                    i32::from(keep),
                ))))
            }
            "strip" => Str(text(kiln_rt_str_strip(obj(&a[0]), opt_obj(&a[1])))),
            "lstrip" => Str(text(kiln_rt_str_lstrip(obj(&a[0]), opt_obj(&a[1])))),
            "rstrip" => Str(text(kiln_rt_str_rstrip(obj(&a[0]), opt_obj(&a[1])))),
            "center" | "ljust" | "rjust" => {
                let (how, f): (_, unsafe extern "C" fn(_, _, _) -> _) = match op {
                    "center" => (Justify::Center, kiln_rt_str_center),
                    "ljust" => (Justify::Left, kiln_rt_str_ljust),
                    _ => (Justify::Right, kiln_rt_str_rjust),
                };
                match justify_checked(a[0].str(), nchars(&a[0]), a[1].int(), a[2].opt_str(), how) {
                    Result::Err(e) => error(e),
                    Ok(_) => Str(text(f(obj(&a[0]), a[1].int(), opt_obj(&a[2])))),
                }
            }
            "zfill" => match to_ssize(a[1].int()) {
                Result::Err(e) => error(e),
                Ok(_) => Str(text(kiln_rt_str_zfill(obj(&a[0]), a[1].int()))),
            },
            "expandtabs" => match to_c_int(a[1].int()) {
                Result::Err(e) => error(e),
                Ok(_) => Str(text(kiln_rt_str_expandtabs(obj(&a[0]), a[1].int()))),
            },
            "upper" => Str(text(kiln_rt_str_upper(obj(&a[0])))),
            "lower" => Str(text(kiln_rt_str_lower(obj(&a[0])))),
            "title" => Str(text(kiln_rt_str_title(obj(&a[0])))),
            "capitalize" => Str(text(kiln_rt_str_capitalize(obj(&a[0])))),
            "swapcase" => Str(text(kiln_rt_str_swapcase(obj(&a[0])))),
            "casefold" => Str(text(kiln_rt_str_casefold(obj(&a[0])))),
            "isdigit" => Bool(kiln_rt_str_isdigit(obj(&a[0])) != 0),
            "isalpha" => Bool(kiln_rt_str_isalpha(obj(&a[0])) != 0),
            "isspace" => Bool(kiln_rt_str_isspace(obj(&a[0])) != 0),
            "isalnum" => Bool(kiln_rt_str_isalnum(obj(&a[0])) != 0),
            "isupper" => Bool(kiln_rt_str_isupper(obj(&a[0])) != 0),
            "islower" => Bool(kiln_rt_str_islower(obj(&a[0])) != 0),
            "isdecimal" => Bool(kiln_rt_str_isdecimal(obj(&a[0])) != 0),
            "isnumeric" => Bool(kiln_rt_str_isnumeric(obj(&a[0])) != 0),
            "istitle" => Bool(kiln_rt_str_istitle(obj(&a[0])) != 0),
            "isidentifier" => Bool(kiln_rt_str_isidentifier(obj(&a[0])) != 0),
            "isascii" => Bool(kiln_rt_str_isascii(obj(&a[0])) != 0),
            "ord" => match ord(a[0].str(), nchars(&a[0])) {
                Result::Err(e) => error(e),
                Ok(_) => int_out(kiln_rt_str_ord(obj(&a[0]))),
            },
            "chr" => match chr(a[0].int()) {
                Result::Err(e) => error(e),
                Ok(_) => Str(text(kiln_rt_str_chr(a[0].int()))),
            },
            "join" => {
                let words: Vec<u64> = split_whitespace(a[1].str(), usize::MAX)
                    .into_iter()
                    .map(|p| new_str(p) as u64)
                    .collect();
                let list = list_from_words(&crate::value::LIST_OF_STR, &words);
                Str(text(crate::str_split::kiln_rt_str_join_list(
                    obj(&a[0]),
                    list,
                )))
            }
            _ => panic!("unknown op {op}"),
        }
    }
}

#[test]
fn string_methods_match_cpython() {
    let table = include_str!("../testdata/str_methods.txt");
    let mut failures = Vec::new();
    let mut n = 0;
    for line in table.lines() {
        let (op, args, want) = split_line(line);
        let args: Vec<Value> = args.iter().map(|f| Value::parse(f)).collect();
        let want = expected(&want);
        let got = run(op, &args);
        n += 1;
        if got != want {
            failures.push(format!("{op}{args:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(n > 20_000);
    assert!(
        failures.is_empty(),
        "{} of {n} failed:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}

/// A code point written in hex.
fn hex_char(h: &str) -> char {
    u32::from_str_radix(h, 16)
        .ok()
        .and_then(char::from_u32)
        .expect("a code point in hex")
}

#[test]
fn case_maps_match_cpython() {
    let table = include_str!("../testdata/case_maps.txt");
    let mut listed = std::collections::HashSet::new();
    let decode = |f: &str| -> String { f.split(' ').map(hex_char).collect() };
    for line in table.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let c = hex_char(f[0]);
        listed.insert(c);
        let s = c.to_string();
        assert_eq!(upper(&s), decode(f[1]), "upper {c:?}");
        assert_eq!(lower(&s), decode(f[2]), "lower {c:?}");
        assert_eq!(title(&s), decode(f[3]), "title {c:?}");
        assert_eq!(casefold(&s), decode(f[4]), "casefold {c:?}");
    }
    // Every other code point maps to itself.
    for c in (0..=0x10FFFF)
        .filter_map(char::from_u32)
        .filter(|c| !listed.contains(c))
    {
        let s = c.to_string();
        assert!(
            upper(&s) == s && lower(&s) == s && title(&s) == s && casefold(&s) == s,
            "{c:?}"
        );
    }
}

#[test]
fn iteration_by_char_at() {
    let s = new_str("aé😀b");
    let mut got = Vec::new();
    let mut pos = 0;
    unsafe {
        while (pos as u64) < (*s).len {
            let c = kiln_rt_str_char_at(s, pos);
            got.push(text(c));
            pos += (*c).len as i64;
        }
        // ASCII characters are the shared static strings.
        let a1 = kiln_rt_str_char_at(s, 0);
        assert_eq!((*a1).header & STATIC_BIT, STATIC_BIT);
        assert_eq!(a1, kiln_rt_str_getitem(new_str("xa"), Int::from_i64(1)));
        // Bad offsets (a codegen bug) give '' rather than crash.
        assert_eq!(text(kiln_rt_str_char_at(s, 2)), "");
        assert_eq!(text(kiln_rt_str_char_at(s, -1)), "");
        assert_eq!(text(kiln_rt_str_char_at(s, 100)), "");
    }
    assert_eq!(got, ["a", "é", "😀", "b"]);
    for i in 0..128u8 {
        let c = char_str(char::from(i));
        assert_eq!(text(c), char::from(i).to_string());
    }
}

#[test]
fn unchanged_results_share_the_operand() {
    let s = new_str("héllo");
    unsafe {
        assert_eq!(kiln_rt_str_slice(s, NONE_INT, NONE_INT, NONE_INT), s);
        assert_eq!(kiln_rt_str_strip(s, std::ptr::null()), s);
        assert_eq!(
            kiln_rt_str_replace(s, new_str("x"), new_str("y"), NONE_INT),
            s
        );
        assert_eq!(kiln_rt_str_center(s, Int::from_i64(3), std::ptr::null()), s);
        assert_eq!(kiln_rt_str_lower(s), s);
        let list = kiln_rt_str_split(s, std::ptr::null(), NONE_INT);
        assert_eq!(list_items(list), [s as u64]);
    }
}

#[test]
fn surrogates_are_refused() {
    // CPython returns a lone surrogate; kiln strings are UTF-8.
    let e = chr(Int::from_i64(0xd800)).expect_err("a surrogate");
    assert_eq!(e.kind, ExcKind::ValueError);
    assert_eq!(
        e.msg,
        "kiln: chr(0xd800) is a lone surrogate, which kiln strings cannot hold"
    );
}
