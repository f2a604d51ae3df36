/work/wt-containers/target-rt/release/deps/kiln_runtime-ac6e96d6c16818e9.d: runtime/src/lib.rs runtime/src/dict.rs runtime/src/exc.rs runtime/src/float.rs runtime/src/gc/mod.rs runtime/src/gc/kind.rs runtime/src/gc/large.rs runtime/src/gc/page.rs runtime/src/gc/roots.rs runtime/src/global.rs runtime/src/int.rs runtime/src/int_float.rs runtime/src/int_ops.rs runtime/src/int_text.rs runtime/src/io.rs runtime/src/list.rs runtime/src/list_ops.rs runtime/src/object.rs runtime/src/ops.rs runtime/src/parse.rs runtime/src/set.rs runtime/src/str.rs runtime/src/unicode.rs runtime/src/value.rs runtime/src/unicode_tables.rs

/work/wt-containers/target-rt/release/deps/libkiln_runtime-ac6e96d6c16818e9.a: runtime/src/lib.rs runtime/src/dict.rs runtime/src/exc.rs runtime/src/float.rs runtime/src/gc/mod.rs runtime/src/gc/kind.rs runtime/src/gc/large.rs runtime/src/gc/page.rs runtime/src/gc/roots.rs runtime/src/global.rs runtime/src/int.rs runtime/src/int_float.rs runtime/src/int_ops.rs runtime/src/int_text.rs runtime/src/io.rs runtime/src/list.rs runtime/src/list_ops.rs runtime/src/object.rs runtime/src/ops.rs runtime/src/parse.rs runtime/src/set.rs runtime/src/str.rs runtime/src/unicode.rs runtime/src/value.rs runtime/src/unicode_tables.rs

/work/wt-containers/target-rt/release/deps/libkiln_runtime-ac6e96d6c16818e9.rlib: runtime/src/lib.rs runtime/src/dict.rs runtime/src/exc.rs runtime/src/float.rs runtime/src/gc/mod.rs runtime/src/gc/kind.rs runtime/src/gc/large.rs runtime/src/gc/page.rs runtime/src/gc/roots.rs runtime/src/global.rs runtime/src/int.rs runtime/src/int_float.rs runtime/src/int_ops.rs runtime/src/int_text.rs runtime/src/io.rs runtime/src/list.rs runtime/src/list_ops.rs runtime/src/object.rs runtime/src/ops.rs runtime/src/parse.rs runtime/src/set.rs runtime/src/str.rs runtime/src/unicode.rs runtime/src/value.rs runtime/src/unicode_tables.rs

runtime/src/lib.rs:
runtime/src/dict.rs:
runtime/src/exc.rs:
runtime/src/float.rs:
runtime/src/gc/mod.rs:
runtime/src/gc/kind.rs:
runtime/src/gc/large.rs:
runtime/src/gc/page.rs:
runtime/src/gc/roots.rs:
runtime/src/global.rs:
runtime/src/int.rs:
runtime/src/int_float.rs:
runtime/src/int_ops.rs:
runtime/src/int_text.rs:
runtime/src/io.rs:
runtime/src/list.rs:
runtime/src/list_ops.rs:
runtime/src/object.rs:
runtime/src/ops.rs:
runtime/src/parse.rs:
runtime/src/set.rs:
runtime/src/str.rs:
runtime/src/unicode.rs:
runtime/src/value.rs:
runtime/src/unicode_tables.rs:
