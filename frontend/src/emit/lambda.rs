//! `lambda` as a function value: its body becomes a code object of its own, made where the
//! `lambda` is evaluated (`MAKE_FUNCTION`), like a `def` without a name.
//!
//! Its body reads the variables of the functions around it through cells, as a nested `def`
//! does; a variable of a comprehension around it is refused (kiln compiles a comprehension
//! into the function around it, so every evaluation would share one cell), with the usual
//! workaround in the hint: a default (`lambda x, k=k: x + k`) binds the value when the
//! `lambda` is evaluated. Defaults live in one slot per `lambda` expression, so they are
//! accepted only where the `lambda` is evaluated once or called at once (`key=`).

use kiln_bytecode::{CodeKind, Diagnostic, Opcode};
use ruff_python_ast::{self as ast, AtomicNodeIndex, Expr, ExprContext};
use ruff_text_size::Ranged;

use super::lazy::{call_of, name};
use super::Emitter;
use crate::scope::{FunctionScope, Resolved};
use crate::span_of;

impl Emitter<'_> {
    /// `called_now`: the `lambda` is a `key=` argument, called only while the call runs. Only
    /// then, or where it is evaluated once, may it have defaults: kiln keeps them per `lambda`
    /// expression, so a value made earlier would see the defaults of a later evaluation.
    pub(super) fn lambda(&mut self, lambda: &ast::ExprLambda, called_now: bool) {
        let span = span_of(lambda);
        let mut scope = FunctionScope::default();
        let mut defaults = 0u32;
        if let Some(parameters) = lambda.parameters.as_deref() {
            if let Some(star) = parameters.vararg.as_ref().or(parameters.kwarg.as_ref()) {
                self.unsupported(
                    "unsupported-star-args",
                    "a `*args` or `**kwargs` parameter",
                    span_of(&**star),
                    "",
                );
                self.load_const(kiln_bytecode::Constant::None);
                return;
            }
            if let Some(kwonly) = parameters.kwonlyargs.first() {
                self.unsupported(
                    "unsupported-keyword-only",
                    "a keyword-only parameter",
                    span_of(kwonly),
                    "",
                );
                self.load_const(kiln_bytecode::Constant::None);
                return;
            }
            for parameter in parameters.posonlyargs.iter().chain(&parameters.args) {
                if let Some(default) = &parameter.default {
                    if !called_now && !self.evaluated_once() && !is_constant(default) {
                        self.unsupported(
                            "unsupported-lambda",
                            "a `lambda` with default values that may be evaluated more than once",
                            span_of(&**default),
                            "kiln keeps one set of defaults per `lambda`, so it accepts them \
                             where the `lambda` is evaluated once (at module level, outside \
                             loops), called at once (`key=`) or constant; read the value \
                             from the enclosing function instead (a closure)",
                        );
                    }
                    self.expr(default);
                    defaults += 1;
                }
                scope.locals.push(parameter.parameter.name.to_string());
            }
        }
        let analysed = self.scopes.functions.get(&span.start);
        let captures = analysed.map_or(&[][..], |s| &s.comprehension_captures);
        let mut reported: Vec<&str> = Vec::new();
        for (name, at) in captures {
            if reported.contains(&name.as_str()) {
                continue;
            }
            reported.push(name);
            self.error(
                Diagnostic::error(
                    "unsupported-closure",
                    format!(
                        "a `lambda` that reads `{name}`, a variable of the comprehension around \
                         it, is not supported by kiln yet"
                    ),
                    *at,
                )
                .with_label("read here")
                .with_hint(format!(
                    "make the lambda in a function called with the value: \
                     `def make({name}): return lambda: ...`"
                )),
            );
        }
        if !captures.is_empty() {
            self.load_const(kiln_bytecode::Constant::None);
            return;
        }
        // `key=len` made into a lambda has no scope of its own: it reads only its parameter.
        let scope = analysed.unwrap_or(&scope);
        let argcount = u32::try_from(scope.locals.len()).unwrap_or(u32::MAX);
        let (index, mut inner) = self.nested_code(scope, "<lambda>", span);
        if scope.generator {
            inner.unsupported(
                "unsupported-generator",
                "a `lambda` that yields",
                span,
                "write a generator function with `def` instead",
            );
        }
        inner.at(span_of(&*lambda.body), |e| {
            e.expr(&lambda.body);
            e.emit(Opcode::ReturnValue, 0);
        });
        let code = inner.finish(argcount, defaults, scope.locals.clone());
        self.pools.codes[index] = Some(code);
        self.make_function(index, scope);
    }
}

/// Whether `expr` is a literal (or a tuple of them): evaluating it again gives an equal
/// value, so one slot may keep it as the default of every function a `def` makes.
pub(super) fn is_constant(expr: &Expr) -> bool {
    match expr {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_) => true,
        Expr::UnaryOp(unary) => {
            matches!(unary.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd)
                && matches!(&*unary.operand, Expr::NumberLiteral(_))
        }
        Expr::Tuple(tuple) => tuple.elts.iter().all(is_constant),
        _ => false,
    }
}

impl Emitter<'_> {
    /// Whether a `def` or `lambda` here is evaluated at most once (at module level, outside
    /// loops and comprehensions): only then may its defaults be other than constants, as
    /// kiln keeps one set of defaults per `def`.
    pub(super) fn evaluated_once(&self) -> bool {
        self.kind == CodeKind::Module && !self.in_loop() && self.comprehensions.is_empty()
    }

    /// `key=len` as `key=lambda .0: len(.0)`, and `key=str.lower` as
    /// `key=lambda .0: .0.lower()`: a builtin, or a method of a builtin type, as the function
    /// value kiln makes of a `lambda`.
    pub(super) fn key_wrapper(&self, key: &Expr) -> Option<ast::ExprLambda> {
        let range = key.range();
        let item = || name(".0", range);
        let call = |func: Expr, args: Vec<Expr>| call_of(func, args, range);
        let is_builtin = |name: &ast::ExprName| self.resolve(name.id.as_str()) == Resolved::Builtin;
        let body = match key {
            Expr::Name(name) if is_builtin(name) => call(key.clone(), vec![item()]),
            Expr::Attribute(attribute) => match &*attribute.value {
                Expr::Name(class)
                    if is_builtin(class)
                        && matches!(
                            class.id.as_str(),
                            "str" | "list" | "tuple" | "dict" | "set"
                        ) =>
                {
                    let method = Expr::Attribute(ast::ExprAttribute {
                        node_index: AtomicNodeIndex::default(),
                        range,
                        value: Box::new(item()),
                        attr: attribute.attr.clone(),
                        ctx: ExprContext::Load,
                    });
                    call(method, Vec::new())
                }
                _ => return None,
            },
            _ => return None,
        };
        let parameter = ast::ParameterWithDefault {
            range,
            node_index: AtomicNodeIndex::default(),
            parameter: ast::Parameter {
                range,
                node_index: AtomicNodeIndex::default(),
                name: ast::Identifier::new(".0", range),
                annotation: None,
            },
            default: None,
        };
        Some(ast::ExprLambda {
            node_index: AtomicNodeIndex::default(),
            range,
            parameters: Some(Box::new(ast::Parameters {
                range,
                node_index: AtomicNodeIndex::default(),
                posonlyargs: Default::default(),
                args: vec![parameter].into(),
                vararg: None,
                kwonlyargs: Default::default(),
                kwarg: None,
            })),
            body: Box::new(body),
        })
    }
}

impl Emitter<'_> {
    /// A generator expression not consumed where it is made (`g = (x * x for x in xs)`): a
    /// generator function `<genexpr>` of its own, as CPython makes it. It is made and called
    /// here with the first iterable, evaluated here; its loops, conditions and element run as
    /// the generator is iterated, reading the variables around it through cells.
    pub(super) fn generator_expression(&mut self, g: &ast::ExprGenerator, scope: &FunctionScope) {
        let span = span_of(g);
        let captures = &scope.comprehension_captures;
        if let Some((name, at)) = captures.first() {
            self.error(
                Diagnostic::error(
                    "unsupported-closure",
                    format!(
                        "a generator expression that reads `{name}`, a variable of the \
                         comprehension around it, is not supported by kiln yet"
                    ),
                    *at,
                )
                .with_label("read here")
                .with_hint("make it a list comprehension `[...]`, or write a generator function"),
            );
            self.load_const(kiln_bytecode::Constant::None);
            return;
        }
        let Some(first) = g.generators.first() else {
            return;
        };
        let (index, mut inner) = self.nested_code(scope, "<genexpr>", span);
        // Inside, the first loop runs over the parameter `.0`.
        let mut generators = g.generators.clone();
        generators[0].iter = name(".0", first.iter.range());
        inner.at(span_of(&*g.elt), |e| {
            e.comprehension_loops(&generators, &[&g.elt], |e, _| {
                e.emit(Opcode::YieldValue, 0);
                e.emit(Opcode::PopTop, 0);
            });
        });
        inner.emit_return_none();
        let mut code = inner.finish(1, 0, scope.locals.clone());
        code.generator = true;
        self.pools.codes[index] = Some(code);
        self.make_function(index, scope);
        self.at(span_of(&first.iter), |e| e.expr(&first.iter));
        self.emit(Opcode::Call, 1);
    }
}
