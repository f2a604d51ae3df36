/work/wt-containers/target-rt/release/deps/process-17725aa9b10f068c.d: runtime/tests/process.rs runtime/tests/process/container_scenarios.rs runtime/tests/process/gc_scenarios.rs Cargo.toml

/work/wt-containers/target-rt/release/deps/libprocess-17725aa9b10f068c.rmeta: runtime/tests/process.rs runtime/tests/process/container_scenarios.rs runtime/tests/process/gc_scenarios.rs Cargo.toml

runtime/tests/process.rs:
runtime/tests/process/container_scenarios.rs:
runtime/tests/process/gc_scenarios.rs:
Cargo.toml:

# env-dep:CLIPPY_ARGS=-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__
# env-dep:CLIPPY_CONF_DIR
