//! The program's own modules: `import helpers`, `from shop.cart import Cart` of `.py` files
//! (and packages, directories with `__init__.py`) beside the script, compiled with it as one
//! program.
//!
//! Before scope analysis, each module-level import of such a module gets the module's
//! top-level statements inserted before it, the first time the module is imported anywhere
//! (a package's `__init__.py` before its submodules), so its top level runs once, where
//! CPython would run it. The module's text is appended to the program's source (its
//! `SourceFile` says where), and parsed at that offset, so every span points into its own
//! file. Its names stay as written: scope analysis and the emitter tell the statements of each
//! module apart by their spans ([`ModuleTable::module_at`]) and name its globals
//! `module.name`.

use std::collections::HashSet;

use kiln_bytecode::{Diagnostic, SourceFile, Span};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Stmt};

use crate::span_of;

/// A module's source file, as the driver finds it.
pub struct Loaded {
    /// The file's name as diagnostics and tracebacks show it.
    pub file: String,
    pub text: String,
    /// Whether it is a package's `__init__.py`.
    pub package: bool,
}

/// Finds the source of module `name` (dotted: `shop.cart`), if the program has one.
pub type Loader<'a> = &'a dyn Fn(&str) -> Option<Loaded>;

/// One of the program's modules.
#[derive(Clone, Debug)]
pub struct UserModule {
    /// Its dotted name (`shop.cart`).
    pub name: String,
    /// Its text in the program's source.
    pub text: Span,
    /// Whether it is a package.
    pub package: bool,
    /// The names its top level binds: its attributes.
    pub attrs: Vec<String>,
}

/// The program's modules, by where their text is.
#[derive(Clone, Debug, Default)]
pub struct ModuleTable {
    pub modules: Vec<UserModule>,
}

impl ModuleTable {
    /// The module whose text holds byte `offset` (`None`: the script, or text kiln
    /// generated).
    pub fn module_at(&self, offset: u32) -> Option<&str> {
        self.modules
            .iter()
            .find(|m| m.text.start <= offset && offset < m.text.end)
            .map(|m| m.name.as_str())
    }

    /// The module named `name`.
    pub fn get(&self, name: &str) -> Option<&UserModule> {
        self.modules.iter().find(|m| m.name == name)
    }

    /// `name` as a global of `module`: itself in the script, `module.name` in a module.
    pub fn qualified(module: Option<&str>, name: &str) -> String {
        match module {
            Some(module) => format!("{module}.{name}"),
            None => name.to_owned(),
        }
    }
}

/// The standard modules kiln provides: never looked for among the program's files.
const STANDARD: &[&str] = &[
    "sys",
    "math",
    "random",
    "time",
    "dataclasses",
    "heapq",
    "bisect",
    "functools",
    "itertools",
    "typing",
    "string",
    "collections",
    "os",
    "json",
];

/// Inserts the program's modules that `module`'s module-level imports name, appending their
/// texts to `source` and their files to `files`.
pub fn expand(
    module: &mut ast::ModModule,
    source: &mut String,
    files: &mut Vec<SourceFile>,
    load: Loader<'_>,
) -> Result<ModuleTable, Vec<Diagnostic>> {
    let mut expander = Expander {
        source,
        files,
        load,
        table: ModuleTable::default(),
        started: HashSet::new(),
        diagnostics: Vec::new(),
    };
    let body = std::mem::take(&mut module.body);
    module.body = expander
        .statements(body.into_iter().collect(), None)
        .into_iter()
        .collect();
    if expander.diagnostics.is_empty() {
        Ok(expander.table)
    } else {
        Err(expander.diagnostics)
    }
}

struct Expander<'a> {
    source: &'a mut String,
    files: &'a mut Vec<SourceFile>,
    load: Loader<'a>,
    table: ModuleTable,
    /// The modules whose insertion has begun (a circular import finds its module here).
    started: HashSet<String>,
    diagnostics: Vec<Diagnostic>,
}

