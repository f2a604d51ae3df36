//! Differential tests: every `tests/programs/**/*.py` and `examples/*.py` (but the modules of a
//! program of several files: the `.py` files beside or below its `main.py`) is built with kiln and
//! run; its stdout, exit status and stderr (the traceback of an uncaught exception, compared as
//! `support::normalize_stderr` describes) must equal both the blessed expectation beside it
//! (`X.out`, `X.err`) and CPython run live. A program reads the file `X.in` on its standard
//! input if there is one (nothing otherwise), and the lines of `X.args` as its arguments.
//! Programs whose kiln behaviour is known to differ for now carry `X.kiln-expect` (stdout,
//! then `--- exit N`) instead.
//!
//! Each cross target also runs a deterministic third of the programs (every third one, a
//! different third per target, see `cross::PLATFORMS`), built for that target and run natively
//! or under QEMU user emulation: `program[aarch64-gnu]::tests/programs/...`. Their output must
//! equal the same expectation. A program whose output depends on the platform's C library (the
//! last bits of `math.sin` and friends come from its libm, as in CPython) says so on a line
//! `# kiln-test: host-only: <why>`; its cross trials are listed as ignored.

use std::path::{Path, PathBuf};

use libtest_mimic::{Failed, Trial};

use crate::support::{self, relative};

pub fn trials() -> Vec<Trial> {
    let root = support::root();
    let mut programs = support::files(&root.join("tests/programs"), "py");
    programs.extend(support::files(&root.join("examples"), "py"));
    // A program of several files is its `main.py`; the others are its modules.
    programs.retain(|path| !support::is_module_file(path));
    let mut trials: Vec<Trial> = programs
        .iter()
        .cloned()
        .map(|path| {
            Trial::test(format!("program::{}", relative(&path)), move || {
                check(&path)
            })
        })
        .collect();
    for platform in crate::cross::PLATFORMS {
        for (index, path) in programs.iter().enumerate() {
            if index % 3 != platform.third {
                continue;
            }
            let path = path.clone();
            let host_only = std::fs::read_to_string(&path).is_ok_and(|text| {
                text.lines()
                    .any(|l| l.starts_with("# kiln-test: host-only:"))
            });
            trials.push(
                Trial::test(
                    format!("program[{}]::{}", platform.label, relative(&path)),
                    move || check_on(platform, &path),
                )
                .with_ignored_flag(host_only),
            );
        }
    }
    trials
}

/// Builds `program` for a cross platform, runs it there and compares with the expectation
/// (which the host trial checks against CPython).
fn check_on(platform: &crate::cross::Platform, program: &Path) -> Result<(), Failed> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let executable = dir.path().join("program");
    crate::cross::build(program, &executable, platform.triple, &[])?;
    let outcome = crate::cross::run(platform.triple, &executable, program)?;
    let expected = kiln_expectation(program)?.unwrap_or(blessed(program)?);
    compare(&outcome, expected)
}

/// What a run must produce.
struct Expected {
    stdout: String,
    code: i32,
    /// The normalized stderr, when the program fails.
    error: Option<String>,
}

fn check(program: &Path) -> Result<(), Failed> {
    let blessed = blessed(program)?;
    let cpython = support::cpython(program)?;
    let cpython_stdout = support::normalize_addresses(&String::from_utf8_lossy(&cpython.stdout));
    let cpython_stderr = support::normalize_stderr(&cpython.stderr);
    let stale = cpython_stdout != support::normalize_addresses(&blessed.stdout)
        || cpython.code != Some(blessed.code)
        || blessed
            .error
            .as_ref()
            .is_some_and(|error| *error != cpython_stderr);
    if stale {
        return Err(format!(
            "the blessed expectation is stale (run tests/bless {}):\n{}{}",
            relative(program),
            support::diff(&blessed.stdout, &cpython_stdout),
            support::diff(blessed.error.as_deref().unwrap_or(""), &cpython_stderr)
        )
        .into());
    }
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let executable = dir.path().join("program");
    support::build(program, &executable)?;
    let outcome = support::run_executable(&executable, program)?;
    let expected = kiln_expectation(program)?.unwrap_or(blessed);
    compare(&outcome, expected)
}

/// Whether a run produced what was expected.
fn compare(outcome: &support::Outcome, expected: Expected) -> Result<(), Failed> {
    let stdout = support::normalize_addresses(&String::from_utf8_lossy(&outcome.stdout));
    let expected_stdout = support::normalize_addresses(&expected.stdout);
    if stdout != expected_stdout {
        return Err(format!(
            "stdout differs from CPython's:\n{}",
            support::diff(&expected_stdout, &stdout)
        )
        .into());
    }
    if outcome.code != Some(expected.code) {
        return Err(format!(
            "exit status {:?}, expected {} (stderr: {})",
            outcome.code,
            expected.code,
            outcome.stderr.trim_end()
        )
        .into());
    }
    if let Some(error) = expected.error {
        let stderr = support::normalize_stderr(&outcome.stderr);
        if stderr != error {
            return Err(format!(
                "stderr differs from CPython's:\n{}",
                support::diff(&error, &stderr)
            )
            .into());
        }
    }
    Ok(())
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e} (run tests/bless)", relative(path)))
}

fn with_extension(program: &Path, ext: &str) -> PathBuf {
    program.with_extension(ext)
}

/// `X.out` and, for failing programs, `X.err` (`exit: N`, then the normalized stderr).
fn blessed(program: &Path) -> Result<Expected, String> {
    let stdout = read(&with_extension(program, "out"))?;
    let err_path = with_extension(program, "err");
    if !err_path.exists() {
        return Ok(Expected {
            stdout,
            code: 0,
            error: None,
        });
    }
    let err = read(&err_path)?;
    let (first, rest) = err.split_once('\n').unwrap_or((&err, ""));
    let code = first
        .strip_prefix("exit: ")
        .and_then(|n| n.trim().parse().ok())
        .ok_or_else(|| format!("{} must start with `exit: N`", relative(&err_path)))?;
    Ok(Expected {
        stdout,
        code,
        error: Some(rest.to_owned()),
    })
}

/// `X.kiln-expect`: kiln's known, deliberate deviation (stdout, then `--- exit N`).
fn kiln_expectation(program: &Path) -> Result<Option<Expected>, String> {
    let path = with_extension(program, "kiln-expect");
    if !path.exists() {
        return Ok(None);
    }
    let text = read(&path)?;
    let (stdout, code) = text
        .rsplit_once("--- exit ")
        .ok_or_else(|| format!("{} must end with `--- exit N`", relative(&path)))?;
    let code = code
        .trim()
        .parse()
        .map_err(|_| format!("bad exit status in {}", relative(&path)))?;
    Ok(Some(Expected {
        stdout: stdout.to_owned(),
        code,
        error: None,
    }))
}
