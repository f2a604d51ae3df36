//! Scope analysis: which names are module globals, which are function locals.
//!
//! Python decides a name's scope statically: a name bound anywhere in a function body is local
//! to the whole function (unless declared `global`), and every other name is looked up in the
//! module, then in the builtins. This pass records those facts once, so emission is a lookup.

use kiln_bytecode::Diagnostic;
use ruff_python_ast::{self as ast, Expr, Stmt};
use std::collections::{HashMap, HashSet};

use crate::span_of;

/// Every builtin name of CPython 3.11 (supported or not: lower decides which it handles).
const BUILTINS: &[&str] = &[
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BaseExceptionGroup",
    "BlockingIOError",
    "BrokenPipeError",
    "BufferError",
    "BytesWarning",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "DeprecationWarning",
    "EOFError",
    "Ellipsis",
    "EncodingWarning",
    "EnvironmentError",
    "Exception",
    "ExceptionGroup",
    "False",
    "FileExistsError",
    "FileNotFoundError",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "IOError",
    "ImportError",
    "ImportWarning",
    "IndentationError",
    "IndexError",
    "InterruptedError",
    "IsADirectoryError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "None",
    "NotADirectoryError",
    "NotImplemented",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "PendingDeprecationWarning",
    "PermissionError",
    "ProcessLookupError",
    "RecursionError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeError",
    "RuntimeWarning",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SyntaxWarning",
    "SystemError",
    "SystemExit",
    "TabError",
    "TimeoutError",
    "True",
    "TypeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "Warning",
    "ZeroDivisionError",
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "copyright",
    "credits",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "exit",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "license",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "quit",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
];

/// Module globals that exist before the module's first statement runs.
pub const PREDEFINED_GLOBALS: &[&str] = &["__name__"];

/// The scopes of one module.
#[derive(Debug, Default)]
pub struct Scopes {
    /// Names bound at module level or through `global` in a function.
    pub globals: HashSet<String>,
    /// Each `def`'s scope, keyed by the byte offset where the `def` statement starts.
    pub functions: HashMap<u32, FunctionScope>,
}

/// The scope of one function body.
#[derive(Debug, Default)]
pub struct FunctionScope {
    /// Parameters first (in order), then other bound names in order of first binding.
    pub locals: Vec<String>,
    /// Names declared `global` in this function.
    pub declared_global: HashSet<String>,
}

/// Where a name lives, as seen from one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolved {
    Local(u32),
    Global,
    Builtin,
    Undefined,
}

impl Scopes {
    /// Resolves `name` as read or written inside `function` (`None` = module level).
    pub fn resolve(&self, function: Option<&FunctionScope>, name: &str) -> Resolved {
        if let Some(scope) = function {
            if !scope.declared_global.contains(name) {
                if let Some(index) = scope.locals.iter().position(|local| local == name) {
                    return Resolved::Local(u32::try_from(index).unwrap_or(u32::MAX));
                }
            }
        }
        if self.globals.contains(name) || PREDEFINED_GLOBALS.contains(&name) {
            Resolved::Global
        } else if BUILTINS.contains(&name) {
            Resolved::Builtin
        } else {
            Resolved::Undefined
        }
    }
}

/// Computes the scopes of a module body.
pub fn analyze(body: &[Stmt]) -> Result<Scopes, Vec<Diagnostic>> {
    let mut scopes = Scopes::default();
    let mut diagnostics = Vec::new();
    let mut module_bound = Vec::new();
    collect_bindings(body, &mut module_bound, &mut HashSet::new());
    scopes.globals.extend(module_bound);
    for_each_def(body, &mut |def| {
        let mut scope = FunctionScope::default();
        for param in def.parameters.iter_non_variadic_params() {
            push_unique(&mut scope.locals, param.name().as_str());
        }
        // `*args` is the local after the named parameters.
        if let Some(vararg) = &def.parameters.vararg {
            push_unique(&mut scope.locals, vararg.name.as_str());
        }
        let mut bound = Vec::new();
        collect_bindings(&def.body, &mut bound, &mut scope.declared_global);
        for name in bound {
            if scope.declared_global.contains(&name) {
                continue;
            }
            push_unique(&mut scope.locals, &name);
        }
        for name in &scope.declared_global {
            if scope.locals[..def.parameters.iter_non_variadic_params().count()]
                .iter()
                .any(|param| param == name)
            {
                diagnostics.push(
                    Diagnostic::error(
                        "syntax-error",
                        format!("name '{name}' is parameter and global"),
                        span_of(def),
                    )
                    .with_label("in this function"),
                );
            }
        }
        scopes.globals.extend(scope.declared_global.iter().cloned());
        scopes.functions.insert(span_of(def).start, scope);
    });
    if diagnostics.is_empty() {
        Ok(scopes)
    } else {
        Err(diagnostics)
    }
}

