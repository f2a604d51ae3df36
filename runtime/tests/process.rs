//! End-to-end tests of the runtime's process-level behaviour: buffered
//! stdout, exception reports on stderr, exit statuses, stdout write
//! errors (closed pipe, full disk) handled like CPython 3.11, and the
//! garbage collector running as in a compiled program (stack top recorded
//! by `kiln_rt_init`, roots registered, memory bounded).
//!
//! Functions that raise end the process, so each scenario runs in a child
//! process: this test binary (built without the libtest harness so it owns
//! stdout) re-executes itself with the scenario's name in the environment
//! variable `KILN_RT_SCENARIO`. The
//! parent compares the child's stdout, stderr and exit status with what
//! `python3` does for the equivalent program.

use std::io::{Read, Write};
use std::process::{Command, Stdio};

use kiln_runtime::int::*;
use kiln_runtime::io::*;
use kiln_runtime::object::new_str;
use kiln_runtime::str::*;
use kiln_runtime::Int;

#[path = "process/container_scenarios.rs"]
mod container_scenarios;
#[path = "process/gc_scenarios.rs"]
mod gc_scenarios;

fn int(v: i64) -> Int {
    Int::from_i64(v)
}

/// Runs scenario `name` in this process (we are the child); `stack_top` is
/// in `main`'s frame, as a compiled program passes its own.
#[inline(never)]
fn run_scenario(name: &str, stack_top: *const u8) -> ! {
    // SAFETY: no argv is recorded; the strings passed below are valid.
    unsafe {
        kiln_rt_init(0, std::ptr::null(), stack_top);
        match name {
            "print" => {
                kiln_rt_write_int(int(-42));
                kiln_rt_write_str(new_str(" "));
                kiln_rt_write_float(1e16);
                kiln_rt_write_str(new_str(" "));
                kiln_rt_write_float(0.1);
                kiln_rt_write_str(new_str(" "));
                kiln_rt_write_bool(1);
                kiln_rt_write_str(new_str(" "));
                kiln_rt_write_none();
                kiln_rt_write_str(new_str(" héllo\n"));
            }
            "many_lines" => {
                for i in 0..100_000 {
                    kiln_rt_write_int(int(i));
                    kiln_rt_write_str(new_str("\n"));
                }
            }
            "raise" => {
                kiln_rt_write_str(new_str("before\n"));
                kiln_rt_str_to_int(new_str("it's"));
            }
            "raise_empty" => {
                kiln_rt_write_str(new_str("x"));
                kiln_runtime::exc::kiln_rt_raise(11, new_str(""));
            }
            "raise_unknown" => kiln_runtime::exc::kiln_rt_raise(99, new_str("ignored")),
            "big_ints" => {
                // print(10**19); print(-2**100 * 3); print(10**4300)
                kiln_rt_write_int(kiln_rt_int_pow(int(10), int(19)));
                kiln_rt_write_str(new_str("\n"));
                let big = kiln_rt_int_neg(kiln_rt_int_shl(int(1), int(100)));
                kiln_rt_write_int(kiln_rt_int_mul(big, int(3)));
                kiln_rt_write_str(new_str("\n"));
                kiln_rt_write_int(kiln_rt_int_pow(int(10), int(4300)));
            }
            "shift_overflow" => {
                kiln_rt_int_shl(int(1), kiln_rt_int_shl(int(1), int(70)));
            }
            "memory_error" => {
                kiln_rt_int_pow(int(2), kiln_rt_int_shl(int(1), int(41)));
            }
            "floordiv_zero" => {
                kiln_rt_int_floordiv(kiln_rt_int_shl(int(1), int(100)), int(0));
            }
            "int_base_error" => {
                kiln_rt_str_to_int_base(new_str("xyz"), int(0));
            }
            "recursion" => kiln_runtime::exc::kiln_rt_recursion_error(),
            "float_error" => {
                kiln_rt_str_to_float(new_str(" 1.5x "));
            }
            "float_pow_complex" => {
                kiln_runtime::float::kiln_rt_float_pow(-8.0, 0.5);
            }
            "wait_then_print" => {
                // Finish only after the parent has closed our stdout.
                std::io::stdin().read_to_end(&mut Vec::new()).ok();
                kiln_rt_write_str(new_str("x\n"));
            }
            "wait_then_print_a_lot" => {
                std::io::stdin().read_to_end(&mut Vec::new()).ok();
                for i in 0..100_000 {
                    kiln_rt_write_int(int(i));
                    kiln_rt_write_str(new_str("\n"));
                }
            }
            "wait_then_raise" => {
                std::io::stdin().read_to_end(&mut Vec::new()).ok();
                kiln_rt_write_str(new_str("x\n"));
                kiln_runtime::int_float::kiln_rt_int_truediv(int(1), int(0));
            }
            "gc_churn" => gc_scenarios::churn(),
            "gc_stress" => gc_scenarios::stress(),
            "gc_roots" => gc_scenarios::roots(),
            "gc_off" => {
                // A stack top below kiln_rt_init's frame is refused.
                kiln_rt_init(0, std::ptr::null(), 16 as *const u8);
                gc_scenarios::off();
            }
            other => {
                if !container_scenarios::run(other) {
                    panic!("unknown scenario {other}")
                }
            }
        }
    }
    std::process::exit(kiln_rt_finish())
}

