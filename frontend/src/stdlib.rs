//! Standard modules written in Python (`stdlib/*.py`), shipped inside kiln and compiled with
//! the program that imports them.
//!
//! Between parsing and scope analysis, each module-level `import heapq` / `from heapq import
//! ...` of such a module gets the module's top-level statements inserted before it, parsed
//! from text placed past the end of the source (as the methods `@dataclass` generates). Their
//! names are prefixed with the module's (`heapq.heappush`), so they are globals no Python
//! name can clash with; the emitter loads `heapq.heappush` for `heapq.heappush` and for a name
//! bound by `from heapq import heappush`. Their instructions are attributed to the `import`
//! statement.
//!
//! The builtin `open` is kiln's `_io.open`: a program that calls it gets `_io` inserted
//! first, and its calls are renamed (`builtin_open`). `_io` reaches the runtime through the
//! private module `_kiln`, which only kiln's modules may import.

use std::collections::HashSet;

use kiln_bytecode::{Diagnostic, Span};
use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};

use crate::span_of;

/// The modules, with their source.
const MODULES: &[(&str, &str)] = &[
    ("heapq", include_str!("stdlib/heapq.py")),
    ("bisect", include_str!("stdlib/bisect.py")),
    ("functools", include_str!("stdlib/functools.py")),
    ("itertools", include_str!("stdlib/itertools.py")),
    ("string", include_str!("stdlib/string.py")),
    ("os", include_str!("stdlib/os.py")),
    ("json", include_str!("stdlib/json.py")),
    // `collections.deque` (the rest of `collections` is builtin): inserted with `collections`.
    ("_collections", include_str!("stdlib/_collections.py")),
    ("os.path", include_str!("stdlib/os.path.py")),
    // `open()`: inserted where the program calls the builtin `open` (see `builtin_open`).
    ("_io", include_str!("stdlib/_io.py")),
    // `for line in sys.stdin`: inserted with `import sys`.
    ("_sys", include_str!("stdlib/_sys.py")),
];

/// The modules an import brings along: `import sys` kiln's `_sys`, `import os` its `os.path`,
/// `import os.path` its `os`, and `import collections` the `deque` of `_collections`.
const COMPANIONS: &[(&str, &str)] = &[
    ("sys", "_sys"),
    ("os", "os.path"),
    ("os.path", "os"),
    ("collections", "_collections"),
];

/// Whether `module` is one of kiln's Python modules.
pub fn is_python_module(module: &str) -> bool {
    MODULES.iter().any(|(name, _)| *name == module)
}

/// The text of a module, past the end of the program's source: where its code is, and the
/// `import` statement it is attributed to.
#[derive(Clone, Copy, Debug)]
pub struct Inserted {
    pub text: Span,
    pub import: Span,
}

/// Inserts the modules the module-level imports of `module` name; `offset` is the first byte
/// past the source (and past text generated earlier) that is free.
pub fn expand(
    module: &mut ast::ModModule,
    mut offset: usize,
) -> Result<Vec<Inserted>, Vec<Diagnostic>> {
    let mut inserted = Vec::new();
    let mut done: HashSet<&str> = HashSet::new();
    let mut body = Vec::with_capacity(module.body.len());
    if let Some(first_call) = builtin_open(&mut module.body)? {
        done.insert("_io");
        body.extend(insert("_io", first_call, &mut offset, &mut inserted)?);
    }
    for stmt in std::mem::take(&mut module.body) {
        let imported: Vec<&str> = match &stmt {
            Stmt::Import(import) => import.names.iter().map(|a| a.name.as_str()).collect(),
            Stmt::ImportFrom(import) if import.level == 0 => {
                import.module.iter().map(|m| m.as_str()).collect()
            }
            _ => Vec::new(),
        };
        let companions = imported.iter().flat_map(|&name| {
            COMPANIONS
                .iter()
                .filter(move |(m, _)| *m == name)
                .map(|&(_, companion)| companion)
        });
        let wanted: Vec<&str> = imported.iter().copied().chain(companions).collect();
        for name in wanted {
            let Some(&(module_name, _)) = MODULES.iter().find(|(m, _)| *m == name) else {
                continue;
            };
            if done.insert(module_name) {
                body.extend(insert(
                    module_name,
                    span_of(&stmt),
                    &mut offset,
                    &mut inserted,
                )?);
            }
        }
        body.push(stmt);
    }
    module.body = body.into_iter().collect();
    Ok(inserted)
}

