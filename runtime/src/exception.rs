//! Exception objects, their tracebacks and chaining, and the report of an uncaught exception.
//!
//! An exception is an [`ExcObject`] on the collected heap: its class, its `args` tuple, its
//! `str()` (computed when it is made), `__cause__`, `__context__` and the traceback, a chain of
//! [`TbEntry`] objects from the outermost frame in. An instance of one of the program's
//! exception classes is an exception object too: it has the program's class info (laid out
//! where an instance has it, so class tests and the class name read the same word) and its
//! fields follow the exception's own words; its `str()` and `repr()` are computed when asked
//! for, through the class's `__str__` / `__repr__` or from its `args`. Each entry names a static [`Site`] the code
//! generator emits per function and line: file, function, line number and the line's text.
//!
//! The runtime keeps two roots: the exception in flight (raised, not yet caught) and the stack
//! of exceptions being handled (CPython's `sys.exc_info()` stack), which a new exception takes
//! its `__context__` from.

use std::io::Write;

use crate::exc::{stdout_flush_failure_report, ExcKind};
use crate::gc::{self, kind::Kind, Marker};
use crate::global::Global;
use crate::instance::ClassInfo;
use crate::io;
use crate::list::{alloc_tuple, tuple_items, tuple_items_mut, TupleObject};
use crate::object::{alloc_str, str_as_str, str_data_mut, StrObject};
use crate::value::{Tag, TypeDesc, INT, STR};

/// A Python exception (see the module docs).
#[repr(C)]
pub struct ExcObject {
    /// Header word (kind `exception`).
    pub header: u64,
    /// The program's class of the exception; null for a builtin class.
    pub class: *const ClassInfo,
    /// Which of the class's fields are set (as an instance's mask).
    pub mask: u64,
    /// The builtin class, or the one the program's class derives from: an [`ExcKind`] number.
    pub kind: u64,
    /// `e.args` (a tuple carrying its own type).
    pub args: *mut TupleObject,
    /// `str(e)` for an exception of a builtin class; null for one of the program's classes.
    pub text: *mut StrObject,
    /// `e.__cause__` (null for None).
    pub cause: *mut ExcObject,
    /// `e.__context__` (null for None).
    pub context: *mut ExcObject,
    /// `e.__traceback__`: the outermost entry (null for none).
    pub traceback: *mut TbEntry,
    /// `e.__suppress_context__` (0 or 1).
    pub suppress_context: u64,
}

/// One frame of a traceback.
#[repr(C)]
pub struct TbEntry {
    /// Header word (kind `traceback`).
    pub header: u64,
    /// Where the frame was when the exception passed through it.
    pub site: *const Site,
    /// The next frame inwards (null for the innermost).
    pub next: *mut TbEntry,
}

/// A place in the program a traceback can name; static, emitted by the code generator.
#[repr(C)]
pub struct Site {
    /// The script's path as given to the compiler.
    pub file: *const StrObject,
    /// The function's name (`<module>` for the top level).
    pub func: *const StrObject,
    /// The 1-based line.
    pub line: i64,
    /// The line's text without surrounding whitespace (empty if unknown).
    pub text: *const StrObject,
}

/// Traces an exception's references.
///
/// # Safety
/// `obj` must be a live exception.
pub unsafe fn trace_exception(obj: *mut u64, marker: &mut Marker<'_>) {
    let e = obj.cast::<ExcObject>();
    // SAFETY: a live exception's fields are null or valid objects.
    unsafe {
        marker.visit_object((*e).args.cast());
        marker.visit_object((*e).text.cast());
        marker.visit_object((*e).cause.cast());
        marker.visit_object((*e).context.cast());
        marker.visit_object((*e).traceback.cast());
        if !(*e).class.is_null() {
            crate::instance::trace_fields(&*(*e).class, (*e).mask, fields(e), marker);
        }
    }
}

