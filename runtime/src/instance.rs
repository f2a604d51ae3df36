//! Instances of the program's classes: `{header, class, set-fields mask, fields...}`. The
//! class info is static, emitted by the code generator: the class name, the descriptors of
//! its fields (traced precisely, the set ones only) and its `__repr__` / `__str__`.

use crate::gc::{self, kind::Kind, Marker};
use crate::global::Global;
use crate::object::{str_as_str, StrObject};
use crate::value::TypeDesc;

/// A compiled method taking the frame depth and the instance, returning a `str`.
pub type TextMethod = unsafe extern "C" fn(i64, *const InstanceObject) -> *const StrObject;

/// The static description of a class.
#[repr(C)]
pub struct ClassInfo {
    pub name: *const StrObject,
    pub nfields: u64,
    pub fields: *const *const TypeDesc,
    pub repr: Option<TextMethod>,
    pub str: Option<TextMethod>,
    pub eq: Option<CompareMethod>,
    pub lt: Option<CompareMethod>,
    /// 1 if instances are unhashable (`__eq__` without `__hash__`).
    pub unhashable: u64,
    /// For an exception class, the builtin exception class it derives from (an `ExcKind`
    /// number; `u64::MAX` for other classes). Its instances are exception objects.
    pub exc_kind: u64,
    /// A compiled `__hash__`.
    pub hash: Option<HashMethod>,
    pub gt: Option<CompareMethod>,
}

/// A compiled `__hash__`: frame depth, the instance; an int.
pub type HashMethod = unsafe extern "C" fn(i64, *const InstanceObject) -> crate::Int;

/// A compiled `__eq__` / `__lt__`: frame depth, two instances, a bool (in the low bit).
pub type CompareMethod =
    unsafe extern "C" fn(i64, *const InstanceObject, *const InstanceObject) -> u8;

/// `a == b`: the class's `__eq__`, else identity.
///
/// # Safety
/// Both must be live instances of one class.
pub unsafe fn eq(a: *const InstanceObject, b: *const InstanceObject) -> bool {
    // SAFETY: live instances of a valid class.
    unsafe {
        match (*(*a).class).eq {
            Some(method) => method(1, a, b) & 1 != 0,
            None => a == b,
        }
    }
}

/// `a < b` through `a`'s `__lt__`, else the reflected `b > a`; `None` if neither is defined.
///
/// # Safety
/// Both must be live instances of classes sharing the compared methods.
pub unsafe fn lt(a: *const InstanceObject, b: *const InstanceObject) -> Option<bool> {
    // SAFETY: per the contract.
    unsafe { ordered(a, b, |class| class.lt, |class| class.gt) }
}

/// `a > b` through `a`'s `__gt__`, else the reflected `b < a`; `None` if neither is defined.
///
/// # Safety
/// See [`lt`].
pub unsafe fn gt(a: *const InstanceObject, b: *const InstanceObject) -> Option<bool> {
    // SAFETY: per the contract.
    unsafe { ordered(a, b, |class| class.gt, |class| class.lt) }
}

/// `a op b` through `a`'s method for `op`, else `b`'s for the reflected operator.
///
/// # Safety
/// See [`lt`].
unsafe fn ordered(
    a: *const InstanceObject,
    b: *const InstanceObject,
    op: impl Fn(&ClassInfo) -> Option<CompareMethod>,
    reflected: impl Fn(&ClassInfo) -> Option<CompareMethod>,
) -> Option<bool> {
    // SAFETY: live instances of valid classes.
    unsafe {
        if let Some(method) = op(&*(*a).class) {
            return Some(method(1, a, b) & 1 != 0);
        }
        reflected(&*(*b).class).map(|method| method(1, b, a) & 1 != 0)
    }
}

/// The class name of an instance.
///
/// # Safety
/// `p` must be a live instance.
pub unsafe fn class_name<'a>(p: *const InstanceObject) -> &'a str {
    // SAFETY: a live instance of a valid class.
    bare_name(unsafe { str_as_str((*(*p).class).name) })
}

/// A class's `__name__`: its name without the module a program module's class is named with
/// (`Cart` of `shop.cart.Cart`).
pub fn bare_name(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

/// A class's module-qualified name, as `repr` shows it: `shop.cart.Cart` for a class of a
/// program module (which its name already is), `__main__.Cart` for one of the script.
pub fn qualified_name(name: &str) -> String {
    match name.contains('.') {
        true => name.to_owned(),
        false => format!("__main__.{name}"),
    }
}

/// An instance's header; its fields (words) follow.
#[repr(C)]
pub struct InstanceObject {
    pub header: u64,
    pub class: *const ClassInfo,
    /// Bit `i` is set once field `i` has been assigned.
    pub mask: u64,
}

/// A new instance of `class` with no field set.
///
/// # Safety
/// `class` must be a class info emitted by the code generator.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_instance_new(class: *const ClassInfo) -> *mut InstanceObject {
    // SAFETY: a valid class info.
    let nfields = unsafe { (*class).nfields } as usize;
    let size = std::mem::size_of::<InstanceObject>() + 8 * nfields;
    let p = gc::alloc(Kind::Instance, size, 0).cast::<InstanceObject>();
    // SAFETY: a fresh allocation of `size` bytes. The fields stay as they are: nothing reads
    // or traces a field before its mask bit is set.
    unsafe {
        (*p).class = class;
        (*p).mask = 0;
    }
    p
}

