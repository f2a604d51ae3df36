//! Python source → kiln portable bytecode.
//!
//! The frontend parses with Ruff's parser, resolves every name to a scope ([`scope`]), and emits
//! stack bytecode ([`emit`]). Everything valid in Python that kiln does not handle yet is
//! reported as an `unsupported-*` diagnostic with its exact span; nothing is silently dropped.
//! The output is verified before it is returned, so a bug here shows up as an internal error
//! rather than as a miscompilation later.
//!
//! Ruff's AST types never leave this crate: later stages see only [`kiln_bytecode::Program`].

mod dataclass;
mod emit;
mod lines;
mod modules;
mod scope;
mod stdlib;

use kiln_bytecode::timing::{timed, PhaseTimer};
use kiln_bytecode::{Diagnostic, Program, Span};
use ruff_text_size::Ranged;

pub use lines::LineIndex;
pub use modules::{Loaded, Loader};

/// Why compilation to bytecode failed.
#[derive(Debug)]
pub enum FrontendError {
    /// Problems in the user's program, whose spans point into `source`: the script's text,
    /// then those of the modules in `files`.
    Diagnostics {
        diagnostics: Vec<Diagnostic>,
        source: String,
        files: Vec<kiln_bytecode::SourceFile>,
    },
    /// A bug in kiln: the emitted bytecode failed verification.
    Internal(kiln_bytecode::InternalError),
}

/// Compiles the Python script `source` (read from `filename`), with the program's own
/// modules it imports (which `load` finds), to a verified bytecode program.
pub fn compile(
    filename: &str,
    source: &str,
    load: Loader<'_>,
    mut timer: PhaseTimer<'_>,
) -> Result<Program, FrontendError> {
    // The modules' texts follow the script's in the program's source.
    let mut text = source.to_owned();
    let mut files = Vec::new();
    let result = (|| {
        let mut module = timed(&mut timer, "frontend: parse", || parse(source))?;
        let table = modules::expand(&mut module, &mut text, &mut files, load)?;
        let offset = dataclass::expand(&mut module, text.len())?;
        let inserted = stdlib::expand(&mut module, offset)?;
        emit::lazy_values(&mut module.body);
        let scopes = timed(&mut timer, "frontend: scopes", || {
            scope::analyze(&module.body, table)
        })?;
        timed(&mut timer, "frontend: emit bytecode", || {
            emit::program(
                filename,
                &text,
                files.clone(),
                &module.body,
                &scopes,
                &inserted,
            )
        })
    })();
    let program = result.map_err(|diagnostics| FrontendError::Diagnostics {
        diagnostics,
        source: text.clone(),
        files: files.clone(),
    })?;
    timed(&mut timer, "frontend: verify bytecode", || {
        kiln_bytecode::verify(&program)
    })
    .map_err(|err| {
        FrontendError::Internal(kiln_bytecode::InternalError(format!(
            "the frontend emitted invalid bytecode: {err}"
        )))
    })?;
    Ok(program)
}

/// Parses a module as Python 3.11: syntax that only later versions accept (PEP 701 f-strings,
/// `type` aliases, ...) is a syntax error, as CPython 3.11 reports it.
fn parse(source: &str) -> Result<ruff_python_ast::ModModule, Vec<Diagnostic>> {
    use ruff_python_parser::{Mode, ParseOptions};
    let options =
        ParseOptions::from(Mode::Module).with_target_version(ruff_python_ast::PythonVersion::PY311);
    let parsed = ruff_python_parser::parse(source, options).map_err(|err| {
        vec![Diagnostic::error(
            "syntax-error",
            format!("invalid syntax: {}", err.error),
            span_of(&err.location),
        )
        .with_label("here")]
    })?;
    let newer: Vec<Diagnostic> = parsed
        .unsupported_syntax_errors()
        .iter()
        .map(|err| {
            Diagnostic::error(
                "syntax-error",
                format!("invalid syntax: {err}"),
                span_of(err),
            )
            .with_label("not valid in Python 3.11")
            .with_hint("kiln compiles Python 3.11, like the CPython it matches")
        })
        .collect();
    if !newer.is_empty() {
        return Err(newer);
    }
    match parsed.try_into_module() {
        Some(module) => Ok(module.into_syntax()),
        None => Err(vec![Diagnostic::error(
            "syntax-error",
            "invalid syntax: not a module".to_owned(),
            Span::new(0, 0),
        )]),
    }
}

/// Converts a Ruff range to a bytecode span.
pub(crate) fn span_of(node: &impl Ranged) -> Span {
    let range = node.range();
    Span::new(range.start().to_u32(), range.end().to_u32())
}
