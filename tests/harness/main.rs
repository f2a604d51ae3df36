//! kiln's test binary: every test is data under `tests/`, run through one `check` helper per
//! layer (programs vs CPython, diagnostics, golden snapshots), plus the repository rules
//! (dependency invariants, runtime ABI, bytecode spec), CLI behaviour, and cross-compilation
//! (programs on every target, static executables, debug information, reproducible builds).
//!
//! Built on libtest-mimic so each data file is its own named test with cargo-test-style output.

mod cli;
mod cross;
mod diagnostics;
mod golden;
mod programs;
mod rules;
mod support;

use libtest_mimic::{Arguments, Trial};

fn main() {
    let args = Arguments::from_args();
    let mut trials: Vec<Trial> = Vec::new();
    trials.extend(programs::trials());
    trials.extend(diagnostics::trials());
    trials.extend(golden::trials());
    trials.extend(rules::trials());
    trials.extend(cli::trials());
    trials.extend(cross::trials());
    libtest_mimic::run(&args, trials).exit();
}
