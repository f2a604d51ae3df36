//! Small objects: size classes, pages of equal cells, and their sweep.
//!
//! The heap takes memory from the system in *chunks* of [`CHUNK_SIZE`]
//! bytes aligned to their size, each cut into [`PAGE_SIZE`] pages aligned
//! to theirs, so `addr & !(PAGE_SIZE - 1)` is the header of the page
//! holding `addr`. A page in use holds cells of one size class after its
//! [`PageHeader`]; a free page has `cell_size == 0` and can be formatted
//! for any class. Chunks are never returned to the system.
//!
//! Free cells of a class form one singly linked list through their first
//! word (the header position, so the [`ALLOC_BIT`] of a free cell is
//! clear). The sweep rebuilds every list. A page left without live cells
//! is set aside as *empty*, still formatted for its class with its cells
//! linked, so the class takes it back without formatting it again; any
//! other class takes it (reformatted) before a new chunk is requested, so
//! the page count follows the live heap, not the total allocated.
//!
//! Guarantees: [`Pages::find`] answers for any word without touching
//! memory outside the chunks, and returns only allocated cells.

use std::alloc::{alloc, Layout};

use super::kind::{external_bytes, finalize, ALLOC_BIT, MARK_BIT};

/// Size of a page; pages are aligned to it.
pub const PAGE_SIZE: usize = 64 << 10;
/// Size of a chunk of pages taken from the system; aligned to it.
pub const CHUNK_SIZE: usize = 2 << 20;
/// Offset of the first cell in a page (the page header comes first).
pub const CELLS_OFFSET: usize = 16;

/// Number of size classes.
pub const NUM_CLASSES: usize = 35;
/// The largest small object; larger ones are large objects.
pub const MAX_SMALL: usize = 8192;

/// Cell size of each class: 16 to 64 by 8, then four steps per doubling up
/// to [`MAX_SMALL`] (at most 25% internal waste beyond 64 bytes).
pub const CLASS_SIZES: [usize; NUM_CLASSES] = class_sizes();

const fn class_sizes() -> [usize; NUM_CLASSES] {
    let mut sizes = [0; NUM_CLASSES];
    let mut i = 0;
    while i < 7 {
        sizes[i] = 16 + 8 * i;
        i += 1;
    }
    let mut base = 64;
    while i < NUM_CLASSES {
        let step = base / 4;
        sizes[i] = base + step;
        sizes[i + 1] = base + 2 * step;
        sizes[i + 2] = base + 3 * step;
        sizes[i + 3] = 2 * base;
        base *= 2;
        i += 4;
    }
    sizes
}

/// The smallest class whose cells hold `size` bytes (`1 <= size <=
/// MAX_SMALL`); constant-folded when `size` is a constant.
#[inline]
pub const fn size_class(size: usize) -> usize {
    if size <= 16 {
        0
    } else if size <= 64 {
        size.div_ceil(8) - 2
    } else {
        let s = size - 1;
        // floor(log2(s)) >= 6 here; four classes per power of two.
        let lg = (usize::BITS - 1 - s.leading_zeros()) as usize;
        7 + (lg - 6) * 4 + ((s >> (lg - 2)) & 3)
    }
}

/// The header at the start of every page.
#[repr(C)]
struct PageHeader {
    /// Size of the cells; 0 for an unformatted page.
    cell_size: u32,
    /// Size class of the cells.
    class: u32,
    /// Number of cells.
    ncells: u32,
    /// For an empty page: offset of the first cell of its free list.
    first_free: u32,
}

const _: () = assert!(std::mem::size_of::<PageHeader>() <= CELLS_OFFSET);
const _: () = assert!(CLASS_SIZES[NUM_CLASSES - 1] == MAX_SMALL);
const _: () = assert!(size_class(MAX_SMALL) == NUM_CLASSES - 1);
const _: () = assert!(CHUNK_SIZE.is_multiple_of(PAGE_SIZE));

/// What a sweep found alive.
#[derive(Clone, Copy, Debug, Default)]
pub struct Survivors {
    /// Live objects.
    pub objects: usize,
    /// Bytes of live cells plus what they own outside the heap.
    pub bytes: usize,
}

/// The chunks and pages of the small-object heap.
pub struct Pages {
    /// Base addresses of the chunks, sorted.
    chunks: Vec<usize>,
    /// Lowest chunk base and highest chunk end (a quick filter).
    lo: usize,
    hi: usize,
    /// Pages holding live cells (as of the last sweep) or handed out since.
    in_use: Vec<*mut u8>,
    /// Empty pages of each class, still formatted, cells linked.
    empty: [Vec<*mut u8>; NUM_CLASSES],
    /// Unformatted pages.
    free: Vec<*mut u8>,
}

