//! The kiln runtime library, linked into every executable kiln builds.
//!
//! Generated code calls the `extern "C"` functions listed in [`EXPORTS`];
//! their names, signatures and the object layout are the ABI shared with the
//! code generator, documented in `docs/runtime.md`. Every function behaves
//! like the corresponding CPython 3.11 operation, including error messages;
//! a raised exception ends the program (see [`exc`]). The runtime never
//! panics on user data: executables are built with `panic = "abort"`, so
//! all failures go through Python exceptions instead.
//!
//! An `int` crosses the ABI as one tagged word ([`Int`]: small values inline,
//! big ones as a pointer to a [`BigIntObject`]); see [`int`].
//!
//! Heap objects (strings, big ints) are managed by a conservative mark–sweep
//! garbage collector ([`gc`], `docs/gc.md`).
//!
//! Programs are single-threaded; global state lives in [`global::Global`]
//! (the collector's heap is thread-local).

pub mod bytes;
pub mod dict;
pub mod error;
pub mod exc;
pub mod exception;
pub mod file;
pub mod float;
pub mod format;
pub mod gc;
pub mod generator;
pub mod global;
pub mod instance;
pub mod int;
pub mod int_float;
pub mod int_ops;
pub mod int_text;
pub mod io;
pub mod json;
pub mod list;
pub mod list_ops;
pub mod list_sort;
pub mod math;
pub mod object;
pub mod ops;
pub mod os;
pub mod parse;
pub mod random;
pub mod range;
pub mod set;
pub mod str;
pub mod str_case;
pub mod str_methods;
pub mod str_mod;
pub mod str_split;
pub mod sys;
pub mod unicode;
pub mod unwind;
pub mod value;
#[rustfmt::skip]
mod unicode_tables;

#[cfg(test)]
mod container_tests;
#[cfg(test)]
mod int_proptests;
#[cfg(test)]
mod oracle_tests;
#[cfg(test)]
mod testdata_fields;

pub use exc::ExcKind;
pub use int::Int;
pub use object::{alloc_bigint, alloc_str, BigIntObject, StrObject};

