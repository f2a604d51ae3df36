/work/wt-containers/target-rt/release/deps/kiln_runtime-aa62ee38b2364490.d: runtime/src/lib.rs runtime/src/dict.rs runtime/src/exc.rs runtime/src/float.rs runtime/src/gc/mod.rs runtime/src/gc/kind.rs runtime/src/gc/large.rs runtime/src/gc/page.rs runtime/src/gc/roots.rs runtime/src/gc/tests.rs runtime/src/global.rs runtime/src/int.rs runtime/src/int_float.rs runtime/src/int_ops.rs runtime/src/int_text.rs runtime/src/io.rs runtime/src/list.rs runtime/src/list_ops.rs runtime/src/object.rs runtime/src/ops.rs runtime/src/parse.rs runtime/src/set.rs runtime/src/str.rs runtime/src/unicode.rs runtime/src/value.rs runtime/src/container_tests.rs runtime/src/container_tests/hashing.rs runtime/src/container_tests/lists.rs runtime/src/container_tests/maps.rs runtime/src/container_tests/sets.rs runtime/src/int_proptests.rs runtime/src/oracle_tests.rs runtime/src/unicode_tables.rs runtime/src/../testdata/float_repr.txt runtime/src/../testdata/float_binops.txt runtime/src/../testdata/float_round.txt runtime/src/../testdata/float_to_int.txt runtime/src/../testdata/int_truediv.txt runtime/src/../testdata/int_float_cmp.txt runtime/src/../testdata/parse_float.txt runtime/src/../testdata/int_binops.txt runtime/src/../testdata/int_unops.txt runtime/src/../testdata/int_pow_shift.txt runtime/src/../testdata/int_float_cmp_big.txt runtime/src/../testdata/int_truediv_big.txt runtime/src/../testdata/int_parse.txt Cargo.toml

/work/wt-containers/target-rt/release/deps/libkiln_runtime-aa62ee38b2364490.rmeta: runtime/src/lib.rs runtime/src/dict.rs runtime/src/exc.rs runtime/src/float.rs runtime/src/gc/mod.rs runtime/src/gc/kind.rs runtime/src/gc/large.rs runtime/src/gc/page.rs runtime/src/gc/roots.rs runtime/src/gc/tests.rs runtime/src/global.rs runtime/src/int.rs runtime/src/int_float.rs runtime/src/int_ops.rs runtime/src/int_text.rs runtime/src/io.rs runtime/src/list.rs runtime/src/list_ops.rs runtime/src/object.rs runtime/src/ops.rs runtime/src/parse.rs runtime/src/set.rs runtime/src/str.rs runtime/src/unicode.rs runtime/src/value.rs runtime/src/container_tests.rs runtime/src/container_tests/hashing.rs runtime/src/container_tests/lists.rs runtime/src/container_tests/maps.rs runtime/src/container_tests/sets.rs runtime/src/int_proptests.rs runtime/src/oracle_tests.rs runtime/src/unicode_tables.rs runtime/src/../testdata/float_repr.txt runtime/src/../testdata/float_binops.txt runtime/src/../testdata/float_round.txt runtime/src/../testdata/float_to_int.txt runtime/src/../testdata/int_truediv.txt runtime/src/../testdata/int_float_cmp.txt runtime/src/../testdata/parse_float.txt runtime/src/../testdata/int_binops.txt runtime/src/../testdata/int_unops.txt runtime/src/../testdata/int_pow_shift.txt runtime/src/../testdata/int_float_cmp_big.txt runtime/src/../testdata/int_truediv_big.txt runtime/src/../testdata/int_parse.txt Cargo.toml

runtime/src/lib.rs:
runtime/src/dict.rs:
runtime/src/exc.rs:
runtime/src/float.rs:
runtime/src/gc/mod.rs:
runtime/src/gc/kind.rs:
runtime/src/gc/large.rs:
runtime/src/gc/page.rs:
runtime/src/gc/roots.rs:
runtime/src/gc/tests.rs:
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
runtime/src/container_tests.rs:
runtime/src/container_tests/hashing.rs:
runtime/src/container_tests/lists.rs:
runtime/src/container_tests/maps.rs:
runtime/src/container_tests/sets.rs:
runtime/src/int_proptests.rs:
runtime/src/oracle_tests.rs:
runtime/src/unicode_tables.rs:
runtime/src/../testdata/float_repr.txt:
runtime/src/../testdata/float_binops.txt:
runtime/src/../testdata/float_round.txt:
runtime/src/../testdata/float_to_int.txt:
runtime/src/../testdata/int_truediv.txt:
runtime/src/../testdata/int_float_cmp.txt:
runtime/src/../testdata/parse_float.txt:
runtime/src/../testdata/int_binops.txt:
runtime/src/../testdata/int_unops.txt:
runtime/src/../testdata/int_pow_shift.txt:
runtime/src/../testdata/int_float_cmp_big.txt:
runtime/src/../testdata/int_truediv_big.txt:
runtime/src/../testdata/int_parse.txt:
Cargo.toml:

# env-dep:CLIPPY_ARGS=-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__
# env-dep:CLIPPY_CONF_DIR
