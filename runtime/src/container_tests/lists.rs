//! List and tuple operations against CPython.

use super::*;

/// The slice bounds and steps the generator loops over (`2**100` as a big int).
fn bounds() -> Vec<u64> {
    let mut v = vec![none()];
    v.extend(ints([-10, -3, 0, 2, 5, 10, 1 << 100, -(1 << 100)]));
    v
}
fn steps() -> Vec<u64> {
    let mut v = vec![none()];
    v.extend(ints([1, 2, -1, -2, 3, 1 << 100, -(1 << 100)]));
    v
}

fn show(l: *mut ListObject) -> String {
    repr(l, list_t(&INT))
}

#[test]
fn slices_match_cpython() {
    let li = list_t(&INT);
    let (mut got, mut sets, mut dels, mut tuples) = (vec![], vec![], vec![], vec![]);
    let t7 = tuple_t(&[&INT; 7]);
    let t = tuple(t7, &ints(0..7));
    for &a in &bounds() {
        for &b in &bounds() {
            for &c in &steps() {
                unsafe {
                    let x = list(li, &ints(0..7));
                    let part = lo::slice(x, a, b, c).expect("no exception");
                    got.push(show(part));
                    let n = (*part).len as i128;
                    let y = list(li, &ints(0..7));
                    let unit_step = c == none() || c == int(1);
                    let value = if unit_step {
                        ints(100..103)
                    } else {
                        ints(100..100 + n)
                    };
                    lo::set_slice(y, a, b, c, list(li, &value)).expect("no exception");
                    sets.push(show(y));
                    let z = list(li, &ints(0..7));
                    lo::del_slice(z, a, b, c).expect("no exception");
                    dels.push(show(z));
                    let ts = lo::slice_indices(a, b, c, 7).expect("no exception");
                    let rd = tuple_t(&vec![&INT; ts.len as usize]);
                    let piece = lo::kiln_rt_tuple_slice(t, a, b, c, rd);
                    tuples.push(repr(piece, rd));
                }
            }
        }
    }
    assert_eq!(ops::hash_str(&got.join("\n")), 3_397_248_611_787_738_559);
    assert_eq!(ops::hash_str(&sets.join("\n")), 7_818_702_971_499_216_901);
    assert_eq!(ops::hash_str(&dels.join("\n")), -2_470_326_895_799_665_122);
    assert_eq!(ops::hash_str(&tuples.join("\n")), 2_439_851_995_639_311_746);
    // t[:] is t itself.
    assert_eq!(
        unsafe { lo::kiln_rt_tuple_slice(t, none(), none(), none(), t7) },
        t
    );
}

#[test]
fn slice_errors() {
    let li = list_t(&INT);
    let x = list(li, &ints(0..3));
    let zero = err(ExcKind::ValueError, "slice step cannot be zero");
    unsafe {
        assert_eq!(lo::slice(x, none(), none(), int(0)), Err(zero.clone()));
        assert_eq!(lo::del_slice(x, none(), none(), int(0)), Err(zero.clone()));
        assert_eq!(
            lo::set_slice(x, none(), none(), int(0), list(li, &[])),
            Err(zero)
        );
        assert_eq!(
            lo::set_slice(x, none(), none(), int(2), list(li, &ints(0..3))),
            Err(err(
                ExcKind::ValueError,
                "attempt to assign sequence of size 3 to extended slice of size 2"
            ))
        );
        assert_eq!(
            lo::set_slice(x, none(), none(), int(-1), list(li, &ints(0..1))),
            Err(err(
                ExcKind::ValueError,
                "attempt to assign sequence of size 1 to extended slice of size 3"
            ))
        );
        // Self-assignment: x[0:2] = x, x[::-1] = x.
        lo::set_slice(x, int(0), int(2), none(), x).expect("no exception");
        assert_eq!(show(x), "[0, 1, 2, 2]");
        let y = list(li, &ints(1..4));
        lo::set_slice(y, none(), none(), int(-1), y).expect("no exception");
        assert_eq!(show(y), "[3, 2, 1]");
    }
}

