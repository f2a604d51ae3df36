//! Scope analysis: which names are module globals, which are function locals.
//!
//! Python decides a name's scope statically: a name bound anywhere in a function body is local
//! to the whole function (unless declared `global`), and every other name is looked up in the
//! module, then in the builtins. This pass records those facts once, so emission is a lookup.

use kiln_bytecode::{Diagnostic, Span};
use ruff_python_ast::visitor::{self, Visitor};
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
    /// Names bound at module level or through `global` in a function, as globals of their
    /// module (`helpers.total` for `total` in module `helpers`, see `ModuleTable::qualified`).
    pub globals: HashSet<String>,
    /// The program's own modules.
    pub modules: crate::modules::ModuleTable,
    /// Each function's scope (a `def` or a `lambda`), keyed by the byte offset where the `def`
    /// statement or the `lambda` starts.
    pub functions: HashMap<u32, FunctionScope>,
    /// The scope of each generator expression that is a generator function of its own (one
    /// not consumed where it is made, see [`consumed_generators`]), keyed by its start.
    pub generator_expressions: HashMap<u32, FunctionScope>,
}

/// The scope of one function body.
#[derive(Debug, Default)]
pub struct FunctionScope {
    /// Parameters first (in order), then other bound names in order of first binding.
    pub locals: Vec<String>,
    /// Names declared `global` in this function.
    pub declared_global: HashSet<String>,
    /// The locals a nested function uses (ascending indices): they live in cells.
    pub cells: Vec<u32>,
    /// The variables of enclosing functions this function uses, or passes on to a function
    /// nested in it, in order of first use.
    pub freevars: Vec<String>,
    /// Variables of comprehensions around the `lambda` that its body reads (kiln compiles a
    /// comprehension into the function around it, so it cannot give each its own cell).
    pub comprehension_captures: Vec<(String, Span)>,
    /// Whether its body has `yield`: calling it makes a generator.
    pub generator: bool,
}

/// Where a name lives, as seen from one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolved {
    Local(u32),
    /// A local that lives in a cell, because a nested function uses it.
    Cell(u32),
    /// Free variable `n` of the function: a variable of an enclosing function.
    Free(u32),
    Global,
    Builtin,
    Undefined,
}

impl Scopes {
    /// Resolves `name` as read or written inside `function` (`None` = module level).
    pub fn resolve(
        &self,
        function: Option<&FunctionScope>,
        module: Option<&str>,
        name: &str,
    ) -> Resolved {
        if let Some(scope) = function {
            if !scope.declared_global.contains(name) {
                if let Some(index) = scope.locals.iter().position(|local| local == name) {
                    let index = u32::try_from(index).unwrap_or(u32::MAX);
                    return match scope.cells.binary_search(&index) {
                        Ok(_) => Resolved::Cell(index),
                        Err(_) => Resolved::Local(index),
                    };
                }
                if let Some(index) = scope.freevars.iter().position(|free| free == name) {
                    return Resolved::Free(u32::try_from(index).unwrap_or(u32::MAX));
                }
            }
        }
        let global = crate::modules::ModuleTable::qualified(module, name);
        if self.globals.contains(&global) || PREDEFINED_GLOBALS.contains(&name) {
            Resolved::Global
        } else if BUILTINS.contains(&name) {
            Resolved::Builtin
        } else {
            Resolved::Undefined
        }
    }
}

/// Computes the scopes of a module body.
pub fn analyze(
    body: &[Stmt],
    modules: crate::modules::ModuleTable,
) -> Result<Scopes, Vec<Diagnostic>> {
    let mut scopes = Scopes::default();
    for stmt in body {
        let module = modules.module_at(span_of(stmt).start);
        let mut bound = Vec::new();
        collect_bindings(
            std::slice::from_ref(stmt),
            &mut bound,
            &mut Declared::default(),
        );
        scopes.globals.extend(
            bound
                .iter()
                .map(|name| crate::modules::ModuleTable::qualified(module, name)),
        );
    }
    let mut walk = Walk {
        module_names: scopes.globals.clone(),
        ..Walk::default()
    };
    walk.stmts(body);
    let Walk {
        mut functions,
        mut diagnostics,
        ..
    } = walk;
    // Every name a function uses but does not bind is looked up in the functions around it.
    for f in 0..functions.len() {
        for (name, at) in std::mem::take(&mut functions[f].uses) {
            let function = &functions[f];
            if function.scope.locals.contains(&name)
                || function.scope.declared_global.contains(&name)
            {
                continue;
            }
            // A comprehension variable shadows the function's own variables.
            if function.comprehension_names.contains(&name) {
                functions[f].scope.comprehension_captures.push((name, at));
                continue;
            }
            capture(&mut functions, f, &name);
        }
        for (name, at) in functions[f].nonlocal.clone() {
            if !capture(&mut functions, f, &name) {
                diagnostics.push(
                    Diagnostic::error(
                        "syntax-error",
                        format!("no binding for nonlocal '{name}' found"),
                        at,
                    )
                    .with_label("no enclosing function assigns it"),
                );
            }
        }
    }
    for function in functions {
        let module = modules.module_at(function.key);
        scopes.globals.extend(
            function
                .scope
                .declared_global
                .iter()
                .map(|name| crate::modules::ModuleTable::qualified(module, name)),
        );
        match function.generator_expression {
            true => scopes
                .generator_expressions
                .insert(function.key, function.scope),
            false => scopes.functions.insert(function.key, function.scope),
        };
    }
    scopes.modules = modules;
    if diagnostics.is_empty() {
        Ok(scopes)
    } else {
        Err(diagnostics)
    }
}

/// Finds `name` in the functions around function `f` (which does not bind it): the innermost
/// one binding it keeps it in a cell, and `f` and every function between capture it.
fn capture(functions: &mut [RawFunction], f: usize, name: &str) -> bool {
    let mut between = vec![f];
    let mut outer = functions[f].parent;
    while let Some(g) = outer {
        let scope = &functions[g].scope;
        if scope.declared_global.contains(name) {
            return false;
        }
        if let Some(index) = scope.locals.iter().position(|local| local == name) {
            let index = u32::try_from(index).unwrap_or(u32::MAX);
            let cells = &mut functions[g].scope.cells;
            if let Err(at) = cells.binary_search(&index) {
                cells.insert(at, index);
            }
            for h in between {
                push_unique(&mut functions[h].scope.freevars, name);
            }
            return true;
        }
        between.push(g);
        outer = functions[g].parent;
    }
    false
}

/// A function scope while the module is walked.
struct RawFunction {
    key: u32,
    /// The function it is nested in (`None`: at module level, or a method).
    parent: Option<usize>,
    scope: FunctionScope,
    /// The names its body reads or writes, with where.
    uses: Vec<(String, Span)>,
    /// The names it declares `nonlocal`.
    nonlocal: Vec<(String, Span)>,
    /// The comprehension variables in scope where a `lambda` is.
    comprehension_names: Vec<String>,
    /// Whether it is a generator expression's function.
    generator_expression: bool,
}

/// The names a statement list declares `global` and `nonlocal`.
#[derive(Default)]
struct Declared {
    global: HashSet<String>,
    nonlocal: Vec<(String, Span)>,
}

/// Walks the module, making a [`RawFunction`] of every `def` and `lambda` and recording what
/// each uses.
#[derive(Default)]
struct Walk {
    functions: Vec<RawFunction>,
    /// The function whose body is being walked (`None`: module level or a class body).
    current: Option<usize>,
    /// The variables of the comprehensions being walked, innermost last.
    comprehensions: Vec<Vec<String>>,
    /// The kind of the comprehension whose element or condition is being walked (where
    /// `yield` is a syntax error).
    comprehension_kind: Option<&'static str>,
    /// The starts of the generator expressions consumed where they are made (see
    /// [`consumed_generators`]).
    consumed: HashSet<u32>,
    /// The names bound at module level.
    module_names: HashSet<String>,
    /// The names `from module import name` binds (`from math import fsum`): a consumer of
    /// generator expressions may be one of them.
    imported: HashSet<String>,
    diagnostics: Vec<Diagnostic>,
}