fn push_unique(names: &mut Vec<String>, name: &str) {
    if !names.iter().any(|existing| existing == name) {
        names.push(name.to_owned());
    }
}

/// Calls `f` for every `def` at module level (nested ones are reported by emission).
fn for_each_def(body: &[Stmt], f: &mut impl FnMut(&ast::StmtFunctionDef)) {
    for stmt in body {
        match stmt {
            Stmt::FunctionDef(def) => f(def),
            Stmt::If(s) => {
                for_each_def(&s.body, f);
                for clause in &s.elif_else_clauses {
                    for_each_def(&clause.body, f);
                }
            }
            Stmt::While(s) => {
                for_each_def(&s.body, f);
                for_each_def(&s.orelse, f);
            }
            Stmt::For(s) => {
                for_each_def(&s.body, f);
                for_each_def(&s.orelse, f);
            }
            Stmt::ClassDef(class) => for_each_def(&class.body, f),
            Stmt::Try(s) => {
                for_each_def(&s.body, f);
                for handler in &s.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    for_each_def(&handler.body, f);
                }
                for_each_def(&s.orelse, f);
                for_each_def(&s.finalbody, f);
            }
            _ => {}
        }
    }
}

/// Collects the names a statement list binds (not looking into nested function bodies), and
/// the names it declares `global`.
fn collect_bindings(body: &[Stmt], bound: &mut Vec<String>, declared: &mut HashSet<String>) {
    for stmt in body {
        match stmt {
            Stmt::FunctionDef(def) => push_unique(bound, def.name.as_str()),
            Stmt::ClassDef(class) => push_unique(bound, class.name.as_str()),
            Stmt::Assign(s) => s.targets.iter().for_each(|t| target_names(t, bound)),
            Stmt::AugAssign(s) => target_names(&s.target, bound),
            Stmt::AnnAssign(s) => target_names(&s.target, bound),
            Stmt::For(s) => {
                target_names(&s.target, bound);
                collect_bindings(&s.body, bound, declared);
                collect_bindings(&s.orelse, bound, declared);
            }
            Stmt::While(s) => {
                collect_bindings(&s.body, bound, declared);
                collect_bindings(&s.orelse, bound, declared);
            }
            Stmt::If(s) => {
                collect_bindings(&s.body, bound, declared);
                for clause in &s.elif_else_clauses {
                    collect_bindings(&clause.body, bound, declared);
                }
            }
            Stmt::With(s) => {
                for item in &s.items {
                    if let Some(target) = &item.optional_vars {
                        target_names(target, bound);
                    }
                }
                collect_bindings(&s.body, bound, declared);
            }
            Stmt::Try(s) => {
                collect_bindings(&s.body, bound, declared);
                for handler in &s.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    if let Some(name) = &handler.name {
                        push_unique(bound, name.as_str());
                    }
                    collect_bindings(&handler.body, bound, declared);
                }
                collect_bindings(&s.orelse, bound, declared);
                collect_bindings(&s.finalbody, bound, declared);
            }
            Stmt::Delete(s) => s.targets.iter().for_each(|t| {
                if let Expr::Name(name) = t {
                    push_unique(bound, name.id.as_str());
                }
            }),
            Stmt::Import(s) => {
                for alias in &s.names {
                    let name = alias.asname.as_ref().unwrap_or(&alias.name).as_str();
                    push_unique(bound, name.split('.').next().unwrap_or(name));
                }
            }
            Stmt::ImportFrom(s) => {
                for alias in &s.names {
                    push_unique(bound, alias.asname.as_ref().unwrap_or(&alias.name).as_str());
                }
            }
            Stmt::Global(s) => {
                declared.extend(s.names.iter().map(|name| name.as_str().to_owned()));
            }
            _ => {}
        }
    }
}

pub(crate) fn target_names(target: &Expr, bound: &mut Vec<String>) {
    match target {
        Expr::Name(name) => push_unique(bound, name.id.as_str()),
        Expr::Tuple(tuple) => tuple.elts.iter().for_each(|t| target_names(t, bound)),
        Expr::List(list) => list.elts.iter().for_each(|t| target_names(t, bound)),
        Expr::Starred(starred) => target_names(&starred.value, bound),
        _ => {}
    }
}
