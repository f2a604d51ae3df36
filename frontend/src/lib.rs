//! Python source → kiln portable bytecode.
//!
//! The frontend parses with Ruff's parser, resolves every name to a scope ([`scope`]), and emits
//! stack bytecode ([`emit`]). Everything valid in Python that kiln does not handle yet is
//! reported as an `unsupported-*` diagnostic with its exact span; nothing is silently dropped.
//! The output is verified before it is returned, so a bug here shows up as an internal error
//! rather than as a miscompilation later.
//!
//! Ruff's AST types never leave this crate: later stages see only [`kiln_bytecode::Program`].

mod emit;
mod lines;
mod scope;

use kiln_bytecode::timing::{timed, PhaseTimer};
use kiln_bytecode::{Diagnostic, Program, Span};
use ruff_text_size::Ranged;

pub use lines::LineIndex;

/// Why compilation to bytecode failed.
#[derive(Debug)]
pub enum FrontendError {
    /// Problems in the user's program.
    Diagnostics(Vec<Diagnostic>),
    /// A bug in kiln: the emitted bytecode failed verification.
    Internal(kiln_bytecode::InternalError),
}

/// Compiles the Python module `source` (read from `filename`) to a verified bytecode program.
pub fn compile(
    filename: &str,
    source: &str,
    mut timer: PhaseTimer<'_>,
) -> Result<Program, FrontendError> {
    let module = timed(&mut timer, "frontend: parse", || parse(source))
        .map_err(FrontendError::Diagnostics)?;
    let scopes = timed(&mut timer, "frontend: scopes", || {
        scope::analyze(&module.body)
    })
    .map_err(FrontendError::Diagnostics)?;
    let program = timed(&mut timer, "frontend: emit bytecode", || {
        emit::program(filename, source, &module.body, &scopes)
    })
    .map_err(FrontendError::Diagnostics)?;
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

fn parse(source: &str) -> Result<ruff_python_ast::ModModule, Vec<Diagnostic>> {
    match ruff_python_parser::parse_module(source) {
        Ok(parsed) => Ok(parsed.into_syntax()),
        Err(err) => Err(vec![Diagnostic::error(
            "syntax-error",
            format!("invalid syntax: {}", err.error),
            span_of(&err.location),
        )
        .with_label("here")]),
    }
}

/// Converts a Ruff range to a bytecode span.
pub(crate) fn span_of(node: &impl Ranged) -> Span {
    let range = node.range();
    Span::new(range.start().to_u32(), range.end().to_u32())
}
