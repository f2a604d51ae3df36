//! kiln's garbage collector: a non-moving, conservative mark–sweep
//! collector for the runtime's objects. The design, its measurements and
//! its limits are described in `docs/gc.md`.
//!
//! - **Allocation** ([`alloc`]): objects up to 8 KiB come from
//!   per-size-class free lists threaded through 64 KiB pages (`page.rs`);
//!   the fast path pops the list head. Larger objects are
//!   allocated one by one (`large.rs`). Every object starts with the header
//!   word described in [`kind`].
//! - **Roots**: the machine stack from the stack pointer to the stack top
//!   recorded at start-up, the callee-saved registers (`roots.rs`), and the
//!   slots registered with [`kiln_rt_gc_add_root`]. Every aligned word
//!   there is a *candidate*: it keeps alive the object it points into, if
//!   any (after clearing its low 3 bits, so an odd int word, the address
//!   plus one, counts; any interior address counts). Candidates are
//!   checked against the heap's own tables, so a random word never causes
//!   a bad memory access.
//! - **Marking** sets the header's mark bit and, for kinds with references,
//!   traces them from a mark stack ([`Marker`]).
//! - **Sweeping** finalizes and frees unmarked objects (a big int's digit
//!   buffer is freed then) and rebuilds the free lists.
//! - **Trigger**: a collection runs when the bytes allocated since the
//!   last one (including big-int digit buffers) exceed
//!   `max(8 MiB, 3 × live bytes after the last collection)`.
//!
//! The heap is thread-local and must only be used by the thread that owns
//! it; kiln programs have one thread. A thread collects only once its stack
//! top is known ([`set_stack_top`], called by `kiln_rt_init`); until then
//! nothing is freed (this is how the runtime's own multi-threaded unit
//! tests run). Runtime code that holds a pointer into a big int's digit
//! buffer (not into the object itself) across an allocation must keep the
//! int's word alive too; see `docs/gc.md`.

pub mod kind;
mod large;
mod page;
mod roots;
#[cfg(test)]
pub(crate) mod tests;

use std::cell::UnsafeCell;
use std::mem::ManuallyDrop;

use crate::exc::{raise, ExcKind};
use kind::{info, Kind, MARK_BIT, STATIC_BIT};
use large::LargeObjects;
use page::{size_class, Pages, CLASS_SIZES, MAX_SMALL, NUM_CLASSES};

/// The smallest allocation budget between two collections.
pub const MIN_BUDGET: usize = 8 << 20;

/// Collector statistics (see [`stats`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GcStats {
    /// Collections run so far.
    pub collections: u64,
    /// Objects alive after the last collection.
    pub live_objects: usize,
    /// Bytes alive after the last collection (cells, large objects and the
    /// memory they own outside the heap).
    pub live_bytes: usize,
    /// Chunks of pages taken from the system.
    pub chunks: usize,
    /// Pages holding small objects.
    pub pages_in_use: usize,
    /// Pages without live objects (empty or unformatted), usable by any
    /// size class.
    pub free_pages: usize,
    /// Large objects.
    pub large_objects: usize,
}

/// The collected heap of one thread.
pub(crate) struct Heap {
    /// Head of the free list of each size class.
    free: [*mut u64; NUM_CLASSES],
    /// Bytes that may still be allocated before the next collection.
    budget: isize,
    /// Highest stack address to scan; 0 until known (nothing is collected).
    stack_top: usize,
    pages: Pages,
    large: LargeObjects,
    /// Registered global slots.
    roots: Vec<*const i64>,
    /// Objects marked but not yet traced (reused between collections).
    mark_stack: Vec<*mut u64>,
    stats: GcStats,
}

thread_local! {
    // ManuallyDrop: no destructor to register, so an access is a plain
    // thread-local address. A thread's heap is leaked when it exits.
    static HEAP: UnsafeCell<ManuallyDrop<Heap>> =
        const { UnsafeCell::new(ManuallyDrop::new(Heap::new())) };
}

/// Runs `f` on this thread's heap.
///
/// Never nested: nothing called with the heap borrowed (finalizers, the
/// system allocator, raising an exception) reaches back into it.
#[inline(always)]
fn with_heap<R>(f: impl FnOnce(&mut Heap) -> R) -> R {
    // The closure given to `with` only fetches the address, so it inlines
    // to a thread-pointer offset; `f` runs outside it.
    let heap = HEAP.with(|h| h.get());
    // SAFETY: the heap is thread-local and `with_heap` is never re-entered
    // (see above), so this is the only reference.
    f(unsafe { &mut *heap })
}

/// Allocates an object of `size` bytes (at least 8, a multiple of 8 is not
/// required) whose header is set for `kind`; the rest is uninitialized.
///
/// `external` is what the object will own outside the heap (a big int's
/// digit buffer), counted toward the next collection. May collect first:
/// every object the caller still needs must be reachable from a root (the
/// caller's locals are). Raises `MemoryError` when the system has no
/// memory. The result is 8-byte aligned.
#[inline]
pub fn alloc(kind: Kind, size: usize, external: usize) -> *mut u64 {
    with_heap(|h| {
        if size <= MAX_SMALL {
            h.alloc_small(size_class(size), kind, external)
        } else {
            h.alloc_large(kind, size, external)
        }
    })
}