#[test]
fn indexing() {
    let li = list_t(&INT);
    let x = list(li, &ints([10, 20, 30]));
    let big = Int::from_i128(1 << 100);
    let small = |v: i64| Int::from_i64(v);
    let cannot_fit = err(
        ExcKind::IndexError,
        "cannot fit 'int' into an index-sized integer",
    );
    unsafe {
        assert_eq!(lo::getitem(x, small(-1)), Ok(int(30)));
        assert_eq!(lo::getitem(x, small(0)), Ok(int(10)));
        assert_eq!(
            lo::getitem(x, small(3)),
            Err(err(ExcKind::IndexError, "list index out of range"))
        );
        assert_eq!(
            lo::getitem(x, small(-4)),
            Err(err(ExcKind::IndexError, "list index out of range"))
        );
        assert_eq!(lo::getitem(x, big), Err(cannot_fit.clone()));
        lo::setitem(x, small(-3), int(11)).expect("no exception");
        let assign = err(ExcKind::IndexError, "list assignment index out of range");
        assert_eq!(lo::setitem(x, small(3), int(0)), Err(assign.clone()));
        assert_eq!(lo::setitem(x, big, int(0)), Err(cannot_fit.clone()));
        assert_eq!(lo::delitem(x, small(-4)), Err(assign));
        assert_eq!(lo::delitem(x, big), Err(cannot_fit.clone()));
        lo::delitem(x, small(1)).expect("no exception");
        assert_eq!(show(x), "[11, 30]");
        assert_eq!(lo::kiln_rt_list_getitem(x, small(1)), int(30));
        let t = tuple(tuple_t(&[&INT, &STR]), &[int(1), s("a")]);
        assert_eq!(lo::tuple_getitem(t, small(-1)), Ok(*t.cast::<u64>().add(4)));
        assert_eq!(
            lo::tuple_getitem(t, small(2)),
            Err(err(ExcKind::IndexError, "tuple index out of range"))
        );
        assert_eq!(lo::tuple_getitem(t, big), Err(cannot_fit));
    }
}

#[test]
fn methods() {
    let li = list_t(&INT);
    let small = |v: i64| Int::from_i64(v);
    let too_large = err(
        ExcKind::OverflowError,
        "Python int too large to convert to C ssize_t",
    );
    unsafe {
        let x = list(li, &ints([1, 2, 3]));
        lo::insert(x, small(-100), int(9)).expect("no exception");
        lo::insert(x, small(100), int(8)).expect("no exception");
        lo::insert(x, small(-1), int(7)).expect("no exception");
        assert_eq!(show(x), "[9, 1, 2, 3, 7, 8]");
        assert_eq!(
            lo::insert(x, Int::from_i128(-(1 << 100)), int(0)),
            Err(too_large.clone())
        );
        assert_eq!(lo::pop(x, small(-1)), Ok(int(8)));
        assert_eq!(lo::pop(x, small(0)), Ok(int(9)));
        assert_eq!(
            lo::pop(x, small(4)),
            Err(err(ExcKind::IndexError, "pop index out of range"))
        );
        assert_eq!(lo::pop(x, Int::from_i128(1 << 100)), Err(too_large));
        assert_eq!(
            lo::pop(list(li, &[]), small(-1)),
            Err(err(ExcKind::IndexError, "pop from empty list"))
        );
        assert_eq!(show(x), "[1, 2, 3, 7]");
        lo::extend(x, x);
        assert_eq!(show(x), "[1, 2, 3, 7, 1, 2, 3, 7]");
        lo::remove(x, int(3)).expect("no exception");
        assert_eq!(
            lo::remove(x, int(4)),
            Err(err(ExcKind::ValueError, "list.remove(x): x not in list"))
        );
        assert_eq!(lo::index(x, int(7), NONE_INT, NONE_INT), Ok(2));
        assert_eq!(
            lo::index(x, int(4), NONE_INT, NONE_INT),
            Err(err(ExcKind::ValueError, "4 is not in list"))
        );
        let ls = list_t(&STR);
        assert_eq!(
            lo::index(list(ls, &[s("a")]), s("b"), NONE_INT, NONE_INT),
            Err(err(ExcKind::ValueError, "'b' is not in list"))
        );
        assert_eq!(lo::kiln_rt_list_count(x, int(1)).raw(), 4);
        assert_eq!(lo::kiln_rt_list_contains(x, int(7)), 1);
        assert_eq!(lo::kiln_rt_list_contains(x, int(70)), 0);
        lo::kiln_rt_list_reverse(x);
        assert_eq!(show(x), "[7, 3, 2, 1, 7, 2, 1]");
        let c = lo::kiln_rt_list_copy(x);
        lo::kiln_rt_list_clear(x);
        assert_eq!(show(x), "[]");
        crate::list::kiln_rt_list_append(x, int(5));
        assert_eq!(show(x), "[5]");
        assert_eq!(
            show(lo::kiln_rt_list_concat(c, x)),
            "[7, 3, 2, 1, 7, 2, 1, 5]"
        );
        assert_eq!(
            show(lo::repeat(list(li, &ints([1, 2])), small(3)).expect("no exception")),
            "[1, 2, 1, 2, 1, 2]"
        );
        assert_eq!(show(lo::repeat(x, small(-1)).expect("no exception")), "[]");
        let cannot_fit = err(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        );
        assert_eq!(
            lo::repeat(list(li, &[]), Int::from_i128(1 << 100)),
            Err(cannot_fit)
        );
        assert_eq!(
            lo::repeat(list(li, &ints([1, 2])), small(1 << 61)),
            Err(err(ExcKind::MemoryError, ""))
        );
    }
}

