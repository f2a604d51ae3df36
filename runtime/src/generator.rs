//! Generator objects: `{header, frame size, frame...}`. The frame is an LLVM coroutine frame
//! laid out by the code generator (resume and destroy function pointers, the promise the
//! generator and its asker exchange values through, then every value live across a `yield`),
//! so the runtime does not know its layout: the collector scans its words conservatively, as
//! it scans the stack.

use crate::gc::{self, kind::Kind, Marker};

/// Bytes before the frame: the header and the frame's size.
const FRAME_OFFSET: usize = 16;

/// A new generator object with room for a coroutine frame of `size` bytes, which starts 16
/// bytes into it (the frame is uninitialized until the coroutine's start writes it).
#[no_mangle]
pub extern "C" fn kiln_rt_generator_new(size: u64) -> *mut u64 {
    let frame = usize::try_from(size)
        .unwrap_or(usize::MAX)
        .next_multiple_of(8);
    let p = gc::alloc(Kind::Generator, FRAME_OFFSET + frame, 0);
    // SAFETY: a fresh allocation of at least 16 bytes. The frame's words are scanned
    // conservatively, so leaving them as they are is sound: any word is accepted.
    unsafe { *p.add(1) = frame as u64 };
    p
}

/// Visits every word of a generator's frame as a possible reference.
///
/// # Safety
/// `obj` must be a live generator object.
pub unsafe fn trace_generator(obj: *mut u64, marker: &mut Marker<'_>) {
    // SAFETY: a generator object holds its frame's size (a multiple of 8) and the frame.
    unsafe {
        let words = *obj.add(1) as usize / 8;
        for i in 0..words {
            marker.visit_word(*obj.add(FRAME_OFFSET / 8 + i));
        }
    }
}
