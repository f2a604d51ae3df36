/work/wt-containers/target-rt/release/deps/kiln_runtime-6841b8cb6bf81dad.d: runtime/src/lib.rs runtime/src/dict.rs runtime/src/exc.rs runtime/src/float.rs runtime/src/gc/mod.rs runtime/src/gc/kind.rs runtime/src/gc/large.rs runtime/src/gc/page.rs runtime/src/gc/roots.rs runtime/src/global.rs runtime/src/int.rs runtime/src/int_float.rs runtime/src/int_ops.rs runtime/src/int_text.rs runtime/src/io.rs runtime/src/list.rs runtime/src/list_ops.rs runtime/src/object.rs runtime/src/ops.rs runtime/src/parse.rs runtime/src/set.rs runtime/src/str.rs runtime/src/unicode.rs runtime/src/value.rs runtime/src/unicode_tables.rs Cargo.toml

/work/wt-containers/target-rt/release/deps/libkiln_runtime-6841b8cb6bf81dad.rmeta: runtime/src/lib.rs runtime/src/dict.rs runtime/src/exc.rs runtime/src/float.rs runtime/src/gc/mod.rs runtime/src/gc/kind.rs runtime/src/gc/large.rs runtime/src/gc/page.rs runtime/src/gc/roots.rs runtime/src/global.rs runtime/src/int.rs runtime/src/int_float.rs runtime/src/int_ops.rs runtime/src/int_text.rs runtime/src/io.rs runtime/src/list.rs runtime/src/list_ops.rs runtime/src/object.rs runtime/src/ops.rs runtime/src/parse.rs runtime/src/set.rs runtime/src/str.rs runtime/src/unicode.rs runtime/src/value.rs runtime/src/unicode_tables.rs Cargo.toml

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
Cargo.toml:

# env-dep:CLIPPY_ARGS=-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__
# env-dep:CLIPPY_CONF_DIR
