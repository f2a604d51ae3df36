//! Cross-compilation, static linking, debug information and reproducibility.
//!
//! The platforms below are where cross-built programs run (`programs.rs` runs a third of the
//! differential suite on each): natively when the architecture is this machine's, else under
//! QEMU user emulation (`qemu-<arch>`, with `-L /usr/<gnu prefix>` for glibc programs, whose
//! dynamic loader and libraries Debian's cross packages install there). Nothing is skipped: a
//! missing runtime, linker, emulator, `gdb`, `file` or `readelf` fails the test that needs it,
//! naming what to install (`scripts/setup` installs all of it).

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use libtest_mimic::{Failed, Trial};

use crate::support::{self, Outcome};

/// A target the differential suite runs on, besides the host.
pub struct Platform {
    /// Short name in test names: `program[aarch64-gnu]::...`.
    pub label: &'static str,
    pub triple: &'static str,
    /// Which third of the programs (sorted by path) runs here: those whose index mod 3 is this.
    pub third: usize,
}

/// Cross platforms: the thirds are chosen so aarch64 (glibc and musl together) and static
/// musl (x86_64 and aarch64 together) each see two thirds, and all four the whole suite.
pub const PLATFORMS: &[Platform] = &[
    Platform {
        label: "aarch64-gnu",
        triple: "aarch64-unknown-linux-gnu",
        third: 0,
    },
    Platform {
        label: "x86_64-musl",
        triple: "x86_64-unknown-linux-musl",
        third: 1,
    },
    Platform {
        label: "aarch64-musl",
        triple: "aarch64-unknown-linux-musl",
        third: 2,
    },
    Platform {
        label: "riscv64-gnu",
        triple: "riscv64gc-unknown-linux-gnu",
        third: 1,
    },
];

pub fn trials() -> Vec<Trial> {
    vec![
        Trial::test("cross::static_executables", static_executables),
        Trial::test("cross::debug_info_in_gdb", debug_info_in_gdb),
        Trial::test("cross::reproducible_builds", reproducible_builds),
        Trial::test("cross::emit_without_linking", emit_without_linking),
        Trial::test("cross::riscv_uses_the_lp64d_abi", riscv_abi),
    ]
}

/// Builds `program` for `triple` through the `kiln` command line with `flags`.
pub fn build(program: &Path, output: &Path, triple: &str, flags: &[&str]) -> Result<(), String> {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kiln"));
    command
        .arg("build")
        .arg(program)
        .arg("-o")
        .arg(output)
        .args(["--target", triple])
        .args(flags);
    let outcome = support::run(command, Duration::from_secs(120))?;
    if outcome.code != Some(0) {
        return Err(format!(
            "kiln build --target {triple} {flags:?} failed ({:?}):\n{}",
            outcome.code, outcome.stderr
        ));
    }
    Ok(())
}

/// The command that runs an executable built for `triple` on this machine.
pub fn runner(triple: &str, executable: &Path) -> Result<Command, String> {
    let target = kiln::target::lookup(triple).map_err(|e| e.to_string())?;
    if target.arch == kiln::link::host_arch() {
        return Ok(Command::new(executable));
    }
    let qemu = format!("qemu-{}", target.arch);
    if kiln::link::find_program(&qemu).is_none() {
        return Err(format!(
            "{qemu} is missing: cannot run {triple} programs (on Debian: `apt-get install qemu-user`, or `make test`, which runs scripts/setup)"
        ));
    }
    let mut command = Command::new(qemu);
    if target.libc == kiln::target::Libc::Gnu {
        command.args(["-L", &format!("/usr/{}", target.gnu_prefix)]);
    }
    command.arg(executable);
    Ok(command)
}

/// Runs an executable of test program `program` built for `triple` (see
/// `support::run_program`).
pub fn run(triple: &str, executable: &Path, program: &Path) -> Result<Outcome, String> {
    support::run_program(
        runner(triple, executable)?,
        program,
        Duration::from_secs(120),
    )
}