/// The first field of an exception of one of the program's classes.
///
/// # Safety
/// `e` must be an exception.
unsafe fn fields(e: *mut ExcObject) -> *mut u64 {
    // SAFETY: the fields follow the exception's words.
    unsafe { e.add(1).cast::<u64>() }
}

/// Traces a traceback entry's reference (the next entry; sites are static).
///
/// # Safety
/// `obj` must be a live traceback entry.
pub unsafe fn trace_traceback(obj: *mut u64, marker: &mut Marker<'_>) {
    // SAFETY: a live entry's `next` is null or a valid entry.
    unsafe { marker.visit_object((*obj.cast::<TbEntry>()).next.cast()) }
}

/// The runtime's exception state.
struct State {
    /// The exception raised and not yet caught.
    in_flight: *mut ExcObject,
    /// The exceptions being handled, innermost last.
    handling: Vec<*mut ExcObject>,
    /// Whether a kiln `main` catches every exception (see [`kiln_rt_main_catches`]).
    main_catches: bool,
    /// Inside a runtime function compiled code calls as one that never raises (see
    /// [`raising_is_fatal`]).
    fatal: bool,
}

static STATE: Global<State> = Global::new(State {
    in_flight: std::ptr::null_mut(),
    handling: Vec::new(),
    main_catches: false,
    fatal: false,
});

/// Runs `f`, a runtime function's body that can raise only MemoryError, so that an exception
/// ends the program (reported like an uncaught one) instead of unwinding. Compiled code calls
/// such functions (the exact-int slow paths of `+`, `-`, `*`) as never raising, which keeps
/// the hot loops around them free of exception edges.
pub fn raising_is_fatal<T>(f: impl FnOnce() -> T) -> T {
    let outer = STATE.with(|s| std::mem::replace(&mut s.fatal, true));
    let result = f();
    STATE.with(|s| s.fatal = outer);
    result
}

/// Tells the runtime that the generated `main` catches every exception: from now on raising
/// unwinds. Until then (a program embedding the runtime without kiln's `main`, such as the
/// runtime's own tests) raising reports the exception and exits at once.
#[no_mangle]
pub extern "C" fn kiln_rt_main_catches() {
    STATE.with(|s| s.main_catches = true);
}

/// Marks the exceptions the runtime holds (called by every collection).
pub fn visit_roots(marker: &mut Marker<'_>) {
    STATE.with(|s| {
        // SAFETY: the state holds null or live exceptions.
        unsafe {
            marker.visit_object(s.in_flight.cast());
            for &e in &s.handling {
                marker.visit_object(e.cast());
            }
        }
    });
}

static EMPTY_TUPLE_DESC: TypeDesc = TypeDesc {
    tag: Tag::Tuple as u32,
    len: 0,
    args: std::ptr::null(),
};
static STR_TUPLE_ARGS: [&TypeDesc; 1] = [&STR];
static STR_TUPLE_DESC: TypeDesc = TypeDesc {
    tag: Tag::Tuple as u32,
    len: 1,
    args: &STR_TUPLE_ARGS as *const [&TypeDesc; 1] as *const *const TypeDesc,
};

/// `()`, the args of an exception raised without arguments.
pub fn no_args() -> *mut TupleObject {
    alloc_tuple(&EMPTY_TUPLE_DESC, 0)
}

/// `(msg,)`.
pub fn one_str_arg(msg: &str) -> *mut TupleObject {
    let text = new_str(msg);
    let t = alloc_tuple(&STR_TUPLE_DESC, 1);
    // SAFETY: a fresh one-word tuple.
    unsafe { *tuple_items_mut(t) = text as u64 };
    t
}

static ERRNO_TUPLE_ARGS: [&TypeDesc; 2] = [&INT, &STR];
static ERRNO_TUPLE_DESC: TypeDesc = TypeDesc {
    tag: Tag::Tuple as u32,
    len: 2,
    args: &ERRNO_TUPLE_ARGS as *const [&TypeDesc; 2] as *const *const TypeDesc,
};

