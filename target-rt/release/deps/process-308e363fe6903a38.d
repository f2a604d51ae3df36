/work/wt-containers/target-rt/release/deps/process-308e363fe6903a38.d: runtime/tests/process.rs runtime/tests/process/container_scenarios.rs runtime/tests/process/gc_scenarios.rs

/work/wt-containers/target-rt/release/deps/process-308e363fe6903a38: runtime/tests/process.rs runtime/tests/process/container_scenarios.rs runtime/tests/process/gc_scenarios.rs

runtime/tests/process.rs:
runtime/tests/process/container_scenarios.rs:
runtime/tests/process/gc_scenarios.rs:
