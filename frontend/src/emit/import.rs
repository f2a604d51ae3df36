//! `import` of the standard modules kiln compiles. Their attributes are builtins named
//! `module.attr` (`LOAD_BUILTIN sys.exit`), so the statement itself binds nothing at run
//! time: the frontend remembers which name refers to which module.

use ruff_python_ast::{self as ast, Expr};

use super::Emitter;
use crate::span_of;
use kiln_bytecode::{CodeKind, Opcode, Span};

/// The modules kiln compiles, with the attributes it has of each. The attributes of `heapq`,
/// `bisect`, `functools` and `itertools` are globals (those modules are written in Python,
/// see `crate::stdlib`); the others' are builtins.
const MODULES: &[(&str, &[&str])] = &[
    (
        "heapq",
        &[
            "heappush",
            "heappop",
            "heapify",
            "heapreplace",
            "heappushpop",
            "nlargest",
            "nsmallest",
        ],
    ),
    (
        "bisect",
        &[
            "bisect_left",
            "bisect_right",
            "bisect",
            "insort_left",
            "insort_right",
            "insort",
        ],
    ),
    (
        "functools",
        &[
            "reduce",
            "partial",
            "cache",
            "lru_cache",
            "cmp_to_key",
            "wraps",
        ],
    ),
    (
        "itertools",
        &[
            "count",
            "cycle",
            "repeat",
            "chain",
            "islice",
            "accumulate",
            "takewhile",
            "dropwhile",
            "filterfalse",
            "compress",
            "starmap",
            "pairwise",
            "groupby",
            "zip_longest",
            "product",
            "permutations",
            "combinations",
        ],
    ),
    ("typing", TYPING),
    // What kiln's own modules (`_io`) call; no program may import it.
    (
        "_kiln",
        &[
            "file_open",
            "file_read",
            "file_readline",
            "file_write",
            "file_flush",
            "file_close",
            "os_environ",
            "os_getcwd",
            "os_listdir",
            "os_stat_kind",
            "os_getsize",
            "os_mkdir",
            "os_remove",
            "os_rmdir",
            "os_rename",
            "json_dumps",
        ],
    ),
    ("json", &["dumps", "dump"]),
    (
        "os",
        &[
            "name", "sep", "altsep", "extsep", "pathsep", "linesep", "curdir", "pardir", "devnull",
            "environ", "getenv", "getcwd", "listdir", "mkdir", "makedirs", "remove", "unlink",
            "rmdir", "rename", "replace",
        ],
    ),
    (
        "os.path",
        &[
            "sep",
            "isabs",
            "join",
            "split",
            "basename",
            "dirname",
            "splitext",
            "normpath",
            "abspath",
            "exists",
            "isfile",
            "isdir",
            "getsize",
            "expanduser",
        ],
    ),
    ("collections", &["defaultdict", "Counter", "deque"]),
    (
        "string",
        &[
            "ascii_lowercase",
            "ascii_uppercase",
            "ascii_letters",
            "digits",
            "hexdigits",
            "octdigits",
            "punctuation",
            "whitespace",
            "printable",
            "capwords",
        ],
    ),
    (
        "sys",
        &[
            "exit",
            "argv",
            "stdin",
            "stdout",
            "stderr",
            "maxsize",
            "getrecursionlimit",
            "setrecursionlimit",
        ],
    ),
    // The standard streams, as modules of their methods.
    ("sys.stdin", &["readline", "read", "readlines"]),
    ("sys.stdout", &["write", "flush"]),
    ("sys.stderr", &["write", "flush"]),
    (
        "random",
        &[
            "seed",
            "random",
            "getrandbits",
            "randrange",
            "randint",
            "choice",
            "shuffle",
            "sample",
            "choices",
            "uniform",
            "gauss",
            "normalvariate",
            "expovariate",
        ],
    ),
    (
        "time",
        &[
            "time",
            "time_ns",
            "perf_counter",
            "perf_counter_ns",
            "monotonic",
            "monotonic_ns",
            "sleep",
        ],
    ),
    (
        "math",
        &[
            "pi",
            "e",
            "tau",
            "inf",
            "nan",
            "sqrt",
            "exp",
            "exp2",
            "expm1",
            "log",
            "log2",
            "log10",
            "log1p",
            "sin",
            "cos",
            "tan",
            "asin",
            "acos",
            "atan",
            "sinh",
            "cosh",
            "tanh",
            "asinh",
            "acosh",
            "atanh",
            "erf",
            "erfc",
            "fabs",
            "degrees",
            "radians",
            "cbrt",
            "atan2",
            "copysign",
            "fmod",
            "pow",
            "remainder",
            "hypot",
            "ldexp",
            "isnan",
            "isinf",
            "isfinite",
            "isclose",
            "floor",
            "ceil",
            "trunc",
            "factorial",
            "isqrt",
            "gcd",
            "lcm",
            "comb",
            "perm",
            "fsum",
            "prod",
            "dist",
        ],
    ),
];

