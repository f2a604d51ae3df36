//! The `kiln` command line as users see it: outputs, exit statuses, refusals, no partial files.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use libtest_mimic::{Failed, Trial};

use crate::support::{self, Outcome};

pub fn trials() -> Vec<Trial> {
    vec![
        Trial::test("cli::version", version),
        Trial::test("cli::build_default_output_and_run", build_default_output),
        Trial::test(
            "cli::refuses_to_overwrite_source",
            refuses_to_overwrite_source,
        ),
        Trial::test("cli::emit_every_artifact", emit_every_artifact),
        Trial::test(
            "cli::compile_then_build_bytecode",
            compile_then_build_bytecode,
        ),
        Trial::test("cli::corrupt_bytecode_is_an_error", corrupt_bytecode),
        Trial::test(
            "cli::compile_error_leaves_no_output",
            compile_error_leaves_no_output,
        ),
        Trial::test("cli::json_diagnostics", json_diagnostics),
        Trial::test(
            "cli::diagnostics_in_modules_name_their_file",
            diagnostics_in_modules,
        ),
        Trial::test("cli::memory_stays_bounded", memory_stays_bounded),
        Trial::test(
            "cli::short_lived_lists_are_reclaimed",
            short_lived_lists_are_reclaimed,
        ),
        Trial::test(
            "cli::check_reports_without_building",
            check_reports_without_building,
        ),
        Trial::test(
            "cli::run_propagates_exit_status",
            run_propagates_exit_status,
        ),
        Trial::test("cli::unknown_target_is_refused", unknown_target),
        Trial::test("cli::missing_linker_is_a_clear_error", missing_linker),
        Trial::test(
            "cli::missing_cross_linker_names_the_package",
            missing_cross_linker,
        ),
        Trial::test("cli::missing_runtime_is_a_clear_error", missing_runtime),
        Trial::test("cli::targets_lists_every_triple", targets),
        Trial::test("cli::run_refuses_foreign_targets", run_foreign_target),
    ]
}

fn kiln(dir: &Path, args: &[&str]) -> Result<Outcome, String> {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kiln"));
    command
        .current_dir(dir)
        .args(args)
        .env("KILN_CACHE_DIR", dir.join("cache"));
    support::run(command, Duration::from_secs(120))
}

const HELLO: &str =
    "def greet(name):\n    return \"hello, \" + name\n\nprint(greet(\"kiln\"), 6 * 7)\n";

fn workspace(source: &str) -> Result<(tempfile::TempDir, PathBuf), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let path = dir.path().join("prog.py");
    std::fs::write(&path, source).map_err(|e| e.to_string())?;
    Ok((dir, path))
}

fn expect_code(outcome: &Outcome, code: i32) -> Result<(), Failed> {
    if outcome.code != Some(code) {
        return Err(format!(
            "exit status {:?}, expected {code}; stderr:\n{}",
            outcome.code, outcome.stderr
        )
        .into());
    }
    Ok(())
}

/// A refused build: exit status `code`, every `needle` in the message, and no `output` file left
/// in `dir`.
fn expect_refusal(
    dir: &Path,
    out: &Outcome,
    code: i32,
    needles: &[&str],
    output: &str,
) -> Result<(), Failed> {
    expect_code(out, code)?;
    if let Some(needle) = needles.iter().find(|n| !out.stderr.contains(*n)) {
        return Err(format!("the error lacks {needle:?}: {}", out.stderr).into());
    }
    if dir.join(output).exists() {
        return Err(format!("{output} was left behind").into());
    }
    Ok(())
}

fn version() -> Result<(), Failed> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let out = kiln(dir.path(), &["--version"])?;
    expect_code(&out, 0)?;
    if !String::from_utf8_lossy(&out.stdout).starts_with("kiln ") {
        return Err("--version does not print `kiln <version>`".into());
    }
    Ok(())
}

fn build_default_output() -> Result<(), Failed> {
    let (dir, _) = workspace(HELLO)?;
    expect_code(&kiln(dir.path(), &["build", "prog.py"])?, 0)?;
    let run = support::run(
        Command::new(dir.path().join("prog")),
        Duration::from_secs(10),
    )?;
    if run.stdout != b"hello, kiln 42\n" {
        return Err(format!(
            "unexpected output {:?}",
            String::from_utf8_lossy(&run.stdout)
        )
        .into());
    }
    Ok(())
}