/// Runs a tool that must be installed, returning its stdout.
fn tool(name: &str, args: &[&str], file: &Path) -> Result<String, String> {
    let output = Command::new(name)
        .args(args)
        .arg(file)
        .output()
        .map_err(|e| {
            format!("cannot run {name} ({e}): install it (`make test` runs scripts/setup)")
        })?;
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

const PROGRAM: &str = "\
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def report(label, value):
    print(label, value, 2.5 * value)


report(\"fib\", fib(15))
print(\"big\", 2 ** 100 // 3)
";

const PROGRAM_OUTPUT: &str = "fib 610 1525.0\nbig 422550200076076467165567735125\n";

fn workspace() -> Result<(tempfile::TempDir, std::path::PathBuf), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let path = dir.path().join("prog.py");
    std::fs::write(&path, PROGRAM).map_err(|e| e.to_string())?;
    Ok((dir, path))
}

/// musl targets and `--static` glibc builds are fully static: no program interpreter, no
/// dynamic section; and they run.
fn static_executables() -> Result<(), Failed> {
    let (dir, program) = workspace()?;
    let cases: &[(&str, &[&str])] = &[
        ("x86_64-unknown-linux-musl", &[]),
        ("aarch64-unknown-linux-musl", &[]),
        ("x86_64-unknown-linux-gnu", &["--static"]),
        ("aarch64-unknown-linux-gnu", &["--static"]),
    ];
    for (triple, flags) in cases {
        let executable = dir.path().join(format!("prog-{triple}"));
        build(&program, &executable, triple, flags)?;
        let headers = tool("readelf", &["-lW"], &executable)?;
        if headers.contains("INTERP") || !headers.contains("LOAD") {
            return Err(format!("{triple} {flags:?}: a program interpreter:\n{headers}").into());
        }
        let dynamic = tool("readelf", &["-d"], &executable)?;
        if !dynamic.contains("There is no dynamic section") {
            return Err(format!("{triple} {flags:?}: a dynamic section:\n{dynamic}").into());
        }
        let file = tool("file", &["-b"], &executable)?;
        if !file.contains("statically linked") {
            return Err(format!("{triple} {flags:?}: `file` says {file}").into());
        }
        let outcome = run(triple, &executable, &program)?;
        if outcome.stdout != PROGRAM_OUTPUT.as_bytes() || outcome.code != Some(0) {
            return Err(format!(
                "{triple} {flags:?}: printed {:?} (status {:?}, stderr {})",
                String::from_utf8_lossy(&outcome.stdout),
                outcome.code,
                outcome.stderr
            )
            .into());
        }
    }
    Ok(())
}

/// `-g`: gdb breaks on a Python line or function and shows a backtrace with Python function
/// names and source lines, optimized or not.
fn debug_info_in_gdb() -> Result<(), Failed> {
    let (dir, program) = workspace()?;
    for opt in ["-O0", "-O2"] {
        let executable = dir.path().join(format!("prog{opt}"));
        build(&program, &executable, kiln::link::HOST_TRIPLE, &["-g", opt])?;
        let mut command = Command::new("gdb");
        command.args([
            "-nx",
            "-batch",
            "-ex",
            "break prog.py:8",
            "-ex",
            "run",
            "-ex",
            "bt",
            "-ex",
            "kill",
            "-ex",
            "break fib",
            "-ex",
            "run",
            "-ex",
            "bt 1",
        ]);
        command.arg(&executable).current_dir(dir.path());
        let outcome = support::run(command, Duration::from_secs(60)).map_err(|e| {
            format!("{e} (gdb is needed for this test: `apt-get install gdb`, or `make test`)")
        })?;
        let out = String::from_utf8_lossy(&outcome.stdout);
        let expected = [
            "Breakpoint 1, report () at prog.py:8",
            "8\t    print(label, value, 2.5 * value)",
            "#0  report () at prog.py:8",
            "<module> () at prog.py:11",
            "main () at prog.py:1",
            "Breakpoint 2, fib () at prog.py:",
        ];
        for needle in expected {
            if !out.contains(needle) {
                return Err(format!(
                    "{opt}: gdb's output lacks {needle:?}:\n{out}\n{}",
                    outcome.stderr
                )
                .into());
            }
        }
    }
    Ok(())
}

/// The same input and flags give byte-identical executables, whatever the directory the
/// build runs in and the temporary files it uses.
fn reproducible_builds() -> Result<(), Failed> {
    let (first, _) = workspace()?;
    let (second, _) = workspace()?;
    let cases: &[(&str, &[&str])] = &[
        (kiln::link::HOST_TRIPLE, &[]),
        (kiln::link::HOST_TRIPLE, &["--static"]),
        ("x86_64-unknown-linux-musl", &[]),
        ("aarch64-unknown-linux-gnu", &[]),
        ("riscv64gc-unknown-linux-gnu", &["-O3"]),
    ];
    let build_in = |dir: &Path, triple: &str, flags: &[&str]| -> Result<Vec<u8>, String> {
        let mut command = Command::new(env!("CARGO_BIN_EXE_kiln"));
        command
            .current_dir(dir)
            .args(["build", "prog.py", "-o", "out", "--target", triple])
            .args(flags);
        let outcome = support::run(command, Duration::from_secs(120))?;
        if outcome.code != Some(0) {
            return Err(format!("kiln build failed: {}", outcome.stderr));
        }
        std::fs::read(dir.join("out")).map_err(|e| e.to_string())
    };
    for (triple, flags) in cases {
        let a = build_in(first.path(), triple, flags)?;
        let b = build_in(second.path(), triple, flags)?;
        if a != b {
            let at = a.iter().zip(&b).position(|(x, y)| x != y);
            return Err(format!(
                "{triple} {flags:?}: builds in two directories differ (sizes {} and {}, first difference at {at:?})",
                a.len(),
                b.len()
            )
            .into());
        }
    }
    // With debug information the source's directory is recorded, as C compilers do: the same
    // source file built twice (into different directories) gives the same executable.
    let (source_dir, program) = workspace()?;
    let outputs = [first.path().join("g"), second.path().join("g")];
    for output in &outputs {
        build(&program, output, kiln::link::HOST_TRIPLE, &["-g"])?;
    }
    let read = |p: &Path| std::fs::read(p).map_err(|e| e.to_string());
    if read(&outputs[0])? != read(&outputs[1])? {
        return Err("-g: two builds of the same source differ".into());
    }
    drop(source_dir);
    Ok(())
}

/// `--no-link` writes the `--emit` files for every target with no linker and no runtime.
fn emit_without_linking() -> Result<(), Failed> {
    let (dir, program) = workspace()?;
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).map_err(|e| e.to_string())?;
    for target in kiln::target::TARGETS {
        let base = dir.path().join(target.triple);
        let mut command = Command::new(env!("CARGO_BIN_EXE_kiln"));
        command
            .arg("build")
            .arg(&program)
            .arg("-o")
            .arg(&base)
            .args(["--target", target.triple, "--no-link"])
            .args(["--emit", "obj,asm,llvm-ir,bc"])
            // No tool and no runtime can be found.
            .env("PATH", &empty)
            .env("KILN_RUNTIME_DIR", &empty);
        let outcome = support::run(command, Duration::from_secs(120))?;
        if outcome.code != Some(0) || base.exists() {
            return Err(format!(
                "{}: --no-link failed or linked: {}",
                target.triple, outcome.stderr
            )
            .into());
        }
        let ir = std::fs::read_to_string(base.with_extension("ll")).map_err(|e| e.to_string())?;
        let expected_triple = format!("target triple = \"{}\"", target.llvm_triple);
        if !ir.contains(&expected_triple) || !ir.contains("@\"prog.fib(int)\"") {
            return Err(format!("{}: unexpected IR header", target.triple).into());
        }
        for ext in ["o", "s", "bc"] {
            let path = base.with_extension(ext);
            if std::fs::metadata(&path).map_or(true, |m| m.len() == 0) {
                return Err(format!("{} is missing or empty", path.display()).into());
            }
        }
        let file = tool("file", &["-b"], &base.with_extension("o"))?;
        let machine = match target.arch {
            "x86_64" => "x86-64",
            "aarch64" => "aarch64",
            _ => "RISC-V",
        };
        if !file.contains("relocatable") || !file.contains(machine) {
            return Err(format!("{}: the object is {file}", target.triple).into());
        }
    }
    Ok(())
}

/// RISC-V code uses the hardware floating-point ABI of the runtime and the system libraries.
fn riscv_abi() -> Result<(), Failed> {
    let (dir, program) = workspace()?;
    let executable = dir.path().join("prog");
    build(&program, &executable, "riscv64gc-unknown-linux-gnu", &[])?;
    let header = tool("readelf", &["-h"], &executable)?;
    if !header.contains("double-float ABI") {
        return Err(format!("not the lp64d ABI:\n{header}").into());
    }
    let outcome = run("riscv64gc-unknown-linux-gnu", &executable, &program)?;
    if outcome.stdout != PROGRAM_OUTPUT.as_bytes() {
        return Err(format!("printed {:?}", String::from_utf8_lossy(&outcome.stdout)).into());
    }
    Ok(())
}