/// Raises `kind` (an `OSError` class) as CPython does for a failed system call: its `args`
/// are `(errno, strerror)` and its `str()` is `text` (`[Errno 2] No such file or directory:
/// 'x'`).
pub fn raise_os(kind: ExcKind, errno: i32, strerror: &str, text: &str) -> ! {
    let strerror = new_str(strerror);
    let args = alloc_tuple(&ERRNO_TUPLE_DESC, 2);
    // SAFETY: a fresh two-word tuple of an int and a str; the exception is fresh.
    unsafe {
        let items = tuple_items_mut(args);
        *items = crate::Int::from_i64(i64::from(errno)).raw() as u64;
        *items.add(1) = strerror as u64;
        raise_object(new_exception(kind, args, Some(text)))
    }
}

fn new_str(text: &str) -> *mut StrObject {
    let s = alloc_str(text.len() as u64);
    // SAFETY: a fresh string with room for the bytes.
    unsafe {
        str_data_mut(s).copy_from_slice(text.as_bytes());
        (*s).nchars = text.chars().count() as u64;
    }
    s
}

/// `str(e)` of an exception of class `kind` with `args`, as CPython's `BaseException.__str__`
/// (and `KeyError.__str__`, which shows a single argument's repr).
///
/// # Safety
/// `args` must be a valid tuple.
unsafe fn args_text(kind: ExcKind, args: *const TupleObject) -> String {
    // SAFETY: a valid tuple and its descriptor.
    unsafe {
        let items = tuple_items(args);
        let desc = &*(*args).desc;
        let text = match items {
            [] => Ok(String::new()),
            [one] if kind == ExcKind::KeyError => crate::ops::repr(*one, desc.arg(0)),
            [one] => crate::ops::str_of(*one, desc.arg(0)),
            _ => crate::ops::repr(args as u64, desc),
        };
        text.unwrap_or_default()
    }
}

/// A new exception of class `kind` with `args`; `text` is its `str()` when already known.
///
/// # Safety
/// `args` must be a valid tuple.
pub unsafe fn new_exception(
    kind: ExcKind,
    args: *mut TupleObject,
    text: Option<&str>,
) -> *mut ExcObject {
    let text = match text {
        Some(t) => new_str(t),
        // SAFETY: the caller passes a valid tuple.
        None => new_str(&unsafe { args_text(kind, args) }),
    };
    let e = gc::alloc(Kind::Exception, std::mem::size_of::<ExcObject>(), 0).cast::<ExcObject>();
    // SAFETY: a fresh allocation of an exception's size.
    unsafe {
        (*e).class = std::ptr::null();
        (*e).mask = 0;
        (*e).kind = kind as u64;
        (*e).args = args;
        (*e).text = text;
        (*e).cause = std::ptr::null_mut();
        (*e).context = std::ptr::null_mut();
        (*e).traceback = std::ptr::null_mut();
        (*e).suppress_context = 0;
    }
    e
}

/// Raises a new exception of class `kind` with message `msg`: `args` is `(msg,)`, or `()` when
/// `msg` is empty.
pub fn raise_new(kind: ExcKind, msg: &str) -> ! {
    let args = if msg.is_empty() {
        no_args()
    } else if kind == ExcKind::KeyError {
        // The runtime's own KeyErrors quote their text (`'pop from an empty set'`): the
        // argument is the text itself.
        let inner = msg
            .strip_prefix('\'')
            .and_then(|m| m.strip_suffix('\''))
            .unwrap_or(msg);
        one_str_arg(inner)
    } else {
        one_str_arg(msg)
    };
    // SAFETY: a fresh tuple; the exception is fresh.
    unsafe { raise_object(new_exception(kind, args, Some(msg))) }
}

/// Raises `e`: sets its `__context__` to the exception being handled (as CPython does, unless
/// that would make a cycle) and unwinds to the nearest handler.
///
/// # Safety
/// `e` must be a live exception.
pub unsafe fn raise_object(e: *mut ExcObject) -> ! {
    let unwind = STATE.with(|s| {
        if let Some(&handled) = s.handling.last() {
            // SAFETY: live exceptions.
            unsafe { set_context(e, handled) };
        }
        s.in_flight = e;
        s.main_catches && !s.fatal
    });
    if unwind {
        crate::unwind::throw();
    }
    // No kiln `main` below to catch it: report and stop.
    report_and_exit(e)
}