fn refuses_to_overwrite_source() -> Result<(), Failed> {
    let (dir, path) = workspace(HELLO)?;
    let out = kiln(dir.path(), &["build", "prog.py", "-o", "prog.py"])?;
    expect_code(&out, 2)?;
    if std::fs::read_to_string(&path).map_err(|e| e.to_string())? != HELLO {
        return Err("the source file was changed".into());
    }
    Ok(())
}

fn emit_every_artifact() -> Result<(), Failed> {
    let (dir, _) = workspace(HELLO)?;
    let out = kiln(
        dir.path(),
        &[
            "build",
            "prog.py",
            "-o",
            "p",
            "--emit",
            "llvm-ir,asm,obj,bc,ssa,bytecode",
        ],
    )?;
    expect_code(&out, 0)?;
    for (ext, needle) in [
        ("ll", "define"),
        ("s", "main"),
        ("ssa", "fn f"),
        ("o", ""),
        ("bc", ""),
        ("kbc", ""),
    ] {
        let bytes = std::fs::read(dir.path().join(format!("p.{ext}")))
            .map_err(|e| format!("p.{ext}: {e}"))?;
        if bytes.is_empty() || !String::from_utf8_lossy(&bytes).contains(needle) {
            return Err(format!("p.{ext} is empty or lacks {needle:?}").into());
        }
    }
    Ok(())
}

fn compile_then_build_bytecode() -> Result<(), Failed> {
    let (dir, _) = workspace(HELLO)?;
    expect_code(
        &kiln(dir.path(), &["compile", "prog.py", "-o", "prog.kbc"])?,
        0,
    )?;
    let dis = kiln(dir.path(), &["dis", "prog.kbc"])?;
    expect_code(&dis, 0)?;
    if !String::from_utf8_lossy(&dis.stdout).contains("RETURN_VALUE") {
        return Err("the disassembly lacks RETURN_VALUE".into());
    }
    expect_code(
        &kiln(dir.path(), &["build", "prog.kbc", "-o", "from_kbc"])?,
        0,
    )?;
    let run = support::run(
        Command::new(dir.path().join("from_kbc")),
        Duration::from_secs(10),
    )?;
    if run.stdout != b"hello, kiln 42\n" {
        return Err("the program built from bytecode prints something else".into());
    }
    Ok(())
}

fn corrupt_bytecode() -> Result<(), Failed> {
    let (dir, _) = workspace(HELLO)?;
    expect_code(
        &kiln(dir.path(), &["compile", "prog.py", "-o", "prog.kbc"])?,
        0,
    )?;
    let bytes = std::fs::read(dir.path().join("prog.kbc")).map_err(|e| e.to_string())?;
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("truncated", bytes[..bytes.len() / 2].to_vec()),
        ("magic", [b"NOTKILN!".as_slice(), &bytes[8..]].concat()),
        ("version", [&bytes[..8], &[9, 0], &bytes[10..]].concat()),
        ("empty", Vec::new()),
    ];
    for (name, data) in cases {
        let file = format!("{name}.kbc");
        std::fs::write(dir.path().join(&file), data).map_err(|e| e.to_string())?;
        let out = kiln(dir.path(), &["build", &file, "-o", name])?;
        expect_refusal(dir.path(), &out, 2, &["cannot load"], name)?;
    }
    Ok(())
}

fn compile_error_leaves_no_output() -> Result<(), Failed> {
    let (dir, _) = workspace("x = 1\nx = \"s\"\nprint(x)\n")?;
    let out = kiln(dir.path(), &["build", "prog.py"])?;
    expect_refusal(dir.path(), &out, 1, &["type-mismatch"], "prog")
}

/// Millions of temporary big ints and strings run within a small address-space limit: the
/// collector reclaims them (without it this program needs gigabytes).
fn memory_stays_bounded() -> Result<(), Failed> {
    let source = "total = 0\nfor i in range(3000000):\n    x = (2 ** 100 + i) * 3\n    s = str(i) + \"!\"\n    total = total + x % 7 + len(s)\nprint(total)\n";
    runs_in_256_mib(source, b"31888894\n")
}

/// 10^7 short-lived lists and tuples (3 x 10^7 objects, over a gigabyte if never freed) run in
/// a 256 MiB address space.
fn short_lived_lists_are_reclaimed() -> Result<(), Failed> {
    let source = "total = 0\nfor i in range(10000000):\n    xs = [i, i + 1, i + 2]\n    ys = (xs, [float(i)])\n    total += len(xs) + xs[1] + len(ys[1])\nprint(total)\n";
    runs_in_256_mib(source, b"50000045000000\n")
}

/// Builds `source` and runs it under `ulimit -v 262144`, expecting `stdout`.
fn runs_in_256_mib(source: &str, stdout: &[u8]) -> Result<(), Failed> {
    let (dir, _) = workspace(source)?;
    expect_code(&kiln(dir.path(), &["build", "prog.py"])?, 0)?;
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg("ulimit -v 262144 && ./prog")
        .current_dir(dir.path());
    let run = support::run(command, Duration::from_secs(60))?;
    if run.code != Some(0) || run.stdout != stdout {
        return Err(format!(
            "status {:?}, stdout {:?}, stderr {}",
            run.code,
            String::from_utf8_lossy(&run.stdout),
            run.stderr
        )
        .into());
    }
    Ok(())
}

fn check_reports_without_building() -> Result<(), Failed> {
    let (dir, path) = workspace(HELLO)?;
    expect_code(&kiln(dir.path(), &["check", "prog.py"])?, 0)?;
    std::fs::write(&path, "x = 1\nx = 2.5\n").map_err(|e| e.to_string())?;
    let out = kiln(dir.path(), &["check", "prog.py"])?;
    expect_refusal(dir.path(), &out, 1, &["type-mismatch"], "prog")
}

fn json_diagnostics() -> Result<(), Failed> {
    let (dir, _) = workspace("print(1)\nclass A(int):\n    pass\n")?;
    let out = kiln(
        dir.path(),
        &["build", "prog.py", "--diagnostics-format", "json"],
    )?;
    expect_code(&out, 1)?;
    let first = out.stderr.lines().next().unwrap_or("");
    let value: serde_json::Value =
        serde_json::from_str(first).map_err(|e| format!("not JSON: {e}: {first}"))?;
    if value["id"] != "unsupported-class" || value["primary"]["line"] != 2 {
        return Err(format!("unexpected diagnostic {value}").into());
    }
    Ok(())
}

/// An error in a module of the program is reported in the module's file, at its line, as
/// text and as JSON; a bytecode file keeps the modules' files for later diagnostics.
fn diagnostics_in_modules() -> Result<(), Failed> {
    let (dir, _) = workspace("import shapes\n\nprint(shapes.area(2))\n")?;
    std::fs::create_dir(dir.path().join("shapes")).map_err(|e| e.to_string())?;
    std::fs::write(
        dir.path().join("shapes/__init__.py"),
        "from .square import area\n",
    )
    .map_err(|e| e.to_string())?;
    std::fs::write(
        dir.path().join("shapes/square.py"),
        "# The area of a square.\ndef area(side):\n    return side * \"side\" + 1\n",
    )
    .map_err(|e| e.to_string())?;
    let out = kiln(dir.path(), &["check", "prog.py"])?;
    expect_code(&out, 1)?;
    let expected = format!(
        "--> {}:3:12",
        Path::new("shapes").join("square.py").display()
    );
    if !out.stderr.contains(&expected) || !out.stderr.contains("return side * \"side\" + 1") {
        return Err(format!("expected the error at {expected}:\n{}", out.stderr).into());
    }
    let out = kiln(
        dir.path(),
        &["check", "prog.py", "--diagnostics-format", "json"],
    )?;
    let first = out.stderr.lines().next().unwrap_or("");
    let value: serde_json::Value =
        serde_json::from_str(first).map_err(|e| format!("not JSON: {e}: {first}"))?;
    if value["primary"]["line"] != 3
        || !value["file"]
            .as_str()
            .is_some_and(|f| f.ends_with("square.py"))
    {
        return Err(format!("unexpected diagnostic {value}").into());
    }
    Ok(())
}

fn run_propagates_exit_status() -> Result<(), Failed> {
    let (dir, _) = workspace("print(\"before\")\nprint(1 // 0)\n")?;
    let out = kiln(dir.path(), &["run", "prog.py"])?;
    expect_code(&out, 1)?;
    if out.stdout != b"before\n"
        || out.last_stderr_line() != "ZeroDivisionError: integer division or modulo by zero"
    {
        return Err(format!(
            "unexpected run: {:?} / {}",
            String::from_utf8_lossy(&out.stdout),
            out.stderr
        )
        .into());
    }
    Ok(())
}

fn unknown_target() -> Result<(), Failed> {
    let (dir, _) = workspace(HELLO)?;
    let out = kiln(
        dir.path(),
        &["build", "prog.py", "--target", "mips-unknown-linux-gnu"],
    )?;
    let needles = ["is not supported", "riscv64gc-unknown-linux-gnu"];
    expect_refusal(dir.path(), &out, 2, &needles, "prog")
}