/// `type(x).__name__` of an instance (its class's static name).
///
/// # Safety
/// `p` must be an instance.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_instance_class_name(p: *const InstanceObject) -> *const StrObject {
    // SAFETY: an instance points at its class info.
    let name = unsafe { (*(*p).class).name };
    // SAFETY: a class's name is a valid string.
    match unsafe { str_as_str(name) }.contains('.') {
        // SAFETY: as above.
        true => crate::object::new_str(unsafe { class_name(p) }),
        false => name,
    }
}

/// The first field of an instance.
///
/// # Safety
/// `p` must be an instance.
unsafe fn fields(p: *mut InstanceObject) -> *mut u64 {
    // SAFETY: the fields follow the header.
    unsafe { p.add(1).cast::<u64>() }
}

/// Traces the set fields of an instance.
///
/// # Safety
/// `obj` must be a live instance.
pub unsafe fn trace_instance(obj: *mut u64, marker: &mut Marker<'_>) {
    let p = obj.cast::<InstanceObject>();
    // SAFETY: a live instance of a valid class.
    unsafe { trace_fields(&*(*p).class, (*p).mask, fields(p), marker) }
}

/// Traces the fields of an object of `class` (an instance or an exception) that `mask` says
/// are set.
///
/// # Safety
/// `fields` must point at the object's fields; set ones hold values of their types.
pub unsafe fn trace_fields(
    class: &ClassInfo,
    mask: u64,
    fields: *const u64,
    marker: &mut Marker<'_>,
) {
    for i in 0..class.nfields as usize {
        if mask & (1 << i) != 0 {
            // SAFETY: per the contract.
            unsafe { marker.visit_value(*fields.add(i), &**class.fields.add(i)) };
        }
    }
}

/// The stack addresses of the runtime's calls of compiled `__repr__` / `__str__` methods
/// still running, outermost first. A call an exception unwound leaves its entry behind; it
/// lies below the stack pointer of any later call from outside it, which drops it.
static TEXT_CALLS: Global<Vec<usize>> = Global::new(Vec::new());

/// Python's recursion limit, which nested `__repr__` calls through containers also count
/// against (the runtime cannot see the Python frames between them).
const NESTING_LIMIT: usize = 1000;

/// Calls compiled `method` on `p` for `repr` or `str` (`what`), raising RecursionError when
/// such calls nest deeper than Python's recursion limit.
///
/// # Safety
/// `p` must be a live instance of a class whose method this is.
pub(crate) unsafe fn call_text(method: TextMethod, p: *const InstanceObject, what: &str) -> String {
    let marker = 0u8;
    let here = std::ptr::addr_of!(marker) as usize;
    let too_deep = TEXT_CALLS.with(|calls| {
        while calls.last().is_some_and(|&sp| sp <= here) {
            calls.pop();
        }
        calls.push(here);
        calls.len() > NESTING_LIMIT
    });
    if too_deep {
        TEXT_CALLS.with(|calls| calls.pop());
        crate::exc::raise(
            crate::exc::ExcKind::RecursionError,
            &format!("maximum recursion depth exceeded while getting the {what} of an object"),
        );
    }
    // SAFETY: per the contract.
    let text = unsafe { str_as_str(method(1, p)) }.to_owned();
    TEXT_CALLS.with(|calls| calls.pop());
    std::hint::black_box(&marker);
    text
}

/// `repr(x)` of an instance: its class's `__repr__`, or CPython's default
/// `<__main__.Name object at 0x...>`.
///
/// # Safety
/// `p` must be a live instance.
pub unsafe fn repr(p: *const InstanceObject) -> String {
    // SAFETY: a live instance of a valid class.
    unsafe {
        let class = &*(*p).class;
        match class.repr {
            Some(method) => call_text(method, p, "repr"),
            None => format!(
                "<{} object at {:#x}>",
                qualified_name(str_as_str(class.name)),
                p as usize
            ),
        }
    }
}

/// `str(x)` of an instance: its class's `__str__`, else its repr.
///
/// # Safety
/// `p` must be a live instance.
pub unsafe fn str_of(p: *const InstanceObject) -> String {
    // SAFETY: a live instance of a valid class.
    unsafe {
        match (*(*p).class).str {
            Some(method) => call_text(method, p, "str"),
            None => repr(p),
        }
    }
}