/// `e.__context__ = context`, cutting the cycle this would close (CPython's rule).
///
/// # Safety
/// Both must be live exceptions.
unsafe fn set_context(e: *mut ExcObject, context: *mut ExcObject) {
    if e == context {
        return;
    }
    // SAFETY: live exceptions; the chain is walked through valid pointers.
    unsafe {
        let mut o = context;
        while !o.is_null() {
            let next = (*o).context;
            if next == e {
                (*o).context = std::ptr::null_mut();
                break;
            }
            o = next;
        }
        (*e).context = context;
    }
}

/// Adds the traceback entry of `site` to the exception in flight: called by the landing pad of
/// every frame the exception leaves or is caught in. Never raises.
///
/// # Safety
/// `site` must be a static site emitted by the code generator.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_tb_add(_header: *mut u8, site: *const Site) {
    let e = STATE.with(|s| s.in_flight);
    if e.is_null() {
        return;
    }
    let entry = gc::alloc(Kind::Traceback, std::mem::size_of::<TbEntry>(), 0).cast::<TbEntry>();
    // SAFETY: a fresh entry; `e` is the live exception in flight.
    unsafe {
        (*entry).site = site;
        (*entry).next = (*e).traceback;
        (*e).traceback = entry;
    }
}

/// Takes the exception in flight: called by a handler's landing pad.
#[no_mangle]
pub extern "C" fn kiln_rt_catch(_header: *mut u8) -> *mut ExcObject {
    STATE.with(|s| std::mem::replace(&mut s.in_flight, std::ptr::null_mut()))
}

/// An exception leaving a generator's body (its landing pad calls this after adding the
/// generator's traceback entry): a StopIteration becomes CPython's
/// `RuntimeError: generator raised StopIteration`, caused by it (PEP 479), so it cannot end the
/// loop that resumed the generator by accident; other exceptions go on as they are. As in
/// CPython, the new exception's traceback starts in the code that resumed the generator.
#[no_mangle]
pub extern "C" fn kiln_rt_generator_unwind(header: *mut u8) {
    let e = STATE.with(|s| s.in_flight);
    // SAFETY: the exception in flight is live.
    if e.is_null() || unsafe { kind_of(e) } != ExcKind::StopIteration {
        return;
    }
    let cause = kiln_rt_catch(header);
    let message = "generator raised StopIteration";
    // SAFETY: a fresh tuple and exception; `cause` is live.
    unsafe {
        let error = new_exception(ExcKind::RuntimeError, one_str_arg(message), Some(message));
        (*error).cause = cause;
        (*error).suppress_context = 1;
        raise_object(error)
    }
}

/// Reports the uncaught exception in flight like CPython and exits: `main`'s handler.
#[no_mangle]
pub extern "C" fn kiln_rt_uncaught(header: *mut u8) -> ! {
    report_and_exit(kiln_rt_catch(header))
}

fn report_and_exit(e: *mut ExcObject) -> ! {
    crate::file::flush_all();
    if e.is_null() {
        crate::exc::fail("SystemError", "no exception to report")
    }
    // SAFETY: a live exception.
    if unsafe { kind_of(e) } == ExcKind::SystemExit {
        // SAFETY: a live exception.
        unsafe { system_exit(e) }
    }
    // SAFETY: a live exception.
    if unsafe { kind_of(e) } == ExcKind::KeyboardInterrupt {
        // As CPython: after the report, the process ends by the signal itself.
        let mut report = String::new();
        // SAFETY: a live exception.
        unsafe { format_exception(&mut report, e, &mut Vec::new()) };
        let _ = io::flush_stdout();
        let _ = std::io::stderr().write_all(report.as_bytes());
        die_by_sigint();
    }
    crate::exc::exit_with_report(|| {
        let mut report = String::new();
        // SAFETY: a live exception.
        unsafe { format_exception(&mut report, e, &mut Vec::new()) };
        report
    })
}