#[test]
fn sorting() {
    let li = list_t(&INT);
    let ls = list_t(&STR);
    unsafe {
        let vals = ints([3, 1, 2, 3, -5, 1 << 70, 0, 1]);
        let x = list(li, &vals);
        lo::sort(x, std::ptr::null_mut(), false).expect("no exception");
        assert_eq!(show(x), "[-5, 0, 1, 1, 2, 3, 3, 1180591620717411303424]");
        let x = list(li, &vals);
        lo::kiln_rt_list_sort(x, std::ptr::null_mut(), 1);
        assert_eq!(show(x), "[1180591620717411303424, 3, 3, 2, 1, 1, 0, -5]");
        // key=len: the caller computes the keys.
        let words = ["pear", "fig", "apple", "kiwi", "banana", "date"];
        for (reverse, want) in [
            (false, "['fig', 'pear', 'kiwi', 'date', 'apple', 'banana']"),
            (true, "['banana', 'apple', 'pear', 'kiwi', 'date', 'fig']"),
        ] {
            let w = list(ls, &words.map(s));
            let keys = list(li, &ints(words.map(|t| t.len() as i128)));
            lo::sort(w, keys, reverse).expect("no exception");
            assert_eq!(repr(w, ls), want);
            assert_eq!(
                show(keys),
                if reverse {
                    "[6, 5, 4, 4, 4, 3]"
                } else {
                    "[3, 4, 4, 4, 5, 6]"
                }
            );
        }
        // 500 elements with many equal keys (stability across merges).
        let r: Vec<i128> = (0..500).map(|i| (i * i * 31 + i * 17 + 5) % 53).collect();
        for (reverse, by_key, plain) in [
            (false, 8_141_817_115_936_500_167, 7_879_611_815_466_177_373),
            (true, 3_677_449_305_404_582_082, -7_655_971_930_727_928_529),
        ] {
            let idx = list(li, &ints(0..500));
            lo::sort(idx, list(li, &ints(r.iter().copied())), reverse).expect("no exception");
            assert_eq!(ops::hash_str(&show(idx)), by_key);
            let vals = list(li, &ints(r.iter().copied()));
            lo::sort(vals, std::ptr::null_mut(), reverse).expect("no exception");
            assert_eq!(ops::hash_str(&show(vals)), plain);
        }
        // Unorderable elements raise once two are compared.
        let di = dict_t(&INT, &INT);
        let ld = list_t(di);
        let one = list(ld, &[dict::alloc_dict(di, 0) as u64]);
        lo::sort(one, std::ptr::null_mut(), false).expect("no exception");
        let two = list(
            ld,
            &[
                dict::alloc_dict(di, 0) as u64,
                dict::alloc_dict(di, 0) as u64,
            ],
        );
        assert_eq!(
            lo::sort(two, std::ptr::null_mut(), false),
            Err(err(
                ExcKind::TypeError,
                "'<' not supported between instances of 'dict' and 'dict'"
            ))
        );
    }
}