impl Walk {
    fn stmts(&mut self, body: &[Stmt]) {
        for stmt in body {
            self.visit_stmt(stmt);
        }
    }

    /// Adds the function of a `def` (`body`) or a `lambda` (`expr`) and walks its body.
    fn function(
        &mut self,
        key: u32,
        parameters: Option<&ast::Parameters>,
        body: Result<&[Stmt], &Expr>,
    ) {
        let mut scope = FunctionScope::default();
        if let Some(parameters) = parameters {
            for param in parameters.iter_non_variadic_params() {
                push_unique(&mut scope.locals, param.name().as_str());
            }
            // `*args` is the local after the named parameters, `**kwargs` the one after.
            if let Some(vararg) = &parameters.vararg {
                push_unique(&mut scope.locals, vararg.name.as_str());
            }
            if let Some(kwarg) = &parameters.kwarg {
                push_unique(&mut scope.locals, kwarg.name.as_str());
            }
        }
        let named = parameters.map_or(0, |p| p.iter_non_variadic_params().count());
        let mut declared = Declared::default();
        if let Ok(stmts) = body {
            let mut bound = Vec::new();
            collect_bindings(stmts, &mut bound, &mut declared);
            for name in bound {
                let nonlocal = declared.nonlocal.iter().any(|(n, _)| *n == name);
                if !declared.global.contains(&name) && !nonlocal {
                    push_unique(&mut scope.locals, &name);
                }
            }
        }
        let mut clash = |name: &str, kind: &str, at: Span| {
            if scope.locals[..named].iter().any(|param| param == name) {
                self.diagnostics.push(
                    Diagnostic::error(
                        "syntax-error",
                        format!("name '{name}' is parameter and {kind}"),
                        at,
                    )
                    .with_label("in this function"),
                );
            }
        };
        for name in &declared.global {
            clash(name, "global", Span::new(key, key));
        }
        for (name, at) in &declared.nonlocal {
            clash(name, "nonlocal", *at);
        }
        scope.declared_global = declared.global;
        let outer_comprehensions = self
            .current
            .map(|f| self.functions[f].comprehension_names.clone())
            .unwrap_or_default();
        let comprehension_names = outer_comprehensions
            .into_iter()
            .chain(self.comprehensions.iter().flatten().cloned())
            .filter(|name| !scope.locals.contains(name))
            .collect();
        self.functions.push(RawFunction {
            key,
            parent: self.current,
            scope,
            uses: Vec::new(),
            nonlocal: declared.nonlocal,
            comprehension_names,
            generator_expression: false,
        });
        let saved = self.current.replace(self.functions.len() - 1);
        let saved_comprehensions = std::mem::take(&mut self.comprehensions);
        let saved_kind = self.comprehension_kind.take();
        match body {
            Ok(stmts) => self.stmts(stmts),
            Err(expr) => self.visit_expr(expr),
        }
        self.comprehension_kind = saved_kind;
        self.comprehensions = saved_comprehensions;
        self.current = saved;
    }

    /// Whether `func` is a name the program binds (in the module or a function around, not
    /// by an import), so no builtin.
    fn shadowed(&self, func: &Expr) -> bool {
        let Expr::Name(name) = func else {
            return false;
        };
        let name = name.id.as_str();
        if self.imported.contains(name) {
            return false;
        }
        let mut f = self.current;
        while let Some(g) = f {
            if self.functions[g].scope.locals.iter().any(|l| l == name) {
                return true;
            }
            f = self.functions[g].parent;
        }
        self.module_names.contains(name)
    }

