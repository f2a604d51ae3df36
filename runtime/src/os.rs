//! What kiln's `os` and `os.path` (written in Python) ask of the system: the environment,
//! the working directory, directory listings, file kinds and sizes, and making, removing and
//! renaming files and directories. Errors are CPython's `OSError` subclasses with its texts
//! (`FileNotFoundError: [Errno 2] No such file or directory: 'x'`).

use crate::dict::{kiln_rt_dict_new, kiln_rt_dict_setitem, DictObject};
use crate::exc::raise_path_error;
use crate::int::Int;
use crate::list::{alloc_list, kiln_rt_list_append, ListObject};
use crate::object::{new_str, str_as_str, StrObject};
use crate::value::{TypeDesc, LIST_OF_STR};

/// Raises the `OSError` CPython raises for `err` about `path`.
fn fail(err: &std::io::Error, path: &str) -> ! {
    raise_path_error(err, &[path])
}

/// The path str `s` holds; CPython's ValueError if it holds a NUL.
///
/// # Safety
/// `s` must be a valid str.
unsafe fn text<'a>(s: *const StrObject) -> &'a str {
    // SAFETY: per the contract.
    let path = unsafe { str_as_str(s) };
    if path.contains('\0') {
        crate::exc::raise(crate::exc::ExcKind::ValueError, "embedded null byte")
    }
    path
}

/// `os.environ`: the environment as a `dict[str, str]` of type `desc`, in the order the
/// process received it (names and values that are not UTF-8 keep U+FFFD for their bad
/// bytes).
///
/// # Safety
/// `desc` must describe `dict[str, str]`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_os_environ(desc: *const TypeDesc) -> *mut DictObject {
    let dict = kiln_rt_dict_new(desc, 0);
    for (key, value) in std::env::vars_os() {
        let key = new_str(&key.to_string_lossy());
        let value = new_str(&value.to_string_lossy());
        // SAFETY: a dict of str to str.
        unsafe { kiln_rt_dict_setitem(dict, key as u64, value as u64) };
    }
    dict
}

/// `os.getcwd()`.
#[no_mangle]
pub extern "C" fn kiln_rt_os_getcwd() -> *const StrObject {
    match std::env::current_dir() {
        Ok(dir) => new_str(&dir.to_string_lossy()),
        Err(err) => crate::exc::raise_io_error(&err),
    }
}

/// `os.listdir(path)`: the names in directory `path`, in the order the system gives them
/// (as CPython's).
///
/// # Safety
/// `path` must be a valid str.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_os_listdir(path: *const StrObject) -> *mut ListObject {
    // SAFETY: a valid str.
    let path = unsafe { text(path) };
    let entries = std::fs::read_dir(path).unwrap_or_else(|err| fail(&err, path));
    let list = alloc_list(&LIST_OF_STR, 0);
    for entry in entries {
        let entry = entry.unwrap_or_else(|err| fail(&err, path));
        let name = new_str(&entry.file_name().to_string_lossy());
        // SAFETY: a list of str and a str.
        unsafe { kiln_rt_list_append(list, name as u64) };
    }
    list
}

/// What `path` is, following symbolic links: -1 nothing (or no access), 1 a file, 2 a
/// directory, 0 something else.
///
/// # Safety
/// `path` must be a valid str.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_os_stat_kind(path: *const StrObject) -> Int {
    // SAFETY: a valid str (one holding a NUL names nothing, as for CPython's `exists`).
    let kind = match std::fs::metadata(unsafe { str_as_str(path) }) {
        Err(_) => -1,
        Ok(m) if m.is_file() => 1,
        Ok(m) if m.is_dir() => 2,
        Ok(_) => 0,
    };
    Int::from_i64(kind)
}

/// `os.path.getsize(path)`.
///
/// # Safety
/// `path` must be a valid str.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_os_getsize(path: *const StrObject) -> Int {
    // SAFETY: a valid str.
    let path = unsafe { text(path) };
    match std::fs::metadata(path) {
        Ok(m) => Int::from_i128(i128::from(m.len())),
        Err(err) => fail(&err, path),
    }
}

/// `os.mkdir(path, mode)`.
///
/// # Safety
/// `path` must be a valid str.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_os_mkdir(path: *const StrObject, mode: Int) {
    // SAFETY: a valid str.
    let path = unsafe { text(path) };
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(mode.to_i64().map_or(0o777, |m| m as u32));
    }
    if let Err(err) = builder.create(path) {
        fail(&err, path)
    }
}

/// `os.remove(path)`.
///
/// # Safety
/// `path` must be a valid str.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_os_remove(path: *const StrObject) {
    // SAFETY: a valid str.
    let path = unsafe { text(path) };
    if let Err(err) = std::fs::remove_file(path) {
        fail(&err, path)
    }
}

/// `os.rmdir(path)`.
///
/// # Safety
/// `path` must be a valid str.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_os_rmdir(path: *const StrObject) {
    // SAFETY: a valid str.
    let path = unsafe { text(path) };
    if let Err(err) = std::fs::remove_dir(path) {
        fail(&err, path)
    }
}

/// `os.rename(src, dst)`; its errors name both paths, as CPython's do.
///
/// # Safety
/// `src` and `dst` must be valid strs.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_os_rename(src: *const StrObject, dst: *const StrObject) {
    // SAFETY: valid strs.
    let (src, dst) = unsafe { (text(src), text(dst)) };
    if let Err(err) = std::fs::rename(src, dst) {
        raise_path_error(&err, &[src, dst])
    }
}