/// Every symbol the runtime exports to generated code.
///
/// The code generator's declarations and the built archive's symbol table
/// are checked against this list.
pub const EXPORTS: &[&str] = &[
    // io.rs: start-up, shutdown, stdout
    "kiln_rt_init",
    "kiln_rt_finish",
    "kiln_rt_write_str",
    "kiln_rt_write_int",
    "kiln_rt_write_float",
    "kiln_rt_write_bool",
    "kiln_rt_write_none",
    // list.rs: lists and tuples
    "kiln_rt_list_new",
    "kiln_rt_list_append",
    "kiln_rt_tuple_new",
    // ops.rs: generic repr, str, ==, ordering, hash
    "kiln_rt_repr",
    "kiln_rt_ascii",
    "kiln_rt_str_of",
    "kiln_rt_eq",
    "kiln_rt_compare",
    "kiln_rt_hash",
    "kiln_rt_hash_value",
    // bytes.rs: bytes operations and the str <-> bytes codecs
    "kiln_rt_bytes_decode",
    "kiln_rt_str_encode",
    "kiln_rt_bytes_concat",
    "kiln_rt_bytes_repeat",
    "kiln_rt_bytes_getitem",
    "kiln_rt_bytes_slice",
    "kiln_rt_bytes_contains",
    "kiln_rt_bytes_contains_int",
    "kiln_rt_bytes_from_list",
    "kiln_rt_bytes_zeros",
    "kiln_rt_bytes_hex",
    "kiln_rt_bytes_ord",
    // range.rs: range objects as values
    "kiln_rt_range_len",
    "kiln_rt_range_reversed",
    "kiln_rt_range_getitem",
    "kiln_rt_range_contains",
    "kiln_rt_range_repr",
    // list_ops.rs: list methods, indexing, slicing; tuple operations
    "kiln_rt_list_getitem",
    "kiln_rt_list_setitem",
    "kiln_rt_list_delitem",
    "kiln_rt_list_slice",
    "kiln_rt_list_set_slice",
    "kiln_rt_list_set_slice_from",
    "kiln_rt_list_del_slice",
    "kiln_rt_list_extend",
    "kiln_rt_list_insert",
    "kiln_rt_list_pop",
    "kiln_rt_list_remove",
    "kiln_rt_list_index",
    "kiln_rt_list_count",
    "kiln_rt_list_copy",
    "kiln_rt_list_clear",
    "kiln_rt_list_reverse",
    "kiln_rt_list_contains",
    "kiln_rt_list_concat",
    "kiln_rt_list_repeat",
    "kiln_rt_list_sort",
    "kiln_rt_list_sort_take",
    "kiln_rt_list_sort_restore",
    "kiln_rt_list_sort_keyed",
    "kiln_rt_tuple_getitem",
    "kiln_rt_tuple_slice",
    "kiln_rt_tuple_contains",
    "kiln_rt_tuple_index",
    "kiln_rt_tuple_count",
    "kiln_rt_tuple_concat",
    // dict.rs
    "kiln_rt_dict_new",
    "kiln_rt_dict_make_counter",
    "kiln_rt_counter_add",
    "kiln_rt_dict_most_common",
    "kiln_rt_dict_make_default",
    "kiln_rt_dict_getitem",
    "kiln_rt_dict_setitem",
    "kiln_rt_dict_delitem",
    "kiln_rt_dict_contains",
    "kiln_rt_dict_get",
    "kiln_rt_dict_setdefault",
    "kiln_rt_dict_pop",
    "kiln_rt_dict_pop_default",
    "kiln_rt_dict_popitem",
    "kiln_rt_dict_update",
    "kiln_rt_dict_copy",
    "kiln_rt_dict_clear",
    "kiln_rt_dict_or",
    "kiln_rt_dict_iter_next",
    "kiln_rt_dict_entry_key",
    "kiln_rt_dict_entry_value",
    "kiln_rt_dict_keys",
    "kiln_rt_dict_values",
    "kiln_rt_dict_items",
    // set.rs: set and frozenset
    "kiln_rt_set_new",
    "kiln_rt_set_add",
    "kiln_rt_set_discard",
    "kiln_rt_set_remove",
    "kiln_rt_set_contains",
    "kiln_rt_set_pop",
    "kiln_rt_set_clear",
    "kiln_rt_set_copy",
    "kiln_rt_set_display",
    "kiln_rt_set_update",
    "kiln_rt_set_union",
    "kiln_rt_set_intersection",
    "kiln_rt_set_difference",
    "kiln_rt_set_symmetric_difference",
    "kiln_rt_set_issubset",
    "kiln_rt_set_issuperset",
    "kiln_rt_set_isdisjoint",
    "kiln_rt_set_iter_next",
    "kiln_rt_set_entry",
    // str.rs
    "kiln_rt_str_concat",
    "kiln_rt_str_repeat",
    "kiln_rt_str_compare",
    "kiln_rt_str_eq",
    "kiln_rt_str_len",
    "kiln_rt_str_join",
    "kiln_rt_str_from_int",
    "kiln_rt_str_from_float",
    "kiln_rt_str_from_bool",
    "kiln_rt_str_from_none",
    "kiln_rt_str_to_int",
    "kiln_rt_str_to_int_base",
    "kiln_rt_str_to_float",
    // str_methods.rs: indexing, slicing, iteration, searching
    "kiln_rt_str_getitem",
    "kiln_rt_str_slice",
    "kiln_rt_str_char_at",
    "kiln_rt_str_contains",
    "kiln_rt_str_find",
    "kiln_rt_str_rfind",
    "kiln_rt_str_index",
    "kiln_rt_str_rindex",
    "kiln_rt_str_count",
    "kiln_rt_str_startswith",
    "kiln_rt_str_endswith",
    "kiln_rt_str_ord",
    "kiln_rt_str_chr",
    // str_split.rs: split, join, strip, replace, partition, padding
    "kiln_rt_str_split",
    "kiln_rt_str_rsplit",
    "kiln_rt_str_splitlines",
    "kiln_rt_str_join_list",
    "kiln_rt_str_strip",
    "kiln_rt_str_lstrip",
    "kiln_rt_str_rstrip",
    "kiln_rt_str_replace",
    "kiln_rt_str_partition",
    "kiln_rt_str_rpartition",
    "kiln_rt_str_center",
    "kiln_rt_str_ljust",
    "kiln_rt_str_rjust",
    "kiln_rt_str_zfill",
    "kiln_rt_str_expandtabs",
    "kiln_rt_str_removeprefix",
    "kiln_rt_str_removesuffix",
    // str_case.rs: case mappings and predicates
    "kiln_rt_str_upper",
    "kiln_rt_str_lower",
    "kiln_rt_str_title",
    "kiln_rt_str_capitalize",
    "kiln_rt_str_swapcase",
    "kiln_rt_str_casefold",
    "kiln_rt_str_isdigit",
    "kiln_rt_str_isalpha",
    "kiln_rt_str_isspace",
    "kiln_rt_str_isalnum",
    "kiln_rt_str_isupper",
    "kiln_rt_str_islower",
    "kiln_rt_str_isdecimal",
    "kiln_rt_str_isnumeric",
    "kiln_rt_str_istitle",
    "kiln_rt_str_isidentifier",
    "kiln_rt_str_isascii",
    // format.rs: the format-spec mini-language
    "kiln_rt_format_int",
    "kiln_rt_format_float",
    "kiln_rt_format_str",
    "kiln_rt_format_bool",
    "kiln_rt_format_object",
    // str_mod.rs: printf-style formatting
    "kiln_rt_str_mod",
    // float.rs
    "kiln_rt_float_floordiv",
    "kiln_rt_float_divmod_check",
    "kiln_rt_float_mod",
    "kiln_rt_float_pow",
    "kiln_rt_float_to_int",
    "kiln_rt_float_round",
    "kiln_rt_float_round_ndigits",
    // int.rs: arithmetic on tagged int words
    "kiln_rt_int_add",
    "kiln_rt_int_sub",
    "kiln_rt_int_mul",
    "kiln_rt_int_floordiv",
    "kiln_rt_int_mod",
    "kiln_rt_int_pow",
    "kiln_rt_int_pow_mod",
    "kiln_rt_int_neg",
    "kiln_rt_int_abs",
    "kiln_rt_int_invert",
    "kiln_rt_int_and",
    "kiln_rt_int_or",
    "kiln_rt_int_xor",
    "kiln_rt_int_shl",
    "kiln_rt_int_shr",
    "kiln_rt_int_cmp",
    "kiln_rt_int_hash",
    "kiln_rt_int_bit_length",
    "kiln_rt_int_round_ndigits",
    // int_float.rs
    "kiln_rt_int_to_float",
    "kiln_rt_int_truediv",
    "kiln_rt_int_float_cmp",
    // int_text.rs
    "kiln_rt_int_to_base",
    "kiln_rt_int_from_decimal",
    // exc.rs
    "kiln_rt_raise",
    "kiln_rt_unpack_check",
    "kiln_rt_recursion_error",
    // exception.rs: exception objects, tracebacks
    "kiln_rt_tb_add",
    "kiln_rt_catch",
    "kiln_rt_uncaught",
    "kiln_rt_main_catches",
    "kiln_rt_exc_new",
    "kiln_rt_raise_exc",
    "kiln_rt_raise_from",
    "kiln_rt_raise_from_none",
    "kiln_rt_reraise",
    "kiln_rt_reraise_handled",
    "kiln_rt_exc_handling",
    "kiln_rt_exc_push",
    "kiln_rt_exc_pop",
    "kiln_rt_exc_matches",
    "kiln_rt_exc_class_name",
    "kiln_rt_exc_instance_new",
    "kiln_rt_exc_set_args",
    "kiln_rt_exc_args",
    "kiln_rt_exc_qualname",
    // math.rs
    "kiln_rt_math1",
    "kiln_rt_math2",
    "kiln_rt_math_log_int",
    "kiln_rt_math_hypot",
    "kiln_rt_math_hypot2",
    "kiln_rt_math_fsum",
    "kiln_rt_math_dist",
    "kiln_rt_math_prod_int",
    "kiln_rt_math_prod_float",
    "kiln_rt_math_ldexp",
    "kiln_rt_math_isclose",
    "kiln_rt_math_int",
    // random.rs
    "kiln_rt_random_seed",
    "kiln_rt_random_seed_float",
    "kiln_rt_random_seed_none",
    "kiln_rt_random_random",
    "kiln_rt_random_getrandbits",
    "kiln_rt_random_randrange",
    "kiln_rt_random_randint",
    "kiln_rt_random_choice_index",
    "kiln_rt_random_shuffle",
    "kiln_rt_random_sample",
    "kiln_rt_random_sample_range",
    "kiln_rt_random_choices",
    "kiln_rt_random_choices_weighted",
    "kiln_rt_random_uniform",
    "kiln_rt_random_gauss",
    "kiln_rt_random_normalvariate",
    "kiln_rt_random_expovariate",
    // sys.rs
    "kiln_rt_sys_argv",
    "kiln_rt_input",
    "kiln_rt_stdin_readline",
    "kiln_rt_stdin_read",
    "kiln_rt_stdin_readlines",
    // file.rs
    "kiln_rt_file_open",
    "kiln_rt_file_read",
    "kiln_rt_file_readline",
    "kiln_rt_file_write",
    "kiln_rt_file_flush",
    "kiln_rt_file_close",
    // json.rs
    "kiln_rt_json_dumps",
    // os.rs
    "kiln_rt_os_environ",
    "kiln_rt_os_getcwd",
    "kiln_rt_os_listdir",
    "kiln_rt_os_stat_kind",
    "kiln_rt_os_getsize",
    "kiln_rt_os_mkdir",
    "kiln_rt_os_remove",
    "kiln_rt_os_rmdir",
    "kiln_rt_os_rename",
    "kiln_rt_stderr_write",
    "kiln_rt_stdout_flush",
    "kiln_rt_print_items",
    "kiln_rt_time_time",
    "kiln_rt_time_time_ns",
    "kiln_rt_time_perf_counter",
    "kiln_rt_time_perf_counter_ns",
    "kiln_rt_time_sleep",
    "kiln_rt_recursion_limit",
    "kiln_rt_get_recursion_limit",
    "kiln_rt_set_recursion_limit",
    // instance.rs
    "kiln_rt_instance_new",
    "kiln_rt_instance_class_name",
    // generator.rs
    "kiln_rt_generator_new",
    "kiln_rt_generator_unwind",
    // unwind.rs
    "kiln_rt_personality",
    // gc/mod.rs
    "kiln_rt_gc_add_root",
    "kiln_rt_gc_collect",
];

