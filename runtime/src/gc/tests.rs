//! Unit tests of the collector. Each test thread has its own heap; tests
//! that collect set the thread's stack top with [`with_collection`], and
//! must create every object they keep inside the closure they pass.

use std::collections::HashMap;
use std::hint::black_box;
use std::sync::atomic::{AtomicI64, Ordering};

use dashu_int::IBig;

use super::kind::Kind;
use super::page::{size_class, CLASS_SIZES, MAX_SMALL, PAGE_SIZE};
use super::*;
use crate::int::Int;
use crate::object::{new_str, str_as_str, StrObject};

/// Runs `f` with collection on, the stack top being this frame: every
/// frame `f` and its callees create is scanned.
#[inline(never)]
pub(crate) fn with_collection<R>(f: impl FnOnce() -> R) -> R {
    let top = [0u64; 2];
    let top_ptr = black_box(top.as_ptr()).wrapping_add(2).cast::<u8>();
    assert!(set_stack_top(top_ptr));
    let r = run(f);
    clear_stack_top();
    black_box(&top);
    r
}

#[inline(never)]
fn run<R>(f: impl FnOnce() -> R) -> R {
    f()
}

/// Overwrites the dead stack below the caller's frame, so stale copies of
/// references left by returned calls cannot keep objects alive.
#[inline(never)]
fn scrub_stack() {
    let mut buf = [0u64; 4096];
    black_box(&mut buf);
}

/// Scrubs the stack, then collects.
fn clean_collect() {
    scrub_stack();
    collect();
}

/// The int `2**100 + i`, a big int.
fn big(i: i64) -> Int {
    Int::from_i128((1i128 << 100) + i128::from(i))
}

fn big_value(a: Int) -> i128 {
    a.to_i128().expect("fits i128") - (1i128 << 100)
}

/// The trace function of [`Kind::TestNode`]: `{header, a, b}`, both words
/// visited conservatively.
pub(crate) unsafe fn trace_test_node(obj: *mut u64, marker: &mut Marker<'_>) {
    // SAFETY: `obj` is a test node of three words.
    let (a, b) = unsafe { (*obj.add(1), *obj.add(2)) };
    marker.visit_word(a);
    marker.visit_word(b);
}

fn new_node(a: u64, b: u64) -> *mut u64 {
    let p = alloc(Kind::TestNode, 24, 0);
    // SAFETY: a fresh object of three words.
    unsafe {
        p.add(1).write(a);
        p.add(2).write(b);
    }
    p
}

#[test]
fn garbage_is_reclaimed_and_pages_are_reused() {
    with_collection(|| {
        let mut chunks_after_first_round = 0;
        for round in 0..12 {
            for i in 0..100_000 {
                black_box(big(i));
                black_box(new_str(if i % 2 == 0 {
                    "short"
                } else {
                    "a longer string, 40 bytes or so......"
                }));
            }
            clean_collect();
            if round == 0 {
                chunks_after_first_round = stats().chunks;
            }
        }
        let s = stats();
        assert!(s.collections >= 12, "{s:?}");
        assert_eq!(s.chunks, chunks_after_first_round, "{s:?}");
        assert!(s.live_objects < 100, "{s:?}");
        assert!(s.pages_in_use < 10, "{s:?}");
    });
}

#[test]
fn stack_locals_survive_collections() {
    with_collection(|| {
        let mut ints = [Int::ZERO; 100];
        let mut strs = [std::ptr::null::<StrObject>(); 100];
        for i in 0..100 {
            ints[i] = big(i as i64 * 7);
            strs[i] = new_str(&format!("string number {i}"));
        }
        for round in 0..5 {
            for i in 0..300_000 {
                black_box(big(-i));
            }
            collect();
            for i in 0..100 {
                assert_eq!(big_value(ints[i]), i as i128 * 7, "round {round}");
                // SAFETY: the strings are alive (on this stack).
                assert_eq!(unsafe { str_as_str(strs[i]) }, format!("string number {i}"));
            }
        }
        assert!(stats().live_objects >= 200);
        black_box((&ints, &strs));
    });
}

/// Allocates a big int whose only reference is `slot`; returns its word
/// disguised (complemented) so the caller holds no reference.
#[inline(never)]
fn store_big_in(slot: &AtomicI64, i: i64) -> i64 {
    let w = big(i).raw();
    slot.store(w, Ordering::Relaxed);
    !w
}