impl Heap {
    const fn new() -> Self {
        Heap {
            free: [std::ptr::null_mut(); NUM_CLASSES],
            budget: MIN_BUDGET as isize,
            stack_top: 0,
            pages: Pages::new(),
            large: LargeObjects::new(),
            roots: Vec::new(),
            mark_stack: Vec::new(),
            stats: GcStats {
                collections: 0,
                live_objects: 0,
                live_bytes: 0,
                chunks: 0,
                pages_in_use: 0,
                free_pages: 0,
                large_objects: 0,
            },
        }
    }

    /// The fast path: pop the class's free list.
    #[inline(always)]
    fn alloc_small(&mut self, class: usize, kind: Kind, external: usize) -> *mut u64 {
        self.budget -= (CLASS_SIZES[class] + external) as isize;
        let cell = self.free[class];
        if self.budget < 0 || cell.is_null() {
            return self.alloc_small_slow(class, kind);
        }
        // SAFETY: free-list cells are unused cells of our pages whose first
        // word links to the next free cell.
        unsafe {
            self.free[class] = cell.cast::<*mut u64>().read();
            cell.write(kind.header());
        }
        cell
    }

    /// Collects if the budget is spent, refills an empty free list, then
    /// allocates.
    #[cold]
    #[inline(never)]
    fn alloc_small_slow(&mut self, class: usize, kind: Kind) -> *mut u64 {
        if self.budget < 0 {
            self.collect();
        }
        if self.free[class].is_null() {
            match self.pages.new_page(class) {
                Some(cells) => self.free[class] = cells,
                None => raise(ExcKind::MemoryError, ""),
            }
        }
        let cell = self.free[class];
        // SAFETY: as in `alloc_small`; the list is not empty.
        unsafe {
            self.free[class] = cell.cast::<*mut u64>().read();
            cell.write(kind.header());
        }
        cell
    }

    #[cold]
    fn alloc_large(&mut self, kind: Kind, size: usize, external: usize) -> *mut u64 {
        let Some(size) = size.checked_add(7).map(|s| s & !7) else {
            raise(ExcKind::MemoryError, "")
        };
        self.budget = self
            .budget
            .saturating_sub(isize::try_from(size.saturating_add(external)).unwrap_or(isize::MAX));
        if self.budget < 0 {
            self.collect();
        }
        match self.large.alloc(size, kind.header()) {
            Some(p) => p,
            None => raise(ExcKind::MemoryError, ""),
        }
    }

    /// The allocated object containing address `addr`, if any.
    #[inline]
    fn find(pages: &Pages, large: &LargeObjects, addr: usize) -> Option<*mut u64> {
        pages.find(addr).or_else(|| large.find(addr))
    }

    /// A full collection (see the module docs). Does nothing but reset the
    /// budget while the stack top is unknown.
    #[inline(never)]
    fn collect(&mut self) {
        let mut regs = [0usize; roots::SAVED_REGS];
        let sp = roots::spill_registers(&mut regs);
        let top = self.stack_top;
        if top == 0 || sp >= top || top - sp > roots::MAX_STACK {
            // Without a sound view of the stack, nothing may be freed.
            self.budget = MIN_BUDGET as isize;
            return;
        }
        let mut marker = Marker {
            pages: &self.pages,
            large: &self.large,
            stack: &mut self.mark_stack,
        };
        // SAFETY: [sp, top) is the live part of this thread's stack.
        unsafe { roots::scan_words(sp, top, |w| marker.visit_word(w as u64)) };
        for &slot in &self.roots {
            // SAFETY: registered slots stay valid for the whole process.
            marker.visit_word(unsafe { slot.read_volatile() } as u64);
        }
        crate::exception::visit_roots(&mut marker);
        marker.drain();
        // The spilled registers were read by the scan above; keep them.
        std::hint::black_box(&regs);
        let small = self.pages.sweep(&mut self.free);
        let large = self.large.sweep();
        let live = small.bytes + large.bytes;
        self.budget = MIN_BUDGET
            .max(live.saturating_mul(3))
            .min(isize::MAX as usize) as isize;
        self.stats.collections += 1;
        self.stats.live_objects = small.objects + large.objects;
        self.stats.live_bytes = live;
    }
}

/// Marks objects reachable from roots and traces their references; what
/// a kind's `trace` function receives.
pub struct Marker<'h> {
    pages: &'h Pages,
    large: &'h LargeObjects,
    stack: &'h mut Vec<*mut u64>,
}

