//! Lazy iterables — generator expressions, `map` and `filter` — compiled into the loop that
//! consumes them, so no lazy object exists at run time and every item is computed exactly when
//! CPython's iterator would compute it.
//!
//! `map` and `filter` are rewritten into the generator expression they are equivalent to:
//!
//! ```text
//! map(f, xs)                  (f(.0) for .0 in xs)
//! map(f, xs, ys)              (f(.0, .1) for .0, .1 in zip(xs, ys))
//! map(lambda x: e, xs)        (e for x in xs)
//! filter(f, xs)               (.0 for .0 in xs if f(.0))
//! filter(None, xs)            (.0 for .0 in xs if .0)
//! filter(lambda x: c, xs)     (x for x in xs if c)
//! ```
//!
//! The function must be a name (`len`, a `def`) or a `lambda` with plain parameters: loading
//! it again for every item is then unobservable. `.0` cannot be spelled
//! in Python, so the loop variables never clash with the source's names.
//!
//! `zip`, `enumerate` and `reversed` kept as values (`pairs = zip(a, b)`, not iterated where
//! they are made) become `(.0 for .0 in zip(a, b))`: a generator, an iterator of its own that
//! a second loop finds exhausted, as CPython's are.

use std::borrow::Cow;

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, name::Name, AtomicNodeIndex, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange};

use kiln_bytecode::Span;

use super::Emitter;
use crate::scope::Resolved;

impl Emitter<'_> {
    /// The generator expression `expr` is, or is equivalent to.
    pub(super) fn lazy<'x>(&self, expr: &'x Expr) -> Option<Cow<'x, ast::ExprGenerator>> {
        match expr {
            // One that is a generator function of its own is no lazy iterable.
            Expr::Generator(g)
                if self
                    .scopes
                    .generator_expressions
                    .contains_key(&crate::span_of(g).start) =>
            {
                None
            }
            Expr::Generator(g) => Some(Cow::Borrowed(g)),
            Expr::Call(call) => match self.builtin_callee(call)? {
                "map" => self.map(call).map(Cow::Owned),
                "filter" => self.filter(call).map(Cow::Owned),
                _ => None,
            },
            _ => None,
        }
    }

    /// Records the frame CPython runs lazy iterable `original` in, consumed by the code at
    /// `consumer`: a generator expression's `<genexpr>`, or the `<lambda>` a `map`/`filter`
    /// calls (a named function is a frame of its own anyway).
    pub(super) fn lazy_frame(&mut self, original: &Expr, consumer: Span) {
        let line = self.pools.lines.line(consumer.start);
        match original {
            Expr::Generator(g) => {
                let outside = g
                    .generators
                    .first()
                    .map(|first| crate::span_of(&first.iter));
                self.inline_frame("<genexpr>", crate::span_of(g), outside, line);
            }
            Expr::Call(call) => {
                if let Some(Expr::Lambda(lambda)) = call.arguments.args.first() {
                    self.inline_frame("<lambda>", crate::span_of(&*lambda.body), None, line);
                }
            }
            _ => {}
        }
    }

    /// The name of the builtin `call` calls, if it calls one by its name.
    pub(super) fn builtin_callee<'x>(&self, call: &'x ast::ExprCall) -> Option<&'x str> {
        match &*call.func {
            Expr::Name(name) if self.resolve(name.id.as_str()) == Resolved::Builtin => {
                Some(name.id.as_str())
            }
            _ => None,
        }
    }

    fn map(&self, call: &ast::ExprCall) -> Option<ast::ExprGenerator> {
        let (func, iterables) = plain_arguments(call)?.split_first()?;
        // `map(str.upper, words)` as `map(lambda .0: .0.upper(), words)`.
        let method = self.method_of_builtin_type(func);
        let func = method.as_ref().unwrap_or(func);
        map_of(
            call,
            func,
            iterables,
            self.resolve("zip") == Resolved::Builtin,
        )
    }

    fn filter(&self, call: &ast::ExprCall) -> Option<ast::ExprGenerator> {
        let [func, iterable] = plain_arguments(call)? else {
            return None;
        };
        let method = self.method_of_builtin_type(func);
        let func = method.as_ref().unwrap_or(func);
        filter_of(call, func, iterable)
    }

    /// `str.upper` (a method of a builtin type) as the `lambda` that calls it.
    fn method_of_builtin_type(&self, func: &Expr) -> Option<Expr> {
        match func {
            Expr::Attribute(_) => self.key_wrapper(func).map(Expr::Lambda),
            _ => None,
        }
    }
}

