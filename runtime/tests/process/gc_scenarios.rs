//! Garbage-collector scenarios for the process tests: each runs in a child
//! whose `main` recorded its stack top through `kiln_rt_init`, like a
//! compiled program.

use std::hint::black_box;
use std::sync::atomic::{AtomicI64, Ordering};

use dashu_int::IBig;
use kiln_runtime::gc::{find_object, kiln_rt_gc_add_root, kiln_rt_gc_collect, stats};
use kiln_runtime::int::*;
use kiln_runtime::io::kiln_rt_write_str;
use kiln_runtime::object::{new_str, str_as_str, StrObject, EMPTY_STR};
use kiln_runtime::str::{kiln_rt_str_from_int, kiln_rt_str_len};
use kiln_runtime::Int;

use super::{int, Outcome};

/// Number of iterations of the churn scenario.
const CHURN: i64 = 10_000_000;

/// Peak resident memory allowed for the churn scenario.
const CHURN_MAX_KIB: u64 = 64 << 10;

fn say(text: &str) {
    // SAFETY: a valid fresh string.
    unsafe { kiln_rt_write_str(new_str(text)) };
}

/// A field of `/proc/self/status` in KiB (0 where there is none).
fn proc_status_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix(field))
                .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// 10**7 short-lived big ints and 10**6 strings: prints a checksum, the
/// number of collections and the peak RSS.
pub fn churn() {
    let base = kiln_rt_int_shl(int(1), int(100));
    let mut total: i64 = 0;
    for i in 0..CHURN {
        let x = kiln_rt_int_add(base, int(i));
        if i % 10 == 0 {
            // SAFETY: a fresh string.
            let len = unsafe { kiln_rt_str_len(kiln_rt_str_from_int(x)) };
            total += len.small_value().unwrap_or(-1);
        }
        total += kiln_rt_int_and(x, int(0xff)).small_value().unwrap_or(-1);
    }
    let s = stats();
    say(&format!(
        "{total}\n{}\n{}\n",
        s.collections,
        proc_status_kib("VmHWM:")
    ));
}

pub fn check_churn(o: &Outcome) -> Result<(), String> {
    // len(str(2**100 + i)) == 31 for every i here; (2**100 + i) & 255 == i & 255.
    let want: i64 = (0..CHURN)
        .map(|i| if i % 10 == 0 { 31 } else { 0 } + (i & 0xff))
        .sum();
    let out = String::from_utf8_lossy(&o.stdout);
    let lines: Vec<&str> = out.lines().collect();
    if o.status != 0 || lines.len() != 3 || !o.stderr.is_empty() {
        return Err(format!(
            "status {}, stdout {out:?}, stderr {:?}",
            o.status, o.stderr
        ));
    }
    if lines[0] != want.to_string() {
        return Err(format!("checksum {} instead of {want}", lines[0]));
    }
    let collections: u64 = lines[1].parse().map_err(|e| format!("{e}"))?;
    let peak: u64 = lines[2].parse().map_err(|e| format!("{e}"))?;
    if collections < 10 {
        return Err(format!("only {collections} collections"));
    }
    if peak == 0 || peak > CHURN_MAX_KIB {
        return Err(format!("peak RSS {peak} KiB (limit {CHURN_MAX_KIB} KiB)"));
    }
    Ok(())
}

/// A small deterministic generator.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// The shift of the int made from `seed`: mostly a few words, sometimes
/// thousands (large digit buffers).
fn shift_of(seed: u64) -> u64 {
    if seed.is_multiple_of(97) {
        100_000
    } else {
        64 + seed % 3000
    }
}

/// The int made from `seed`, through the runtime's operations.
fn make_int(seed: u64) -> Int {
    let small = int((seed % (1 << 40)) as i64 + 1);
    let shifted = kiln_rt_int_shl(small, int(shift_of(seed) as i64));
    kiln_rt_int_sub(shifted, int(7))
}

/// What `make_int(seed)` must hold.
fn expected_int(seed: u64) -> IBig {
    (IBig::from(seed % (1 << 40) + 1) << shift_of(seed) as usize) - IBig::from(7)
}

/// The text of the string made from `seed`: up to 20 000 bytes, so some
/// strings are large objects.
fn expected_str(seed: u64) -> String {
    let len = if seed.is_multiple_of(13) {
        seed % 20_000
    } else {
        seed % 200
    } as usize;
    format!("{seed}é").repeat(len / 8 + 1)
}

fn make_str(seed: u64) -> *const StrObject {
    new_str(&expected_str(seed))
}

const INTS: usize = 256;
const STRS: usize = 64;

static ROOTS: [AtomicI64; 8] = [const { AtomicI64::new(0) }; 8];