/// Output of a child run.
struct Outcome {
    stdout: Vec<u8>,
    stderr: String,
    status: i32,
}

/// The environment variable naming the scenario a child runs.
const SCENARIO_VAR: &str = "KILN_RT_SCENARIO";

/// A command re-running this binary as the child for scenario `name`.
fn child_command(name: &str) -> Command {
    let exe = std::env::current_exe().expect("test binary path");
    let mut c = Command::new(exe);
    c.env(SCENARIO_VAR, name);
    c
}

/// Runs scenario `name` in a child whose stdout is a pipe we read.
fn child(name: &str) -> Outcome {
    let out = child_command(name)
        .stdin(Stdio::null())
        .output()
        .expect("spawn child");
    Outcome {
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        status: out.status.code().unwrap_or(-1),
    }
}

/// Runs scenario `name` with its stdout pipe closed before it writes.
fn child_with_closed_stdout(name: &str) -> Outcome {
    let mut c = child_command(name)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn child");
    drop(c.stdout.take()); // the reader goes away...
    drop(c.stdin.take()); // ...then the child may write
    let mut stderr = String::new();
    if let Some(mut e) = c.stderr.take() {
        e.read_to_string(&mut stderr).ok();
    }
    let status = c.wait().expect("wait child").code().unwrap_or(-1);
    Outcome {
        stdout: Vec::new(),
        stderr,
        status,
    }
}

type Check = fn() -> Result<(), String>;

fn expect(o: &Outcome, stdout: &[u8], stderr: &str, status: i32) -> Result<(), String> {
    if o.stdout != stdout || o.stderr != stderr || o.status != status {
        return Err(format!(
            "got stdout {:?}, stderr {:?}, status {}; want {:?}, {:?}, {}",
            String::from_utf8_lossy(&o.stdout[..o.stdout.len().min(200)]),
            o.stderr,
            o.status,
            String::from_utf8_lossy(&stdout[..stdout.len().min(200)]),
            stderr,
            status
        ));
    }
    Ok(())
}

const BROKEN_PIPE_AT_EXIT: &str =
    "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n\
                                   BrokenPipeError: [Errno 32] Broken pipe\n";