/// `map(func, iterables...)` as the generator expression it is equivalent to; `zip` says
/// whether `zip` is the builtin (several iterables advance together through it).
fn map_of(
    call: &ast::ExprCall,
    func: &Expr,
    iterables: &[Expr],
    zip: bool,
) -> Option<ast::ExprGenerator> {
    if iterables.is_empty() {
        return None;
    }
    let range = call.range();
    let (targets, elt) = match func {
        Expr::Lambda(lambda) => {
            let parameters = lambda_parameters(lambda)?;
            if parameters.len() != iterables.len() {
                return None;
            }
            let targets = parameters
                .iter()
                .map(|p| name(p.name.as_str(), p.range))
                .collect();
            (targets, (*lambda.body).clone())
        }
        _ if is_pure_load(func) => {
            let targets: Vec<Expr> = (0..iterables.len())
                .map(|i| name(&format!(".{i}"), range))
                .collect();
            let elt = call_of(func.clone(), targets.clone(), func.range());
            (targets, elt)
        }
        _ => return None,
    };
    let iter = match iterables {
        [one] => one.clone(),
        // Several iterables advance together and stop with the shortest, as `zip` does.
        _ if zip => call_of(name("zip", range), iterables.to_vec(), range),
        _ => return None,
    };
    let target = match <[Expr; 1]>::try_from(targets) {
        Ok([one]) => one,
        Err(targets) => Expr::Tuple(ast::ExprTuple {
            node_index: AtomicNodeIndex::default(),
            range,
            elts: targets,
            ctx: ExprContext::Store,
            parenthesized: false,
        }),
    };
    Some(generator(elt, target, iter, Vec::new(), range))
}

fn filter_of(call: &ast::ExprCall, func: &Expr, iterable: &Expr) -> Option<ast::ExprGenerator> {
    let range = call.range();
    let (variable, condition) = match func {
        Expr::NoneLiteral(_) => (".0".to_owned(), name(".0", range)),
        Expr::Lambda(lambda) => {
            let [parameter] = lambda_parameters(lambda)?[..] else {
                return None;
            };
            (parameter.name.to_string(), (*lambda.body).clone())
        }
        _ if is_pure_load(func) => {
            let condition = call_of(func.clone(), vec![name(".0", range)], func.range());
            (".0".to_owned(), condition)
        }
        _ => return None,
    };
    let elt = name(&variable, range);
    let target = name(&variable, iterable.range());
    Some(generator(
        elt,
        target,
        iterable.clone(),
        vec![condition],
        range,
    ))
}

/// The positional arguments of `call`, if it has nothing else (no keywords, no `*`).
fn plain_arguments(call: &ast::ExprCall) -> Option<&[Expr]> {
    let args = &*call.arguments.args;
    let plain =
        call.arguments.keywords.is_empty() && !args.iter().any(|a| matches!(a, Expr::Starred(_)));
    plain.then_some(args)
}

/// The parameter names of a `lambda` with plain parameters only (no defaults, no `*`).
fn lambda_parameters(lambda: &ast::ExprLambda) -> Option<Vec<&ast::Parameter>> {
    let parameters = lambda.parameters.as_deref()?;
    let plain = parameters.vararg.is_none()
        && parameters.kwarg.is_none()
        && parameters.kwonlyargs.is_empty()
        && parameters
            .posonlyargs
            .iter()
            .chain(&parameters.args)
            .all(|p| p.default.is_none());
    plain.then(|| {
        parameters
            .posonlyargs
            .iter()
            .chain(&parameters.args)
            .map(|p| &p.parameter)
            .collect()
    })
}

/// Whether evaluating `expr` only loads a name, which in kiln is always the same function
/// (a `def` or a builtin): loading it again per item and after the iterable is unobservable.
/// (`s.index` is not: `s` may be rebound while the map is consumed.)
fn is_pure_load(expr: &Expr) -> bool {
    matches!(expr, Expr::Name(_))
}

/// A synthesized read of `id` (a name the source cannot spell, like `.0`, or a builtin).
pub(super) fn name(id: &str, range: TextRange) -> Expr {
    Expr::Name(ast::ExprName {
        node_index: AtomicNodeIndex::default(),
        range,
        id: Name::new(id),
        ctx: ExprContext::Load,
    })
}

