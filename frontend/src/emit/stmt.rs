//! Emission of statements.

use kiln_bytecode::{BinOp, CodeKind, Constant, Diagnostic, Opcode};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Emitter, FrameKind, LoopLabels};
use crate::scope::{FunctionScope, Resolved};
use crate::span_of;

impl Emitter<'_> {
    pub(super) fn block(&mut self, body: &[Stmt]) {
        for stmt in body {
            if self.kind == CodeKind::Module {
                // The top levels of the program's modules are inserted into the script's.
                self.module = self.pools.module_at(span_of(stmt));
                self.start_module(span_of(stmt));
            }
            self.at(span_of(stmt), |e| e.stmt(stmt));
        }
    }

    /// Before the first statement of a program module: its `__name__`.
    fn start_module(&mut self, span: kiln_bytecode::Span) {
        let Some(module) = self.module.clone() else {
            return;
        };
        if !self.pools.started.insert(module.clone()) {
            return;
        }
        self.at(span, |e| {
            e.load_const(Constant::Str(module));
            let name = e.global_name("__name__");
            e.emit(Opcode::StoreGlobal, name);
        });
    }

    fn stmt(&mut self, stmt: &Stmt) {
        let span = span_of(stmt);
        match stmt {
            Stmt::Expr(s) => match &*s.value {
                Expr::YieldFrom(y) => self.yield_from(y),
                value => {
                    self.expr(value);
                    self.emit(Opcode::PopTop, 0);
                }
            },
            Stmt::Assign(s) => self.assign(s),
            Stmt::AugAssign(s) => self.aug_assign(s),
            Stmt::AnnAssign(s) => {
                if let Some(value) = &s.value {
                    self.expr(value);
                    self.store(&s.target);
                }
            }
            Stmt::If(s) => self.if_stmt(s),
            Stmt::While(s) => self.while_stmt(s),
            Stmt::For(s) => self.for_stmt(s),
            Stmt::Break(_) => self.jump_out(span, false),
            Stmt::Continue(_) => self.jump_out(span, true),
            Stmt::Pass(_) | Stmt::Global(_) => {}
            Stmt::Return(s) => self.return_stmt(s),
            Stmt::FunctionDef(def) => self.function_def(def),
            Stmt::ClassDef(class) => self.class_def(class),
            Stmt::Try(s) => self.try_stmt(s),
            Stmt::With(s) => self.with_stmt(s, &s.items),
            Stmt::Raise(s) => self.raise_stmt(s),
            Stmt::Assert(s) => self.assert_stmt(s),
            Stmt::Import(s) => self.import(s, span),
            Stmt::ImportFrom(s) => self.import_from(s, span),
            Stmt::Delete(s) => self.delete(&s.targets),
            Stmt::Match(_) => {
                self.unsupported("unsupported-match", "a `match` statement", span, "")
            }
            // Scope analysis made the names free variables.
            Stmt::Nonlocal(_) => {}
            Stmt::TypeAlias(_) => {
                self.unsupported("unsupported-type-alias", "a `type` alias", span, "")
            }
            Stmt::IpyEscapeCommand(_) => self.error(
                Diagnostic::error(
                    "syntax-error",
                    "IPython escape commands are not Python",
                    span,
                )
                .with_label("here"),
            ),
        }
    }

    fn assign(&mut self, s: &ast::StmtAssign) {
        self.expr(&s.value);
        for (i, target) in s.targets.iter().enumerate() {
            if i + 1 < s.targets.len() {
                self.emit(Opcode::DupTop, 0);
            }
            self.store(target);
        }
    }

    fn aug_assign(&mut self, s: &ast::StmtAugAssign) {
        let Some(op) = self.binop(s.op, span_of(s)) else {
            return;
        };
        if !self.assignable(&s.target) {
            return;
        }
        if let Expr::Subscript(subscript) = &*s.target {
            // `c[i] op= v`: the container and index are evaluated once, into temporaries.
            let container = self.hidden_local(".container");
            let index = self.hidden_local(".index");
            self.expr(&subscript.value);
            self.emit(Opcode::StoreFast, container);
            self.index(&subscript.slice);
            self.emit(Opcode::StoreFast, index);
            self.at(span_of(&*s.target), |e| {
                e.emit(Opcode::LoadFast, container);
                e.emit(Opcode::LoadFast, index);
                e.emit(Opcode::BinarySubscr, 0);
            });
            self.expr(&s.value);
            self.emit(Opcode::Inplace, op as u32);
            self.at(span_of(&*s.target), |e| {
                e.emit(Opcode::LoadFast, container);
                e.emit(Opcode::LoadFast, index);
                e.emit(Opcode::StoreSubscr, 0);
            });
            return;
        }
        if let Expr::Attribute(attribute) = &*s.target {
            // `o.a op= v`: the object is evaluated once.
            let name = self.mangle(attribute.attr.as_str());
            let name = self.name(&name);
            self.at(span_of(&*s.target), |e| {
                e.expr(&attribute.value);
                e.emit(Opcode::DupTop, 0);
                e.emit(Opcode::LoadAttr, name);
            });
            self.expr(&s.value);
            self.emit(Opcode::Inplace, op as u32);
            self.at(span_of(&*s.target), |e| {
                e.emit(Opcode::RotTwo, 0);
                e.emit(Opcode::StoreAttr, name);
            });
            return;
        }
        self.at(span_of(&*s.target), |e| e.expr(&s.target));
        self.expr(&s.value);
        self.emit(Opcode::Inplace, op as u32);
        self.store(&s.target);
    }

    /// Emits a store of the top of the stack into an assignment target.
    pub(super) fn store(&mut self, target: &Expr) {
        let span = span_of(target);
        match target {
            Expr::Name(name) => {
                let resolved = self.resolve(name.id.as_str());
                self.at(span, |e| match resolved {
                    Resolved::Local(index) => e.emit(Opcode::StoreFast, index),
                    Resolved::Cell(_) | Resolved::Free(_) => {
                        e.emit_deref(Opcode::StoreDeref, resolved);
                    }
                    _ => {
                        let index = e.global_name(name.id.as_str());
                        e.emit(Opcode::StoreGlobal, index);
                    }
                });
            }
            Expr::Subscript(subscript) => {
                self.expr(&subscript.value);
                self.index(&subscript.slice);
                self.at(span, |e| e.emit(Opcode::StoreSubscr, 0));
            }
            Expr::Attribute(attribute) => {
                self.expr(&attribute.value);
                let name = self.mangle(attribute.attr.as_str());
                let name = self.name(&name);
                self.at(span, |e| e.emit(Opcode::StoreAttr, name));
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack(elts, span)
            }
            _ => {
                self.assignable(target);
                self.emit(Opcode::PopTop, 0);
            }
        }
    }

    /// `a, b = value` and `first, *rest = value`.
    fn unpack(&mut self, elts: &[Expr], span: kiln_bytecode::Span) {
        let starred: Vec<usize> = (0..elts.len())
            .filter(|&i| matches!(elts[i], Expr::Starred(_)))
            .collect();
        match starred.as_slice() {
            [] => {
                let count = u32::try_from(elts.len()).unwrap_or(u32::MAX);
                self.at(span, |e| e.emit(Opcode::UnpackSequence, count));
                for elt in elts {
                    self.store(elt);
                }
            }
            [star] if *star < 256 && elts.len() - star - 1 < (1 << 23) => {
                let before = u32::try_from(*star).unwrap_or(0);
                let after = u32::try_from(elts.len() - star - 1).unwrap_or(0);
                self.at(span, |e| e.emit(Opcode::UnpackEx, before | after << 8));
                for elt in elts {
                    match elt {
                        Expr::Starred(starred) => self.store(&starred.value),
                        _ => self.store(elt),
                    }
                }
            }
            _ => {
                self.error(
                    Diagnostic::error(
                        "syntax-error",
                        "multiple starred expressions in assignment",
                        span,
                    )
                    .with_label("only one `*` target is allowed"),
                );
                self.emit(Opcode::PopTop, 0);
            }
        }
    }

    /// Whether `target` can be the target of an augmented assignment, reporting it if not.
    fn assignable(&mut self, target: &Expr) -> bool {
        let span = span_of(target);
        match target {
            Expr::Name(_) | Expr::Subscript(_) | Expr::Attribute(_) => true,
            Expr::Tuple(_) | Expr::List(_) | Expr::Starred(_) => {
                self.error(
                    Diagnostic::error(
                        "syntax-error",
                        "'tuple' is an illegal expression for augmented assignment",
                        span,
                    )
                    .with_label("not an augmented assignment target"),
                );
                false
            }
            _ => {
                self.error(
                    Diagnostic::error("syntax-error", "cannot assign to this expression", span)
                        .with_label("not an assignment target"),
                );
                false
            }
        }
    }

    /// `del target, ...`.
    fn delete(&mut self, targets: &[Expr]) {
        for target in targets {
            let span = span_of(target);
            match target {
                Expr::Subscript(subscript) => {
                    self.expr(&subscript.value);
                    self.index(&subscript.slice);
                    self.at(span, |e| e.emit(Opcode::DeleteSubscr, 0));
                }
                Expr::Tuple(tuple) => self.delete(&tuple.elts),
                Expr::Name(name) => {
                    let op = match self.resolve(name.id.as_str()) {
                        Resolved::Local(index) => super::Unbind::Local(index),
                        Resolved::Cell(_) | Resolved::Free(_) => {
                            self.unsupported(
                                "unsupported-del",
                                "deleting a variable that a nested function uses",
                                span,
                                "assign it None instead",
                            );
                            continue;
                        }
                        _ => super::Unbind::Global(self.global_name(name.id.as_str())),
                    };
                    // Deleting an unbound name raises, as reading it does.
                    self.at(span, |e| {
                        match op {
                            super::Unbind::Local(index) => e.emit(Opcode::LoadFast, index),
                            super::Unbind::Global(index) => e.emit(Opcode::LoadGlobal, index),
                        }
                        e.emit(Opcode::PopTop, 0);
                        e.unbind(op);
                    });
                }
                _ => self.unsupported(
                    "unsupported-del",
                    "deleting this kind of target",
                    span,
                    "kiln compiles `del name` and `del container[index]`",
                ),
            }
        }
    }

    fn if_stmt(&mut self, s: &ast::StmtIf) {
        let end = self.new_label();
        let mut next = self.new_label();
        self.condition(&s.test, next);
        self.block(&s.body);
        for clause in &s.elif_else_clauses {
            self.emit_jump(Opcode::Jump, end);
            self.bind(next);
            next = self.new_label();
            if let Some(test) = &clause.test {
                self.at(span_of(clause), |e| e.condition(test, next));
            }
            self.block(&clause.body);
        }
        self.bind(next);
        self.bind(end);
    }

    /// Evaluates `test` and jumps to `otherwise` when it is false.
    fn condition(&mut self, test: &Expr, otherwise: super::Label) {
        self.jump_if(test, false, otherwise);
    }

    fn while_stmt(&mut self, s: &ast::StmtWhile) {
        let head = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(head);
        self.condition(&s.test, orelse);
        self.loop_body(&s.body, head, end, 0);
        self.emit_jump(Opcode::Jump, head);
        self.bind(orelse);
        self.block(&s.orelse);
        self.bind(end);
    }

    /// `yield from iterable` as a statement: a loop yielding each item (kiln's generators
    /// take no values sent in, so no item needs forwarding back).
    fn yield_from(&mut self, y: &ast::ExprYieldFrom) {
        let head = self.new_label();
        let exhausted = self.new_label();
        self.at(span_of(y), |e| {
            e.expr(&y.value);
            e.emit(Opcode::GetIter, 0);
            e.bind(head);
            e.emit_jump(Opcode::ForIter, exhausted);
            e.emit(Opcode::YieldValue, 0);
            e.emit(Opcode::PopTop, 0);
            e.emit_jump(Opcode::Jump, head);
            e.bind(exhausted);
        });
    }

    fn for_stmt(&mut self, s: &ast::StmtFor) {
        let span = span_of(s);
        if s.is_async {
            self.unsupported("unsupported-async", "`async for`", span, "");
            return;
        }
        if let Some(lazy) = self.lazy(&s.iter) {
            self.lazy_frame(&s.iter, span);
            return self.for_lazy(s, &lazy);
        }
        let head = self.new_label();
        let exhausted = self.new_label();
        let end = self.new_label();
        self.at(span_of(&*s.iter), |e| {
            e.expr(&s.iter);
            e.emit(Opcode::GetIter, 0);
        });
        self.bind(head);
        self.at(span_of(&*s.target), |e| {
            e.emit_jump(Opcode::ForIter, exhausted);
            e.store(&s.target);
        });
        self.loop_body(&s.body, head, end, 1);
        self.emit_jump(Opcode::Jump, head);
        self.bind(exhausted);
        self.block(&s.orelse);
        self.bind(end);
    }

    /// `for target in <lazy iterable>:` as the generator's own loops with the body innermost,
    /// so each item is computed just before the body runs on it, as CPython's iterator does.
    fn for_lazy(&mut self, s: &ast::StmtFor, lazy: &ast::ExprGenerator) {
        let end = self.new_label();
        let iterators = lazy.generators.len();
        self.comprehension_loops(&lazy.generators, &[&lazy.elt], |e, next| {
            // The target and the body belong to the enclosing scope, not the generator's.
            let generator_scope = e.comprehensions.pop().unwrap_or_default();
            e.at(span_of(&*s.target), |e| e.store(&s.target));
            e.loop_body(&s.body, next, end, iterators);
            e.comprehensions.push(generator_scope);
        });
        self.block(&s.orelse);
        self.bind(end);
    }

    fn loop_body(
        &mut self,
        body: &[Stmt],
        continue_to: super::Label,
        break_to: super::Label,
        iterators: usize,
    ) {
        self.push_fblock(FrameKind::Loop(LoopLabels {
            continue_to,
            break_to,
            iterators,
        }));
        self.block(body);
        self.fblocks.pop();
    }

    fn return_stmt(&mut self, s: &ast::StmtReturn) {
        if self.kind == CodeKind::Module {
            self.error(
                Diagnostic::error("syntax-error", "'return' outside function", span_of(s))
                    .with_label("here"),
            );
            return;
        }
        match &s.value {
            Some(value) => self.expr(value),
            None => self.load_const(Constant::None),
        }
        self.leave_frame_blocks(0, true, |e| e.emit(Opcode::ReturnValue, 0));
    }

    fn function_def(&mut self, def: &ast::StmtFunctionDef) {
        self.function_def_as(def, def.name.as_str(), None);
    }

    /// A `def` whose function is stored into the global named `global`; for a method, its
    /// class's base (see [`Emitter::method`]).
    pub(super) fn function_def_as(
        &mut self,
        def: &ast::StmtFunctionDef,
        global: &str,
        base: Option<Option<u32>>,
    ) {
        let span = span_of(def);
        if def.is_async {
            self.unsupported("unsupported-async", "`async def`", span, "");
            return;
        }
        let params = &def.parameters;
        if let (Some(kwarg), Some(_)) = (params.kwarg.as_ref(), base) {
            self.unsupported(
                "unsupported-star-args",
                "a `**kwargs` parameter of a method",
                span_of(&**kwarg),
                "",
            );
            return;
        }
        // kiln's defaults are those of the last parameters: a keyword-only parameter without
        // one may not follow a parameter with one.
        let mut all = params.iter_non_variadic_params();
        if let Some(gap) = all
            .by_ref()
            .skip_while(|p| p.default.is_none())
            .find(|p| p.default.is_none())
        {
            self.unsupported(
                "unsupported-keyword-only",
                "a keyword-only parameter without a default after a parameter with one",
                span_of(gap),
                "give it a default, or move the defaults to the keyword-only parameters",
            );
            return;
        }
        if def.type_params.is_some() {
            self.unsupported("unsupported-type-params", "type parameters", span, "");
            return;
        }
        // Decorators are evaluated first and applied to the function innermost first:
        // `@a @b def f` is `f = a(b(f))`.
        for decorator in &def.decorator_list {
            self.at(span_of(decorator), |e| e.expr(&decorator.expression));
        }
        let positional: Vec<&ast::ParameterWithDefault> =
            params.posonlyargs.iter().chain(&params.args).collect();
        let mut defaults = 0u32;
        for param in positional
            .iter()
            .chain(&params.kwonlyargs.iter().collect::<Vec<_>>())
        {
            if let Some(default) = &param.default {
                if !self.evaluated_once() && !super::lambda::is_constant(default) {
                    self.unsupported(
                        "unsupported-default",
                        "a default value other than a constant, in a `def` that may run more \
                         than once (inside a function or a loop)",
                        span_of(&**default),
                        "kiln keeps one set of defaults per `def`; read the value from the \
                         enclosing function instead (a closure), or pass it",
                    );
                }
                self.expr(default);
                defaults += 1;
            }
        }
        let Some(scope) = self.scopes.functions.get(&span.start) else {
            self.error(Diagnostic::error(
                "internal-error",
                "internal compiler error: no scope recorded for this function",
                span,
            ));
            return;
        };
        let (class_name, builtin_base) = (self.class_name.clone(), self.builtin_base.clone());
        // A method of one of kiln's modules is named after its class (`_io.TextIOWrapper.read`):
        // like the module's functions, it adds no traceback entry.
        let code_name = match &class_name {
            Some(class) if base.is_some() && self.pools.in_kiln_module(span) => {
                format!("{class}.{}", def.name)
            }
            _ => def.name.to_string(),
        };
        let (index, mut inner) = self.nested_code(scope, &code_name, span);
        if let (Some(base), Some(this)) = (base, positional.first()) {
            inner.method = Some((base, this.parameter.name.to_string()));
            inner.class_name = class_name;
            inner.builtin_base = builtin_base;
        }
        inner.block(&def.body);
        inner.emit_return_none();
        let argcount =
            u32::try_from(positional.len() + params.kwonlyargs.len()).unwrap_or(u32::MAX);
        let mut code = inner.finish(argcount, defaults, scope.locals.clone());
        code.kwonly = u32::try_from(params.kwonlyargs.len()).unwrap_or(u32::MAX);
        code.varargs = params.vararg.is_some();
        code.varkeywords = params.kwarg.is_some();
        code.generator = scope.generator;
        self.pools.codes[index] = Some(code);
        self.make_function(index, scope);
        for decorator in def.decorator_list.iter().rev() {
            self.at(span_of(decorator), |e| e.emit(Opcode::Call, 1));
        }
        match base {
            Some(_) => {
                let target = self.name(global);
                self.emit(Opcode::StoreGlobal, target);
            }
            None => self.store_variable(global),
        }
    }

    /// MAKE_FUNCTION of code object `index` (its defaults are on the stack), with the cells of
    /// the variables it captures.
    pub(super) fn make_function(&mut self, index: usize, scope: &FunctionScope) {
        for name in &scope.freevars {
            let resolved = self.resolve(name);
            self.emit_deref(Opcode::LoadClosure, resolved);
        }
        self.emit(
            Opcode::MakeFunction,
            u32::try_from(index).unwrap_or(u32::MAX),
        );
    }

    /// Stores the top of the stack into variable `name`, wherever it lives.
    pub(super) fn store_variable(&mut self, name: &str) {
        match self.resolve(name) {
            Resolved::Local(index) => self.emit(Opcode::StoreFast, index),
            resolved @ (Resolved::Cell(_) | Resolved::Free(_)) => {
                self.emit_deref(Opcode::StoreDeref, resolved);
            }
            Resolved::Global | Resolved::Builtin | Resolved::Undefined => {
                let index = self.global_name(name);
                self.emit(Opcode::StoreGlobal, index);
            }
        }
    }

    /// Maps a Ruff operator to a bytecode operator, reporting `@`.
    pub(super) fn binop(&mut self, op: ast::Operator, span: kiln_bytecode::Span) -> Option<BinOp> {
        Some(match op {
            ast::Operator::Add => BinOp::Add,
            ast::Operator::Sub => BinOp::Sub,
            ast::Operator::Mult => BinOp::Mul,
            ast::Operator::Div => BinOp::TrueDiv,
            ast::Operator::FloorDiv => BinOp::FloorDiv,
            ast::Operator::Mod => BinOp::Mod,
            ast::Operator::Pow => BinOp::Pow,
            ast::Operator::LShift => BinOp::LShift,
            ast::Operator::RShift => BinOp::RShift,
            ast::Operator::BitAnd => BinOp::BitAnd,
            ast::Operator::BitOr => BinOp::BitOr,
            ast::Operator::BitXor => BinOp::BitXor,
            ast::Operator::MatMult => {
                self.unsupported("unsupported-operator", "the `@` operator", span, "");
                return None;
            }
        })
    }
}
