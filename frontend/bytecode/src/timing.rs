//! Per-phase timing, shared by every compiler stage so `kiln --timings` can list each phase.

use std::time::{Duration, Instant};

/// Receives the wall-clock time of each phase.
pub type PhaseTimer<'a> = &'a mut dyn FnMut(&'static str, Duration);

/// Runs `f` as the phase `name`, reporting its duration to `timer`.
pub fn timed<T>(timer: &mut PhaseTimer<'_>, name: &'static str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let result = f();
    timer(name, start.elapsed());
    result
}
