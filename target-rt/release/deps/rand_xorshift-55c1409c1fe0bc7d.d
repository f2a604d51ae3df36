/work/wt-containers/target-rt/release/deps/rand_xorshift-55c1409c1fe0bc7d.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/rand_xorshift-0.5.0/src/lib.rs

/work/wt-containers/target-rt/release/deps/librand_xorshift-55c1409c1fe0bc7d.rlib: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/rand_xorshift-0.5.0/src/lib.rs

/work/wt-containers/target-rt/release/deps/librand_xorshift-55c1409c1fe0bc7d.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/rand_xorshift-0.5.0/src/lib.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/rand_xorshift-0.5.0/src/lib.rs:
