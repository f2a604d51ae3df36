//! Rendering diagnostics: rustc-style text with source snippets, or JSON for tools and tests.

use annotate_snippets::{Level, Renderer, Snippet};
use kiln_bytecode::{Diagnostic, Severity};

/// How diagnostics are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Human-readable; `color` adds ANSI colours (only on a terminal).
    Text { color: bool },
    /// One JSON object per line.
    Json,
}

/// Renders `diagnostics` about `source` (read from `filename`).
pub fn render(diagnostics: &[Diagnostic], filename: &str, source: &str, format: Format) -> String {
    match format {
        Format::Text { color } => {
            let renderer = if color {
                Renderer::styled()
            } else {
                Renderer::plain()
            };
            let mut out = String::new();
            for diagnostic in diagnostics {
                out.push_str(&render_text(&renderer, diagnostic, filename, source));
                out.push_str("\n\n");
            }
            let errors = diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            if errors > 0 {
                out.push_str(&format!(
                    "error: could not compile `{filename}` due to {errors} previous error{}\n",
                    if errors == 1 { "" } else { "s" }
                ));
            }
            out
        }
        Format::Json => diagnostics
            .iter()
            .map(|d| render_json(d, filename, source) + "\n")
            .collect(),
    }
}

fn level(severity: Severity) -> Level {
    match severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
    }
}

/// Clamps a span to the source and to character boundaries, so a corrupt `.kbc` file cannot
/// make rendering fail.
fn clamp(source: &str, start: u32, end: u32) -> std::ops::Range<usize> {
    let fix = |mut i: usize| {
        i = i.min(source.len());
        while !source.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = fix(start as usize);
    start..fix(end as usize).max(start)
}

fn render_text(renderer: &Renderer, d: &Diagnostic, filename: &str, source: &str) -> String {
    let level = level(d.severity);
    let mut snippet = Snippet::source(source)
        .origin(filename)
        .fold(true)
        .annotation(
            level
                .span(clamp(source, d.primary.span.start, d.primary.span.end))
                .label(&d.primary.message),
        );
    for label in &d.secondary {
        snippet = snippet.annotation(
            Level::Note
                .span(clamp(source, label.span.start, label.span.end))
                .label(&label.message),
        );
    }
    let mut message = level.title(&d.message).id(d.id).snippet(snippet);
    if let Some(hint) = &d.hint {
        message = message.footer(Level::Help.title(hint));
    }
    renderer.render(message).to_string()
}

fn render_json(d: &Diagnostic, filename: &str, source: &str) -> String {
    let line = |offset: u32| {
        source[..clamp(source, offset, offset).start]
            .matches('\n')
            .count()
            + 1
    };
    let label = |l: &kiln_bytecode::Label| {
        serde_json::json!({
            "start": l.span.start,
            "end": l.span.end,
            "line": line(l.span.start),
            "message": l.message,
        })
    };
    serde_json::json!({
        "id": d.id,
        "severity": match d.severity { Severity::Error => "error", Severity::Warning => "warning" },
        "message": d.message,
        "file": filename,
        "primary": label(&d.primary),
        "secondary": d.secondary.iter().map(label).collect::<Vec<_>>(),
        "hint": d.hint,
    })
    .to_string()
}