/// A synthesized call `func(args...)`.
pub(super) fn call_of(func: Expr, args: Vec<Expr>, range: TextRange) -> Expr {
    Expr::Call(ast::ExprCall {
        node_index: AtomicNodeIndex::default(),
        range_start: range.start(),
        func: Box::new(func),
        arguments: ast::Arguments {
            range,
            node_index: AtomicNodeIndex::default(),
            args: args.into_boxed_slice(),
            keywords: Default::default(),
        },
    })
}

fn generator(
    elt: Expr,
    target: Expr,
    iter: Expr,
    ifs: Vec<Expr>,
    range: TextRange,
) -> ast::ExprGenerator {
    ast::ExprGenerator {
        node_index: AtomicNodeIndex::default(),
        range,
        elt: Box::new(elt),
        generators: vec![ast::Comprehension {
            range,
            node_index: AtomicNodeIndex::default(),
            target,
            iter,
            ifs,
            is_async: false,
        }],
        parenthesized: true,
    }
}

/// Before scope analysis: the calls of the builtins `map` and `filter` that are values (not
/// consumed where they are made: `a, b = map(int, line.split())`, `m = map(f, xs)`) become
/// the generator expressions they are equivalent to, which are generators of their own. The
/// function must be a name or a `lambda` with plain parameters (as for consumed ones); a name
/// is read as each item is made, where CPython's `map` keeps the function it was given.
pub(crate) fn lazy_values(body: &mut [Stmt]) {
    let mut bound = Vec::new();
    crate::scope::module_bindings(body, &mut bound);
    let mut consumed = Consumed(Default::default(), Default::default(), Default::default());
    for stmt in body.iter() {
        consumed.visit_stmt(stmt);
    }
    let rewrite = LazyValues {
        consumed: consumed.0,
        iterated: consumed.1,
        looked_at: consumed.2,
        shadowed: std::cell::Cell::new(bound.iter().any(|n| n == "map" || n == "filter")),
        zip: !bound.iter().any(|n| n == "zip"),
        iterators: ITERATORS
            .iter()
            .filter(|&&f| !bound.iter().any(|n| n == f))
            .copied()
            .collect(),
        iterators_shadowed: std::cell::Cell::new(false),
    };
    for stmt in body.iter_mut() {
        rewrite.visit_stmt(stmt);
    }
}

/// The starts of the `map`/`filter` calls consumed where they are made (as the emitter
/// decides: a `for` loop's iterable, the argument of a consuming builtin); then those of the
/// expressions iterated where they are made (those, and a comprehension's iterables); then
/// those only looked at (`len(x)`, `print(x)`).
struct Consumed(
    std::collections::HashSet<u32>,
    std::collections::HashSet<u32>,
    std::collections::HashSet<u32>,
);

impl<'b> Visitor<'b> for Consumed {
    fn visit_stmt(&mut self, stmt: &'b Stmt) {
        if let Stmt::For(s) = stmt {
            self.0.insert(crate::span_of(&*s.iter).start);
            self.1.insert(crate::span_of(&*s.iter).start);
        }
        visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'b Expr) {
        if let Expr::Call(call) = expr {
            for arg in crate::scope::consumed_arguments(call) {
                self.0.insert(crate::span_of(arg).start);
            }
            for (arg, looks) in iterated_arguments(call) {
                let set = if looks { &mut self.2 } else { &mut self.1 };
                set.insert(crate::span_of(arg).start);
            }
        }
        if let Expr::ListComp(ast::ExprListComp { generators, .. })
        | Expr::SetComp(ast::ExprSetComp { generators, .. })
        | Expr::DictComp(ast::ExprDictComp { generators, .. })
        | Expr::Generator(ast::ExprGenerator { generators, .. }) = expr
        {
            for comprehension in generators {
                self.1.insert(crate::span_of(&comprehension.iter).start);
            }
        }
        visitor::walk_expr(self, expr);
    }
}