impl Marker<'_> {
    /// Treats `word` conservatively: if, with its low 3 bits cleared, it
    /// points into an allocated object, that object is alive. Any value is
    /// accepted (an int word, a pointer, a float's bits, garbage).
    #[inline]
    pub fn visit_word(&mut self, word: u64) {
        let addr = (word & !7) as usize;
        if let Some(obj) = Heap::find(self.pages, self.large, addr) {
            // SAFETY: `find` returns allocated objects only.
            unsafe { self.mark(obj) };
        }
    }

    /// Marks what a value of type `desc` refers to, precisely (no lookup): a container's
    /// element is a small int, a big int's address + 1, or an object's address (maybe a
    /// static one).
    ///
    /// # Safety
    /// `word` must be a valid value of type `desc`.
    #[inline]
    pub unsafe fn visit_value(&mut self, word: u64, desc: &crate::value::TypeDesc) {
        use crate::value::Tag;
        match desc.tag() {
            Tag::Never | Tag::None | Tag::Bool | Tag::Float => {}
            // SAFETY (both): per the contract, an odd int word is a big int's address + 1 and
            // a word of any other traced kind is an object's address.
            Tag::Int if word & 1 == 1 => unsafe { self.visit_object((word - 1) as *const u64) },
            Tag::Int => {}
            _ => unsafe { self.visit_object(word as *const u64) },
        }
    }

    /// Marks the object whose header is at `obj` (a precise reference:
    /// null, a static object, or an object of this heap).
    ///
    /// # Safety
    /// `obj` must be null or point to the header of a live static or heap
    /// object.
    #[inline]
    pub unsafe fn visit_object(&mut self, obj: *const u64) {
        // SAFETY: per the contract, a non-null `obj` has a readable header.
        if !obj.is_null() && unsafe { *obj } & STATIC_BIT == 0 {
            // SAFETY: a heap object (not static).
            unsafe { self.mark(obj.cast_mut()) };
        }
    }

    /// # Safety
    /// `obj` must be an allocated heap object.
    #[inline]
    unsafe fn mark(&mut self, obj: *mut u64) {
        // SAFETY: allocated objects start with a header.
        let header = unsafe { *obj };
        if header & MARK_BIT != 0 {
            return;
        }
        // SAFETY: as above; marking is the collector's write.
        unsafe { *obj = header | MARK_BIT };
        if info(header).trace.is_some() {
            self.stack.push(obj);
        }
    }

    /// Traces marked objects until none is left.
    fn drain(&mut self) {
        while let Some(obj) = self.stack.pop() {
            // SAFETY: only marked, allocated objects are pushed.
            let header = unsafe { *obj };
            if let Some(trace) = info(header).trace {
                // SAFETY: `obj` is a live object of the kind `trace` is for.
                unsafe { trace(obj, self) };
            }
        }
    }
}

/// Records the top of the current thread's stack (the highest address a
/// collection scans), enabling collection on this thread. Returns whether
/// `stack_top` was accepted: it must lie above the caller's frame and
/// within 1 MiB of it (as `main`'s frame is for `kiln_rt_init`); otherwise,
/// or for null, collection stays off and nothing is ever freed. Everything
/// the program keeps in stack frames must be below `stack_top`.
#[inline(never)]
pub fn set_stack_top(stack_top: *const u8) -> bool {
    let here = roots::approximate_sp();
    let top = stack_top.addr();
    let ok = top > here && top - here <= roots::MAX_INIT_DISTANCE;
    with_heap(|h| h.stack_top = if ok { (top + 7) & !7 } else { 0 });
    ok
}

/// Turns collection off on this thread (nothing is freed from now on).
pub fn clear_stack_top() {
    with_heap(|h| h.stack_top = 0);
}

/// Runs a collection now (nothing is freed while collection is off).
pub fn collect() {
    with_heap(|h| h.collect());
}

/// The collector's statistics for this thread.
pub fn stats() -> GcStats {
    with_heap(|h| GcStats {
        chunks: h.pages.chunk_count(),
        pages_in_use: h.pages.pages_in_use(),
        free_pages: h.pages.free_pages(),
        large_objects: h.large.count(),
        ..h.stats
    })
}

/// The allocated object `word` refers to, by the rule roots are checked
/// with (low 3 bits cleared, interior addresses count), if any.
pub fn find_object(word: u64) -> Option<*const u64> {
    with_heap(|h| Heap::find(&h.pages, &h.large, (word & !7) as usize)).map(|p| p.cast_const())
}

/// Registers a global slot whose 8 bytes hold a word (an int word, a
/// string pointer, any value): whatever it refers to when a collection
/// runs stays alive. Generated code registers every global that can hold a
/// heap reference, once, before storing into it. Null is ignored.
///
/// # Safety
/// A non-null `slot` must be 8-byte aligned and readable for the rest of
/// the process.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_gc_add_root(slot: *const i64) {
    if !slot.is_null() {
        with_heap(|h| h.roots.push(slot));
    }
}

/// Runs a full collection now (for tests; programs never need to call it).
#[no_mangle]
pub extern "C" fn kiln_rt_gc_collect() {
    collect();
}