    /// A generator expression not consumed where it is made: a generator function of its own
    /// (`<genexpr>`), whose parameter `.0` is the first iterable, evaluated here.
    fn generator_expression(&mut self, g: &ast::ExprGenerator) {
        let Some(first) = g.generators.first() else {
            return;
        };
        self.visit_expr(&first.iter);
        let outer_comprehensions = self
            .current
            .map(|f| self.functions[f].comprehension_names.clone())
            .unwrap_or_default();
        let scope = FunctionScope {
            locals: vec![".0".to_owned()],
            generator: true,
            ..FunctionScope::default()
        };
        let comprehension_names = outer_comprehensions
            .into_iter()
            .chain(self.comprehensions.iter().flatten().cloned())
            .collect();
        self.functions.push(RawFunction {
            key: span_of(g).start,
            parent: self.current,
            scope,
            uses: Vec::new(),
            nonlocal: Vec::new(),
            comprehension_names,
            generator_expression: true,
        });
        let saved = self.current.replace(self.functions.len() - 1);
        let saved_comprehensions = std::mem::take(&mut self.comprehensions);
        let saved_kind = self.comprehension_kind.take();
        self.comprehension_loops("generator expression", &g.generators, &[&g.elt], true);
        self.comprehension_kind = saved_kind;
        self.comprehensions = saved_comprehensions;
        self.current = saved;
    }

    /// The parts of parameters evaluated where the function is made: the defaults.
    fn defaults(&mut self, parameters: &ast::Parameters) {
        for param in parameters.iter_non_variadic_params() {
            if let Some(default) = &param.default {
                self.visit_expr(default);
            }
        }
    }

    fn comprehension(
        &mut self,
        kind: &'static str,
        generators: &[ast::Comprehension],
        elements: &[&Expr],
    ) {
        self.comprehension_loops(kind, generators, elements, false);
    }

    /// The loops of a comprehension and its elements; the first iterable only when
    /// `first_walked` is false (a generator expression's function gets it as `.0`).
    fn comprehension_loops(
        &mut self,
        kind: &'static str,
        generators: &[ast::Comprehension],
        elements: &[&Expr],
        first_walked: bool,
    ) {
        let mut names = Vec::new();
        let saved_kind = self.comprehension_kind;
        for (i, generator) in generators.iter().enumerate() {
            // The first iterable is evaluated outside the comprehension.
            if i > 0 {
                self.comprehension_kind = Some(kind);
            }
            if i > 0 || !first_walked {
                self.visit_expr(&generator.iter);
            }
            self.comprehension_kind = Some(kind);
            target_names(&generator.target, &mut names);
            self.comprehensions.push(std::mem::take(&mut names));
            for condition in &generator.ifs {
                self.visit_expr(condition);
            }
        }
        for element in elements {
            self.visit_expr(element);
        }
        for _ in generators {
            self.comprehensions.pop();
        }
        self.comprehension_kind = saved_kind;
    }
}

