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
    for stmt in std::mem::take(&mut module.body) {
        let imported: Vec<&str> = match &stmt {
            Stmt::Import(import) => import.names.iter().map(|a| a.name.as_str()).collect(),
            Stmt::ImportFrom(import) if import.level == 0 => {
                import.module.iter().map(|m| m.as_str()).collect()
            }
            _ => Vec::new(),
        };
        for name in imported {
            let Some(&(module_name, text)) = MODULES.iter().find(|(m, _)| *m == name) else {
                continue;
            };
            if !done.insert(module_name) {
                continue;
            }
            let padded = format!("{}{text}", "\n".repeat(offset));
            let parsed = crate::parse(&padded).map_err(|mut errors| {
                for error in &mut errors {
                    error.primary.span = span_of(&stmt);
                }
                errors
            })?;
            let text_span = Span::new(
                u32::try_from(offset).unwrap_or(u32::MAX),
                u32::try_from(padded.len()).unwrap_or(u32::MAX),
            );
            inserted.push(Inserted {
                text: text_span,
                import: span_of(&stmt),
            });
            offset = padded.len() + 1;
            let mut statements = parsed.body;
            let names = top_level_names(&statements);
            let prefix = Prefix {
                module: module_name,
                names: &names,
            };
            for statement in &mut statements {
                prefix.visit_stmt(statement);
            }
            body.extend(statements);
        }
        body.push(stmt);
    }
    module.body = body.into_iter().collect();
    Ok(inserted)
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
