//! The builtins of `sys` (streams, arguments), `time` and `input()`.

/// A standard stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
}

named_fns! {
    /// A function of `sys` (a stream's method), of `time`, or `input` (by qualified name).
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
