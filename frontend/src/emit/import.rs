//! `import` of the standard modules kiln compiles. Their attributes are builtins named
//! `module.attr` (`LOAD_BUILTIN sys.exit`), so the statement itself binds nothing at run
//! time: the frontend remembers which name refers to which module.

use ruff_python_ast::{self as ast, Expr};

use super::Emitter;
use crate::span_of;
use kiln_bytecode::{CodeKind, Opcode, Span};

/// The modules kiln compiles, with the attributes it has of each.
const MODULES: &[(&str, &[&str])] = &[("sys", &["exit"])];

impl Emitter<'_> {
    /// `import sys`, `import sys as system`: at module level only.
    pub(super) fn import(&mut self, import: &ast::StmtImport, span: Span) {
        if self.kind != CodeKind::Module {
            self.unsupported(
                "unsupported-import",
                "`import` inside a function",
                span,
                "import at the top of the module",
            );
            return;
        }
        for alias in &import.names {
            let name = alias.name.as_str();
            let Some(&(module, _)) = MODULES.iter().find(|(m, _)| *m == name) else {
                self.unsupported(
                    "unsupported-import",
                    &format!("the module `{name}`"),
                    span_of(alias),
                    "kiln compiles `import sys` (for `sys.exit`)",
                );
                continue;
            };
            let bound = alias.asname.as_ref().map_or(module, |a| a.as_str());
            self.pools.modules.push((bound.to_owned(), module));
        }
    }

    /// `from dataclasses import dataclass, field`: the decorator and `field()` are compiled
    /// where they are used (`crate::dataclass`), so the statement does nothing at run time.
    pub(super) fn import_from(&mut self, import: &ast::StmtImportFrom, span: Span) {
        let module = import.module.as_ref().map_or("", |m| m.as_str());
        let supported = module == "dataclasses"
            && import.level == 0
            && import.names.iter().all(|a| {
                matches!(
                    a.name.as_str(),
                    "dataclass" | "field" | "FrozenInstanceError"
                )
            });
        if !supported || self.kind != CodeKind::Module {
            self.unsupported(
                "unsupported-import",
                "this `from ... import`",
                span,
                "kiln compiles `from dataclasses import dataclass, field, FrozenInstanceError` and `import sys`",
            );
            return;
        }
        for alias in &import.names {
            if alias.name.as_str() == "FrozenInstanceError" {
                let bound = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                let builtin = format!("{module}.{}", alias.name);
                self.pools.imported.push((bound, builtin));
            }
        }
    }

    /// The builtin a global name refers to after `from ... import`.
    pub(super) fn imported_builtin(&self, name: &str) -> Option<String> {
        let (_, builtin) = self.pools.imported.iter().rev().find(|(n, _)| n == name)?;
        matches!(self.resolve(name), crate::scope::Resolved::Global).then(|| builtin.clone())
    }

    /// The module a global name refers to after `import`.
    pub(super) fn module_named(&self, name: &str) -> Option<&'static str> {
        let &(_, module) = self.pools.modules.iter().rev().find(|(n, _)| n == name)?;
        matches!(self.resolve(name), crate::scope::Resolved::Global).then_some(module)
    }

    /// The module `value` names, if it is the name of an imported module.
    pub(super) fn module_of(&self, value: &Expr) -> Option<&'static str> {
        match value {
            Expr::Name(name) => self.module_named(name.id.as_str()),
            _ => None,
        }
    }

    /// `sys.exit`: the builtin `sys.exit`.
    pub(super) fn module_attr(&mut self, attribute: &ast::ExprAttribute, span: Span) {
        let Some(module) = self.module_of(&attribute.value) else {
            return;
        };
        let attr = attribute.attr.as_str();
        let known = MODULES
            .iter()
            .any(|&(m, attrs)| m == module && attrs.contains(&attr));
        if !known {
            self.unsupported(
                "unsupported-import",
                &format!("`{module}.{attr}`"),
                span,
                &format!("kiln compiles `{module}.exit(...)` of this module"),
            );
            self.load_const(kiln_bytecode::Constant::None);
            return;
        }
        let name = self.name(&format!("{module}.{attr}"));
        self.emit(Opcode::LoadBuiltin, name);
    }
}
