//! Compile-error tests: each `tests/diagnostics/*.py` marks the lines where kiln must report an
//! error with `# error: [id]`; the reported (line, id) pairs must match exactly, and the rendered
//! text is a golden snapshot.

use std::collections::BTreeSet;
use std::path::Path;

use libtest_mimic::{Failed, Trial};

use crate::support::{self, relative};

pub fn trials() -> Vec<Trial> {
    support::files(&support::root().join("tests/diagnostics"), "py")
        .into_iter()
        .map(|path| {
            Trial::test(format!("diagnostics::{}", relative(&path)), move || {
                check(&path)
            })
        })
        .collect()
}

/// The `# error: [id]` markers: (1-based line, id).
fn markers(source: &str) -> BTreeSet<(usize, String)> {
    let mut out = BTreeSet::new();
    for (i, line) in source.lines().enumerate() {
        let mut rest = line;
        while let Some(at) = rest.find("# error: [") {
            let tail = &rest[at + "# error: [".len()..];
            if let Some(end) = tail.find(']') {
                out.insert((i + 1, tail[..end].to_owned()));
                rest = &tail[end..];
            } else {
                break;
            }
        }
    }
    out
}

fn check(path: &Path) -> Result<(), Failed> {
    let source = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let filename = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let input = kiln::Input::Source {
        filename: filename.clone(),
        text: source.clone(),
    };
    let diagnostics = match kiln::check(&input) {
        Ok(()) => return Err("kiln accepted a program that must be rejected".into()),
        Err(kiln::Error::Diagnostics { diagnostics, .. }) => diagnostics,
        Err(other) => return Err(format!("expected diagnostics, got: {other}").into()),
    };
    let expected = markers(&source);
    let sources = kiln::diagnostics::Sources {
        filename: &filename,
        source: &source,
        files: &[],
    };
    let actual: BTreeSet<(usize, String)> = diagnostics
        .iter()
        .map(|d| {
            (
                source[..(d.primary.span.start as usize).min(source.len())]
                    .matches('\n')
                    .count()
                    + 1,
                d.id.to_owned(),
            )
        })
        .collect();
    if expected != actual {
        return Err(format!(
            "expected errors {expected:?}, kiln reported {actual:?}:\n{}",
            kiln::diagnostics::render(
                &diagnostics,
                sources,
                kiln::diagnostics::Format::Text { color: false }
            )
        )
        .into());
    }
    let rendered = kiln::diagnostics::render(
        &diagnostics,
        sources,
        kiln::diagnostics::Format::Text { color: false },
    );
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    crate::golden::snapshot("diagnostics", &name, &rendered)
}
