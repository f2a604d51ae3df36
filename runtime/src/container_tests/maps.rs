//! Dict operations against CPython.

use super::*;

fn keys_of(d: *mut DictObject, kd: &'static TypeDesc) -> String {
    repr(
        unsafe { dict::kiln_rt_dict_keys(d, list_t(kd)) },
        list_t(kd),
    )
}

#[test]
fn insertion_order_deletion_and_growth() {
    let di = dict_t(&INT, &STR);
    let d = dict::kiln_rt_dict_new(di, 0);
    unsafe {
        for i in 0..1000 {
            dict::kiln_rt_dict_setitem(d, int(i * 7 % 1000), s(&format!("v{i}")));
        }
        assert_eq!((*d).len, 1000);
        for i in (0..1000).step_by(2) {
            dict::kiln_rt_dict_delitem(d, int(i));
        }
        dict::kiln_rt_dict_setitem(d, int(2), s("again"));
        dict::kiln_rt_dict_setitem(d, int(7), s("replaced"));
        assert_eq!((*d).len, 501);
        // {7*i % 1000 for i} in insertion order, odd keys only, then 2.
        let mut want: Vec<i128> = (0..1000)
            .map(|i| i * 7 % 1000)
            .filter(|k| k % 2 == 1)
            .collect();
        want.push(2);
        let got = dict::kiln_rt_dict_keys(d, list_t(&INT));
        assert_eq!(
            repr(got, list_t(&INT)),
            repr(list(list_t(&INT), &ints(want)), list_t(&INT))
        );
        assert_eq!(
            str_as_str(dict::kiln_rt_dict_getitem(d, int(7)) as *const _),
            "replaced"
        );
        assert_eq!(dict::kiln_rt_dict_contains(d, int(8)), 0);
        let dflt = s("dflt");
        assert_eq!(dict::kiln_rt_dict_get(d, int(8), dflt), dflt);
        assert_eq!(
            str_as_str(dict::kiln_rt_dict_get(d, int(9), dflt) as *const _),
            "v287"
        );
        // Iteration protocol visits the live entries in order.
        let mut pos = dict::kiln_rt_dict_iter_next(d, 0, 501);
        let mut n = 0;
        let mut last = 0;
        while pos >= 0 {
            last = dict::kiln_rt_dict_entry_key(d, pos);
            let _ = dict::kiln_rt_dict_entry_value(d, pos);
            n += 1;
            pos = dict::kiln_rt_dict_iter_next(d, pos + 1, 501);
        }
        assert_eq!((n, last), (501, int(2)));
    }
}

#[test]
fn methods_and_errors() {
    let ds = dict_t(&STR, &INT);
    let d = dict::kiln_rt_dict_new(ds, 4);
    unsafe {
        dict::insert(d, s("a"), int(1)).expect("no exception");
        dict::insert(d, s("b"), int(2)).expect("no exception");
        assert_eq!(dict::kiln_rt_dict_setdefault(d, s("a"), int(9)), int(1));
        assert_eq!(dict::kiln_rt_dict_setdefault(d, s("c"), int(3)), int(3));
        assert_eq!(repr(d, ds), "{'a': 1, 'b': 2, 'c': 3}");
        assert_eq!(dict::kiln_rt_dict_pop(d, s("b")), int(2));
        assert_eq!(dict::kiln_rt_dict_pop_default(d, s("b"), int(-1)), int(-1));
        assert_eq!(dict::remove(d, s("zz")), Ok(None));
        let td = tuple_t(&[&STR, &INT]);
        let item = dict::kiln_rt_dict_popitem(d, td);
        assert_eq!(repr(item, td), "('c', 3)");
        dict::insert(d, s("d"), int(4)).expect("no exception");
        assert_eq!(repr(d, ds), "{'a': 1, 'd': 4}");
        let items = dict::kiln_rt_dict_items(d, list_t(td));
        assert_eq!(repr(items, list_t(td)), "[('a', 1), ('d', 4)]");
        assert_eq!(
            repr(dict::kiln_rt_dict_values(d, list_t(&INT)), list_t(&INT)),
            "[1, 4]"
        );
        assert_eq!(keys_of(d, &STR), "['a', 'd']");
        let e = dict::kiln_rt_dict_new(ds, 0);
        dict::insert(e, s("d"), int(40)).expect("no exception");
        dict::insert(e, s("e"), int(5)).expect("no exception");
        let both = dict::kiln_rt_dict_or(d, e);
        assert_eq!(repr(both, ds), "{'a': 1, 'd': 40, 'e': 5}");
        assert_eq!(repr(d, ds), "{'a': 1, 'd': 4}");
        dict::kiln_rt_dict_update(d, e);
        assert_eq!(repr(d, ds), "{'a': 1, 'd': 40, 'e': 5}");
        dict::kiln_rt_dict_update(d, d);
        let c = dict::kiln_rt_dict_copy(d);
        dict::kiln_rt_dict_clear(d);
        assert_eq!(repr(d, ds), "{}");
        assert_eq!((*d).len, 0);
        assert_eq!(repr(c, ds), "{'a': 1, 'd': 40, 'e': 5}");
        assert_eq!(
            dict::popitem(d),
            Err(err(ExcKind::KeyError, "'popitem(): dictionary is empty'"))
        );
        dict::insert(d, s("z"), int(0)).expect("no exception");
        assert_eq!(repr(d, ds), "{'z': 0}");
    }
}

#[test]
fn key_errors_show_the_key_repr() {
    // CPython: KeyError: 'a' / KeyError: 3 / KeyError: (1, 2).
    let ds = dict_t(&STR, &INT);
    let t2 = tuple_t(&[&INT, &INT]);
    let dt = dict_t(t2, &INT);
    unsafe {
        let d = dict::alloc_dict(ds, 0);
        assert_eq!(repr(s("a"), &STR), "'a'");
        assert_eq!(dict::get(d, s("a")), Ok(None));
        let dt_ = dict::alloc_dict(dt, 0);
        let k = tuple(t2, &ints([1, 2]));
        assert_eq!(dict::get(dt_, k as u64), Ok(None));
        dict::insert(dt_, k as u64, int(5)).expect("no exception");
        // An equal tuple, another object.
        assert_eq!(
            dict::get(dt_, tuple(t2, &ints([1, 2])) as u64),
            Ok(Some(int(5)))
        );
        // Unhashable keys.
        let li = list_t(&INT);
        let dl = dict::alloc_dict(dict_t(li, &INT), 0);
        assert_eq!(
            dict::insert(dl, list(li, &[]) as u64, int(1)),
            Err(err(ExcKind::TypeError, "unhashable type: 'list'"))
        );
    }
}

#[test]
fn float_and_big_int_keys() {
    let df = dict_t(&FLOAT, &INT);
    let di = dict_t(&INT, &INT);
    unsafe {
        let d = dict::alloc_dict(df, 0);
        dict::insert(d, flt(0.0), int(1)).expect("no exception");
        dict::insert(d, flt(-0.0), int(2)).expect("no exception");
        assert_eq!(repr(d, df), "{0.0: 2}");
        let b = dict::alloc_dict(di, 0);
        dict::insert(b, int(1 << 90), int(1)).expect("no exception");
        assert_eq!(dict::get(b, int(1 << 90)), Ok(Some(int(1))));
        assert_eq!(dict::get(b, int(1 << 91)), Ok(None));
    }
}