impl<'a> Visitor<'a> for Walk {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::For(s) => {
                if let Expr::Generator(g) = &*s.iter {
                    self.consumed.insert(span_of(g).start);
                }
            }
            Stmt::ImportFrom(s) => {
                for alias in &s.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.imported.insert(bound.to_string());
                }
            }
            _ => {}
        }
        match stmt {
            Stmt::FunctionDef(def) => {
                for decorator in &def.decorator_list {
                    self.visit_expr(&decorator.expression);
                }
                self.defaults(&def.parameters);
                self.function(span_of(def).start, Some(&def.parameters), Ok(&def.body));
            }
            // Methods are functions at module level (a class inside a function is refused
            // where it is emitted).
            Stmt::ClassDef(class) if self.current.is_none() => self.stmts(&class.body),
            Stmt::ClassDef(_) => {}
            Stmt::Nonlocal(s) if self.current.is_none() => {
                self.diagnostics.push(
                    Diagnostic::error(
                        "syntax-error",
                        "nonlocal declaration not allowed at module level",
                        span_of(s),
                    )
                    .with_label("not in a function"),
                );
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(name) => {
                let name = name.id.as_str();
                let in_comprehension = self.comprehensions.iter().flatten().any(|n| n == name);
                if let (Some(f), false) = (self.current, in_comprehension) {
                    self.functions[f]
                        .uses
                        .push((name.to_owned(), span_of(expr)));
                }
            }
            Expr::Lambda(lambda) => {
                if let Some(parameters) = &lambda.parameters {
                    self.defaults(parameters);
                }
                self.function(
                    span_of(lambda).start,
                    lambda.parameters.as_deref(),
                    Err(&lambda.body),
                );
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                let span = span_of(expr);
                let message = match (self.current, self.comprehension_kind) {
                    (None, _) => Some("'yield' outside function".to_owned()),
                    (Some(_), Some(kind)) => Some(format!("'yield' inside {kind}")),
                    (Some(f), None) => {
                        self.functions[f].scope.generator = true;
                        None
                    }
                };
                if let Some(message) = message {
                    self.diagnostics.push(
                        Diagnostic::error("syntax-error", message, span)
                            .with_label("not allowed here"),
                    );
                }
                visitor::walk_expr(self, expr);
            }
            Expr::Call(call) => {
                if !self.shadowed(&call.func) {
                    self.consumed
                        .extend(consumed_generators(call).map(|g| span_of(g).start));
                }
                visitor::walk_expr(self, expr);
            }
            Expr::ListComp(c) => self.comprehension("list comprehension", &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension("set comprehension", &c.generators, &[&c.elt]),
            Expr::Generator(c) if self.consumed.contains(&span_of(c).start) => {
                self.comprehension("generator expression", &c.generators, &[&c.elt])
            }
            Expr::Generator(c) => self.generator_expression(c),
            Expr::DictComp(c) => {
                let elements: Vec<&Expr> =
                    c.key.as_deref().into_iter().chain([&*c.value]).collect();
                self.comprehension("dict comprehension", &c.generators, &elements);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }
}

/// The generator expressions among `call`'s arguments that the emitter compiles into the loop
/// of the builtin consuming them (`sum(x for x in xs)`; see `emit/lazy.rs`), as it decides
/// from the call's shape: a `for` statement's iterable is the other place it does.
pub fn consumed_generators(call: &ast::ExprCall) -> impl Iterator<Item = &ast::ExprGenerator> {
    consumed_arguments(call).filter_map(|arg| match arg {
        Expr::Generator(g) => Some(g),
        _ => None,
    })
}

/// The arguments of `call` that a builtin consumes whole where it is called (see
/// [`consumed_generators`]).
pub fn consumed_arguments(call: &ast::ExprCall) -> impl Iterator<Item = &Expr> {
    let keywords = !call.arguments.keywords.is_empty();
    let consumes = match &*call.func {
        Expr::Name(name) => match name.id.as_str() {
            "any" | "all" => call.arguments.args.len() == 1 && !keywords,
            "min" | "max" => !keywords,
            "sum" | "sorted" | "list" | "tuple" | "set" | "frozenset" | "dict" => true,
            "fsum" | "prod" => true,
            _ => false,
        },
        Expr::Attribute(attribute) => matches!(attribute.attr.as_str(), "join" | "fsum" | "prod"),
        _ => false,
    };
    call.arguments.args.iter().filter(move |_| consumes)
}

/// The names a module's top level binds, with those its functions declare `global`: its
/// attributes.
pub fn module_bindings(body: &[Stmt], names: &mut Vec<String>) {
    collect_bindings(body, names, &mut Declared::default());
    struct Globals<'n>(&'n mut Vec<String>);
    impl<'b> Visitor<'b> for Globals<'_> {
        fn visit_stmt(&mut self, stmt: &'b Stmt) {
            if let Stmt::Global(s) = stmt {
                for name in &s.names {
                    push_unique(self.0, name.as_str());
                }
            }
            visitor::walk_stmt(self, stmt);
        }
    }
    let mut globals = Globals(names);
    for stmt in body {
        globals.visit_stmt(stmt);
    }
}

fn push_unique(names: &mut Vec<String>, name: &str) {
    if !names.iter().any(|existing| existing == name) {
        names.push(name.to_owned());
    }
}

/// Collects the names a statement list binds (not looking into nested function bodies), and
/// the names it declares `global` and `nonlocal`.
fn collect_bindings(body: &[Stmt], bound: &mut Vec<String>, declared: &mut Declared) {
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
                let names = s.names.iter().map(|name| name.as_str().to_owned());
                declared.global.extend(names);
            }
            Stmt::Nonlocal(s) => {
                let names = s.names.iter().map(|name| (name.to_string(), span_of(name)));
                declared.nonlocal.extend(names);
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
