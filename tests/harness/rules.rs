//! Repository rules that keep the architecture honest: the crate dependency invariants from
//! ARCHITECTURE.md, and the runtime ABI agreeing between codegen and the runtime library.

use std::collections::BTreeSet;

use libtest_mimic::{Failed, Trial};

use crate::support;

pub fn trials() -> Vec<Trial> {
    vec![
        Trial::test("rules::crate_dependencies", crate_dependencies),
        Trial::test("rules::runtime_abi_symbols", runtime_abi_symbols),
        Trial::test("rules::runtime_exception_codes", runtime_exception_codes),
        Trial::test("rules::runtime_math_operations", runtime_math_operations),
        Trial::test(
            "rules::no_compiler_panics_on_corpus",
            crate::cli::no_panics_on_corpus,
        ),
        Trial::test("rules::build_script_targets", build_script_targets),
        Trial::test("rules::targets_documented", targets_documented),
    ]
}

/// The names under `[dependencies]` of a Cargo.toml (not dev- or build-dependencies).
fn dependencies(manifest: &str) -> Result<BTreeSet<String>, String> {
    let text = std::fs::read_to_string(support::root().join(manifest))
        .map_err(|e| format!("{manifest}: {e}"))?;
    let mut in_section = false;
    let mut out = BTreeSet::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_section = line == "[dependencies]";
            continue;
        }
        if in_section && !line.is_empty() && !line.starts_with('#') {
            let name = line.split(['=', '.', ' ']).next().unwrap_or("").trim();
            out.insert(name.to_owned());
        }
    }
    Ok(out)
}

fn crate_dependencies() -> Result<(), Failed> {
    let allowed: &[(&str, &[&str])] = &[
        // The contract crate stands alone.
        ("frontend/bytecode/Cargo.toml", &[]),
        // The frontend knows nothing of types or LLVM.
        (
            "frontend/Cargo.toml",
            &[
                "kiln-bytecode",
                "ruff_python_parser",
                "ruff_python_ast",
                "ruff_text_size",
            ],
        ),
        // `lower` reads bytecode only, never the AST.
        ("lower/Cargo.toml", &["kiln-bytecode"]),
        // Only codegen (and the driver, through it) links LLVM.
        (
            "codegen/Cargo.toml",
            &["kiln-lower", "kiln-bytecode", "inkwell"],
        ),
        // The runtime depends on no compiler crate (dashu-int backs its big
        // integers, siphasher gives `hash(str)` CPython's SipHash-1-3).
        ("runtime/Cargo.toml", &["dashu-int", "siphasher"]),
    ];
    for (manifest, allowed) in allowed {
        let deps = dependencies(manifest)?;
        let extra: Vec<&String> = deps
            .iter()
            .filter(|d| !allowed.contains(&d.as_str()))
            .collect();
        if !extra.is_empty() {
            return Err(
                format!("{manifest} depends on {extra:?}, which ARCHITECTURE.md forbids").into(),
            );
        }
    }
    let root = dependencies("Cargo.toml")?;
    if root.contains("inkwell") || root.contains("kiln-runtime") {
        return Err("the driver must reach LLVM only through kiln-codegen and embed the runtime, not link it".into());
    }
    Ok(())
}

fn runtime_abi_symbols() -> Result<(), Failed> {
    let exports: BTreeSet<&str> = kiln_runtime::EXPORTS.iter().copied().collect();
    for f in kiln_codegen::abi::RuntimeFn::ALL {
        if !exports.contains(f.name()) {
            return Err(format!(
                "codegen declares {} but the runtime does not export it",
                f.name()
            )
            .into());
        }
    }
    // Every embedded runtime, one per target, defines every export.
    for triple in kiln::link::embedded_triples() {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let archive = dir.path().join("libkiln_runtime.a");
        let bytes = kiln::link::embedded_archive(triple).unwrap_or_default();
        std::fs::write(&archive, bytes).map_err(|e| e.to_string())?;
        let output = std::process::Command::new("nm")
            .arg("--defined-only")
            .arg("--format=posix")
            .arg(&archive)
            .output()
            .map_err(|e| format!("cannot run nm: {e}"))?;
        let listing = String::from_utf8_lossy(&output.stdout);
        let defined: BTreeSet<&str> = listing
            .lines()
            .filter_map(|l| l.split_whitespace().next())
            .collect();
        for name in &exports {
            if !defined.contains(name) {
                return Err(format!(
                    "the embedded runtime archive for {triple} does not define {name}"
                )
                .into());
            }
        }
    }
    Ok(())
}

/// The operation numbers lower gives the `math` functions name the runtime's functions.
fn runtime_math_operations() -> Result<(), Failed> {
    use kiln_lower::ir::math::{MathFn, MathKind};
    use kiln_runtime::math::{FLOAT1, FLOAT2, INT_OPS};
    for &f in MathFn::ALL {
        let float1: Vec<&str> = FLOAT1.iter().map(|&(name, _)| name).collect();
        let float2: Vec<&str> = FLOAT2.iter().map(|&(name, _)| name).collect();
        let table: &[&str] = match f.kind() {
            MathKind::Float1 => &float1,
            MathKind::Float2 => &float2,
            MathKind::Other => &INT_OPS,
        };
        let code = f.code();
        let found = usize::try_from(code).ok().and_then(|i| table.get(i));
        match found {
            Some(&name) if name == f.name() => {}
            None if f.kind() == MathKind::Other => {}
            _ => {
                return Err(format!(
                    "math.{}: lower's operation {code} is the runtime's {found:?}",
                    f.name()
                )
                .into())
            }
        }
    }
    if FLOAT1.len() + FLOAT2.len()
        != MathFn::ALL
            .iter()
            .filter(|f| f.kind() != MathKind::Other)
            .count()
    {
        return Err("the runtime's float operations are not lower's".into());
    }
    Ok(())
}

/// The exception classes codegen and the compiler number and order (lower's `ExcKind`) are the
/// runtime's: same numbers, same hierarchy.
fn runtime_exception_codes() -> Result<(), Failed> {
    use kiln_lower::ir::ExcKind;
    for kind in ExcKind::ALL {
        let code = kiln_codegen::abi::exception_code(kind);
        let runtime = kiln_runtime::ExcKind::ALL
            .iter()
            .find(|k| k.name() == kind.name())
            .ok_or_else(|| format!("the runtime has no exception {}", kind.name()))?;
        if *runtime as u32 != code {
            return Err(format!(
                "{}: codegen uses {code}, the runtime {}",
                kind.name(),
                *runtime as u32
            )
            .into());
        }
        // Compile-time class tests (`issubclass`, `except`) and the runtime's agree.
        let (lower_base, runtime_base) = (
            kind.base().map(|b| b.name()),
            runtime.base().map(|b| b.name()),
        );
        if lower_base != runtime_base {
            return Err(format!(
                "{}: lower's base is {lower_base:?}, the runtime's {runtime_base:?}",
                kind.name()
            )
            .into());
        }
    }
    Ok(())
}

/// `build.rs` builds runtimes for exactly the targets `kiln::target::TARGETS` supports, with
/// the musl files for the musl ones.
fn build_script_targets() -> Result<(), Failed> {
    let text =
        std::fs::read_to_string(support::root().join("build.rs")).map_err(|e| e.to_string())?;
    let table = text
        .split("const TARGETS: &[(&str, bool)] = &[")
        .nth(1)
        .and_then(|rest| rest.split("];").next())
        .ok_or("build.rs has no `const TARGETS: &[(&str, bool)]` table")?;
    let listed: Vec<(String, bool)> = table
        .lines()
        .filter_map(|line| {
            let line = line.trim().strip_prefix("(\"")?;
            let (triple, rest) = line.split_once('"')?;
            Some((triple.to_owned(), rest.contains("true")))
        })
        .collect();
    let expected: Vec<(String, bool)> = kiln::target::TARGETS
        .iter()
        .map(|t| (t.triple.to_owned(), t.libc == kiln::target::Libc::Musl))
        .collect();
    if listed != expected {
        return Err(format!(
            "build.rs builds runtimes for {listed:?}, but kiln::target::TARGETS is {expected:?}"
        )
        .into());
    }
    Ok(())
}

/// `docs/targets.md` names every supported target.
fn targets_documented() -> Result<(), Failed> {
    let text = std::fs::read_to_string(support::root().join("docs/targets.md"))
        .map_err(|e| format!("docs/targets.md: {e}"))?;
    for target in kiln::target::TARGETS {
        if !text.contains(&format!("`{}`", target.triple)) {
            return Err(format!("docs/targets.md does not mention `{}`", target.triple).into());
        }
    }
    Ok(())
}