/// The arguments `call` iterates where it is made, if it is a call of a builtin that does
/// (`sorted(zip(a, b), key=...)`, `dict(enumerate(xs))`, `", ".join(reversed(xs))`), or
/// only looks at (`len(zip(a, b))`, whose TypeError names the `zip`), with whether it only
/// looks.
fn iterated_arguments(call: &ast::ExprCall) -> impl Iterator<Item = (&Expr, bool)> {
    let iterates = match &*call.func {
        Expr::Name(name) => matches!(
            name.id.as_str(),
            "any"
                | "all"
                | "min"
                | "max"
                | "sum"
                | "sorted"
                | "list"
                | "tuple"
                | "set"
                | "frozenset"
                | "dict"
                | "enumerate"
                | "zip"
                | "map"
                | "filter"
                | "fsum"
                | "prod"
        ),
        Expr::Attribute(attribute) => {
            matches!(
                attribute.attr.as_str(),
                "join" | "extend" | "update" | "fsum" | "prod"
            )
        }
        _ => false,
    };
    let looks = matches!(&*call.func, Expr::Name(name)
        if matches!(name.id.as_str(), "len" | "print" | "str" | "repr" | "type"));
    call.arguments
        .args
        .iter()
        .filter(move |_| iterates || looks)
        .map(move |arg| (arg, looks))
}

/// The builtins whose iterators kiln makes as loops over their arguments: one kept as a
/// value (`pairs = zip(a, b)`) becomes a generator expression over it (`(.0 for .0 in zip(a,
/// b))`), an iterator of its own that a second loop finds exhausted, as CPython's.
const ITERATORS: &[&str] = &["zip", "enumerate", "reversed"];

struct LazyValues {
    consumed: std::collections::HashSet<u32>,
    iterated: std::collections::HashSet<u32>,
    looked_at: std::collections::HashSet<u32>,
    /// The builtins of `ITERATORS` the program does not rebind at module level.
    iterators: Vec<&'static str>,
    /// Whether the function the walk is in binds one of `ITERATORS`.
    iterators_shadowed: std::cell::Cell<bool>,
    /// Whether `map` or `filter` names something of the program where the walk is.
    shadowed: std::cell::Cell<bool>,
    /// Whether `zip` is the builtin.
    zip: bool,
}

impl Transformer for LazyValues {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        if let Stmt::FunctionDef(def) = stmt {
            // A function that binds `map` or `filter` (a parameter, a local) keeps its calls.
            let mut locals: Vec<String> = def
                .parameters
                .iter_non_variadic_params()
                .map(|p| p.name().to_string())
                .collect();
            crate::scope::module_bindings(&def.body, &mut locals);
            let outer = self.shadowed.get();
            self.shadowed
                .set(outer || locals.iter().any(|n| n == "map" || n == "filter"));
            let outer_iterators = self.iterators_shadowed.get();
            self.iterators_shadowed
                .set(outer_iterators || locals.iter().any(|n| ITERATORS.contains(&n.as_str())));
            transformer::walk_stmt(self, stmt);
            self.shadowed.set(outer);
            self.iterators_shadowed.set(outer_iterators);
            return;
        }
        transformer::walk_stmt(self, stmt);
    }

    fn visit_expr(&self, expr: &mut Expr) {
        transformer::walk_expr(self, expr);
        let Expr::Call(call) = &*expr else {
            return;
        };
        let Expr::Name(callee) = &*call.func else {
            return;
        };
        let start = crate::span_of(call).start;
        // A `reversed` value is kept as a generator even where it is only looked at: kiln
        // makes a reversed range or str a range or str, which only iterating cannot tell.
        let looked_at = callee.id.as_str() != "reversed" && self.looked_at.contains(&start);
        if self.iterators.contains(&callee.id.as_str())
            && !self.iterators_shadowed.get()
            && !self.iterated.contains(&start)
            && !looked_at
        {
            let range = call.range();
            let each = name(".0", range);
            *expr = Expr::Generator(generator(each.clone(), each, expr.clone(), vec![], range));
            return;
        }
        if self.shadowed.get() || self.consumed.contains(&start) {
            return;
        }
        let Some(args) = plain_arguments(call) else {
            return;
        };
        let generator = match (callee.id.as_str(), args) {
            ("map", [func, iterables @ ..])
                if is_pure_load(func) || matches!(func, Expr::Lambda(_)) =>
            {
                map_of(call, func, iterables, self.zip)
            }
            ("filter", [func, iterable])
                if is_pure_load(func) || matches!(func, Expr::Lambda(_) | Expr::NoneLiteral(_)) =>
            {
                filter_of(call, func, iterable)
            }
            _ => None,
        };
        if let Some(generator) = generator {
            *expr = Expr::Generator(generator);
        }
    }
}