/// The modules `import` accepts, as a list for messages.
fn module_names() -> String {
    let names: Vec<String> = MODULES
        .iter()
        .filter(|(m, _)| !m.contains('.') && !m.starts_with('_'))
        .map(|(m, _)| format!("`{m}`"))
        .collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => names.join(""),
    }
}

/// The value of a module constant (`math.pi`), which is compiled as a literal.
fn module_constant(builtin: &str) -> Option<kiln_bytecode::Constant> {
    use kiln_bytecode::Constant;
    Some(match builtin {
        "math.pi" => Constant::Float(std::f64::consts::PI),
        "math.e" => Constant::Float(std::f64::consts::E),
        "math.tau" => Constant::Float(std::f64::consts::TAU),
        "math.inf" => Constant::Float(f64::INFINITY),
        "math.nan" => Constant::Float(f64::NAN),
        "sys.maxsize" => Constant::Int(i64::MAX),
        // Code under `if TYPE_CHECKING:` is for type checkers only.
        "typing.TYPE_CHECKING" => Constant::Bool(false),
        _ => return None,
    })
}

/// The names of `typing` kiln accepts: in annotations, which it does not evaluate (as
/// `from __future__ import annotations` would not), and `TYPE_CHECKING`.
const TYPING: &[&str] = &[
    "Any",
    "Callable",
    "ClassVar",
    "DefaultDict",
    "Deque",
    "Dict",
    "Final",
    "FrozenSet",
    "Generator",
    "Iterable",
    "Iterator",
    "List",
    "Literal",
    "Mapping",
    "MutableMapping",
    "NoReturn",
    "Optional",
    "Sequence",
    "Set",
    "Tuple",
    "Type",
    "Union",
    "TYPE_CHECKING",
];