#[test]
fn tuple_methods() {
    let t = tuple(tuple_t(&[&STR; 4]), &[s("a"), s("b"), s("a"), s("c")]);
    unsafe {
        assert_eq!(lo::kiln_rt_tuple_contains(t, s("c"), &STR), 1);
        assert_eq!(lo::kiln_rt_tuple_contains(t, s("d"), &STR), 0);
        assert_eq!(lo::kiln_rt_tuple_index(t, s("b"), &STR).raw(), 2);
        assert_eq!(lo::kiln_rt_tuple_count(t, s("a"), &STR).raw(), 4);
        let t2 = tuple(tuple_t(&[&INT]), &[int(1)]);
        let rd = tuple_t(&[&STR, &STR, &STR, &STR, &INT]);
        let cat = lo::kiln_rt_tuple_concat(t, t2, rd);
        assert_eq!(repr(cat, rd), "('a', 'b', 'a', 'c', 1)");
    }
}

#[test]
fn containers_survive_collections() {
    // A dict of str -> list[str], a set of str and a list of tuples, built
    // with collection on, then checked after garbage and collections.
    with_collection(|| {
        let ls = list_t(&STR);
        let dl = dict_t(&STR, ls);
        let ss = set_t(&STR);
        let tp = tuple_t(&[&STR, &INT]);
        let lt = list_t(tp);
        let d = dict::alloc_dict(dl, 0);
        let st = set::kiln_rt_set_new(ss, 0);
        let l = crate::list::alloc_list(lt, 0);
        unsafe {
            for i in 0..2000 {
                let key = s(&format!("key{i}"));
                let val = list(ls, &[s(&format!("v{i}")), s(&"x".repeat(i % 50))]);
                dict::insert(d, key, val as u64).expect("no exception");
                set::add(st, s(&format!("e{i}"))).expect("no exception");
                crate::list::kiln_rt_list_append(
                    l,
                    tuple(tp, &[s(&format!("t{i}")), int(i as i128 + (1 << 80))]) as u64,
                );
                if i % 3 == 0 {
                    dict::remove(d, s(&format!("key{}", i / 2))).expect("no exception");
                    set::discard(st, s(&format!("e{}", i / 2))).expect("no exception");
                }
                // Garbage between the insertions.
                for _ in 0..20 {
                    std::hint::black_box(new_str("garbage garbage garbage"));
                }
            }
            for _ in 0..3 {
                gc::collect();
            }
            assert!(gc::stats().collections >= 3);
            for i in (0..2000).rev() {
                let v = dict::get(d, s(&format!("key{i}"))).expect("no exception");
                let removed = (0..2000).step_by(3).any(|j| j / 2 == i);
                assert_eq!(v.is_none(), removed, "key{i}");
                if let Some(v) = v {
                    let items = list_items(v as *const ListObject);
                    assert_eq!(str_as_str(items[0] as *const _), format!("v{i}"));
                    assert_eq!(str_as_str(items[1] as *const _), "x".repeat(i % 50));
                }
                assert_eq!(
                    set::contains(st, s(&format!("e{i}"))).expect("no exception"),
                    !removed
                );
                let t = list_items(l)[i];
                assert_eq!(repr(t, tp), format!("('t{i}', {})", i as i128 + (1 << 80)));
            }
        }
    });
}