/// Whether the object of a disguised word is allocated (the word itself
/// only lives in this frame, which the next scrub erases).
#[inline(never)]
fn is_allocated(disguised: i64) -> bool {
    let word = !disguised as u64;
    find_object(word) == Some((word - 1) as *const u64)
}

/// The value of the big int in `slot` (read in a frame the next scrub
/// erases).
#[inline(never)]
fn value_in(slot: &AtomicI64) -> i128 {
    // SAFETY: the slot holds a live int word.
    big_value(unsafe { Int::from_raw(slot.load(Ordering::Relaxed)) })
}

/// Allocates large garbage (in a frame the next scrub erases).
#[inline(never)]
fn make_large_garbage() {
    for i in 0..200 {
        black_box(new_str(&"x".repeat(MAX_SMALL + i * 100)));
    }
}

#[test]
fn registered_roots_keep_objects_and_cleared_ones_do_not() {
    static SLOT: AtomicI64 = AtomicI64::new(0);
    with_collection(|| {
        // SAFETY: a static slot, valid forever.
        unsafe { kiln_rt_gc_add_root(SLOT.as_ptr()) };
        let disguised = store_big_in(&SLOT, 42);
        for i in 0..100_000 {
            black_box(big(i));
        }
        clean_collect();
        assert!(is_allocated(disguised));
        assert_eq!(value_in(&SLOT), 42);
        SLOT.store(0, Ordering::Relaxed);
        clean_collect();
        assert!(!is_allocated(disguised), "the object was not freed");
    });
}

/// Builds a chain of `n` test nodes, each holding the next node and a big
/// int, whose head is only in `slot`.
#[inline(never)]
fn build_chain(slot: &AtomicI64, n: i64) {
    let mut next = 0u64;
    for i in (0..n).rev() {
        next = new_node(next, big(i).raw() as u64).expose_provenance() as u64;
    }
    slot.store(next as i64, Ordering::Relaxed);
}

/// The nodes of the chain from `slot`, checking each node's int.
#[inline(never)]
fn walk_chain(slot: &AtomicI64) -> Vec<*mut u64> {
    let mut nodes = Vec::new();
    let mut at = slot.load(Ordering::Relaxed) as usize;
    while at != 0 {
        let node = std::ptr::with_exposed_provenance_mut::<u64>(at);
        // SAFETY: chain nodes are live test nodes.
        let (next, int) = unsafe { (*node.add(1), *node.add(2)) };
        // SAFETY: the node's int is alive with it.
        let value = big_value(unsafe { Int::from_raw(int as i64) });
        assert_eq!(value, nodes.len() as i128);
        nodes.push(node);
        at = next as usize;
    }
    nodes
}

/// Ends the chain from `slot` after `n` nodes.
#[inline(never)]
fn cut_chain_after(slot: &AtomicI64, n: usize) {
    let nodes = walk_chain(slot);
    // SAFETY: the node is alive.
    unsafe { *nodes[n - 1].add(1) = 0 };
}

#[test]
fn containers_are_traced_through_the_mark_stack() {
    static HEAD: AtomicI64 = AtomicI64::new(0);
    with_collection(|| {
        // SAFETY: a static slot, valid forever.
        unsafe { kiln_rt_gc_add_root(HEAD.as_ptr()) };
        build_chain(&HEAD, 1000);
        clean_collect();
        assert_eq!(stats().live_objects, 2000);
        assert_eq!(walk_chain(&HEAD).len(), 1000);
        // Cut the chain after 500 nodes.
        cut_chain_after(&HEAD, 500);
        clean_collect();
        assert_eq!(stats().live_objects, 1000);
        assert_eq!(walk_chain(&HEAD).len(), 500);
    });
}

#[test]
fn digit_buffers_count_toward_collections() {
    with_collection(|| {
        let before = stats().collections;
        // 2000 ints of 12.5 KB of digits each: 25 MB, in 64 KB of cells.
        for i in 0..2000 {
            black_box(Int::from_ibig((IBig::ONE << 100_000) + IBig::from(i)));
        }
        assert!(stats().collections >= before + 2, "{:?}", stats());
        clean_collect();
        assert!(stats().live_bytes < 1 << 20, "{:?}", stats());
    });
}

