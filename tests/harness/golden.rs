//! Golden files: for each `tests/golden/*.py`, insta snapshots of the bytecode disassembly and
//! the typed SSA, the committed `.kbc` (so any change to the encoding is seen in review), and a
//! check that building the `.kbc` gives the same program as building the source.

use std::path::Path;

use libtest_mimic::{Failed, Trial};

use crate::support::{self, relative};

pub fn trials() -> Vec<Trial> {
    support::files(&support::root().join("tests/golden"), "py")
        .into_iter()
        .map(|path| Trial::test(format!("golden::{}", relative(&path)), move || check(&path)))
        .collect()
}

/// Compares `text` with the snapshot `<kind>__<name>.snap` under `tests/snapshots`.
pub fn snapshot(kind: &str, name: &str, text: &str) -> Result<(), Failed> {
    let result = std::panic::catch_unwind(|| {
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(support::root().join("tests/snapshots"));
        settings.set_prepend_module_to_snapshot(false);
        settings.bind(|| insta::assert_snapshot!(format!("{kind}__{name}"), text));
    });
    result.map_err(|_| {
        Failed::from(format!(
            "snapshot {kind}__{name} differs (review with `cargo insta review`)"
        ))
    })
}

fn check(path: &Path) -> Result<(), Failed> {
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let source = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let filename = format!("{name}.py");
    let input = kiln::Input::Source {
        filename,
        text: source,
    };
    let compiled = kiln::compile(&input, &kiln::Options::default(), &[kiln::Artifact::Object])
        .map_err(|e| e.to_string())?;
    snapshot(
        "dis",
        &name,
        &kiln_bytecode::dis::disassemble(&compiled.program),
    )?;
    snapshot("ssa", &name, &compiled.ssa.to_text())?;

    let encoded = kiln_bytecode::encode(&compiled.program);
    let kbc = path.with_extension("kbc");
    if std::env::var_os("KILN_BLESS").is_some() {
        std::fs::write(&kbc, &encoded).map_err(|e| e.to_string())?;
    }
    let committed = std::fs::read(&kbc).map_err(|e| {
        format!(
            "cannot read {} ({e}); run with KILN_BLESS=1 to write it",
            relative(&kbc)
        )
    })?;
    if committed != encoded {
        return Err(format!(
            "{} differs from the bytecode this kiln emits: if the format or the emitter changed on purpose, rerun with KILN_BLESS=1 and bump the format version if needed",
            relative(&kbc)
        )
        .into());
    }

    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let from_source = dir.path().join("from_source");
    let from_bytecode = dir.path().join("from_bytecode");
    support::build_input(&input, &from_source)?;
    let bytecode = kiln::Input::Bytecode {
        filename: relative(&kbc),
        bytes: committed,
    };
    support::build_input(&bytecode, &from_bytecode)?;
    let a = support::run_executable(&from_source, path)?;
    let b = support::run_executable(&from_bytecode, path)?;
    if a.stdout != b.stdout || a.code != b.code {
        return Err(
            "the executable built from the .kbc behaves differently from the one built from source"
                .into(),
        );
    }
    let cpython = support::cpython(path)?;
    if cpython.stdout != a.stdout || cpython.code != a.code {
        return Err(format!(
            "differs from CPython:\n{}",
            support::diff(
                &String::from_utf8_lossy(&cpython.stdout),
                &String::from_utf8_lossy(&a.stdout)
            )
        )
        .into());
    }
    Ok(())
}
