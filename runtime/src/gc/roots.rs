//! The machine-level roots: callee-saved registers and the stack.
//!
//! A collection starts inside one non-inlined function
//! (`Heap::collect`). At that point every value a caller still needs is in
//! one of three places: in a caller's stack frame, in a callee-saved
//! register, or saved from a callee-saved register into the frame of a
//! function below it. [`spill_registers`] copies the callee-saved
//! registers into an array in the collecting frame and returns the lower
//! of the stack pointer and that array's address (the array may sit in
//! x86_64's red zone, below the stack pointer), so scanning every word from
//! there up to the stack top recorded at start-up sees all three.
//! (Caller-saved registers hold nothing the callers need after the call:
//! the ABI makes them save those values in their frames.)
//!
//! Floating-point callee-saved registers are spilled on aarch64 (`d8`-`d15`)
//! in case a compiler parks an integer there; riscv64's `fs` registers are
//! not (LLVM does not move integers into them).

/// Number of words [`spill_registers`] writes.
#[cfg(target_arch = "x86_64")]
pub const SAVED_REGS: usize = 6;
#[cfg(target_arch = "aarch64")]
pub const SAVED_REGS: usize = 19;
#[cfg(target_arch = "riscv64")]
pub const SAVED_REGS: usize = 12;
#[cfg(not(any(
    target_arch = "x86_64",
    target_arch = "aarch64",
    target_arch = "riscv64"
)))]
compile_error!(
    "kiln's garbage collector needs the callee-saved registers of this architecture \
     (runtime/src/gc/roots.rs)"
);

/// Copies the callee-saved registers into `regs` and returns the lowest
/// address to scan: the stack pointer, or `regs` itself if lower (a leaf
/// function on x86_64 may keep `regs` in the red zone below the stack
/// pointer). Must be inlined into the collecting function so the registers
/// still hold the callers' values (or the callers' values are saved in its
/// frame, above the stack pointer).
#[inline(always)]
pub fn spill_registers(regs: &mut [usize; SAVED_REGS]) -> usize {
    let sp: usize;
    // SAFETY: the assembly only stores registers into `regs` (exactly
    // SAVED_REGS words) and reads the stack pointer.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        std::arch::asm!(
            "mov [{regs}], rbx",
            "mov [{regs} + 8], rbp",
            "mov [{regs} + 16], r12",
            "mov [{regs} + 24], r13",
            "mov [{regs} + 32], r14",
            "mov [{regs} + 40], r15",
            "mov {sp}, rsp",
            regs = in(reg) regs.as_mut_ptr(),
            sp = out(reg) sp,
            options(nostack, preserves_flags),
        );
    }
    // SAFETY: as above.
    #[cfg(target_arch = "aarch64")]
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{regs}]",
            "stp x21, x22, [{regs}, #16]",
            "stp x23, x24, [{regs}, #32]",
            "stp x25, x26, [{regs}, #48]",
            "stp x27, x28, [{regs}, #64]",
            "str x29, [{regs}, #80]",
            "stp d8, d9, [{regs}, #88]",
            "stp d10, d11, [{regs}, #104]",
            "stp d12, d13, [{regs}, #120]",
            "stp d14, d15, [{regs}, #136]",
            "mov {sp}, sp",
            regs = in(reg) regs.as_mut_ptr(),
            sp = out(reg) sp,
            options(nostack, preserves_flags),
        );
    }
    // SAFETY: as above.
    #[cfg(target_arch = "riscv64")]
    unsafe {
        std::arch::asm!(
            "sd s0, 0({regs})",
            "sd s1, 8({regs})",
            "sd s2, 16({regs})",
            "sd s3, 24({regs})",
            "sd s4, 32({regs})",
            "sd s5, 40({regs})",
            "sd s6, 48({regs})",
            "sd s7, 56({regs})",
            "sd s8, 64({regs})",
            "sd s9, 72({regs})",
            "sd s10, 80({regs})",
            "sd s11, 88({regs})",
            "mv {sp}, sp",
            regs = in(reg) regs.as_mut_ptr(),
            sp = out(reg) sp,
            options(nostack, preserves_flags),
        );
    }
    sp.min(regs.as_ptr().addr())
}

/// Largest stack the collector agrees to scan (a stack top further than
/// this from the stack pointer is taken to be wrong).
pub const MAX_STACK: usize = 1 << 30;

/// Largest distance from `kiln_rt_init`'s frame to the stack top passed to
/// it: `main`'s frame is just above.
pub const MAX_INIT_DISTANCE: usize = 1 << 20;

/// The address of a local of the calling frame: roughly the stack pointer.
#[inline(always)]
pub fn approximate_sp() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker as *const u8).addr()
}

/// Calls `visit` on every aligned word in `[lo, hi)`.
///
/// # Safety
/// The range must be readable (a part of the current thread's stack).
pub unsafe fn scan_words(lo: usize, hi: usize, mut visit: impl FnMut(usize)) {
    let mut at = (lo + 7) & !7;
    while at + 8 <= hi {
        // Volatile: these words belong to other frames; the compiler must
        // not reason about them.
        // SAFETY: `at` lies in the readable range given by the caller.
        visit(unsafe { std::ptr::with_exposed_provenance::<usize>(at).read_volatile() });
        at += 8;
    }
}
