//! The builtins of `sys` (streams, arguments), `time` and `input()`.

/// A standard stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
}

macro_rules! sys_fns {
    ($($variant:ident = $name:literal,)*) => {
        /// A function of `sys` (a stream's method), of `time`, or `input`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum SysFn {
            $($variant,)*
        }

        impl SysFn {
            /// The builtin named `name` (`sys.stdout.write`, `time.sleep`).
            pub fn from_name(name: &str) -> Option<SysFn> {
                Some(match name {
                    $($name => SysFn::$variant,)*
                    _ => return None,
                })
            }

            /// Its qualified name.
            pub fn name(self) -> &'static str {
                match self {
                    $(SysFn::$variant => $name,)*
                }
            }
        }
    };
}

sys_fns! {
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
