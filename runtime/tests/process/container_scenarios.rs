//! Container scenarios: the exported functions raise CPython's exceptions
//! and print CPython's reprs when run as a compiled program would.

use kiln_runtime::dict::*;
use kiln_runtime::io::kiln_rt_write_str;
use kiln_runtime::list::list_from_words;
use kiln_runtime::list_ops::*;
use kiln_runtime::object::new_str;
use kiln_runtime::ops::*;
use kiln_runtime::set::*;
use kiln_runtime::value::NONE_INT;
use kiln_runtime::value::{Tag, TypeDesc, INT, STR};
use kiln_runtime::Int;

fn desc(tag: Tag, args: &[&'static TypeDesc]) -> &'static TypeDesc {
    let ptrs: Vec<*const TypeDesc> = args.iter().map(|a| *a as *const TypeDesc).collect();
    Box::leak(Box::new(TypeDesc {
        tag: tag as u32,
        len: args.len() as u32,
        args: Box::leak(ptrs.into_boxed_slice()).as_ptr(),
    }))
}

fn int(v: i64) -> u64 {
    Int::from_i64(v).raw() as u64
}

/// Runs container scenario `name`; false if there is none by that name.
///
/// # Safety
/// Called once per child process, after `kiln_rt_init`.
pub unsafe fn run(name: &str) -> bool {
    let dsi = desc(Tag::Dict, &[&STR, &INT]);
    let si = desc(Tag::Set, &[&INT]);
    let li = desc(Tag::List, &[&INT]);
    // SAFETY: every word passed is a value of the descriptor given with it.
    unsafe {
        match name {
            // d = {'b': 1}; print(d); d['a']
            "dict_key_error" => {
                let d = kiln_rt_dict_new(dsi, 0);
                kiln_rt_dict_setitem(d, new_str("b") as u64, int(1));
                kiln_rt_write_str(kiln_rt_repr(d as u64, dsi));
                kiln_rt_write_str(new_str("\n"));
                kiln_rt_dict_getitem(d, new_str("a") as u64);
            }
            // s = {3, 1, 2**70}; print(s); s.remove(5)
            "set_key_error" => {
                let s = kiln_rt_set_new(si, 0);
                for v in [int(3), int(1), Int::from_i128(1 << 70).raw() as u64] {
                    kiln_rt_set_add(s, v);
                }
                kiln_rt_write_str(kiln_rt_repr(s as u64, si));
                kiln_rt_write_str(new_str("\n"));
                kiln_rt_set_remove(s, int(5));
            }
            "set_pop_empty" => {
                kiln_rt_set_pop(kiln_rt_set_new(si, 0));
            }
            "set_changed_size" => {
                let s = kiln_rt_set_new(si, 0);
                kiln_rt_set_add(s, int(1));
                let pos = kiln_rt_set_iter_next(s, 0, 1);
                kiln_rt_set_add(s, int(5));
                kiln_rt_set_iter_next(s, pos + 1, 1);
            }
            "dict_changed_size" => {
                let d = kiln_rt_dict_new(dsi, 0);
                kiln_rt_dict_setitem(d, new_str("a") as u64, int(1));
                kiln_rt_dict_iter_next(d, 0, 1);
                kiln_rt_dict_delitem(d, new_str("a") as u64);
                kiln_rt_dict_iter_next(d, 1, 1);
            }
            "compare_dicts" => {
                let d = kiln_rt_dict_new(dsi, 0) as u64;
                kiln_rt_compare(d, d, dsi, 5);
            }
            "hash_list" => {
                kiln_rt_hash(list_from_words(li, &[]) as u64, li);
            }
            "list_index_error" => {
                let l = list_from_words(li, &[int(1)]);
                kiln_rt_list_index(l, int(3), NONE_INT, NONE_INT);
            }
            "list_big_index" => {
                let l = list_from_words(li, &[int(1)]);
                kiln_rt_list_getitem(l, Int::from_i128(1 << 100));
            }
            _ => return false,
        }
    }
    true
}
