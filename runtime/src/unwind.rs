//! Zero-cost exception propagation: Python exceptions travel up the native stack with the
//! platform's table-driven unwinder (the Itanium C++ ABI's `_Unwind_*` functions: libgcc on
//! glibc targets, LLVM's libunwind on musl), so a call that does not raise costs nothing.
//!
//! Generated code calls what may raise with LLVM `invoke`; its landing pads are either
//! *cleanups* (record a traceback entry, then `resume`) or *handlers* (`catch ptr null`: the
//! function's `except` code decides what it matches and re-raises otherwise). Every kiln
//! function names [`kiln_rt_personality`] as its personality; it reads the call-site table of the
//! function's language-specific data area (LSDA, the `.gcc_except_table` LLVM emits) to find
//! the landing pad of the call that is unwinding. kiln's tables hold no type filters: an
//! action of 0 is a cleanup, any other action a handler.
//!
//! At most one exception is *in flight* (between [`throw`] and the handler that catches it):
//! cleanups run no Python code, so nothing can raise meanwhile. Its unwinder header is one
//! static slot; the exception object is held by the in-flight root, which the collector scans.

/// The unwinder's exception header (`struct _Unwind_Exception`); 16-byte aligned as in
/// the C headers.
#[repr(C, align(16))]
pub struct UnwindException {
    class: u64,
    cleanup: Option<unsafe extern "C" fn(i32, *mut UnwindException)>,
    private: [usize; 2],
}

/// An opaque `struct _Unwind_Context`.
#[repr(C)]
pub struct UnwindContext {
    _private: [u8; 0],
}

/// `"KILNPY\0\0"`: the exception class of Python exceptions.
const KILN_CLASS: u64 = u64::from_be_bytes(*b"KILNPY\0\0");

// _Unwind_Reason_Code values.
const URC_FATAL_PHASE1_ERROR: i32 = 3;
const URC_END_OF_STACK: i32 = 5;
const URC_HANDLER_FOUND: i32 = 6;
const URC_INSTALL_CONTEXT: i32 = 7;
const URC_CONTINUE_UNWIND: i32 = 8;

// _Unwind_Action bits.
const UA_SEARCH_PHASE: i32 = 1;
const UA_CLEANUP_PHASE: i32 = 2;

/// The registers a landing pad receives the exception pointer and the selector in
/// (`__builtin_eh_return_data_regno(0)` and `(1)`).
#[cfg(target_arch = "x86_64")]
const DATA_REGS: (i32, i32) = (0, 1);
#[cfg(target_arch = "aarch64")]
const DATA_REGS: (i32, i32) = (0, 1);
#[cfg(target_arch = "riscv64")]
const DATA_REGS: (i32, i32) = (10, 11);

// Declared `extern "C"`, not `"C-unwind"`: the runtime is built with `panic = "abort"`, under
// which Rust guards every call to an unwinding function with an abort. Python exceptions must
// pass through the runtime's frames instead, which hold nothing to clean up (a raise happens
// only once the runtime's own state is consistent) and have unwind tables
// (`-Cforce-unwind-tables`, set by the build script).
extern "C" {
    fn _Unwind_RaiseException(exception: *mut UnwindException) -> i32;
    fn _Unwind_GetLanguageSpecificData(context: *mut UnwindContext) -> *const u8;
    fn _Unwind_GetRegionStart(context: *mut UnwindContext) -> usize;
    fn _Unwind_GetIPInfo(context: *mut UnwindContext, ip_before_insn: *mut i32) -> usize;
    fn _Unwind_SetGR(context: *mut UnwindContext, index: i32, value: usize);
    fn _Unwind_SetIP(context: *mut UnwindContext, value: usize);
}

/// The header of the exception in flight (only its address and `class` matter to kiln).
static mut IN_FLIGHT: UnwindException = UnwindException {
    class: KILN_CLASS,
    cleanup: None,
    private: [0; 2],
};

/// Starts unwinding with the exception the caller has made the in-flight one. Returns only
/// when no frame handles it, which cannot happen under kiln's `main` (it catches everything);
/// the caller then reports the exception itself.
pub fn throw() {
    // SAFETY: one exception is in flight at a time (module docs), so nothing else uses the
    // slot; the unwinder only writes its private words.
    unsafe {
        let slot = std::ptr::addr_of_mut!(IN_FLIGHT);
        (*slot).class = KILN_CLASS;
        (*slot).private = [0; 2];
        let code = _Unwind_RaiseException(slot);
        debug_assert_eq!(code, URC_END_OF_STACK);
    }
}

/// The personality routine of every function kiln compiles (see the module docs).
///
/// # Safety
/// Called by the unwinder with its own valid arguments.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_personality(
    version: i32,
    actions: i32,
    class: u64,
    exception: *mut UnwindException,
    context: *mut UnwindContext,
) -> i32 {
    if version != 1 || class != KILN_CLASS {
        return URC_CONTINUE_UNWIND;
    }
    // SAFETY: the unwinder passes the frame's valid context.
    let pad = unsafe { find_landing_pad(context) };
    let Ok(pad) = pad else {
        return URC_FATAL_PHASE1_ERROR;
    };
    let Some((landing_pad, is_handler)) = pad else {
        return URC_CONTINUE_UNWIND;
    };
    if actions & UA_SEARCH_PHASE != 0 {
        return if is_handler {
            URC_HANDLER_FOUND
        } else {
            URC_CONTINUE_UNWIND
        };
    }
    if actions & UA_CLEANUP_PHASE == 0 {
        return URC_CONTINUE_UNWIND;
    }
    // SAFETY: installing a landing pad of this frame, as the ABI prescribes.
    unsafe {
        _Unwind_SetGR(context, DATA_REGS.0, exception as usize);
        _Unwind_SetGR(context, DATA_REGS.1, usize::from(is_handler));
        _Unwind_SetIP(context, landing_pad);
    }
    URC_INSTALL_CONTEXT
}

