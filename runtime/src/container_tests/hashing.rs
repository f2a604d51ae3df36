//! `hash`, `repr`, `str`, `==` and ordering against CPython.

use super::*;

#[test]
fn str_hashes_are_cpythons_siphash13() {
    let want = [
        ("abc", -4_594_863_902_769_663_758),
        ("é", 6_047_309_291_227_476_195),
        ("€", -5_529_981_157_763_016_009),
        ("😀", -3_536_540_696_076_613_844),
        ("", 0),
        (&"a".repeat(100), -2_643_860_352_045_292_050),
        ("héllo wörld €😀", -5_547_892_800_495_514_796),
        (&"ÿ".repeat(9), -2_129_700_217_430_894_956),
        (&"Ā".repeat(7), 6_865_580_321_124_875_564),
    ];
    for (text, h) in want {
        assert_eq!(ops::hash_str(text), h, "{text:?}");
        assert_eq!(unsafe { ops::kiln_rt_hash(s(text), &STR) }, h);
    }
    // A string longer than the encoding buffer (UCS-4, 300 code points).
    let long = "😀".repeat(300);
    let h = ops::hash_str(&long);
    assert_eq!(h, ops::hash_str(&long.clone()));
}

#[test]
fn float_hashes() {
    let want: [(f64, i64); 15] = [
        (1.5, 1_152_921_504_606_846_977),
        (-2.5, -1_152_921_504_606_846_978),
        (1e-300, 482_449_582_752_280_463),
        (5e-324, 16_777_216),
        (2f64.powi(70), 512),
        (0.1, 230_584_300_921_369_408),
        (f64::INFINITY, 314_159),
        (-1e308, -156_575_653_125_701),
        (-1.0, -2),
        (0.0, 0),
        (-0.0, 0),
        (1e16, 10_000_000_000_000_000),
        (2f64.powi(61), 1),
        (2f64.powi(62) - 512.0, 2_305_843_009_213_693_441),
        (123_456.789, 1_819_310_134_279_660_096),
    ];
    for (v, h) in want {
        assert_eq!(ops::hash_float(v), h, "{v}");
    }
    assert_eq!(ops::hash_float(f64::NAN), 0);
}

#[test]
fn int_tuple_and_frozenset_hashes() {
    let h = |w: u64, d: &TypeDesc| unsafe { ops::hash(w, d) };
    assert_eq!(h(int((1 << 61) - 1), &INT), Ok(0));
    assert_eq!(h(int(-(1 << 100)), &INT), Ok(-549_755_813_888));
    assert_eq!(h(int(-1), &INT), Ok(-2));
    assert_eq!(h(int((1 << 64) + 5), &INT), Ok(13));
    assert_eq!(h(1, &BOOL), Ok(1));
    assert_eq!(h(0, &NONE), Ok(ops::NONE_HASH));
    assert_eq!(
        h(tuple(tuple_t(&[]), &[]) as u64, tuple_t(&[])),
        Ok(5_740_354_900_026_072_187)
    );
    let t1 = tuple_t(&[&INT]);
    assert_eq!(
        h(tuple(t1, &[int(1)]) as u64, t1),
        Ok(-6_644_214_454_873_602_895)
    );
    let t2 = tuple_t(&[&INT, &INT]);
    let one_two = tuple(t2, &[int(1), int(2)]);
    assert_eq!(h(one_two as u64, t2), Ok(-3_550_055_125_485_641_917));
    let sf = tuple_t(&[&STR, &FLOAT]);
    assert_eq!(
        h(tuple(sf, &[s("a"), flt(1.5)]) as u64, sf),
        Ok(-7_544_107_753_855_020_359)
    );
    let nested = tuple_t(&[t2, t1]);
    let n = tuple(nested, &[one_two as u64, tuple(t1, &[int(3)]) as u64]);
    assert_eq!(h(n as u64, nested), Ok(-8_303_551_883_679_707_139));
    let big = tuple(t2, &[int(1 << 100), int(-1)]);
    assert_eq!(h(big as u64, t2), Ok(-4_182_983_940_735_665_003));
    let fi = fset_t(&INT);
    let fz = |vs: Vec<i128>| h(set_of(fi, &ints(vs)) as u64, fi);
    assert_eq!(fz(vec![]), Ok(133_146_708_735_736));
    assert_eq!(fz(vec![1]), Ok(-558_064_481_276_695_278));
    assert_eq!(fz(vec![1, 2, 3]), Ok(-272_375_401_224_217_160));
    assert_eq!(fz((0..100).collect()), Ok(4_411_996_150_312_757_951));
    let fs = fset_t(&STR);
    assert_eq!(
        h(set_of(fs, &[s("a"), s("b")]) as u64, fs),
        Ok(1_679_668_661_828_516_449)
    );
    // Unhashable types.
    let li = list_t(&INT);
    let unhashable = |name: &str| err(ExcKind::TypeError, &format!("unhashable type: '{name}'"));
    assert_eq!(h(list(li, &[]) as u64, li), Err(unhashable("list")));
    let di = dict_t(&INT, &INT);
    assert_eq!(
        h(dict::alloc_dict(di, 0) as u64, di),
        Err(unhashable("dict"))
    );
    let si = set_t(&INT);
    assert_eq!(h(set_of(si, &[]) as u64, si), Err(unhashable("set")));
    let tl = tuple_t(&[&INT, li]);
    assert_eq!(
        h(tuple(tl, &[int(1), list(li, &[]) as u64]) as u64, tl),
        Err(unhashable("list"))
    );
}