const CHECKS: &[(&str, Check)] = &[
    ("print", || {
        expect(
            &child("print"),
            "-42 1e+16 0.1 True None héllo\n".as_bytes(),
            "",
            0,
        )
    }),
    ("many_lines", || {
        let want: String = (0..100_000).map(|i| format!("{i}\n")).collect();
        expect(&child("many_lines"), want.as_bytes(), "", 0)
    }),
    ("raise", || {
        expect(
            &child("raise"),
            b"before\n",
            "ValueError: invalid literal for int() with base 10: \"it's\"\n",
            1,
        )
    }),
    ("raise_empty", || {
        expect(&child("raise_empty"), b"x", "MemoryError\n", 1)
    }),
    ("raise_unknown", || {
        expect(
            &child("raise_unknown"),
            b"",
            "SystemError: unknown exception kind 99\n",
            1,
        )
    }),
    // python3 -c 'print(10**19); print(-2**100 * 3); print(10**4300)'
    ("big_ints", || {
        expect(
            &child("big_ints"),
            b"10000000000000000000\n-3802951800684688204490109616128\n",
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit\n",
            1,
        )
    }),
    // python3 -c '1 << (1 << 70)'
    ("shift_overflow", || {
        expect(
            &child("shift_overflow"),
            b"",
            "OverflowError: too many digits in integer\n",
            1,
        )
    }),
    ("memory_error", || {
        expect(&child("memory_error"), b"", "MemoryError\n", 1)
    }),
    ("floordiv_zero", || {
        expect(
            &child("floordiv_zero"),
            b"",
            "ZeroDivisionError: integer division or modulo by zero\n",
            1,
        )
    }),
    ("int_base_error", || {
        expect(
            &child("int_base_error"),
            b"",
            "ValueError: invalid literal for int() with base 0: 'xyz'\n",
            1,
        )
    }),
    ("recursion", || {
        expect(
            &child("recursion"),
            b"",
            "RecursionError: maximum recursion depth exceeded\n",
            1,
        )
    }),
    ("float_error", || {
        expect(
            &child("float_error"),
            b"",
            "ValueError: could not convert string to float: ' 1.5x '\n",
            1,
        )
    }),
    ("float_pow_complex", || {
        expect(
            &child("float_pow_complex"),
            b"",
            "ValueError: kiln: a negative number raised to a fractional power is complex, \
             which kiln does not support\n",
            1,
        )
    }),
    // python3 -c "d = {'b': 1}; print(d); d['a']"
    ("dict_key_error", || {
        expect(
            &child("dict_key_error"),
            b"{'b': 1}\n",
            "KeyError: 'a'\n",
            1,
        )
    }),
    // python3 -c "s = {3, 1, 2**70}; print(s); s.remove(5)"
    ("set_key_error", || {
        expect(
            &child("set_key_error"),
            b"{1180591620717411303424, 1, 3}\n",
            "KeyError: 5\n",
            1,
        )
    }),
    // python3 -c "set().pop()"
    ("set_pop_empty", || {
        expect(
            &child("set_pop_empty"),
            b"",
            "KeyError: 'pop from an empty set'\n",
            1,
        )
    }),
    // python3 -c "s = {1}\nfor x in s: s.add(5)"
    ("set_changed_size", || {
        expect(
            &child("set_changed_size"),
            b"",
            "RuntimeError: Set changed size during iteration\n",
            1,
        )
    }),
    // python3 -c "d = {'a': 1}\nfor k in d: del d['a']"
    ("dict_changed_size", || {
        expect(
            &child("dict_changed_size"),
            b"",
            "RuntimeError: dictionary changed size during iteration\n",
            1,
        )
    }),
    // python3 -c "{} >= {}"
    ("compare_dicts", || {
        expect(
            &child("compare_dicts"),
            b"",
            "TypeError: '>=' not supported between instances of 'dict' and 'dict'\n",
            1,
        )
    }),
    // python3 -c "hash([])"
    ("hash_list", || {
        expect(
            &child("hash_list"),
            b"",
            "TypeError: unhashable type: 'list'\n",
            1,
        )
    }),
    // python3 -c "[1].index(3)"
    ("list_index_error", || {
        expect(
            &child("list_index_error"),
            b"",
            "ValueError: 3 is not in list\n",
            1,
        )
    }),
    // python3 -c "[1][2**100]"
    ("list_big_index", || {
        expect(
            &child("list_big_index"),
            b"",
            "IndexError: cannot fit 'int' into an index-sized integer\n",
            1,
        )
    }),
    // python3 -c 'import time; time.sleep(1); print("x")' | true
    ("broken_pipe_at_exit", || {
        expect(
            &child_with_closed_stdout("wait_then_print"),
            b"",
            BROKEN_PIPE_AT_EXIT,
            120,
        )
    }),
    // python3 -c 'for i in range(100000): print(i)' | head -0
    ("broken_pipe_while_running", || {
        expect(
            &child_with_closed_stdout("wait_then_print_a_lot"),
            b"",
            "BrokenPipeError: [Errno 32] Broken pipe\n",
            1,
        )
    }),
    // python3 -c 'print(1)' > /dev/full
    #[cfg(target_os = "linux")]
    ("disk_full_at_exit", || {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .map_err(|e| format!("/dev/full: {e}"))?;
        let out = child_command("print")
            .stdout(full)
            .output()
            .map_err(|e| e.to_string())?;
        let o = Outcome {
            stdout: out.stdout,
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            status: out.status.code().unwrap_or(-1),
        };
        expect(
            &o,
            b"",
            "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n\
             OSError: [Errno 28] No space left on device\n",
            120,
        )
    }),
    // An exception report, then the failed flush at exit; status 120.
    ("broken_pipe_then_exception", || {
        let want = format!("ZeroDivisionError: division by zero\n{BROKEN_PIPE_AT_EXIT}");
        expect(
            &child_with_closed_stdout("wait_then_raise"),
            b"",
            &want,
            120,
        )
    }),
    ("gc_churn", || gc_scenarios::check_churn(&child("gc_churn"))),
    ("gc_stress", || {
        gc_scenarios::check_stress(&child("gc_stress"))
    }),
    ("gc_roots", || expect(&child("gc_roots"), b"ok\n", "", 0)),
    ("gc_off", || {
        expect(&child("gc_off"), b"collections 0\n", "", 0)
    }),
];

fn main() {
    if let Ok(name) = std::env::var(SCENARIO_VAR) {
        // The collector scans the stack up to here.
        let top = [0u64; 2];
        run_scenario(
            &name,
            std::hint::black_box(top.as_ptr()).wrapping_add(2).cast(),
        );
    }
    // Arguments (e.g. libtest flags from `cargo test -- --quiet`) are ignored.
    let mut failed = 0;
    for (name, check) in CHECKS {
        match check() {
            Ok(()) => println!("test {name} ... ok"),
            Err(e) => {
                println!("test {name} ... FAILED\n  {e}");
                failed += 1;
            }
        }
    }
    println!("{} passed, {} failed", CHECKS.len() - failed, failed);
    std::io::stdout().flush().ok();
    if failed > 0 {
        std::process::exit(1);
    }
}