impl Expander<'_> {
    /// `body` (of module `within`, `None` for the script) with the modules its imports name
    /// inserted before them.
    fn statements(&mut self, body: Vec<Stmt>, within: Option<&UserModule>) -> Vec<Stmt> {
        let mut out = Vec::with_capacity(body.len());
        for stmt in body {
            self.nested_imports(&stmt, within);
            for name in self.imported(&stmt, within) {
                let mut prefix = String::new();
                // `import a.b.c` runs `a`, then `a.b`, then `a.b.c`.
                for part in name.split('.') {
                    if !prefix.is_empty() {
                        prefix.push('.');
                    }
                    prefix.push_str(part);
                    if !self.insert(&prefix, &stmt, &mut out) {
                        break;
                    }
                }
            }
            out.push(stmt);
        }
        out
    }

    /// Refuses an import of a program module not imported yet inside a block (`if`, `try`, a
    /// loop) of `stmt`: kiln runs a module's top level where it is first imported at the top
    /// level of a module.
    fn nested_imports(&mut self, stmt: &Stmt, within: Option<&UserModule>) {
        struct Nested<'s>(Vec<&'s Stmt>);
        impl<'s> Visitor<'s> for Nested<'s> {
            fn visit_stmt(&mut self, stmt: &'s Stmt) {
                match stmt {
                    Stmt::Import(_) | Stmt::ImportFrom(_) => self.0.push(stmt),
                    // Imports in functions and classes are refused where they are emitted.
                    Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                    _ => visitor::walk_stmt(self, stmt),
                }
            }
        }
        if matches!(
            stmt,
            Stmt::Import(_) | Stmt::ImportFrom(_) | Stmt::FunctionDef(_) | Stmt::ClassDef(_)
        ) {
            return;
        }
        let mut nested = Nested(Vec::new());
        visitor::walk_stmt(&mut nested, stmt);
        for import in nested.0 {
            for name in self.imported(import, within) {
                let first = name.split('.').next().unwrap_or(&name).to_owned();
                if !self.started.contains(&first) && (self.load)(&name).is_some() {
                    self.diagnostics.push(
                        Diagnostic::error(
                            "unsupported-import",
                            format!(
                                "importing the program's module `{name}` first inside a block \
                                 (`if`, `try`, a loop) is not supported by kiln yet"
                            ),
                            span_of(import),
                        )
                        .with_label("first imported here")
                        .with_hint("import it at the top level of the module"),
                    );
                }
            }
        }
    }

    /// The program's modules `stmt` imports, by their full names: for `from a import b`, `a`
    /// and, when it is one, the submodule `a.b`.
    fn imported(&self, stmt: &Stmt, within: Option<&UserModule>) -> Vec<String> {
        let mut names = Vec::new();
        match stmt {
            Stmt::Import(import) => {
                names.extend(import.names.iter().map(|a| a.name.to_string()));
            }
            Stmt::ImportFrom(import) => {
                let Some(base) = absolute(import, within) else {
                    return names;
                };
                for alias in &import.names {
                    let submodule = format!("{base}.{}", alias.name);
                    if (self.load)(&submodule).is_some() {
                        names.push(submodule);
                    }
                }
                names.insert(0, base);
            }
            _ => {}
        }
        names.retain(|n| !STANDARD.contains(&n.split('.').next().unwrap_or("")));
        names
    }

    /// Inserts module `name` into `out` (once), for the import `stmt`; false if it has no
    /// source (an error, reported at the import).
    fn insert(&mut self, name: &str, stmt: &Stmt, out: &mut Vec<Stmt>) -> bool {
        if !self.started.insert(name.to_owned()) {
            return true;
        }
        let Some(loaded) = (self.load)(name) else {
            // Point at the name in `import a, b`.
            let at = match stmt {
                Stmt::Import(import) => import
                    .names
                    .iter()
                    .find(|a| a.name.as_str() == name || a.name.starts_with(&format!("{name}.")))
                    .map_or(span_of(stmt), span_of),
                _ => span_of(stmt),
            };
            self.diagnostics.push(
                Diagnostic::error(
                    "unsupported-import",
                    format!("the module `{name}` is not supported by kiln yet"),
                    at,
                )
                .with_label("not a module kiln provides, nor a file of the program")
                .with_hint(format!(
                    "kiln compiles the standard modules {} and the program's own `.py` files \
                     and packages beside the script",
                    STANDARD.join(", ")
                )),
            );
            return false;
        };
        if !self.source.ends_with('\n') {
            self.source.push('\n');
        }
        let start = self.source.len();
        self.source.push_str(&loaded.text);
        let end = self.source.len();
        self.files.push(SourceFile {
            name: loaded.file.clone(),
            start: to_u32(start),
        });
        let padded = format!("{}{}", "\n".repeat(start), loaded.text);
        let parsed = match crate::parse(&padded) {
            Ok(parsed) => parsed,
            Err(errors) => {
                self.diagnostics.extend(errors);
                return false;
            }
        };
        let mut attrs = vec!["__name__".to_owned()];
        crate::scope::module_bindings(&parsed.body, &mut attrs);
        let module = UserModule {
            name: name.to_owned(),
            text: Span::new(to_u32(start), to_u32(end)),
            package: loaded.package,
            attrs,
        };
        self.table.modules.push(module.clone());
        let statements = self.statements(parsed.body.into_iter().collect(), Some(&module));
        out.extend(statements);
        true
    }
}

/// The absolute name of the module `from ... import` names (`from . import x` in package
/// `shop` is `shop`); `None` for a relative import past the top.
pub(crate) fn absolute(
    import: &ast::StmtImportFrom,
    within: Option<&UserModule>,
) -> Option<String> {
    let named = import.module.as_ref().map(|m| m.to_string());
    if import.level == 0 {
        return named;
    }
    let within = within?;
    // The package a relative import starts from: the module itself if it is a package.
    let mut package: Vec<&str> = within.name.split('.').collect();
    if !within.package {
        package.pop();
    }
    for _ in 1..import.level {
        package.pop()?;
    }
    if package.is_empty() {
        return None;
    }
    let mut base = package.join(".");
    if let Some(named) = named {
        base.push('.');
        base.push_str(&named);
    }
    Some(base)
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