#[test]
fn reprs() {
    let li = list_t(&INT);
    assert_eq!(repr(0, &NONE), "None");
    assert_eq!(repr(1, &BOOL), "True");
    assert_eq!(
        repr(int(-(1 << 100)), &INT),
        "-1267650600228229401496703205376"
    );
    assert_eq!(repr(flt(1e16), &FLOAT), "1e+16");
    assert_eq!(repr(s("it's"), &STR), "\"it's\"");
    assert_eq!(repr(list(li, &ints([1, 2])), li), "[1, 2]");
    assert_eq!(repr(list(li, &[]), li), "[]");
    let t1 = tuple_t(&[&INT]);
    assert_eq!(repr(tuple(t1, &[int(1)]), t1), "(1,)");
    assert_eq!(repr(tuple(tuple_t(&[]), &[]), tuple_t(&[])), "()");
    let t3 = tuple_t(&[&STR, &FLOAT, &NONE]);
    assert_eq!(
        repr(tuple(t3, &[s("a"), flt(0.5), 0]), t3),
        "('a', 0.5, None)"
    );
    let ls = list_t(&STR);
    let dl = dict_t(&STR, ls);
    let d = dict::alloc_dict(dl, 0);
    unsafe {
        dict::insert(d, s("a"), list(ls, &[s("x"), s("\n")]) as u64).expect("no exception");
        dict::insert(d, s("b"), list(ls, &[]) as u64).expect("no exception");
    }
    assert_eq!(repr(d, dl), "{'a': ['x', '\\n'], 'b': []}");
    assert_eq!(repr(dict::alloc_dict(dl, 5), dl), "{}");
    let nested = list_t(set_t(&INT));
    let l = list(
        nested,
        &[
            set_of(set_t(&INT), &[]) as u64,
            set_of(set_t(&INT), &ints([2, 1])) as u64,
        ],
    );
    assert_eq!(repr(l, nested), "[set(), {1, 2}]");
    // str() differs from repr() only for a str itself.
    unsafe {
        assert_eq!(ops::str_of(s("a'b"), &STR).expect("no exception"), "a'b");
        assert_eq!(
            ops::str_of(list(ls, &[s("a")]) as u64, ls).expect("no exception"),
            "['a']"
        );
        assert_eq!(str_as_str(ops::kiln_rt_str_of(s("x"), &STR)), "x");
        assert_eq!(str_as_str(ops::kiln_rt_repr(s("x"), &STR)), "'x'");
    }
    // Ints beyond 4300 digits: CPython's ValueError, even inside a list.
    let huge = Int::from_ibig(dashu_int::IBig::from(10).pow(5000)).raw() as u64;
    let e = unsafe { ops::repr(list(li, &[huge]) as u64, li) }.expect_err("an exception");
    assert_eq!(e.kind, ExcKind::ValueError);
    assert!(e.msg.starts_with("Exceeds the limit (4300 digits)"));
}

