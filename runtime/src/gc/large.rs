//! Large objects: anything bigger than the largest size class, allocated
//! one by one from the system allocator and freed by the sweep.
//!
//! They are kept in an ordered map from start address to size, so a
//! conservative root anywhere inside one finds it.

use std::alloc::{alloc, dealloc, Layout};
use std::collections::BTreeMap;

use super::kind::{external_bytes, finalize, ALLOC_BIT, MARK_BIT};
use super::page::Survivors;

/// Alignment of large objects (8 would do; 16 suits the system allocator).
const ALIGN: usize = 16;

/// The large objects of the heap.
pub struct LargeObjects {
    /// Start address → size in bytes.
    objects: BTreeMap<usize, usize>,
    /// Lowest start and highest end of all objects (a quick filter).
    lo: usize,
    hi: usize,
}

impl LargeObjects {
    pub const fn new() -> Self {
        LargeObjects {
            objects: BTreeMap::new(),
            lo: usize::MAX,
            hi: 0,
        }
    }

    /// Number of large objects.
    pub fn count(&self) -> usize {
        self.objects.len()
    }

    /// Allocates `size` bytes (a multiple of 8) with `header` as the first
    /// word; `None` if the size is impossible or the system has no memory.
    pub fn alloc(&mut self, size: usize, header: u64) -> Option<*mut u64> {
        let layout = Layout::from_size_align(size, ALIGN).ok()?;
        // SAFETY: `size` is larger than the largest size class, so non-zero.
        let p = unsafe { alloc(layout) }.cast::<u64>();
        if p.is_null() {
            return None;
        }
        // SAFETY: a fresh allocation of at least 8 bytes, aligned.
        unsafe { p.write(header) };
        let start = p.expose_provenance();
        self.objects.insert(start, size);
        self.lo = self.lo.min(start);
        self.hi = self.hi.max(start + size);
        Some(p)
    }

    /// The large object containing address `addr`, if any.
    #[inline]
    pub fn find(&self, addr: usize) -> Option<*mut u64> {
        if addr < self.lo || addr >= self.hi {
            return None;
        }
        let (&start, &size) = self.objects.range(..=addr).next_back()?;
        (addr - start < size).then(|| std::ptr::with_exposed_provenance_mut(start))
    }

    /// Frees unmarked objects (after finalizing them) and unmarks the rest.
    pub fn sweep(&mut self) -> Survivors {
        let mut survivors = Survivors::default();
        self.objects.retain(|&start, &mut size| {
            let obj = std::ptr::with_exposed_provenance_mut::<u64>(start);
            // SAFETY: every entry is a live allocation of `size` bytes
            // starting with a header.
            unsafe {
                let header = *obj;
                debug_assert!(header & ALLOC_BIT != 0);
                if header & MARK_BIT != 0 {
                    *obj = header & !MARK_BIT;
                    survivors.objects += 1;
                    survivors.bytes += size + external_bytes(header, obj);
                    return true;
                }
                finalize(header, obj);
                // The layout was valid when the object was allocated.
                dealloc(obj.cast(), Layout::from_size_align_unchecked(size, ALIGN));
            }
            false
        });
        self.lo = self.objects.keys().next().copied().unwrap_or(usize::MAX);
        self.hi = self
            .objects
            .iter()
            .next_back()
            .map_or(0, |(&start, &size)| start + size);
        survivors
    }
}
