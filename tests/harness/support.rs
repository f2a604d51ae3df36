//! Shared helpers: paths, building programs with the kiln library, running processes with a
//! time limit, and the CPython oracle.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file under `dir` (recursively) with extension `ext`, sorted.
pub fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == ext) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Whether `path` is a module of a program of several files rather than a program: a `.py`
/// file in a directory (or below one) holding the program's `main.py`.
pub fn is_module_file(path: &Path) -> bool {
    let root = root();
    let mut dir = path.parent();
    while let Some(d) = dir.filter(|d| d.starts_with(&root) && *d != root) {
        let main = d.join("main.py");
        if main.is_file() && main != path {
            return true;
        }
        dir = d.parent();
    }
    false
}

/// A path relative to the repository root, for test names.
pub fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
}

/// What a process did.
#[derive(Debug)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: String,
    pub code: Option<i32>,
}

/// Output with the addresses in default reprs (`<__main__.Point object at 0x7f...>`) replaced
/// by `0x…`: they differ from run to run, in CPython as in kiln.
pub fn normalize_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(" object at 0x") {
        let (head, tail) = rest.split_at(at + " object at 0x".len());
        out.push_str(head);
        let digits = tail.len()
            - tail
                .trim_start_matches(|c: char| c.is_ascii_hexdigit())
                .len();
        if digits > 0 && tail[digits..].starts_with('>') {
            out.push('…');
            rest = &tail[digits..];
        } else {
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

/// Stderr as the program tests compare it (`tests/bless` does the same): without the lines
/// CPython 3.11 adds under a traceback's source line to mark the failing expression (only `^`,
/// `~` and spaces), and with each `File "..."` path reduced to the file name (CPython shows the
/// script's absolute path, kiln the path the script was compiled from).
pub fn normalize_stderr(stderr: &str) -> String {
    let mut out = String::new();
    for line in stderr.lines() {
        let trimmed = line.trim();
        if !trimmed.is_empty() && trimmed.chars().all(|c| matches!(c, '^' | '~' | ' ')) {
            continue;
        }
        match line
            .strip_prefix("  File \"")
            .and_then(|rest| rest.split_once("\", line "))
        {
            Some((path, rest)) => {
                let name = path.rsplit('/').next().unwrap_or(path);
                out.push_str(&format!("  File \"{name}\", line {rest}"));
            }
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

impl Outcome {
    /// The last non-empty line of stderr.
    pub fn last_stderr_line(&self) -> &str {
        self.stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
    }
}

/// Runs `command` to completion, killing it after `limit`, with nothing on its stdin.
pub fn run(command: Command, limit: Duration) -> Result<Outcome, String> {
    run_with_input(command, limit, None)
}

/// The standard input of a test program: the file `X.in` beside `X.py`, if there is one.
pub fn input_of(program: &Path) -> Option<std::path::PathBuf> {
    Some(program.with_extension("in")).filter(|path| path.is_file())
}

/// The command-line arguments of a test program: the lines of the file `X.args` beside
/// `X.py`, one argument a line, if there is one.
pub fn arguments_of(program: &Path) -> Vec<String> {
    std::fs::read_to_string(program.with_extension("args"))
        .map(|text| text.lines().map(str::to_owned).collect())
        .unwrap_or_default()
}

/// Runs `command` to completion, killing it after `limit`, with `input` (a file) on its
/// stdin.
pub fn run_with_input(
    mut command: Command,
    limit: Duration,
    input: Option<&Path>,
) -> Result<Outcome, String> {
    let stdin = match input {
        Some(path) => {
            Stdio::from(std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?)
        }
        None => Stdio::null(),
    };
    command
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // A just-written executable can be briefly "busy" (ETXTBSY) while another test thread's
    // fork still holds a descriptor of it open until its exec: try again shortly.
    let mut attempts = 0;
    let mut child = loop {
        match command.spawn() {
            Ok(child) => break child,
            Err(err) if err.raw_os_error() == Some(26) && attempts < 50 => {
                attempts += 1;
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(err) => return Err(format!("cannot start {command:?}: {err}")),
        }
    };
    let mut stdout = child.stdout.take().ok_or("no stdout")?;
    let mut stderr = child.stderr.take().ok_or("no stderr")?;
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stderr, &mut buf);
        buf
    });
    let deadline = Instant::now() + limit;
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("{command:?} did not finish within {limit:?}"));
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    Ok(Outcome {
        stdout,
        stderr,
        // Killed by a signal: as Python's `returncode`, minus the signal number.
        code: status.code().or_else(|| {
            use std::os::unix::process::ExitStatusExt;
            status.signal().map(|signal| -signal)
        }),
    })
}

/// Compiles `source_path` with the kiln library and links it to `output`.
pub fn build(source_path: &Path, output: &Path) -> Result<(), String> {
    let input = kiln::Input::read(source_path).map_err(|e| e.to_string())?;
    build_input(&input, output)
}

/// Compiles an input (source or bytecode) and links it to `output`.
pub fn build_input(input: &kiln::Input, output: &Path) -> Result<(), String> {
    let compiled = kiln::compile(input, &kiln::Options::default(), &[kiln::Artifact::Object])
        .map_err(|e| e.to_string())?;
    let object = &compiled.artifacts[0].1;
    let target = kiln::target::host().map_err(|e| e.to_string())?;
    let toolchain = kiln::link::Toolchain::find(target, None, false).map_err(|e| e.to_string())?;
    toolchain.link(object, output).map_err(|e| e.to_string())
}

/// Runs CPython on a program the way `tests/bless` does.
pub fn cpython(program: &Path) -> Result<Outcome, String> {
    let mut command = Command::new("python3");
    command
        .arg(std::path::absolute(program).map_err(|e| e.to_string())?)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONUTF8", "1")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    run_program(command, program, Duration::from_secs(120))
}

/// Runs a kiln-built executable of `program`.
pub fn run_executable(executable: &Path, program: &Path) -> Result<Outcome, String> {
    run_program(Command::new(executable), program, Duration::from_secs(60))
}

/// Runs `command`, CPython or an executable of test program `program`, as the tests run a
/// program: in a fresh empty working directory (so the files it writes are its own, however
/// many runs of it go at once), with the lines of `X.args` as its arguments and `X.in` on its
/// standard input.
pub fn run_program(
    mut command: Command,
    program: &Path,
    limit: Duration,
) -> Result<Outcome, String> {
    let scratch = tempfile::tempdir().map_err(|e| e.to_string())?;
    command
        .args(arguments_of(program))
        .current_dir(scratch.path());
    run_with_input(command, limit, input_of(program).as_deref())
}

/// A unified-ish diff of two texts, short enough for a failure message.
pub fn diff(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let mut out = String::new();
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i), a.get(i));
        if x != y {
            out.push_str(&format!(
                "line {}:\n  expected: {:?}\n  actual:   {:?}\n",
                i + 1,
                x.unwrap_or(&"<none>"),
                y.unwrap_or(&"<none>")
            ));
            if out.lines().count() > 30 {
                out.push_str("  ...\n");
                break;
            }
        }
    }
    if out.is_empty() && expected != actual {
        out.push_str("texts differ only in trailing newlines\n");
    }
    out
}
