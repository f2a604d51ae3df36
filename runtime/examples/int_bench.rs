//! Timing of the runtime's big-int work, to compare with CPython 3.11:
//!
//!     cargo run -p kiln-runtime --release --example int_bench [FILTER]
//!     python3 runtime/tools/int_bench.py
//!
//! Each line prints the best of a few runs of one operation; FILTER runs
//! only the benchmarks whose name contains it. `main` starts the runtime
//! as a compiled program does (`kiln_rt_init` with its frame as the stack
//! top), so the garbage collector frees dead big ints; `KILN_BENCH_NO_GC=1`
//! turns it off (every big int leaks, as before the collector).

use std::time::{Duration, Instant};

use kiln_runtime::gc::{self, kiln_rt_gc_add_root, kiln_rt_gc_collect};
use kiln_runtime::int::{add, mul, pow};
use kiln_runtime::int_text::{int_from_decimal, int_to_decimal};
use kiln_runtime::io::kiln_rt_init;
use kiln_runtime::Int;

fn int(v: i64) -> Int {
    Int::from_i64(v)
}

/// The best time of `runs` runs of `f`.
fn best<T>(runs: u32, mut f: impl FnMut() -> T) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let top = [0u64; 2];
    let top_ptr = std::hint::black_box(top.as_ptr())
        .wrapping_add(2)
        .cast::<u8>();
    // SAFETY: no argv; the stack top is this frame, above every benchmark's.
    unsafe { kiln_rt_init(0, std::ptr::null(), top_ptr) };
    if std::env::var_os("KILN_BENCH_NO_GC").is_some() {
        gc::clear_stack_top();
    }
    run();
    let s = gc::stats();
    println!(
        "({} collections, {} chunks of 1 MiB)",
        s.collections, s.chunks
    );
}

/// The benchmarks, below `main`'s frame so the collector sees their locals.
#[inline(never)]
fn run() {
    let filter = std::env::args().nth(1).unwrap_or_default();
    let ten_k = pow(int(3), int(20_959)).expect("3**20959");
    let hundred_k = pow(int(3), int(209_590)).expect("3**209590");
    let py = pow(int(3), int(200_000)).expect("3**200000");
    let ten_k_text = int_to_decimal(ten_k);
    let hundred_k_text = int_to_decimal(hundred_k);
    type Bench<'a> = (&'a str, u32, Box<dyn Fn() + 'a>);
    let benches: Vec<Bench> = vec![
        (
            "str(3**20959) (10000 digits)",
            5,
            Box::new(|| {
                int_to_decimal(ten_k);
            }),
        ),
        (
            "str(3**209590) (100000 digits)",
            5,
            Box::new(|| {
                int_to_decimal(hundred_k);
            }),
        ),
        (
            "str(3**200000) (95425 digits)",
            5,
            Box::new(|| {
                int_to_decimal(py);
            }),
        ),
        (
            "int(<10000 digits>) (no limit)",
            5,
            Box::new(|| {
                int_from_decimal(ten_k_text.as_bytes());
            }),
        ),
        (
            "int(<100000 digits>) (no limit)",
            5,
            Box::new(|| {
                int_from_decimal(hundred_k_text.as_bytes());
            }),
        ),
        (
            "factorial(20000) by repeated *",
            3,
            Box::new(|| {
                let mut f = int(1);
                for i in 1..=20_000 {
                    f = mul(f, int(i));
                }
                std::hint::black_box(f);
            }),
        ),
        (
            "x = x * 7 + i, 100000 times",
            1,
            Box::new(|| {
                let mut x = int(1);
                for i in 0..100_000 {
                    x = add(mul(x, int(7)), int(i));
                }
                std::hint::black_box(x);
            }),
        ),
        (
            "s += i * i, 10**7 times",
            3,
            Box::new(|| {
                let mut s = int(0);
                for i in 0..10_000_000 {
                    s = add(s, mul(int(i), int(i)));
                }
                std::hint::black_box(s);
            }),
        ),
        (
            "s += i & 1023, 10**7 times (all small)",
            3,
            Box::new(|| {
                let mut s = int(0);
                for i in 0..10_000_000 {
                    s = add(s, int(i & 1023));
                }
                std::hint::black_box(s);
            }),
        ),
        (
            "s += i & 1023, 10**7 times (s ~ 2**70)",
            3,
            Box::new(|| {
                let mut s = Int::from_i128(1 << 70);
                for i in 0..10_000_000 {
                    s = add(s, int(i & 1023));
                }
                std::hint::black_box(s);
            }),
        ),
        (
            "3**1000000, squared",
            3,
            Box::new(|| {
                let a = pow(int(3), int(1_000_000)).expect("3**10**6");
                std::hint::black_box(mul(a, a));
            }),
        ),
    ];
    for (name, runs, f) in &benches {
        if name.contains(filter.as_str()) {
            let d = best(*runs, f);
            println!("{name:<44} {:>12.3} ms", d.as_secs_f64() * 1e3);
        }
    }
    if "collection".contains(filter.as_str()) {
        collection_pauses();
    }
}

/// Times full collections: of a heap of 6 MiB of garbage (about what a
/// collection triggered by the budget finds in a loop of temporaries), and
/// of a heap holding 10**6 live big ints reachable from registered roots.
fn collection_pauses() {
    let mut pause = Duration::MAX;
    for _ in 0..5 {
        // Just collected: the budget (8 MiB) is not spent by 6 MiB.
        kiln_rt_gc_collect();
        for i in 0..(6 << 20) / 32 {
            std::hint::black_box(Int::from_i128((1 << 100) + i));
        }
        let t = Instant::now();
        kiln_rt_gc_collect();
        pause = pause.min(t.elapsed());
    }
    println!(
        "{:<44} {:>12.3} ms",
        "collection, 6 MiB of garbage",
        pause.as_secs_f64() * 1e3
    );
    let slots: &'static mut [i64] = Vec::leak(vec![0i64; 1_000_000]);
    for (i, slot) in slots.iter_mut().enumerate() {
        *slot = Int::from_i128((1 << 100) + i as i128).raw();
        // SAFETY: a leaked slot, valid for the rest of the process.
        unsafe { kiln_rt_gc_add_root(slot) };
    }
    let t = best(5, || kiln_rt_gc_collect());
    println!(
        "{:<44} {:>12.3} ms",
        "collection, 10**6 live big ints (roots)",
        t.as_secs_f64() * 1e3
    );
}
