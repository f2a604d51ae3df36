/work/wt-containers/target-rt/release/examples/int_bench-c40b94bb6d1e9711.d: runtime/examples/int_bench.rs

/work/wt-containers/target-rt/release/examples/int_bench-c40b94bb6d1e9711: runtime/examples/int_bench.rs

runtime/examples/int_bench.rs:
