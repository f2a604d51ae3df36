//! Rendering diagnostics: rustc-style text with source snippets, or JSON for tools and tests.

use annotate_snippets::{Level, Renderer, Snippet};
use kiln_bytecode::{Diagnostic, Severity, SourceFile};

/// How diagnostics are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Human-readable; `color` adds ANSI colours (only on a terminal).
    Text { color: bool },
    /// One JSON object per line.
    Json,
}

/// The files a program's source holds: the script (`filename`), then its modules.
#[derive(Clone, Copy)]
pub struct Sources<'a> {
    pub filename: &'a str,
    pub source: &'a str,
    pub files: &'a [SourceFile],
}

impl<'a> Sources<'a> {
    /// `d` with its spans made relative to the file its primary span is in, that file's
    /// name and its text.
    fn localize(&self, d: &Diagnostic) -> (Diagnostic, &'a str, &'a str) {
        let at = d.primary.span.start;
        let index = self.files.iter().rposition(|f| f.start <= at);
        let (name, start) = match index {
            Some(i) => (self.files[i].name.as_str(), self.files[i].start as usize),
            None => (self.filename, 0),
        };
        let end = index
            .and_then(|i| self.files.get(i + 1))
            .or_else(|| {
                if index.is_none() {
                    self.files.first()
                } else {
                    None
                }
            })
            .map_or(self.source.len(), |next| next.start as usize)
            .min(self.source.len());
        let start = start.min(end);
        let text = self.source.get(start..end).unwrap_or("");
        let shift = |span: kiln_bytecode::Span| {
            let offset = u32::try_from(start).unwrap_or(u32::MAX);
            kiln_bytecode::Span::new(
                span.start.saturating_sub(offset),
                span.end.saturating_sub(offset),
            )
        };
        let mut local = d.clone();
        local.primary.span = shift(local.primary.span);
        for label in &mut local.secondary {
            label.span = shift(label.span);
        }
        (local, name, text)
    }
}

/// Renders `diagnostics` about the program in `sources`.
pub fn render(diagnostics: &[Diagnostic], sources: Sources<'_>, format: Format) -> String {
    let filename = sources.filename;
    match format {
        Format::Text { color } => {
            let renderer = if color {
                Renderer::styled()
            } else {
                Renderer::plain()
            };
            let mut out = String::new();
            for diagnostic in diagnostics {
                let (local, name, text) = sources.localize(diagnostic);
                out.push_str(&render_text(&renderer, &local, name, text));
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
            .map(|d| {
                let (local, name, text) = sources.localize(d);
                render_json(&local, name, text) + "\n"
            })
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