impl Emitter<'_> {
    /// `import sys`, `import sys as system`: at module level only.
    pub(super) fn import(&mut self, import: &ast::StmtImport, span: Span) {
        if self.import_in_function(span) {
            return;
        }
        for alias in &import.names {
            let name = alias.name.as_str();
            if !self.bind_module(alias) {
                self.unsupported(
                    "unsupported-import",
                    &format!("the module `{name}`"),
                    span_of(alias),
                    &format!(
                        "kiln compiles `import` of {} and of the program's own modules",
                        module_names()
                    ),
                );
            }
        }
    }

    /// Refuses an `import` (at `span`) inside a function; false at module level.
    fn import_in_function(&mut self, span: Span) -> bool {
        if self.kind == CodeKind::Module {
            return false;
        }
        self.unsupported(
            "unsupported-import",
            "`import` inside a function",
            span,
            "import at the top of the module",
        );
        true
    }

    /// Binds the name `import` alias `alias` binds to its module; false if kiln has no such
    /// module.
    fn bind_module(&mut self, alias: &ast::Alias) -> bool {
        let name = alias.name.as_str();
        if name == "_kiln" && !self.pools.in_kiln_module(span_of(alias)) {
            return false;
        }
        // `import os.path`, not `import sys.stdin` (a stream, not a module).
        let standard = MODULES.iter().any(|(m, _)| {
            *m == name && (!m.contains('.') || crate::stdlib::is_python_module(name))
        });
        if !standard && self.pools.program_modules.get(name).is_none() {
            return false;
        }
        // `import a.b` binds `a`; `import a.b as c` binds `c` to `a.b`.
        let (bound, module) = match &alias.asname {
            Some(asname) => (asname.as_str(), name),
            None => {
                let top = name.split('.').next().unwrap_or(name);
                (top, top)
            }
        };
        let global = self.qualified(bound);
        self.pools.modules.push((global, module.to_owned()));
        true
    }

    /// The global a class named `name` here is (`shapes.Shape` after `from shapes import
    /// Shape`; `Shape` or `module.Shape` for a class of this module).
    pub(super) fn class_global(&self, name: &str) -> String {
        let bound = self.qualified(name);
        if let Some((_, class)) = self
            .pools
            .class_aliases
            .iter()
            .rev()
            .find(|(n, _)| *n == bound)
        {
            return class.clone();
        }
        self.imported_builtin(name).unwrap_or(bound)
    }

    /// Before the module's code: the names its imports bind, so functions defined before an
    /// import (which run after it) see the module (`def f(): return math.pi` then `import
    /// math`).
    pub(super) fn declare_imports(&mut self, body: &[ast::Stmt]) {
        for stmt in body {
            self.module = self.pools.module_at(span_of(stmt));
            match stmt {
                ast::Stmt::Import(import) => {
                    for alias in &import.names {
                        self.bind_module(alias);
                    }
                }
                ast::Stmt::ImportFrom(import) => {
                    let within = self
                        .module
                        .as_deref()
                        .and_then(|m| self.pools.program_modules.get(m));
                    let Some(module) = crate::modules::absolute(import, within) else {
                        continue;
                    };
                    if self.pools.program_modules.get(&module).is_some() {
                        self.import_from_program(import, &module, true);
                    }
                }
                _ => {}
            }
        }
        self.module = None;
    }

    /// `name` as a global of this code's module.
    fn qualified(&self, name: &str) -> String {
        crate::modules::ModuleTable::qualified(self.module.as_deref(), name)
    }

    /// `from module import a, b as c` of one of the program's modules (`module` absolute):
    /// binds `a` to the value of its global `module.a` (a copy of the binding, as CPython's:
    /// later assignments to either do not change the other), or names its submodule. Only the
    /// bindings when `declare` (the names a module's functions may use before the statement
    /// runs, see [`Self::declare_imports`]).
    fn import_from_program(&mut self, import: &ast::StmtImportFrom, module: &str, declare: bool) {
        let Some(attrs) = self
            .pools
            .program_modules
            .get(module)
            .map(|m| m.attrs.clone())
        else {
            return;
        };
        for alias in &import.names {
            let attr = alias.name.as_str();
            let bound = self.qualified(alias.asname.as_ref().unwrap_or(&alias.name));
            let full = format!("{module}.{attr}");
            if self.pools.program_modules.get(&full).is_some() {
                self.pools.modules.push((bound, full));
            } else if attrs.iter().any(|a| a == attr) {
                // A class keeps its identity under the new name (a base class, `except`).
                if self.pools.classes.iter().any(|c| c.name == full) {
                    self.pools.class_aliases.push((bound.clone(), full.clone()));
                }
                if !declare {
                    self.at(span_of(alias), |e| {
                        let source = e.name(&full);
                        e.emit(Opcode::LoadGlobal, source);
                        let target = e.name(&bound);
                        e.emit(Opcode::StoreGlobal, target);
                    });
                }
            } else if declare {
            } else if attr == "*" {
                self.unsupported(
                    "unsupported-import",
                    "`from module import *`",
                    span_of(alias),
                    "import the names the program uses",
                );
            } else {
                self.error(
                    kiln_bytecode::Diagnostic::error(
                        "import-error",
                        format!("cannot import name '{attr}' from '{module}'"),
                        span_of(alias),
                    )
                    .with_label(format!("`{module}` does not define `{attr}`")),
                );
            }
        }
    }

    /// `from dataclasses import dataclass, field`: the decorator and `field()` are compiled
    /// where they are used (`crate::dataclass`), so the statement does nothing at run time;
    /// `from math import sqrt, pi`: the names stand for the builtins `math.sqrt`, `math.pi`.
    pub(super) fn import_from(&mut self, import: &ast::StmtImportFrom, span: Span) {
        let within = self
            .module
            .as_deref()
            .and_then(|m| self.pools.program_modules.get(m));
        if let Some(module) = crate::modules::absolute(import, within) {
            if self.pools.program_modules.get(&module).is_some() {
                if self.import_in_function(span) {
                    return;
                }
                return self.import_from_program(import, &module, false);
            }
        }
        let module = import.module.as_ref().map_or("", |m| m.as_str());
        let attrs = MODULES
            .iter()
            .find(|(m, _)| *m == module)
            .map_or(&[][..], |(_, attrs)| *attrs);
        let supported = import.level == 0
            && import.names.iter().all(|a| match module {
                "dataclasses" => matches!(
                    a.name.as_str(),
                    "dataclass" | "field" | "FrozenInstanceError"
                ),
                _ => attrs.contains(&a.name.as_str()),
            });
        let missing = import
            .names
            .iter()
            .find(|a| !attrs.contains(&a.name.as_str()));
        if let (Some(alias), false, 0) = (missing, attrs.is_empty(), import.level) {
            self.unsupported(
                "unsupported-import",
                &format!("`{module}.{}`", alias.name),
                span_of(alias),
                "see docs/semantics.md for the attributes kiln compiles",
            );
            return;
        }
        if !supported || self.kind != CodeKind::Module {
            self.unsupported(
                "unsupported-import",
                "this `from ... import`",
                span,
                &format!(
                    "kiln compiles `from dataclasses import dataclass, field, \
                     FrozenInstanceError` and `from module import ...` of {}",
                    module_names()
                ),
            );
            return;
        }
        for alias in &import.names {
            if module != "dataclasses" || alias.name.as_str() == "FrozenInstanceError" {
                let bound = self.qualified(alias.asname.as_ref().unwrap_or(&alias.name));
                let builtin = format!("{module}.{}", alias.name);
                self.pools.imported.push((bound, builtin));
            }
        }
    }

    /// Loads the module attribute `builtin` named where `span` is (see [`Self::load_builtin`]);
    /// the functions compiled only where they are called (`itertools.product`) are refused.
    pub(super) fn load_attribute(&mut self, builtin: &str, span: Span) {
        if builtin.starts_with("typing.") && module_constant(builtin).is_none() {
            self.unsupported(
                "unsupported-typing",
                &format!("`{builtin}` outside an annotation"),
                span,
                "kiln accepts the names of `typing` in annotations, which it does not evaluate \
                 (its inference needs no hints)",
            );
            self.load_const(kiln_bytecode::Constant::None);
            return;
        }
        if super::combinatorics::FIXED_LENGTH.contains(&builtin) {
            self.unsupported(
                "unsupported-call",
                &format!("`{builtin}` as a value"),
                span,
                "kiln compiles it where it is called with the length of its tuples written as \
                 a number (`combinations(items, 2)`)",
            );
            self.load_const(kiln_bytecode::Constant::None);
            return;
        }
        self.load_builtin(builtin);
    }

    /// Loads builtin `builtin` (`math.sqrt`); a module constant (`math.pi`) is a literal, and
    /// a function of a module written in Python (`heapq.heappush`) a global.
    pub(super) fn load_builtin(&mut self, builtin: &str) {
        let module = builtin.split('.').next().unwrap_or("");
        // A global of one of the program's modules (`shop.cart.Cart`).
        let program = builtin
            .rsplit_once('.')
            .is_some_and(|(m, _)| self.pools.program_modules.get(m).is_some());
        match module_constant(builtin) {
            Some(value) => self.load_const(value),
            // Written in Python, in kiln's `_collections`.
            None if builtin == "collections.deque" => {
                let name = self.name("_collections.deque");
                self.emit(Opcode::LoadGlobal, name);
            }
            // `sys.stdin` as a value is iterated (`enumerate(sys.stdin)`, `next(sys.stdin)`):
            // its lines, read one at a time.
            None if builtin == "sys.stdin" => {
                let lines = self.name("_sys.stdin_lines");
                self.emit(Opcode::LoadGlobal, lines);
                self.emit(Opcode::Call, 0);
            }
            None if program || crate::stdlib::is_python_module(module) => {
                let name = self.name(builtin);
                self.emit(Opcode::LoadGlobal, name);
            }
            None => {
                let name = self.name(builtin);
                self.emit(Opcode::LoadBuiltin, name);
            }
        }
    }

    /// The builtin a global name refers to after `from ... import`.
    pub(super) fn imported_builtin(&self, name: &str) -> Option<String> {
        self.bound_by_import(&self.pools.imported, name)
    }

    /// The module a global name refers to after `import`.
    pub(super) fn module_named(&self, name: &str) -> Option<String> {
        self.bound_by_import(&self.pools.modules, name)
    }

    /// What `table` (of globals bound by imports, and what they stand for) says global `name`
    /// of this module is, if it is that global here.
    fn bound_by_import(&self, table: &[(String, String)], name: &str) -> Option<String> {
        let global = self.qualified(name);
        let (_, bound) = table.iter().rev().find(|(n, _)| *n == global)?;
        matches!(self.resolve(name), crate::scope::Resolved::Global).then(|| bound.clone())
    }

    /// The module `value` names, if it is the name of an imported module, a submodule of one
    /// of the program's packages (`shop.cart`), or one of the standard streams
    /// (`sys.stdout`, whose methods are builtins like a module's functions).
    pub(super) fn module_of(&self, value: &Expr) -> Option<String> {
        match value {
            Expr::Name(name) => self.module_named(name.id.as_str()),
            Expr::Attribute(attribute) => {
                let outer = self.module_of(&attribute.value)?;
                let inner = format!("{outer}.{}", attribute.attr);
                // A module that module `outer` imported (`ping.pong` after `import pong` in
                // `ping`).
                if let Some((_, module)) =
                    self.pools.modules.iter().rev().find(|(n, _)| *n == inner)
                {
                    return Some(module.clone());
                }
                let known = MODULES.iter().any(|&(m, _)| m == inner)
                    || self.pools.program_modules.get(&inner).is_some();
                known.then_some(inner)
            }
            _ => None,
        }
    }

    /// `sys.exit`: the builtin `sys.exit`.
    pub(super) fn module_attr(&mut self, attribute: &ast::ExprAttribute, span: Span) {
        let Some(module) = self.module_of(&attribute.value) else {
            return;
        };
        let attr = attribute.attr.as_str();
        // A name module `module` imported from another (`from x import f` in it).
        let global = format!("{module}.{attr}");
        if let Some((_, builtin)) = self.pools.imported.iter().rev().find(|(n, _)| *n == global) {
            let builtin = builtin.clone();
            self.load_attribute(&builtin, span);
            return;
        }
        let known = MODULES
            .iter()
            .any(|&(m, attrs)| m == module && attrs.contains(&attr))
            || self
                .pools
                .program_modules
                .get(&module)
                .is_some_and(|m| m.attrs.iter().any(|a| a == attr));
        if !known {
            self.unsupported(
                "unsupported-import",
                &format!("`{module}.{attr}`"),
                span,
                "see docs/semantics.md for the attributes kiln compiles",
            );
            self.load_const(kiln_bytecode::Constant::None);
            return;
        }
        self.load_attribute(&format!("{module}.{attr}"), span);
    }
}