fn missing_linker() -> Result<(), Failed> {
    let (dir, _) = workspace(HELLO)?;
    let out = kiln(
        dir.path(),
        &["build", "prog.py", "--linker", "/nonexistent/cc"],
    )?;
    expect_refusal(dir.path(), &out, 2, &["was not found"], "prog")
}

/// Nothing in the test corpus, nor any prefix or mangled variant of it, makes the compiler panic.
pub fn no_panics_on_corpus() -> Result<(), Failed> {
    let root = support::root();
    let mut sources = Vec::new();
    for dir in [
        "tests/programs",
        "tests/diagnostics",
        "tests/golden",
        "examples",
        "bench",
    ] {
        for path in support::files(&root.join(dir), "py") {
            sources.push(std::fs::read_to_string(&path).map_err(|e| e.to_string())?);
        }
    }
    let mut variants = Vec::new();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for source in &sources {
        variants.push(source.clone());
        let chars: Vec<char> = source.chars().collect();
        for _ in 0..8 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let cut = (seed as usize) % (chars.len() + 1);
            variants.push(chars[..cut].iter().collect());
            let mut mangled = chars.clone();
            if !mangled.is_empty() {
                let at = (seed as usize >> 8) % mangled.len();
                mangled.remove(at);
            }
            variants.push(mangled.into_iter().collect());
        }
    }
    for (i, text) in variants.into_iter().enumerate() {
        let input = kiln::Input::Source {
            filename: "corpus.py".into(),
            text: text.clone(),
        };
        if std::panic::catch_unwind(|| kiln::check(&input)).is_err() {
            return Err(format!("variant {i} makes kiln panic:\n{text}").into());
        }
    }
    Ok(())
}

fn missing_cross_linker() -> Result<(), Failed> {
    let (dir, _) = workspace(HELLO)?;
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).map_err(|e| e.to_string())?;
    let mut command = Command::new(env!("CARGO_BIN_EXE_kiln"));
    command
        .current_dir(dir.path())
        .args(["build", "prog.py", "--target", "aarch64-unknown-linux-gnu"])
        .env("PATH", &empty)
        .env_remove("KILN_LINKER");
    let out = support::run(command, Duration::from_secs(60))?;
    let needles = [
        "`aarch64-linux-gnu-gcc` was not found",
        "apt-get install gcc-aarch64-linux-gnu",
        "--no-link",
    ];
    expect_refusal(dir.path(), &out, 2, &needles, "prog")
}

fn missing_runtime() -> Result<(), Failed> {
    let (dir, _) = workspace(HELLO)?;
    let empty = dir.path().join("runtimes");
    std::fs::create_dir(&empty).map_err(|e| e.to_string())?;
    let mut command = Command::new(env!("CARGO_BIN_EXE_kiln"));
    command
        .current_dir(dir.path())
        .args(["build", "prog.py", "--target", "aarch64-unknown-linux-musl"])
        .env("KILN_RUNTIME_DIR", &empty);
    let out = support::run(command, Duration::from_secs(60))?;
    expect_refusal(dir.path(), &out, 2, &["no runtime file"], "prog")
}

/// `kiln targets` lists every triple; on a machine set up by `scripts/setup` every one is ready.
fn targets() -> Result<(), Failed> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let out = kiln(dir.path(), &["targets"])?;
    expect_code(&out, 0)?;
    let text = String::from_utf8_lossy(&out.stdout);
    for target in kiln::target::TARGETS {
        let line = text
            .lines()
            .find(|l| l.starts_with(target.triple))
            .ok_or_else(|| format!("`kiln targets` lacks {}:\n{text}", target.triple))?;
        // `directory` when KILN_RUNTIME_DIR points kiln at runtimes built outside it.
        let runtime = line.contains("embedded") || line.contains("directory");
        if !runtime || !line.contains("ready") {
            return Err(format!(
                "{} cannot be linked here (run scripts/setup):\n{text}",
                target.triple
            )
            .into());
        }
        if target.is_host() != line.contains("host")
            || target.static_by_default() != line.contains("static")
        {
            return Err(format!("wrong flags for {}: {line}", target.triple).into());
        }
    }
    Ok(())
}

fn run_foreign_target() -> Result<(), Failed> {
    let (dir, _) = workspace(HELLO)?;
    let foreign = if kiln::link::host_arch() == "aarch64" {
        "x86_64-unknown-linux-gnu"
    } else {
        "aarch64-unknown-linux-gnu"
    };
    let out = kiln(dir.path(), &["run", "prog.py", "--target", foreign])?;
    expect_code(&out, 2)?;
    if !out.stderr.contains("kiln build --target") {
        return Err(format!("unclear refusal: {}", out.stderr).into());
    }
    Ok(())
}