impl Pages {
    pub const fn new() -> Self {
        Pages {
            chunks: Vec::new(),
            lo: usize::MAX,
            hi: 0,
            in_use: Vec::new(),
            empty: [const { Vec::new() }; NUM_CLASSES],
            free: Vec::new(),
        }
    }

    /// Number of chunks taken from the system.
    pub fn chunk_count(&self) -> usize {
        self.chunks.len()
    }

    /// Number of pages holding cells.
    pub fn pages_in_use(&self) -> usize {
        self.in_use.len()
    }

    /// Number of pages without live cells (empty or unformatted).
    pub fn free_pages(&self) -> usize {
        self.free.len() + self.empty.iter().map(Vec::len).sum::<usize>()
    }

    /// Takes a new chunk from the system and adds its pages to the free
    /// pool; `None` if the system has no memory.
    fn grow(&mut self) -> Option<()> {
        let layout = Layout::from_size_align(CHUNK_SIZE, CHUNK_SIZE).ok()?;
        // SAFETY: the layout has a non-zero size.
        let chunk = unsafe { alloc(layout) };
        if chunk.is_null() {
            return None;
        }
        // SAFETY: advice only; the chunk is ours.
        unsafe { madvise(chunk.cast(), CHUNK_SIZE, 14) };
        // Conservative roots are plain integers turned back into pointers.
        let base = chunk.expose_provenance();
        // Highest addresses last, so pages are used from the chunk's start.
        for i in (0..CHUNK_SIZE / PAGE_SIZE).rev() {
            // SAFETY: page `i` lies inside the fresh chunk.
            let page = unsafe { chunk.add(i * PAGE_SIZE) };
            // SAFETY: a page is aligned and large enough for its header.
            unsafe { set_free(page) };
            self.free.push(page);
        }
        let at = self.chunks.partition_point(|&c| c < base);
        self.chunks.insert(at, base);
        self.lo = self.lo.min(base);
        self.hi = self.hi.max(base + CHUNK_SIZE);
        Some(())
    }

    /// A page for `class`, with the list of its free cells (first cell
    /// first): an empty page of the class, else a free page or an empty one
    /// of another class formatted for it, else one of a new chunk. `None`
    /// if the system has no memory.
    pub fn new_page(&mut self, class: usize) -> Option<*mut u64> {
        if let Some(page) = self.empty[class].pop() {
            self.in_use.push(page);
            // SAFETY: an empty page is formatted and its free list starts
            // at `first_free`.
            return Some(unsafe {
                let first = (*page.cast::<PageHeader>()).first_free as usize;
                page.add(first).cast::<u64>()
            });
        }
        let page = match self.free.pop() {
            Some(page) => page,
            None => match self.empty.iter_mut().find_map(Vec::pop) {
                Some(page) => page,
                None => {
                    self.grow()?;
                    self.free.pop()?
                }
            },
        };
        // SAFETY: `page` is a page of one of our chunks, not in use.
        Some(unsafe { self.format(page, class) })
    }

    /// Formats `page` for `class`, marks it in use and returns its free
    /// list.
    ///
    /// # Safety
    /// `page` must be a page of one of the heap's chunks, not in use.
    unsafe fn format(&mut self, page: *mut u8, class: usize) -> *mut u64 {
        let size = CLASS_SIZES[class];
        let ncells = (PAGE_SIZE - CELLS_OFFSET) / size;
        // SAFETY: per the contract, PAGE_SIZE bytes, aligned, ours.
        unsafe {
            page.cast::<PageHeader>().write(PageHeader {
                cell_size: size as u32,
                class: class as u32,
                ncells: ncells as u32,
                first_free: 0,
            });
            let first = page.add(CELLS_OFFSET);
            let mut next: *mut u64 = std::ptr::null_mut();
            for i in (0..ncells).rev() {
                let cell = first.add(i * size).cast::<u64>();
                cell.cast::<*mut u64>().write(next);
                next = cell;
            }
            self.in_use.push(page);
            next
        }
    }

