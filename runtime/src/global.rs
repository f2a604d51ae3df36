//! A minimal wrapper for mutable global runtime state.
//!
//! Programs compiled by kiln are single-threaded: the generated code calls
//! into the runtime from one thread only, and the runtime never spawns
//! threads. Under that guarantee a global such as the stdout buffer does not
//! need a lock, so [`Global`] hands out plain `&mut` access. The type is
//! `Sync` only so that it can live in a `static`; it is not safe to use from
//! more than one thread.

use std::cell::UnsafeCell;

/// Mutable global state for a single-threaded program.
pub struct Global<T>(UnsafeCell<T>);

// SAFETY: kiln programs are single-threaded (see the module docs), so no two
// threads ever access the contents at the same time.
unsafe impl<T> Sync for Global<T> {}

impl<T> Global<T> {
    /// Wraps `value`.
    pub const fn new(value: T) -> Self {
        Global(UnsafeCell::new(value))
    }

    /// Runs `f` with exclusive access to the contents.
    ///
    /// Taking a closure (rather than returning `&mut T`) keeps each borrow
    /// short, so two borrows of the same global cannot overlap as long as `f`
    /// does not re-enter `with` on the same global.
    pub fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // SAFETY: single-threaded (module docs), and callers never nest
        // `with` on one global, so this is the only live reference.
        f(unsafe { &mut *self.0.get() })
    }
}