/// Ends the process by SIGINT with its default action (status 130 in a shell).
fn die_by_sigint() -> ! {
    extern "C" {
        fn signal(signum: std::ffi::c_int, handler: usize) -> usize;
        fn raise(signum: std::ffi::c_int) -> std::ffi::c_int;
    }
    const SIGINT: std::ffi::c_int = 2;
    const SIG_DFL: usize = 0;
    // SAFETY: restoring the default action and raising a signal have no other effect.
    unsafe {
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    std::process::exit(130)
}

/// An uncaught `SystemExit(code)` ends the program quietly: status `code` for an int (0 for
/// none or `None`), else 1 after printing the argument to stderr, as CPython does.
///
/// # Safety
/// `e` must be a live `SystemExit`.
unsafe fn system_exit(e: *mut ExcObject) -> ! {
    let flushed = io::flush_stdout();
    // SAFETY: a live exception and its args tuple.
    let status = unsafe {
        let args = (*e).args;
        let items = tuple_items(args);
        match items {
            [] => 0,
            [one] => {
                let desc = (*(*args).desc).arg(0);
                match desc.tag() {
                    Tag::None => 0,
                    // As CPython's `(int)PyLong_AsLong(code)`: -1 when it does not fit a long.
                    Tag::Int => crate::ops::int_word(*one).to_i64().map_or(-1, |v| v as i32),
                    Tag::Bool => i32::from(*one != 0),
                    _ => {
                        let text = format!("{}\n", str_as_str(str_of(e)));
                        let _ = std::io::stderr().write_all(text.as_bytes());
                        1
                    }
                }
            }
            _ => {
                let text = format!("{}\n", str_as_str(str_of(e)));
                let _ = std::io::stderr().write_all(text.as_bytes());
                1
            }
        }
    };
    if let Err(err) = flushed {
        let _ = std::io::stderr().write_all(stdout_flush_failure_report(&err).as_bytes());
        std::process::exit(120);
    }
    std::process::exit(status)
}

/// The frames CPython prints at most (`sys.tracebacklimit`'s default).
const TRACEBACK_LIMIT: usize = 1000;
/// Identical consecutive frames CPython prints before collapsing the rest into one line.
const RECURSIVE_CUTOFF: usize = 3;

/// Appends CPython's report of `e`: its cause or context first, then its traceback and line.
///
/// # Safety
/// `e` must be a live exception.
unsafe fn format_exception(out: &mut String, e: *mut ExcObject, seen: &mut Vec<*mut ExcObject>) {
    seen.push(e);
    // SAFETY: a live exception's fields are null or live objects.
    unsafe {
        let (cause, context) = ((*e).cause, (*e).context);
        if !cause.is_null() && !seen.contains(&cause) {
            format_exception(out, cause, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if !context.is_null() && (*e).suppress_context == 0 && !seen.contains(&context) {
            format_exception(out, context, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
        format_traceback(out, (*e).traceback);
        let text = str_of(e);
        let name = match (*e).class.is_null() {
            true => kind_of(e).qualified_name(),
            false => report_name(e),
        };
        out.push_str(&crate::exc::exception_line(&name, str_as_str(text)));
    }
}

/// Appends `Traceback (most recent call last):` and the entries, as CPython's
/// `tb_printinternal`.
///
/// # Safety
/// `tb` must be null or a live traceback entry.
unsafe fn format_traceback(out: &mut String, tb: *mut TbEntry) {
    if tb.is_null() {
        return;
    }
    out.push_str("Traceback (most recent call last):\n");
    let mut sites = Vec::new();
    let mut entry = tb;
    while !entry.is_null() {
        // SAFETY: valid entries and static sites.
        unsafe {
            sites.push(&*(*entry).site);
            entry = (*entry).next;
        }
    }
    let skip = sites.len().saturating_sub(TRACEBACK_LIMIT);
    let mut last: Option<&Site> = None;
    let mut count = 0;
    for site in &sites[skip..] {
        // SAFETY: static sites hold static strings.
        let same = last.is_some_and(|l| unsafe { same_place(l, site) });
        if !same {
            repeated(out, count);
            last = Some(site);
            count = 0;
        }
        count += 1;
        if count <= RECURSIVE_CUTOFF {
            // SAFETY: as above.
            unsafe { format_site(out, site) };
        }
    }
    repeated(out, count);
}

fn repeated(out: &mut String, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        let s = if n > 1 { "s" } else { "" };
        out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
    }
}

/// # Safety
/// Both sites must hold valid strings.
unsafe fn same_place(a: &Site, b: &Site) -> bool {
    // SAFETY: valid strings.
    unsafe {
        a.line == b.line
            && str_as_str(a.file) == str_as_str(b.file)
            && str_as_str(a.func) == str_as_str(b.func)
    }
}

/// # Safety
/// The site must hold valid strings.
unsafe fn format_site(out: &mut String, site: &Site) {
    // SAFETY: valid strings.
    unsafe {
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            str_as_str(site.file),
            site.line,
            str_as_str(site.func)
        ));
        let text = str_as_str(site.text);
        if !text.is_empty() {
            out.push_str(&format!("    {text}\n"));
        }
    }
}

/// Raises `KeyError(key)`: its `args` hold the key itself (a one-tuple of the key's type),
/// its `str()` is the key's repr.
///
/// # Safety
/// `key` must be a valid value of type `desc`, a descriptor that lives for the program.
pub unsafe fn raise_key_error(key: u64, desc: &'static TypeDesc) -> ! {
    // SAFETY: per the contract.
    let text = match unsafe { crate::ops::repr(key, desc) } {
        Ok(text) => text,
        Err(e) => e.raise(),
    };
    let t = alloc_tuple(one_tuple_desc(desc), 1);
    // SAFETY: a fresh one-word tuple; the exception is fresh.
    unsafe {
        *tuple_items_mut(t) = key;
        raise_object(new_exception(ExcKind::KeyError, t, Some(&text)))
    }
}

/// The descriptor of `tuple[T]` for element descriptor `desc` (made once per `desc`).
fn one_tuple_desc(desc: &'static TypeDesc) -> &'static TypeDesc {
    static MADE: Global<Vec<(usize, &'static TypeDesc)>> = Global::new(Vec::new());
    let key = desc as *const TypeDesc as usize;
    if let Some(found) = MADE.with(|m| m.iter().find(|(k, _)| *k == key).map(|(_, d)| *d)) {
        return found;
    }
    let args: &'static [&'static TypeDesc; 1] = Box::leak(Box::new([desc]));
    let made: &'static TypeDesc = Box::leak(Box::new(TypeDesc {
        tag: Tag::Tuple as u32,
        len: 1,
        args: args as *const [&TypeDesc; 1] as *const *const TypeDesc,
    }));
    MADE.with(|m| m.push((key, made)));
    made
}

