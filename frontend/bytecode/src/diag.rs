//! Diagnostics as data: what the frontend and lower report about a user's program.
//!
//! A diagnostic carries a stable kebab-case id (`syntax-error`, `undefined-name`,
//! `type-mismatch`, `unsupported-*`), a message, a primary byte span, optional secondary labels
//! and a hint. Rendering happens late, in the driver (text with source snippets, or JSON).
//! Compiler bugs are not diagnostics: they are [`InternalError`]s.

use crate::program::Span;
use std::fmt;

/// How bad a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The program cannot be compiled.
    Error,
    /// Compilation goes on, but something is probably wrong.
    Warning,
}

/// A labelled source span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// The source bytes the label points at.
    pub span: Span,
    /// What to say under them (may be empty).
    pub message: String,
}

/// One problem with the user's program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Stable kebab-case identifier, e.g. `unsupported-class`.
    pub id: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in one sentence without a trailing period.
    pub message: String,
    /// Where: the primary span and what to say under it.
    pub primary: Label,
    /// Other places that explain the problem (e.g. the first assignment of a variable).
    pub secondary: Vec<Label>,
    /// What to write instead, when there is something useful to say.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// An error with a primary span; the label repeats nothing and can be added later.
    pub fn error(id: &'static str, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            id,
            severity: Severity::Error,
            message: message.into(),
            primary: Label {
                span,
                message: String::new(),
            },
            secondary: Vec::new(),
            hint: None,
        }
    }

    /// Sets the text shown under the primary span.
    pub fn with_label(mut self, message: impl Into<String>) -> Diagnostic {
        self.primary.message = message.into();
        self
    }

    /// Adds a secondary span with its explanation.
    pub fn with_secondary(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.secondary.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    /// Adds a hint saying what to write instead.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }
}

/// A bug in kiln itself (an invariant broken between stages), never caused by a user's program
/// alone. Reported as "internal compiler error".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InternalError(pub String);

impl fmt::Display for InternalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "internal compiler error: {}", self.0)
    }
}

impl std::error::Error for InternalError {}
