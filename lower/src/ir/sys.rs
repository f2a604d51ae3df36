//! The builtins of `sys` (streams, arguments), `time` and `input()`.

/// A standard stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
}

named_fns! {
    /// A function of `sys` (a stream's method), of `time`, `input`, or one of the file functions
    /// kiln's `open()` calls (by qualified name).
    SysFn {
        Input = "input",
        StdoutWrite = "sys.stdout.write",
        StderrWrite = "sys.stderr.write",
        StdoutFlush = "sys.stdout.flush",
        StderrFlush = "sys.stderr.flush",
        StdinReadline = "sys.stdin.readline",
        StdinRead = "sys.stdin.read",
        StdinReadlines = "sys.stdin.readlines",
        Time = "time.time",
        TimeNs = "time.time_ns",
        PerfCounter = "time.perf_counter",
        PerfCounterNs = "time.perf_counter_ns",
        Monotonic = "time.monotonic",
        MonotonicNs = "time.monotonic_ns",
        Sleep = "time.sleep",
        GetRecursionLimit = "sys.getrecursionlimit",
        SetRecursionLimit = "sys.setrecursionlimit",
        // What kiln's `_io` (`open()`) calls: a file named by its handle (an int).
        FileOpen = "_kiln.file_open",
        FileRead = "_kiln.file_read",
        FileReadline = "_kiln.file_readline",
        FileWrite = "_kiln.file_write",
        FileFlush = "_kiln.file_flush",
        FileClose = "_kiln.file_close",
        // What kiln's `os` and `os.path` call.
        OsEnviron = "_kiln.os_environ",
        OsGetcwd = "_kiln.os_getcwd",
        OsListdir = "_kiln.os_listdir",
        OsStatKind = "_kiln.os_stat_kind",
        OsGetsize = "_kiln.os_getsize",
        OsMkdir = "_kiln.os_mkdir",
        OsRemove = "_kiln.os_remove",
        OsRmdir = "_kiln.os_rmdir",
        OsRename = "_kiln.os_rename",
        // What kiln's `json` calls.
        JsonDumps = "_kiln.json_dumps",
    }
}

impl Stream {
    /// The stream named `sys.<name>`.
    pub fn from_name(name: &str) -> Option<Stream> {
        Some(match name {
            "sys.stdin" => Stream::Stdin,
            "sys.stdout" => Stream::Stdout,
            "sys.stderr" => Stream::Stderr,
            _ => return None,
        })
    }
}