    /// The allocated cell containing address `addr`, if any.
    #[inline]
    pub fn find(&self, addr: usize) -> Option<*mut u64> {
        if addr < self.lo || addr >= self.hi {
            return None;
        }
        self.chunks
            .binary_search(&(addr & !(CHUNK_SIZE - 1)))
            .ok()?;
        let page_addr = addr & !(PAGE_SIZE - 1);
        let page = std::ptr::with_exposed_provenance_mut::<u8>(page_addr);
        // SAFETY: `page` is a page of one of our chunks, whose header is
        // always initialized (free pages have cell_size 0).
        let (size, ncells) = unsafe {
            let h = &*page.cast::<PageHeader>();
            (h.cell_size as usize, h.ncells as usize)
        };
        let offset = addr - page_addr;
        if size == 0 || offset < CELLS_OFFSET {
            return None;
        }
        let index = (offset - CELLS_OFFSET) / size;
        if index >= ncells {
            return None;
        }
        // SAFETY: cell `index` lies inside the page.
        let cell = unsafe { page.add(CELLS_OFFSET + index * size) }.cast::<u64>();
        // SAFETY: every cell's first word is initialized (a header or a
        // free-list link).
        (unsafe { *cell } & ALLOC_BIT != 0).then_some(cell)
    }

    /// Sweeps every page: finalizes and frees unmarked objects, unmarks
    /// the others, rebuilds the free lists `free` (one per class) and sets
    /// pages without live cells aside as empty.
    pub fn sweep(&mut self, free: &mut [*mut u64; NUM_CLASSES]) -> Survivors {
        free.fill(std::ptr::null_mut());
        let mut total = Survivors::default();
        let empty = &mut self.empty;
        self.in_use.retain(|&page| {
            // SAFETY: pages in use are formatted pages of our chunks.
            let survivors = unsafe { sweep_page(page, free) };
            total.objects += survivors.objects;
            total.bytes += survivors.bytes;
            if survivors.objects == 0 {
                // SAFETY: as above.
                let class = unsafe { (*page.cast::<PageHeader>()).class } as usize;
                empty[class].push(page);
            }
            survivors.objects > 0
        });
        total
    }
}

/// Marks a page unformatted (no cells).
///
/// # Safety
/// `page` must be a page of one of the heap's chunks, not in use.
unsafe fn set_free(page: *mut u8) {
    // SAFETY: per the contract, the page header is ours to write.
    unsafe {
        page.cast::<PageHeader>().write(PageHeader {
            cell_size: 0,
            class: 0,
            ncells: 0,
            first_free: 0,
        })
    };
}

/// Sweeps one page; links its free cells in front of its class's list,
/// unless no cell is alive: then the page keeps its own list (from
/// `first_free`) for when it is taken again.
///
/// # Safety
/// `page` must be a formatted page of the heap, with marks set by a
/// complete mark phase.
unsafe fn sweep_page(page: *mut u8, free: &mut [*mut u64; NUM_CLASSES]) -> Survivors {
    // SAFETY: the caller passes a formatted page.
    let header = unsafe { &mut *page.cast::<PageHeader>() };
    let size = header.cell_size as usize;
    let class = header.class as usize;
    let mut survivors = Survivors::default();
    let mut head: *mut u64 = std::ptr::null_mut();
    let mut tail: *mut u64 = std::ptr::null_mut();
    // Backwards, so the list runs in address order.
    for i in (0..header.ncells as usize).rev() {
        // SAFETY: cell `i` lies inside the page; its first word is a header
        // or a free-list link.
        unsafe {
            let cell = page.add(CELLS_OFFSET + i * size).cast::<u64>();
            let word = *cell;
            if word & ALLOC_BIT != 0 {
                if word & MARK_BIT != 0 {
                    *cell = word & !MARK_BIT;
                    survivors.objects += 1;
                    survivors.bytes += size + external_bytes(word, cell);
                    continue;
                }
                finalize(word, cell);
            }
            cell.cast::<*mut u64>().write(head);
            head = cell;
            if tail.is_null() {
                tail = cell;
            }
        }
    }
    if survivors.objects == 0 {
        // Every cell is free, so `head` is the first cell.
        header.first_free = CELLS_OFFSET as u32;
    } else if !head.is_null() {
        // SAFETY: `tail` is the last free cell of this page.
        unsafe { tail.cast::<*mut u64>().write(free[class]) };
        free[class] = head;
    }
    survivors
}

extern "C" {
    /// Advice on the use of memory (here: back a chunk with transparent huge pages).
    fn madvise(addr: *mut std::ffi::c_void, len: usize, advice: std::ffi::c_int)
        -> std::ffi::c_int;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_classes_are_tight() {
        assert_eq!(CLASS_SIZES[..8], [16, 24, 32, 40, 48, 56, 64, 80]);
        for w in CLASS_SIZES.windows(2) {
            assert!(w[0] < w[1] && w[0] % 8 == 0);
        }
        for size in 1..=MAX_SMALL {
            let c = size_class(size);
            assert!(CLASS_SIZES[c] >= size, "size {size}");
            assert!(c == 0 || CLASS_SIZES[c - 1] < size, "size {size}");
        }
    }
}