#[cfg(test)]
mod tests {
    use super::EXPORTS;

    /// The sources of every module, to find the exported functions.
    const SOURCES: &[&str] = &[
        include_str!("bytes.rs"),
        include_str!("exc.rs"),
        include_str!("exception.rs"),
        include_str!("float.rs"),
        include_str!("instance.rs"),
        include_str!("gc/kind.rs"),
        include_str!("gc/large.rs"),
        include_str!("gc/mod.rs"),
        include_str!("gc/page.rs"),
        include_str!("gc/roots.rs"),
        include_str!("generator.rs"),
        include_str!("global.rs"),
        include_str!("int.rs"),
        include_str!("int_float.rs"),
        include_str!("int_ops.rs"),
        include_str!("int_text.rs"),
        include_str!("io.rs"),
        include_str!("dict.rs"),
        include_str!("list.rs"),
        include_str!("list_ops.rs"),
        include_str!("list_sort.rs"),
        include_str!("math.rs"),
        include_str!("object.rs"),
        include_str!("ops.rs"),
        include_str!("value.rs"),
        include_str!("parse.rs"),
        include_str!("random.rs"),
        include_str!("range.rs"),
        include_str!("set.rs"),
        include_str!("str.rs"),
        include_str!("str_case.rs"),
        include_str!("str_methods.rs"),
        include_str!("str_split.rs"),
        include_str!("sys.rs"),
        include_str!("file.rs"),
        include_str!("os.rs"),
        include_str!("json.rs"),
        include_str!("error.rs"),
        include_str!("format.rs"),
        include_str!("str_mod.rs"),
        include_str!("unicode.rs"),
        include_str!("unwind.rs"),
    ];

    #[test]
    fn exports_list_matches_the_no_mangle_functions() {
        let mut found = Vec::new();
        for src in SOURCES {
            let mut lines = src.lines();
            while let Some(line) = lines.next() {
                if line.trim() != "#[no_mangle]" {
                    continue;
                }
                let Some(decl) = lines.next() else { break };
                // A function (`fn name(`) or a static (`static name:`).
                let name = match decl.split("fn ").nth(1) {
                    Some(rest) => rest.split('(').next(),
                    None => decl
                        .split("static ")
                        .nth(1)
                        .and_then(|rest| rest.split(':').next()),
                }
                .unwrap_or_default();
                assert!(name.starts_with("kiln_rt_"), "bad export {decl:?}");
                found.push(name.to_string());
            }
        }
        let mut listed: Vec<String> = EXPORTS.iter().map(|s| s.to_string()).collect();
        found.sort();
        listed.sort();
        assert_eq!(found, listed);
        let mut dedup = listed.clone();
        dedup.dedup();
        assert_eq!(dedup, listed, "duplicate export names");
    }
}
