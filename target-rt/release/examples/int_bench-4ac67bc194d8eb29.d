/work/wt-containers/target-rt/release/examples/int_bench-4ac67bc194d8eb29.d: runtime/examples/int_bench.rs Cargo.toml

/work/wt-containers/target-rt/release/examples/libint_bench-4ac67bc194d8eb29.rmeta: runtime/examples/int_bench.rs Cargo.toml

runtime/examples/int_bench.rs:
Cargo.toml:

# env-dep:CLIPPY_ARGS=-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__
# env-dep:CLIPPY_CONF_DIR