/// Appends `repr(e)`: the class name and the repr of the arguments (`ValueError('x')`,
/// `KeyError()`, `ValueError('a', 1)`).
///
/// # Safety
/// `e` must be a live exception.
pub unsafe fn repr_into(out: &mut String, e: *const ExcObject) -> crate::error::PyResult<()> {
    // SAFETY: a live exception holds a class number and a valid tuple.
    unsafe {
        if let Some(method) = (*e).class.as_ref().and_then(|c| c.repr) {
            out.push_str(&crate::instance::call_text(method, e.cast(), "repr"));
            return Ok(());
        }
        out.push_str(class_name(e));
        let args = (*e).args;
        let items = tuple_items(args);
        if items.len() == 1 {
            out.push('(');
            crate::ops::repr_into(out, items[0], (*(*args).desc).arg(0))?;
            out.push(')');
        } else {
            crate::ops::repr_into(out, args as u64, &*(*args).desc)?;
        }
    }
    Ok(())
}

/// The name of the class of a live exception.
///
/// # Safety
/// `e` must be a live exception.
unsafe fn class_name<'a>(e: *const ExcObject) -> &'a str {
    // SAFETY: a live exception's class is null or a valid class info.
    unsafe {
        match (*e).class.as_ref() {
            Some(class) => crate::instance::bare_name(str_as_str(class.name)),
            None => kind_of(e).name(),
        }
    }
}