/// Interleaves allocation, dropping and explicit collections, keeping
/// survivors on the stack and in registered roots; checks every
/// survivor's value regularly (a premature free shows up as a wrong value
/// or a crash). Prints the number of collections.
pub fn stress() {
    for root in &ROOTS {
        // SAFETY: static slots.
        unsafe { kiln_rt_gc_add_root(root.as_ptr()) };
    }
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    let mut ints = [Int::ZERO; INTS];
    let mut int_seeds = [0u64; INTS];
    let mut strs = [&EMPTY_STR as *const StrObject; STRS];
    let mut str_seeds = [u64::MAX; STRS];
    let mut root_seeds = [0u64; 8];
    let verify = |ints: &[Int; INTS],
                  int_seeds: &[u64; INTS],
                  strs: &[*const StrObject; STRS],
                  str_seeds: &[u64; STRS],
                  root_seeds: &[u64; 8]| {
        for k in 0..INTS {
            if int_seeds[k] != 0 {
                assert!(*ints[k].as_ibig() == expected_int(int_seeds[k]), "int {k}");
            }
        }
        for k in 0..STRS {
            if str_seeds[k] != u64::MAX {
                // SAFETY: the string is alive (held in `strs`).
                assert_eq!(
                    unsafe { str_as_str(strs[k]) },
                    expected_str(str_seeds[k]),
                    "str {k}"
                );
            }
        }
        for k in 0..8 {
            if root_seeds[k] != 0 {
                // SAFETY: the root holds a live int word.
                let v = unsafe { Int::from_raw(ROOTS[k].load(Ordering::Relaxed)) };
                assert!(*v.as_ibig() == expected_int(root_seeds[k]), "root {k}");
            }
        }
    };
    for step in 0..400_000u64 {
        let r = rng.next();
        let seed = (r >> 8) | 1;
        match r % 8 {
            0..=2 => {
                let k = (seed as usize) % INTS;
                ints[k] = make_int(seed);
                int_seeds[k] = seed;
            }
            3 => {
                let k = (seed as usize) % STRS;
                strs[k] = make_str(seed);
                str_seeds[k] = seed;
            }
            4 => {
                let k = (seed as usize) % 8;
                ROOTS[k].store(make_int(seed).raw(), Ordering::Relaxed);
                root_seeds[k] = seed;
            }
            _ => {
                black_box(make_int(seed));
                black_box(make_str(seed));
            }
        }
        if step % 20_000 == 0 {
            kiln_rt_gc_collect();
        }
        if step % 50_000 == 0 {
            verify(&ints, &int_seeds, &strs, &str_seeds, &root_seeds);
        }
    }
    kiln_rt_gc_collect();
    verify(&ints, &int_seeds, &strs, &str_seeds, &root_seeds);
    let s = stats();
    say(&format!("{} {}\n", s.collections, s.large_objects));
}

pub fn check_stress(o: &Outcome) -> Result<(), String> {
    let out = String::from_utf8_lossy(&o.stdout);
    let fields: Vec<u64> = out
        .split_whitespace()
        .filter_map(|f| f.parse().ok())
        .collect();
    if o.status != 0 || !o.stderr.is_empty() || fields.len() != 2 {
        return Err(format!(
            "status {}, stdout {out:?}, stderr {:?}",
            o.status, o.stderr
        ));
    }
    // Explicit collections alone are 21; the budget adds more.
    if fields[0] < 30 {
        return Err(format!("only {} collections", fields[0]));
    }
    // Live large strings: at most the 64 slots (plus stale stack words).
    if fields[1] > 80 {
        return Err(format!("{} large objects survive", fields[1]));
    }
    Ok(())
}

static ROOT: AtomicI64 = AtomicI64::new(0);

/// Stores a fresh big int in `ROOT` only; returns its word disguised.
#[inline(never)]
fn store_in_root() -> i64 {
    let w = kiln_rt_int_shl(int(3), int(200)).raw();
    ROOT.store(w, Ordering::Relaxed);
    !w
}

/// Overwrites the dead stack below the caller's frame.
#[inline(never)]
fn scrub_stack() {
    let mut buf = [0u64; 4096];
    black_box(&mut buf);
}

/// Whether the object of a disguised word is allocated (the word only
/// lives in this frame, which the next scrub erases).
#[inline(never)]
fn is_allocated(disguised: i64) -> bool {
    find_object(!disguised as u64).is_some()
}

/// Whether `ROOT` still holds `3 << 200` (read in a frame the next
/// scrub erases).
#[inline(never)]
fn root_is_intact() -> bool {
    // SAFETY: the root holds a live int word.
    let v = unsafe { Int::from_raw(ROOT.load(Ordering::Relaxed)) };
    *v.as_ibig() == IBig::from(3) << 200
}

/// An object referenced only from a registered root survives; once the
/// root is cleared it is freed. (Every copy of its address outside the
/// root lives in frames erased before collecting.)
pub fn roots() {
    // SAFETY: a static slot.
    unsafe { kiln_rt_gc_add_root(ROOT.as_ptr()) };
    let disguised = store_in_root();
    scrub_stack();
    kiln_rt_gc_collect();
    assert!(is_allocated(disguised));
    assert!(root_is_intact());
    ROOT.store(0, Ordering::Relaxed);
    scrub_stack();
    kiln_rt_gc_collect();
    assert!(!is_allocated(disguised), "not freed");
    say("ok\n");
}

/// With collection refused at start-up, nothing is collected.
pub fn off() {
    for i in 0..1_000_000 {
        black_box(kiln_rt_int_shl(int(i), int(100)));
    }
    kiln_rt_gc_collect();
    say(&format!("collections {}\n", stats().collections));
}