#[test]
fn equality() {
    let li = list_t(&INT);
    let lf = list_t(&FLOAT);
    let eq = |a: u64, b: u64, d: &TypeDesc| unsafe { ops::eq(a, b, d) };
    assert!(eq(int(1 << 80), int(1 << 80), &INT));
    assert!(!eq(int(1 << 80), int(1 << 81), &INT));
    assert!(eq(s("abc"), s("abc"), &STR));
    assert!(eq(
        list(li, &ints([1, 2])) as u64,
        list(li, &ints([1, 2])) as u64,
        li
    ));
    assert!(!eq(
        list(li, &ints([1, 2])) as u64,
        list(li, &ints([1])) as u64,
        li
    ));
    // Deviation: CPython's identity shortcut would make `[x] == [x]` true
    // for one NaN object `x`; kiln's unboxed floats compare with IEEE ==.
    let nan = flt(f64::NAN);
    assert!(!eq(list(lf, &[nan]) as u64, list(lf, &[nan]) as u64, lf));
    assert!(eq(flt(0.0), flt(-0.0), &FLOAT));
    let di = dict_t(&STR, &INT);
    let (a, b) = (dict::alloc_dict(di, 0), dict::alloc_dict(di, 0));
    unsafe {
        dict::insert(a, s("x"), int(1)).expect("no exception");
        dict::insert(a, s("y"), int(2)).expect("no exception");
        dict::insert(b, s("y"), int(2)).expect("no exception");
        assert!(!eq(a as u64, b as u64, di));
        dict::insert(b, s("x"), int(1)).expect("no exception");
        assert!(eq(a as u64, b as u64, di), "order-insensitive");
        dict::insert(b, s("x"), int(3)).expect("no exception");
        assert!(!eq(a as u64, b as u64, di));
        assert_eq!(ops::kiln_rt_eq(a as u64, a as u64, di), 1);
    }
}

#[test]
fn ordering() {
    let li = list_t(&INT);
    let cmp = |a: u64, b: u64, d: &TypeDesc, op: u32| unsafe {
        ops::compare(a, b, d, CmpOp::from_u32(op))
    };
    let l = |v: &[i128]| list(li, &ints(v.iter().copied())) as u64;
    // [1, 2] vs [1, 3], [1, 2] vs [1, 2, 0], [] vs []
    assert_eq!(
        (0..6)
            .map(|op| cmp(l(&[1, 2]), l(&[1, 3]), li, op).expect("no exception"))
            .collect::<Vec<_>>(),
        [true, true, false, true, false, false]
    );
    assert_eq!(
        (0..6)
            .map(|op| cmp(l(&[1, 2]), l(&[1, 2, 0]), li, op).expect("no exception"))
            .collect::<Vec<_>>(),
        [true, true, false, true, false, false]
    );
    assert_eq!(
        (0..6)
            .map(|op| cmp(l(&[]), l(&[]), li, op).expect("no exception"))
            .collect::<Vec<_>>(),
        [false, true, true, false, false, true]
    );
    assert_eq!(cmp(int(-(1 << 70)), int(5), &INT, 0), Ok(true));
    assert_eq!(cmp(s("b"), s("ab"), &STR, 4), Ok(true));
    assert_eq!(cmp(s("é"), s("z"), &STR, 4), Ok(true));
    assert_eq!(cmp(flt(f64::NAN), flt(1.0), &FLOAT, 5), Ok(false));
    assert_eq!(cmp(1, 0, &BOOL, 4), Ok(true));
    let t = tuple_t(&[&INT, &STR]);
    let tp = |i: i128, x: &str| tuple(t, &[int(i), s(x)]) as u64;
    assert_eq!(cmp(tp(1, "b"), tp(1, "a"), t, 4), Ok(true));
    assert_eq!(cmp(tp(0, "b"), tp(1, "a"), t, 4), Ok(false));
    let di = dict_t(&INT, &INT);
    let (a, b) = (
        dict::alloc_dict(di, 0) as u64,
        dict::alloc_dict(di, 0) as u64,
    );
    let not_supported = |op: &str, t: &str| {
        err(
            ExcKind::TypeError,
            &format!("'{op}' not supported between instances of '{t}' and '{t}'"),
        )
    };
    assert_eq!(cmp(a, b, di, 0), Err(not_supported("<", "dict")));
    assert_eq!(cmp(a, b, di, 1), Err(not_supported("<=", "dict")));
    assert_eq!(cmp(a, b, di, 4), Err(not_supported(">", "dict")));
    assert_eq!(cmp(a, b, di, 5), Err(not_supported(">=", "dict")));
    assert_eq!(cmp(a, b, di, 2), Ok(true));
    assert_eq!(cmp(0, 0, &NONE, 0), Err(not_supported("<", "NoneType")));
    assert_eq!(cmp(0, 0, &NONE, 3), Ok(false));
    // Elements are compared with `<` only where they differ: [{}] < [{}]
    // is False, [{}] < [{1: 2}] raises.
    let ld = list_t(di);
    let d12 = dict::alloc_dict(di, 0);
    unsafe { dict::insert(d12, int(1), int(2)).expect("no exception") };
    assert_eq!(
        cmp(list(ld, &[a]) as u64, list(ld, &[b]) as u64, ld, 0),
        Ok(false)
    );
    assert_eq!(
        cmp(list(ld, &[a]) as u64, list(ld, &[d12 as u64]) as u64, ld, 0),
        Err(not_supported("<", "dict"))
    );
}