#[test]
fn large_objects_are_collected() {
    with_collection(|| {
        let keep = new_str(&"k".repeat(50_000));
        make_large_garbage();
        clean_collect();
        // Large objects come from malloc, which reuses freed memory: a
        // stale word in an uninitialized slot of a live frame (this thread
        // may run on a reused stack) can retain one or two.
        let s = stats();
        assert!(s.large_objects <= 3, "{s:?}");
        // SAFETY: `keep` is alive on this stack.
        assert_eq!(unsafe { str_as_str(keep) }.len(), 50_000);
        black_box(&keep);
    });
}

#[test]
fn collection_is_off_without_a_stack_top() {
    for i in 0..10_000 {
        black_box(big(i));
    }
    collect();
    assert_eq!(stats().collections, 0);
    assert!(!set_stack_top(std::ptr::null()));
    assert!(!set_stack_top(8 as *const u8));
    assert!(!set_stack_top(usize::MAX as *const u8));
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

#[test]
fn random_words_never_crash_and_find_only_objects() {
    // No collection on this thread: everything allocated stays allocated.
    let mut objects: HashMap<usize, usize> = HashMap::new();
    let mut rng = XorShift(0x2545_f491_4f6c_dd1d);
    for i in 0..20_000 {
        let len = match i % 10 {
            0 => (rng.next() % 20_000) as usize,
            _ => (rng.next() % 300) as usize,
        };
        if len < 2 {
            continue; // the empty string is a static object
        }
        let s = new_str(&"é".repeat(len / 2));
        let size = std::mem::size_of::<crate::object::StrObject>() + (len / 2) * 2 + 1;
        let span = if size <= MAX_SMALL {
            CLASS_SIZES[size_class(size)]
        } else {
            (size + 7) & !7
        };
        objects.insert(s.addr(), span);
        let b = big(i);
        objects.insert((b.raw() - 1) as usize, 32);
    }
    // Free cells: allocate and drop nothing, but every page has its tail
    // unallocated; the page walk below covers those cells too.
    let mut sorted: Vec<(usize, usize)> = objects.iter().map(|(&a, &s)| (a, s)).collect();
    sorted.sort_unstable();
    // The object whose span holds `addr`, by our own records.
    let owner = |addr: usize| {
        let i = sorted.partition_point(|&(start, _)| start <= addr);
        (i > 0 && addr < sorted[i - 1].0 + sorted[i - 1].1).then(|| sorted[i - 1].0)
    };
    let check = |word: u64| {
        let addr = (word & !7) as usize;
        let found = find_object(word).map(|p| p.addr());
        assert_eq!(found, owner(addr), "word {word:#x}");
    };
    // Every word of every page (and its neighbours) holding an object.
    let mut pages: Vec<usize> = objects.keys().map(|&a| a & !(PAGE_SIZE - 1)).collect();
    pages.sort_unstable();
    pages.dedup();
    for &page in pages.iter().take(40) {
        let from = page.saturating_sub(PAGE_SIZE);
        for addr in (from..page + 2 * PAGE_SIZE).step_by(8) {
            check(addr as u64);
            check(addr as u64 | 1);
        }
    }
    // Every object's first, interior and last bytes, and just past it.
    for (&start, &span) in objects.iter().take(5000) {
        for addr in [
            start,
            start + 1,
            start + span / 2,
            start + span - 1,
            start + span,
        ] {
            check(addr as u64);
        }
    }
    // Random words, near and far.
    for _ in 0..200_000 {
        check(rng.next());
        let near = pages[(rng.next() % pages.len() as u64) as usize] as u64;
        check(
            near.wrapping_add(rng.next() % (4 * PAGE_SIZE as u64))
                .wrapping_sub(PAGE_SIZE as u64),
        );
    }
    for w in [0, 1, 7, 8, u64::MAX, u64::MAX - 7, 1 << 63, 1 << 47] {
        check(w);
    }
}

/// Whether the roots a collection made here would scan contain `SENTINEL`
/// (the same spill and stack scan as `Heap::collect`).
#[cfg(target_arch = "x86_64")]
#[inline(never)]
extern "C" fn roots_contain_sentinel() -> u64 {
    let mut regs = [0usize; roots::SAVED_REGS];
    let sp = roots::spill_registers(&mut regs);
    let top = with_heap(|h| h.stack_top);
    let mut found = 0;
    // SAFETY: [sp, top) is this thread's live stack (set by
    // with_collection).
    unsafe { roots::scan_words(sp, top, |w| found |= u64::from(w as u64 == SENTINEL)) };
    black_box(&regs);
    found
}

#[cfg(target_arch = "x86_64")]
const SENTINEL: u64 = 0x5ea1_7e57_0bad_f00d;

#[cfg(target_arch = "x86_64")]
#[test]
fn callee_saved_registers_are_roots() {
    use std::arch::asm;
    with_collection(|| {
        let found = |f: &dyn Fn() -> u64| f();
        // Without the sentinel in any register, it is nowhere.
        assert_eq!(found(&|| roots_contain_sentinel()), 0);
        macro_rules! held_in {
            ($reg:tt) => {
                found(&|| {
                    let r: u64;
                    // SAFETY: calls an extern "C" function with the C
                    // ABI's clobbers; r12-r15 are preserved by it.
                    unsafe {
                        asm!("call {f}", f = sym roots_contain_sentinel,
                             in($reg) SENTINEL, lateout("rax") r, clobber_abi("C"));
                    }
                    r
                })
            };
        }
        assert_eq!(held_in!("r12"), 1, "r12");
        assert_eq!(held_in!("r13"), 1, "r13");
        assert_eq!(held_in!("r14"), 1, "r14");
        assert_eq!(held_in!("r15"), 1, "r15");
        // rbx and rbp cannot be asm operands: save, set, call, restore.
        for reg in ["rbx", "rbp"] {
            let r: u64;
            // SAFETY: the register is restored before the block ends; the
            // stack stays 16-byte aligned at the call.
            unsafe {
                if reg == "rbx" {
                    asm!("push rbx", "sub rsp, 8", "mov rbx, {s}", "call {f}",
                         "add rsp, 8", "pop rbx",
                         s = in(reg) SENTINEL, f = sym roots_contain_sentinel,
                         lateout("rax") r, clobber_abi("C"));
                } else {
                    asm!("push rbp", "sub rsp, 8", "mov rbp, {s}", "call {f}",
                         "add rsp, 8", "pop rbp",
                         s = in(reg) SENTINEL, f = sym roots_contain_sentinel,
                         lateout("rax") r, clobber_abi("C"));
                }
            }
            assert_eq!(r, 1, "{reg}");
        }
    });
}

#[test]
fn lists_and_tuples_keep_their_elements() {
    use crate::list::{alloc_tuple, kiln_rt_list_append, list_items, tuple_items, tuple_items_mut};
    use crate::value::{TypeDesc, LIST_OF_STR, STR};
    static TUPLE_ARGS: [&TypeDesc; 1] = [&STR];
    static TUPLE_OF_STR: TypeDesc = TypeDesc {
        tag: crate::value::Tag::Tuple as u32,
        len: 1,
        args: &TUPLE_ARGS as *const [&TypeDesc; 1] as *const *const TypeDesc,
    };
    with_collection(|| {
        let list = crate::list::alloc_list(&LIST_OF_STR, 0);
        let tuple = alloc_tuple(&TUPLE_OF_STR, 1);
        for i in 0..1000 {
            // SAFETY: `list` is a valid list of strs.
            unsafe { kiln_rt_list_append(list, new_str(&format!("item {i}")) as u64) };
        }
        // SAFETY: `tuple` is fresh with one field.
        unsafe { *tuple_items_mut(tuple) = new_str("field") as u64 };
        for _ in 0..3 {
            for i in 0..100_000 {
                black_box(new_str(&format!("garbage {i}")));
            }
            clean_collect();
        }
        // SAFETY: the list, its buffer and its strings are alive (traced from the stack).
        unsafe {
            for (i, &word) in list_items(list).iter().enumerate() {
                assert_eq!(str_as_str(word as *const StrObject), format!("item {i}"));
            }
            assert_eq!(
                str_as_str(tuple_items(tuple)[0] as *const StrObject),
                "field"
            );
        }
        black_box((list, tuple));
    });
}