/// The landing pad covering the frame's current call and whether it is a handler (else a
/// cleanup); `None` when the call has none. `Err` for a table kiln cannot read.
///
/// # Safety
/// `context` must be the unwinder's valid context of a frame.
unsafe fn find_landing_pad(context: *mut UnwindContext) -> Result<Option<(usize, bool)>, ()> {
    // SAFETY: the caller passes a valid context.
    let (lsda, func_start, ip) = unsafe {
        let mut before = 0;
        let ip = _Unwind_GetIPInfo(context, &mut before);
        let lsda = _Unwind_GetLanguageSpecificData(context);
        (lsda, _Unwind_GetRegionStart(context), ip)
    };
    if lsda.is_null() {
        return Ok(None);
    }
    // The return address points after the call; look up the call itself.
    let ip = ip.wrapping_sub(1);
    let mut r = Reader(lsda);
    // SAFETY: `lsda` points at a well-formed LSDA emitted by LLVM.
    unsafe {
        let lp_start_encoding = r.u8();
        let lp_start = if lp_start_encoding == DW_EH_PE_OMIT {
            func_start
        } else {
            r.encoded(lp_start_encoding)?
        };
        let ttype_encoding = r.u8();
        if ttype_encoding != DW_EH_PE_OMIT {
            r.uleb128();
        }
        let call_site_encoding = r.u8();
        let table_len = r.uleb128();
        let end = r.0.add(table_len);
        while r.0 < end {
            let start = func_start + r.encoded(call_site_encoding)?;
            let len = r.encoded(call_site_encoding)?;
            let pad = r.encoded(call_site_encoding)?;
            let action = r.uleb128();
            if ip < start {
                break;
            }
            if ip < start + len {
                return Ok((pad != 0).then_some((lp_start + pad, action != 0)));
            }
        }
    }
    Ok(None)
}

const DW_EH_PE_OMIT: u8 = 0xff;

/// A cursor over LSDA bytes.
struct Reader(*const u8);

impl Reader {
    unsafe fn u8(&mut self) -> u8 {
        // SAFETY: the caller stays inside the table.
        unsafe {
            let b = *self.0;
            self.0 = self.0.add(1);
            b
        }
    }

    unsafe fn uleb128(&mut self) -> usize {
        let (mut result, mut shift) = (0usize, 0u32);
        loop {
            // SAFETY: as for `u8`.
            let b = unsafe { self.u8() };
            if shift < usize::BITS {
                result |= usize::from(b & 0x7f) << shift;
            }
            shift += 7;
            if b & 0x80 == 0 {
                return result;
            }
        }
    }

    unsafe fn sleb128(&mut self) -> isize {
        let (mut result, mut shift) = (0isize, 0u32);
        loop {
            // SAFETY: as for `u8`.
            let b = unsafe { self.u8() };
            if shift < isize::BITS {
                result |= isize::from(b & 0x7f) << shift;
            }
            shift += 7;
            if b & 0x80 == 0 {
                if shift < isize::BITS && b & 0x40 != 0 {
                    result |= -1 << shift;
                }
                return result;
            }
        }
    }

    /// Reads `N` bytes as a native-endian value.
    unsafe fn fixed<const N: usize>(&mut self) -> [u8; N] {
        let mut bytes = [0; N];
        // SAFETY: as for `u8`; the bytes may be unaligned.
        unsafe {
            std::ptr::copy_nonoverlapping(self.0, bytes.as_mut_ptr(), N);
            self.0 = self.0.add(N);
        }
        bytes
    }

    /// A `DW_EH_PE_*`-encoded value: the value formats and the pc-relative and indirect
    /// modifiers (all LLVM emits in an LSDA).
    unsafe fn encoded(&mut self, encoding: u8) -> Result<usize, ()> {
        let here = self.0 as usize;
        // SAFETY: as for `u8`.
        let value = unsafe {
            match encoding & 0x0f {
                0x00 => usize::from_ne_bytes(self.fixed()),
                0x01 => self.uleb128(),
                0x02 => usize::from(u16::from_ne_bytes(self.fixed())),
                0x03 => u32::from_ne_bytes(self.fixed()) as usize,
                0x04 => u64::from_ne_bytes(self.fixed()) as usize,
                0x09 => self.sleb128() as usize,
                0x0a => i16::from_ne_bytes(self.fixed()) as isize as usize,
                0x0b => i32::from_ne_bytes(self.fixed()) as isize as usize,
                0x0c => i64::from_ne_bytes(self.fixed()) as usize,
                _ => return Err(()),
            }
        };
        let value = match encoding & 0x70 {
            0x00 => value,
            0x10 => here.wrapping_add(value),
            _ => return Err(()),
        };
        if encoding & 0x80 != 0 {
            // SAFETY: an indirect value is the address of the pointer to read.
            return Ok(unsafe { *(value as *const usize) });
        }
        Ok(value)
    }
}