/// The statements of module `name`, parsed from its text placed at `offset` (which moves
/// past it) and attributed to the statement at `import`.
fn insert(
    name: &'static str,
    import: Span,
    offset: &mut usize,
    inserted: &mut Vec<Inserted>,
) -> Result<Vec<Stmt>, Vec<Diagnostic>> {
    let text = MODULES
        .iter()
        .find(|(m, _)| *m == name)
        .map_or("", |(_, text)| text);
    let padded = format!("{}{text}", "\n".repeat(*offset));
    let parsed = crate::parse(&padded).map_err(|mut errors| {
        for error in &mut errors {
            error.primary.span = import;
        }
        errors
    })?;
    let text_span = Span::new(
        u32::try_from(*offset).unwrap_or(u32::MAX),
        u32::try_from(padded.len()).unwrap_or(u32::MAX),
    );
    inserted.push(Inserted {
        text: text_span,
        import,
    });
    *offset = padded.len() + 1;
    let mut statements = parsed.body;
    let names = top_level_names(&statements);
    let prefix = Prefix {
        module: name,
        names: &names,
    };
    for statement in &mut statements {
        prefix.visit_stmt(statement);
    }
    Ok(statements.into_iter().collect())
}

/// The builtin `open`, where the program calls it: each call is renamed `_io.open` after its
/// arguments are checked (a text mode written as a literal, UTF-8), except where `open` is
/// the program's own (bound at module level, or in the function the call is in). The span of
/// the first call, if there is one.
fn builtin_open(body: &mut [Stmt]) -> Result<Option<Span>, Vec<Diagnostic>> {
    let mut bound = Vec::new();
    crate::scope::module_bindings(body, &mut bound);
    if bound.iter().any(|name| name == "open") {
        return Ok(None);
    }
    let rename = RenameOpen::default();
    for stmt in body.iter_mut() {
        rename.visit_stmt(stmt);
    }
    let diagnostics = rename.diagnostics.into_inner();
    if !diagnostics.is_empty() {
        return Err(diagnostics);
    }
    Ok(rename.first.get())
}

/// Renames the calls of `open` (see [`builtin_open`]).
#[derive(Default)]
struct RenameOpen {
    first: std::cell::Cell<Option<Span>>,
    diagnostics: std::cell::RefCell<Vec<Diagnostic>>,
    /// Whether the function the walk is in binds `open` (a parameter, a local).
    shadowed: std::cell::Cell<bool>,
}

impl RenameOpen {
    fn refuse(&self, message: &str, span: Span, hint: &str) {
        self.diagnostics.borrow_mut().push(
            Diagnostic::error("unsupported-call", message, span)
                .with_label("not supported")
                .with_hint(hint),
        );
    }

    /// Checks the arguments of a call of `open`.
    fn check(&self, call: &ast::ExprCall) {
        let args = &call.arguments;
        let literal = |expr: &Expr| match expr {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_owned()),
            _ => None,
        };
        if args.args.iter().any(Expr::is_starred_expr)
            || args.keywords.iter().any(|k| k.arg.is_none())
        {
            self.refuse(
                "`open()` with unpacked arguments is not supported by kiln",
                span_of(call),
                "pass the file and the mode directly",
            );
            return;
        }
        if let Some(extra) = args.args.get(2) {
            self.refuse(
                "`open()` with a buffering argument is not supported by kiln",
                span_of(extra),
                "kiln's files are always buffered: drop the argument",
            );
        }
        let mode = args.args.get(1).or_else(|| {
            args.keywords
                .iter()
                .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "mode"))
                .map(|k| &k.value)
        });
        if let Some(mode) = mode {
            match literal(mode) {
                Some(text) if text.contains('b') => self.refuse(
                    "binary files (`open()` in mode 'b') are not supported by kiln yet",
                    span_of(mode),
                    "open the file in text mode",
                ),
                Some(_) => {}
                None => self.refuse(
                    "`open()` with a mode that is not a string literal is not supported by kiln",
                    span_of(mode),
                    "write the mode as a literal (`\"r\"`, `\"w\"`, `\"a\"`, ...): it decides \
                     whether the file holds text or bytes",
                ),
            }
        }
        for keyword in &args.keywords {
            let Some(name) = &keyword.arg else { continue };
            match name.as_str() {
                "file" | "mode" => {}
                "encoding" => {
                    let utf8 = literal(&keyword.value).is_some_and(|e| {
                        matches!(
                            e.to_lowercase().replace('_', "-").as_str(),
                            "utf-8" | "utf8"
                        )
                    });
                    if !utf8 && !keyword.value.is_none_literal_expr() {
                        self.refuse(
                            "`open()` with an encoding other than UTF-8 is not supported by kiln",
                            span_of(&keyword.value),
                            "kiln's files are UTF-8: write `encoding=\"utf-8\"` or leave it out",
                        );
                    }
                }
                other => self.refuse(
                    &format!("`open()` with the argument `{other}` is not supported by kiln"),
                    span_of(keyword),
                    "kiln's `open()` takes the file, the mode and `encoding=\"utf-8\"`",
                ),
            }
        }
    }
}

impl RenameOpen {
    /// Checks a call of `open` and renames it `to`.
    fn rename(&self, call: &mut ast::ExprCall, to: &str) {
        self.check(call);
        if self.first.get().is_none() {
            self.first.set(Some(span_of(&*call.func)));
        }
        if let Expr::Name(name) = &mut *call.func {
            name.id = to.into();
        }
        transformer::walk_arguments(self, &mut call.arguments);
    }
}

impl Transformer for RenameOpen {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        if let Stmt::FunctionDef(def) = stmt {
            let mut locals: Vec<String> = def
                .parameters
                .iter()
                .map(|p| p.name().to_string())
                .collect();
            crate::scope::module_bindings(&def.body, &mut locals);
            let outer = self.shadowed.get();
            self.shadowed
                .set(outer || locals.iter().any(|name| name == "open"));
            transformer::walk_stmt(self, stmt);
            self.shadowed.set(outer);
            return;
        }
        transformer::walk_stmt(self, stmt);
    }

    fn visit_expr(&self, expr: &mut Expr) {
        if self.shadowed.get() {
            return transformer::walk_expr(self, expr);
        }
        match expr {
            Expr::Call(call) if is_open(&call.func) => self.rename(call, "_io.open"),
            // `open(...).read()`, `open(...).write(s)`: CPython closes the file the statement
            // drops, so the method called on it closes it.
            Expr::Call(call) if opens_receiver(call) => {
                if let Expr::Attribute(attribute) = &mut *call.func {
                    if let Expr::Call(opened) = &mut *attribute.value {
                        self.rename(opened, "_io.open_once");
                    }
                }
                transformer::walk_arguments(self, &mut call.arguments);
            }
            Expr::Name(name) if name.id.as_str() == "open" => self.refuse(
                "`open` as a value is not supported by kiln",
                span_of(name),
                "call `open(...)` directly",
            ),
            _ => transformer::walk_expr(self, expr),
        }
    }
}

/// Whether `call` calls a method of what a call of `open` gives (`open(p).read()`).
fn opens_receiver(call: &ast::ExprCall) -> bool {
    matches!(&*call.func, Expr::Attribute(attribute)
        if matches!(&*attribute.value, Expr::Call(opened) if is_open(&opened.func)))
}

fn is_open(expr: &Expr) -> bool {
    matches!(expr, Expr::Name(name) if name.id.as_str() == "open")
}

/// The names a module's top level binds, and the names of its nested functions: every
/// function of the module is named `module.name` (so it adds no traceback entry, see
/// `kiln_lower::ir::Function::is_library`).
fn top_level_names(body: &[Stmt]) -> HashSet<String> {
    let mut names = HashSet::new();
    for stmt in body {
        match stmt {
            Stmt::FunctionDef(def) => {
                names.insert(def.name.to_string());
                let mut nested = NestedFunctions(&mut names);
                nested.visit_body(&def.body);
            }
            Stmt::ClassDef(class) => {
                names.insert(class.name.to_string());
            }
            Stmt::Assign(assign) => {
                for target in &assign.targets {
                    if let Expr::Name(name) = target {
                        names.insert(name.id.to_string());
                    }
                }
            }
            _ => {}
        }
    }
    names
}

/// Collects the names of the functions defined in a function body.
struct NestedFunctions<'a>(&'a mut HashSet<String>);

impl<'b> Visitor<'b> for NestedFunctions<'_> {
    fn visit_stmt(&mut self, stmt: &'b Stmt) {
        if let Stmt::FunctionDef(def) = stmt {
            self.0.insert(def.name.to_string());
        }
        visitor::walk_stmt(self, stmt);
    }
}

/// Renames the module's top-level names and functions to `module.name` wherever they are
/// bound or used. (kiln's modules bind no parameter or other local with one of those names.)
struct Prefix<'a> {
    module: &'a str,
    names: &'a HashSet<String>,
}

impl Prefix<'_> {
    fn prefixed(&self, name: &str) -> Option<String> {
        self.names
            .contains(name)
            .then(|| format!("{}.{name}", self.module))
    }
}

impl Transformer for Prefix<'_> {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        match stmt {
            Stmt::FunctionDef(def) => {
                if let Some(name) = self.prefixed(def.name.as_str()) {
                    def.name = ast::Identifier::new(name, def.name.range);
                }
            }
            Stmt::ClassDef(class) => {
                if let Some(name) = self.prefixed(class.name.as_str()) {
                    class.name = ast::Identifier::new(name, class.name.range);
                }
            }
            _ => {}
        }
        transformer::walk_stmt(self, stmt);
    }

    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Name(name) = expr {
            if let Some(prefixed) = self.prefixed(name.id.as_str()) {
                name.id = prefixed.into();
            }
        }
        transformer::walk_expr(self, expr);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renaming relies on it: no parameter of a module's functions has the name of one of its
    /// top-level names or functions.
    #[test]
    fn parameters_are_not_renamed_names() {
        for (module, text) in MODULES {
            let parsed = crate::parse(text).expect("the module parses");
            let names = top_level_names(&parsed.body);
            let mut parameters = Parameters(Vec::new());
            parameters.visit_body(&parsed.body);
            for parameter in parameters.0 {
                assert!(
                    !names.contains(&parameter),
                    "{module}: parameter `{parameter}` has the name of a function or global"
                );
            }
        }
    }

    struct Parameters(Vec<String>);

    impl<'b> Visitor<'b> for Parameters {
        fn visit_parameter(&mut self, parameter: &'b ast::Parameter) {
            self.0.push(parameter.name.to_string());
        }
    }
}