/// The name an uncaught exception's report shows: CPython's `module.Name` for a class of a
/// program module, the name alone for one of the script.
///
/// # Safety
/// `e` must be a live exception of one of the program's classes.
unsafe fn report_name(e: *const ExcObject) -> String {
    // SAFETY: per the contract.
    unsafe {
        match (*e).class.as_ref() {
            Some(class) => str_as_str(class.name).to_owned(),
            None => kind_of(e).qualified_name(),
        }
    }
}

/// `str(e)`: the class's `__str__`, or the text made from the args.
///
/// # Safety
/// `e` must be a live exception.
pub unsafe fn str_of(e: *const ExcObject) -> *const StrObject {
    // SAFETY: a live exception's class is null or a valid class info.
    unsafe {
        let Some(class) = (*e).class.as_ref() else {
            return (*e).text;
        };
        let text = match class.str {
            Some(method) => crate::instance::call_text(method, e.cast(), "str"),
            None => args_text(kind_of(e), (*e).args),
        };
        new_str(&text)
    }
}

/// The class of a live exception.
///
/// # Safety
/// `e` must be a live exception.
unsafe fn kind_of(e: *const ExcObject) -> ExcKind {
    // SAFETY: per the contract.
    ExcKind::from_u32(unsafe { (*e).kind } as u32).unwrap_or(ExcKind::Exception)
}

/// `Kind(*args)`: a new exception of class number `kind` (a tagged int) with the tuple `args`.
///
/// # Safety
/// `args` must be a valid tuple.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_exc_new(
    kind: crate::Int,
    args: *mut TupleObject,
) -> *mut ExcObject {
    let kind = ExcKind::from_u32((kind.raw() >> 1) as u32).unwrap_or(ExcKind::Exception);
    // SAFETY: per the contract.
    unsafe { new_exception(kind, args, None) }
}

/// `raise e`.
///
/// # Safety
/// `e` must be a live exception.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_raise_exc(e: *mut ExcObject) -> ! {
    // SAFETY: per the contract.
    unsafe { raise_object(e) }
}

/// `raise e from cause`.
///
/// # Safety
/// Both must be live exceptions.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_raise_from(e: *mut ExcObject, cause: *mut ExcObject) -> ! {
    // SAFETY: per the contract.
    unsafe {
        (*e).cause = cause;
        (*e).suppress_context = 1;
        raise_object(e)
    }
}

/// `raise e from None`.
///
/// # Safety
/// `e` must be a live exception.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_raise_from_none(e: *mut ExcObject) -> ! {
    // SAFETY: per the contract.
    unsafe {
        (*e).cause = std::ptr::null_mut();
        (*e).suppress_context = 1;
        raise_object(e)
    }
}

/// Raises `e` again, as it is: the end of a handler that did not match or of a `finally` left
/// by an exception. Its landing pads add no traceback entry for the frame it was caught in.
///
/// # Safety
/// `e` must be a live exception.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_reraise(e: *mut ExcObject) -> ! {
    STATE.with(|s| s.in_flight = e);
    crate::unwind::throw();
    report_and_exit(e)
}

/// A bare `raise`: the exception being handled again, or `RuntimeError: No active exception
/// to reraise`.
#[no_mangle]
pub extern "C" fn kiln_rt_reraise_handled() -> ! {
    match STATE.with(|s| s.handling.last().copied()) {
        // SAFETY: the handling stack holds live exceptions.
        Some(e) => unsafe { kiln_rt_reraise(e) },
        None => crate::exc::raise(ExcKind::RuntimeError, "No active exception to reraise"),
    }
}

/// Whether an exception is being handled (a bare `raise` re-raises it).
#[no_mangle]
pub extern "C" fn kiln_rt_exc_handling() -> i32 {
    i32::from(STATE.with(|s| !s.handling.is_empty()))
}

/// Starts handling `e` (a handler's `PUSH_EXC_INFO`).
#[no_mangle]
pub extern "C" fn kiln_rt_exc_push(e: *mut ExcObject) {
    STATE.with(|s| s.handling.push(e));
}

/// Ends the handling begun by the matching [`kiln_rt_exc_push`].
#[no_mangle]
pub extern "C" fn kiln_rt_exc_pop() {
    STATE.with(|s| s.handling.pop());
}

/// Whether `e`'s class is, or derives from, a class in `mask` (bit `n` for class number `n`;
/// a tagged int).
///
/// # Safety
/// `e` must be a live exception.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_exc_matches(e: *const ExcObject, mask: crate::Int) -> i32 {
    let mask = mask.raw() >> 1;
    // SAFETY: per the contract.
    let kind = unsafe { kind_of(e) };
    let caught = ExcKind::ALL
        .iter()
        .any(|&class| mask & (1 << class as u32) != 0 && kind.is_subclass(class));
    i32::from(caught)
}

/// `type(e).__name__`.
///
/// # Safety
/// `e` must be a live exception.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_exc_class_name(e: *const ExcObject) -> *mut StrObject {
    // SAFETY: per the contract.
    new_str(unsafe { class_name(e) })
}

/// A new instance of the program's exception class `class`, with no arguments and no field
/// set.
///
/// # Safety
/// `class` must be a class info emitted by the code generator for an exception class.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_exc_instance_new(class: *const ClassInfo) -> *mut ExcObject {
    // SAFETY: a valid class info.
    let (nfields, kind) = unsafe { ((*class).nfields as usize, (*class).exc_kind) };
    let size = std::mem::size_of::<ExcObject>() + 8 * nfields;
    let e = gc::alloc(Kind::Exception, size, 0).cast::<ExcObject>();
    // SAFETY: a fresh allocation of `size` bytes.
    unsafe {
        (*e).class = class;
        (*e).mask = 0;
        (*e).kind = ExcKind::from_u32(kind as u32).unwrap_or(ExcKind::Exception) as u64;
        (*e).args = no_args();
        (*e).text = std::ptr::null_mut();
        (*e).cause = std::ptr::null_mut();
        (*e).context = std::ptr::null_mut();
        (*e).traceback = std::ptr::null_mut();
        (*e).suppress_context = 0;
        std::ptr::write_bytes(fields(e), 0, nfields);
    }
    e
}

/// The name of `e`'s class as `repr` of the class shows it: `ValueError`, `__main__.Parse`.
///
/// # Safety
/// `e` must be a live exception.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_exc_qualname(e: *const ExcObject) -> *mut StrObject {
    // SAFETY: per the contract.
    unsafe {
        match (*e).class.is_null() {
            true => new_str(&kind_of(e).qualified_name()),
            false => new_str(&crate::instance::qualified_name(&report_name(e))),
        }
    }
}

/// `e.args`.
///
/// # Safety
/// `e` must be a live exception.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_exc_args(e: *const ExcObject) -> *mut TupleObject {
    // SAFETY: per the contract.
    unsafe { (*e).args }
}

/// `BaseException.__init__(e, *args)`: `e.args = args`.
///
/// # Safety
/// `e` must be a live exception, `args` a valid tuple.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_exc_set_args(e: *mut ExcObject, args: *mut TupleObject) {
    // SAFETY: per the contract.
    unsafe {
        (*e).args = args;
        if (*e).class.is_null() {
            (*e).text = new_str(&args_text(kind_of(e), args));
        }
    }
}
