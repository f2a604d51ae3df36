//! Emission of expressions: each leaves exactly one value on the stack.

use kiln_bytecode::{CmpOp, Constant, Conversion, Diagnostic, Opcode, Span, UnaryOp};
use ruff_python_ast::{self as ast, Expr};

use super::Emitter;
use crate::scope::Resolved;
use crate::span_of;

impl Emitter<'_> {
    pub(super) fn expr(&mut self, expr: &Expr) {
        let span = span_of(expr);
        self.at(span, |e| e.expr_inner(expr, span));
    }

    fn expr_inner(&mut self, expr: &Expr, span: Span) {
        match expr {
            Expr::NumberLiteral(n) => self.number(&n.value, span),
            Expr::BytesLiteral(b) => {
                let value: Vec<u8> = b
                    .value
                    .as_slice()
                    .iter()
                    .flat_map(|part| part.iter().copied())
                    .collect();
                self.load_const(Constant::Bytes(value));
            }
            Expr::StringLiteral(s) => {
                let value = s.value.to_str();
                if value.contains('\u{FFFD}') && self.has_surrogate_escape(span) {
                    self.unsupported(
                        "unsupported-surrogate",
                        "a string containing a lone surrogate",
                        span,
                        "kiln's strings are UTF-8 and cannot hold surrogate code points",
                    );
                }
                self.load_const(Constant::Str(value.to_owned()));
            }
            Expr::BooleanLiteral(b) => self.load_const(Constant::Bool(b.value)),
            Expr::NoneLiteral(_) => self.load_const(Constant::None),
            Expr::Name(name) => self.load_name(name.id.as_str(), span),
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
                match self.binop(b.op, span) {
                    Some(op) => self.emit(Opcode::Binary, op as u32),
                    None => self.emit(Opcode::PopTop, 0),
                }
            }
            Expr::UnaryOp(u) if negative_literal(u).is_some() => {
                if let Some(constant) = negative_literal(u) {
                    self.load_const(constant);
                }
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand);
                let op = match u.op {
                    ast::UnaryOp::USub => UnaryOp::Neg,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                };
                self.emit(Opcode::Unary, op as u32);
            }
            Expr::BoolOp(b) => self.bool_op(b),
            Expr::Compare(c) => self.compare(c),
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse);
                self.expr(&i.body);
                self.emit_jump(Opcode::Jump, end);
                self.bind(orelse);
                self.expr(&i.orelse);
                self.bind(end);
            }
            Expr::Call(call) => self.call(call),
            Expr::Attribute(attribute) if self.module_of(&attribute.value).is_some() => {
                self.module_attr(attribute, span);
            }
            // `object.__setattr__(obj, "name", value)`: a store that no `__setattr__` sees.
            Expr::Attribute(attribute)
                if attribute.attr.as_str() == "__setattr__"
                    && matches!(&*attribute.value, Expr::Name(n) if n.id.as_str() == "object"
                        && matches!(self.resolve("object"), crate::scope::Resolved::Builtin)) =>
            {
                let index = self.name("object.__setattr__");
                self.emit(Opcode::LoadBuiltin, index);
            }
            Expr::Attribute(attribute) => {
                self.expr(&attribute.value);
                let name = self.mangle(attribute.attr.as_str());
                let name = self.name(&name);
                self.emit(Opcode::LoadAttr, name);
            }
            Expr::FString(f) => self.fstring(f),
            Expr::List(list) => self.sequence(&list.elts, Opcode::BuildList),
            Expr::Tuple(tuple) => self.sequence(&tuple.elts, Opcode::BuildTuple),
            Expr::Set(set) => self.sequence(&set.elts, Opcode::BuildSet),
            Expr::Dict(dict) => {
                let mut count = 0;
                for item in &dict.items {
                    let Some(key) = &item.key else {
                        self.unsupported(
                            "unsupported-star-args",
                            "`**` unpacking in a dict",
                            span_of(&item.value),
                            "",
                        );
                        continue;
                    };
                    self.expr(key);
                    self.expr(&item.value);
                    count += 1;
                }
                self.emit(Opcode::BuildMap, count);
            }
            Expr::Subscript(subscript) => {
                self.expr(&subscript.value);
                self.index(&subscript.slice);
                self.emit(Opcode::BinarySubscr, 0);
            }
            Expr::Lambda(lambda) => self.lambda(lambda, false),
            Expr::Slice(_) => {
                self.unsupported("unsupported-subscript", "a slice outside of `[]`", span, "");
                self.load_const(Constant::None);
            }
            Expr::ListComp(c) => {
                self.comprehension(Opcode::BuildList, &c.generators, &[&c.elt], span)
            }
            Expr::SetComp(c) => {
                self.comprehension(Opcode::BuildSet, &c.generators, &[&c.elt], span)
            }
            Expr::DictComp(c) => match &c.key {
                Some(key) => {
                    self.comprehension(Opcode::BuildMap, &c.generators, &[key, &c.value], span)
                }
                None => {
                    self.unsupported(
                        "unsupported-star-args",
                        "`**` unpacking in a dict",
                        span,
                        "",
                    );
                    self.load_const(Constant::None);
                }
            },
            Expr::Yield(y) => {
                match &y.value {
                    Some(value) => self.expr(value),
                    None => self.load_const(Constant::None),
                }
                self.emit(Opcode::YieldValue, 0);
            }
            Expr::YieldFrom(_) => {
                self.unsupported(
                    "unsupported-generator",
                    "the value of `yield from`",
                    span,
                    "kiln compiles `yield from` as a statement only, whose value (what the \
                     inner generator returns) is not used",
                );
                self.load_const(Constant::None);
            }
            Expr::Generator(g) => match self.scopes.generator_expressions.get(&span.start) {
                Some(scope) => self.generator_expression(g, scope),
                None => self.consumed_generator(span),
            },
            _ => {
                let (id, what) = unsupported_expr(expr);
                self.unsupported(id, what, span, "");
                self.load_const(Constant::None);
            }
        }
    }

    /// A generator expression that scope analysis found consumed where it is made (the
    /// argument of `sum`, say) but that is not: the name is not the builtin's.
    fn consumed_generator(&mut self, span: Span) {
        self.unsupported(
            "unsupported-comprehension",
            "a generator expression here",
            span,
            &format!(
                "kiln compiles a generator expression passed to {CONSUMERS} into the loop \
                 that consumes it, and this name is not the builtin's: iterate over it in a \
                 `for` loop, or use a list comprehension `[...]`"
            ),
        );
        self.load_const(Constant::None);
    }

    /// A list, tuple or set display.
    fn sequence(&mut self, elts: &[Expr], build: Opcode) {
        let mut count = 0;
        for elt in elts {
            if let Expr::Starred(starred) = elt {
                self.unsupported(
                    "unsupported-star-args",
                    "`*` unpacking in a display",
                    span_of(starred),
                    "",
                );
                continue;
            }
            self.expr(elt);
            count += 1;
        }
        self.emit(build, count);
    }

    /// The index of a subscript: an expression or a slice (`BUILD_SLICE`).
    pub(super) fn index(&mut self, index: &Expr) {
        let Expr::Slice(slice) = index else {
            self.expr(index);
            return;
        };
        self.at(span_of(index), |e| {
            let parts = [&slice.lower, &slice.upper, &slice.step];
            for part in parts {
                match part {
                    Some(part) => e.expr(part),
                    None => e.load_const(Constant::None),
                }
            }
            e.emit(Opcode::BuildSlice, 3);
        });
    }

    /// A comprehension, emitted inline: the empty result, then one loop per `for` clause
    /// whose variables are hidden locals of this code object (they do not leak).
    fn comprehension(
        &mut self,
        build: Opcode,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        span: Span,
    ) {
        if let Some(first) = generators.first() {
            let name = match build {
                Opcode::BuildSet => "<setcomp>",
                Opcode::BuildMap => "<dictcomp>",
                _ => "<listcomp>",
            };
            let line = self.pools.lines.line(span.start);
            self.inline_frame(name, span, Some(span_of(&first.iter)), line);
        }
        self.build_comprehension(build, generators, elts, span);
    }

    /// A comprehension's code, without a frame of its own.
    fn build_comprehension(
        &mut self,
        build: Opcode,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        span: Span,
    ) {
        self.emit(build, 0);
        let depth = u32::try_from(generators.len() + 1).unwrap_or(u32::MAX);
        let add = match build {
            Opcode::BuildSet => Opcode::SetAdd,
            Opcode::BuildMap => Opcode::MapAdd,
            _ => Opcode::ListAppend,
        };
        self.comprehension_loops(generators, elts, |e, _| e.at(span, |e| e.emit(add, depth)));
    }

    /// The loops of a comprehension around `body`, which runs with `elts` evaluated on top
    /// of the stack (above one iterator per loop); returns the number of loops.
    pub(super) fn comprehension_loops(
        &mut self,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        body: impl FnOnce(&mut Self, super::Label),
    ) -> usize {
        let mut ends = Vec::new();
        self.comprehensions.push(Vec::new());
        for (depth, generator) in generators.iter().enumerate() {
            if generator.is_async {
                self.unsupported(
                    "unsupported-async",
                    "an `async for` clause",
                    span_of(generator),
                    "",
                );
            }
            // The first iterable is evaluated in the enclosing scope.
            if depth == 0 {
                let inner = self.comprehensions.pop().unwrap_or_default();
                self.expr(&generator.iter);
                self.comprehensions.push(inner);
            } else {
                self.expr(&generator.iter);
            }
            self.emit(Opcode::GetIter, 0);
            let mut names = Vec::new();
            crate::scope::target_names(&generator.target, &mut names);
            for name in names {
                let index = self.hidden_local(&name);
                if let Some(scope) = self.comprehensions.last_mut() {
                    scope.push((name, index));
                }
            }
            let head = self.new_label();
            let exhausted = self.new_label();
            self.bind(head);
            self.at(span_of(&generator.target), |e| {
                e.emit_jump(Opcode::ForIter, exhausted);
                e.store(&generator.target);
            });
            for condition in &generator.ifs {
                self.jump_if(condition, false, head);
            }
            ends.push((head, exhausted));
        }
        for elt in elts {
            self.expr(elt);
        }
        let next = ends
            .last()
            .map_or_else(|| self.new_label(), |&(head, _)| head);
        body(self, next);
        let loops = ends.len();
        for (head, exhausted) in ends.into_iter().rev() {
            self.emit_jump(Opcode::Jump, head);
            self.bind(exhausted);
        }
        self.comprehensions.pop();
        loops
    }

    /// Whether the source text of `span` spells a surrogate code point (`\\ud800`–`\\udfff`),
    /// which Ruff's parser replaces by U+FFFD.
    fn has_surrogate_escape(&self, span: Span) -> bool {
        let text = self
            .pools
            .source
            .get(span.start as usize..span.end as usize)
            .unwrap_or("");
        let bytes = text.as_bytes();
        (0..bytes.len()).any(|i| {
            let digits = match bytes.get(i..i + 2) {
                Some(b"\\u") => 4,
                Some(b"\\U") => 8,
                _ => return false,
            };
            let hex = text.get(i + 2..i + 2 + digits).unwrap_or("");
            u32::from_str_radix(hex, 16).is_ok_and(|c| (0xD800..=0xDFFF).contains(&c))
        })
    }

    fn number(&mut self, number: &ast::Number, span: Span) {
        match number {
            ast::Number::Int(int) => match int.as_i64() {
                Some(value) => self.load_const(Constant::Int(value)),
                None => self.load_const(big_literal(&int.to_string(), false)),
            },
            ast::Number::Float(value) => self.load_const(Constant::Float(*value)),
            ast::Number::Complex { .. } => {
                self.unsupported("unsupported-complex", "a complex number", span, "");
                self.load_const(Constant::None);
            }
        }
    }

    pub(super) fn load_name(&mut self, name: &str, span: Span) {
        if let Some(builtin) = self.imported_builtin(name) {
            self.load_attribute(&builtin, span);
            return;
        }
        if let Some(module) = self.module_named(name) {
            self.unsupported(
                "unsupported-import",
                &format!("the module `{module}` as a value"),
                span,
                &format!(
                    "kiln compiles the module's attributes used directly, as in `{module}.name`"
                ),
            );
            self.load_const(Constant::None);
            return;
        }
        match self.resolve(name) {
            Resolved::Local(index) => self.emit(Opcode::LoadFast, index),
            resolved @ (Resolved::Cell(_) | Resolved::Free(_)) => {
                self.emit_deref(Opcode::LoadDeref, resolved);
            }
            Resolved::Global => {
                let index = self.global_name(name);
                self.emit(Opcode::LoadGlobal, index);
            }
            Resolved::Builtin => {
                let index = self.name(name);
                self.emit(Opcode::LoadBuiltin, index);
            }
            // Names every module has in CPython.
            Resolved::Undefined
                if matches!(
                    name,
                    "__file__"
                        | "__doc__"
                        | "__debug__"
                        | "__import__"
                        | "__builtins__"
                        | "__spec__"
                        | "__loader__"
                        | "__package__"
                        | "__annotations__"
                        | "__cached__"
                        | "__build_class__"
                ) =>
            {
                self.unsupported("unsupported-name", &format!("`{name}`"), span, "");
                self.load_const(Constant::None);
            }
            Resolved::Undefined => {
                self.error(
                    Diagnostic::error("undefined-name", format!("name '{name}' is not defined"), span)
                        .with_label("not defined anywhere in this program")
                        .with_hint("running this line would raise NameError; define the name or fix its spelling"),
                );
                self.load_const(Constant::None);
            }
        }
    }

    /// `a and b and c`: each operand but the last decides whether to stop with its own value.
    fn bool_op(&mut self, b: &ast::ExprBoolOp) {
        let end = self.new_label();
        let jump = match b.op {
            ast::BoolOp::And => Opcode::JumpIfFalseOrPop,
            ast::BoolOp::Or => Opcode::JumpIfTrueOrPop,
        };
        for (i, value) in b.values.iter().enumerate() {
            self.expr(value);
            if i + 1 < b.values.len() {
                self.emit_jump(jump, end);
            }
        }
        self.bind(end);
    }

    /// `a < b < c` evaluates `b` once and stops at the first false comparison.
    fn compare(&mut self, c: &ast::ExprCompare) {
        self.expr(&c.left);
        let cleanup = self.new_label();
        let end = self.new_label();
        let last = c.ops.len().saturating_sub(1);
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right);
            let (opcode, arg) = match op {
                ast::CmpOp::In => (Opcode::ContainsOp, 0),
                ast::CmpOp::NotIn => (Opcode::ContainsOp, 1),
                ast::CmpOp::Is => (Opcode::IsOp, 0),
                ast::CmpOp::IsNot => (Opcode::IsOp, 1),
                _ => (
                    Opcode::Compare,
                    self.cmpop(*op, span_of(c)).unwrap_or(CmpOp::Eq) as u32,
                ),
            };
            if i < last {
                self.emit(Opcode::DupTop, 0);
                self.emit(Opcode::RotThree, 0);
                self.emit(opcode, arg);
                self.emit_jump(Opcode::JumpIfFalseOrPop, cleanup);
            } else {
                self.emit(opcode, arg);
            }
        }
        if last > 0 {
            self.emit_jump(Opcode::Jump, end);
            self.bind(cleanup);
            self.emit(Opcode::RotTwo, 0);
            self.emit(Opcode::PopTop, 0);
            self.bind(end);
        }
    }

    fn cmpop(&mut self, op: ast::CmpOp, span: Span) -> Option<CmpOp> {
        Some(match op {
            ast::CmpOp::Lt => CmpOp::Lt,
            ast::CmpOp::LtE => CmpOp::Le,
            ast::CmpOp::Eq => CmpOp::Eq,
            ast::CmpOp::NotEq => CmpOp::Ne,
            ast::CmpOp::Gt => CmpOp::Gt,
            ast::CmpOp::GtE => CmpOp::Ge,
            ast::CmpOp::In | ast::CmpOp::NotIn | ast::CmpOp::Is | ast::CmpOp::IsNot => {
                let _ = span;
                return None;
            }
        })
    }

    fn call(&mut self, call: &ast::ExprCall) {
        if self.str_format_call(call) || self.super_call(call) || self.fixed_length_call(call) {
            return;
        }
        let builtin = self.builtin_callee(call);
        let keywords = !call.arguments.keywords.is_empty();
        if let ([only], Some(name @ ("any" | "all")), false) =
            (&*call.arguments.args, builtin, keywords)
        {
            if let Some(lazy) = self.lazy(only) {
                self.lazy_frame(only, span_of(call));
                self.short_circuit(name == "any", &lazy);
                return;
            }
        }
        if let Some(name @ ("map" | "filter")) = builtin {
            self.unsupported(
                "unsupported-lazy",
                &format!("this `{name}`"),
                span_of(call),
                &format!(
                    "kiln compiles `{name}` as a generator when its function is a name or a \
                     `lambda` with plain parameters; with a method of a builtin type \
                     (`str.upper`) only into the loop that consumes it (a `for` loop, or \
                     {CONSUMERS}); write `lambda s: s.upper()` instead"
                ),
            );
            self.load_const(Constant::None);
            return;
        }
        // Consumers that read their whole iterable before running any user code: for them a
        // lazy iterable is the same as a list comprehension.
        let math_consumer = match &*call.func {
            Expr::Attribute(a) => {
                self.module_of(&a.value).as_deref() == Some("math")
                    && matches!(a.attr.as_str(), "fsum" | "prod")
            }
            Expr::Name(n) => matches!(
                self.imported_builtin(n.id.as_str()).as_deref(),
                Some("math.fsum" | "math.prod")
            ),
            _ => false,
        };
        let consumes_whole = match (builtin, &*call.func) {
            _ if math_consumer => true,
            (Some("min" | "max"), _) => !keywords,
            (
                Some(
                    "sum" | "sorted" | "list" | "tuple" | "set" | "frozenset" | "dict" | "any"
                    | "all",
                ),
                _,
            ) => true,
            (None, Expr::Attribute(attribute)) => attribute.attr.as_str() == "join",
            _ => false,
        };
        // `print(*items, ...)`: the builtin `print.unpacked` of the iterable.
        let unpacked_print =
            builtin == Some("print") && matches!(&*call.arguments.args, [Expr::Starred(_)]);
        match &*call.func {
            _ if unpacked_print => self.load_builtin("print.unpacked"),
            callee => self.expr(callee),
        }
        let unpacks = call
            .arguments
            .args
            .iter()
            .any(|a| matches!(a, Expr::Starred(_)))
            || call.arguments.keywords.iter().any(|k| k.arg.is_none());
        if unpacks && !unpacked_print {
            self.unpacked_call(call);
            return;
        }
        let mut count = 0u32;
        for arg in &call.arguments.args {
            if let (Expr::Starred(starred), true) = (arg, unpacked_print) {
                self.expr(&starred.value);
                count += 1;
                continue;
            }
            if let Expr::Starred(starred) = arg {
                self.unsupported(
                    "unsupported-star-args",
                    "`*` unpacking in a call",
                    span_of(starred),
                    "",
                );
                continue;
            }
            match self.lazy(arg).filter(|_| consumes_whole) {
                Some(g) => {
                    self.lazy_frame(arg, span_of(call));
                    self.build_comprehension(
                        Opcode::BuildList,
                        &g.generators,
                        &[&g.elt],
                        span_of(arg),
                    );
                }
                None => self.expr(arg),
            }
            count += 1;
        }
        let mut names = Vec::new();
        for keyword in &call.arguments.keywords {
            let Some(name) = &keyword.arg else {
                self.unsupported(
                    "unsupported-star-args",
                    "`**` unpacking in a call",
                    span_of(keyword),
                    "",
                );
                continue;
            };
            match &keyword.value {
                // Called right here, so its defaults (kept per `lambda`, not per value) are
                // the ones it was made with.
                Expr::Lambda(lambda) if name.as_str() == "key" => self.lambda(lambda, true),
                value if name.as_str() == "key" => match self.key_wrapper(value) {
                    Some(lambda) => self.lambda(&lambda, true),
                    None => self.expr(value),
                },
                value => self.expr(value),
            }
            names.push(Constant::Str(name.as_str().to_owned()));
            count += 1;
        }
        if !names.is_empty() {
            let index = self.constant(Constant::Tuple(names));
            self.emit(Opcode::KwNames, index);
        }
        // A method call is where its name is, as CPython 3.11 reports it (`s\n.upper()` fails
        // on the line of `.upper`).
        let span = match &*call.func {
            Expr::Attribute(attribute) => Span {
                start: span_of(&attribute.attr).start,
                end: span_of(call).end,
            },
            _ => self.current,
        };
        self.at(span, |e| e.emit(Opcode::Call, count));
    }

    /// A call with `*` or `**` arguments, its callable on the stack: `CALL_EX` of the parts
    /// of its positional arguments (tuples of plain ones, and the values unpacked) and of the
    /// dict unpacked with `**`.
    fn unpacked_call(&mut self, call: &ast::ExprCall) {
        let mut parts = 0u32;
        let mut plain = 0u32;
        for arg in &call.arguments.args {
            match arg {
                Expr::Starred(starred) => {
                    if plain > 0 {
                        self.emit(Opcode::BuildTuple, plain);
                        (parts, plain) = (parts + 1, 0);
                    }
                    self.expr(&starred.value);
                    parts += 1;
                }
                other => {
                    self.expr(other);
                    plain += 1;
                }
            }
        }
        if plain > 0 {
            self.emit(Opcode::BuildTuple, plain);
            parts += 1;
        }
        let mut dict = 0;
        for keyword in &call.arguments.keywords {
            match (&keyword.arg, dict) {
                (None, 0) => {
                    self.expr(&keyword.value);
                    dict = 1;
                }
                (None, _) => self.unsupported(
                    "unsupported-star-args",
                    "more than one `**` in a call",
                    span_of(keyword),
                    "merge the dicts first: `f(**{**a, **b})`",
                ),
                (Some(_), _) => self.unsupported(
                    "unsupported-star-args",
                    "a keyword argument in a call that unpacks arguments with `*` or `**`",
                    span_of(keyword),
                    "pass it positionally, or put it in the dict unpacked with `**`",
                ),
            }
        }
        self.at(self.current, |e| e.emit(Opcode::CallEx, parts << 1 | dict));
    }

    /// `any(elt for ...)` / `all(...)` as an inline loop that stops at the first item deciding
    /// the result, as CPython's lazy generator does:
    ///
    /// ```text
    ///       <loops of the generator, as in a comprehension>
    ///       <elt>
    ///       POP_JUMP_IF_TRUE/FALSE  found      (any/all)
    ///       ...                                (next item)
    /// done: LOAD_CONST  False/True             (every iterator exhausted)
    ///       JUMP        end
    /// found: POP_TOP × loops                   (drop the live iterators)
    ///       LOAD_CONST  True/False
    /// end:
    /// ```
    fn short_circuit(&mut self, any: bool, g: &ast::ExprGenerator) {
        let found = self.new_label();
        let end = self.new_label();
        let loops = self.comprehension_loops(&g.generators, &[&g.elt], |e, _| {
            let jump = if any {
                Opcode::PopJumpIfTrue
            } else {
                Opcode::PopJumpIfFalse
            };
            e.emit_jump(jump, found);
        });
        self.load_const(Constant::Bool(!any));
        self.emit_jump(Opcode::Jump, end);
        self.bind(found);
        for _ in 0..loops {
            self.emit(Opcode::PopTop, 0);
        }
        self.load_const(Constant::Bool(any));
        self.bind(end);
    }

    /// Evaluates `test` for its truth only and jumps to `target` when it is `when`. As in
    /// CPython, `not`, `and` and `or` become jumps: each operand is tested once, in order, and
    /// the branch on `x is not None` in `if x is not None and x > 0:` guards the body
    /// directly (so `lower` narrows `x` there).
    pub(super) fn jump_if(&mut self, test: &Expr, when: bool, target: super::Label) {
        match test {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.jump_if(&u.operand, !when, target)
            }
            Expr::BoolOp(b) => {
                // `and` jumps away on the first false operand, `or` on the first true one.
                let short = b.op == ast::BoolOp::Or;
                let Some((last, rest)) = b.values.split_last() else {
                    return;
                };
                if short == when {
                    for value in rest {
                        self.jump_if(value, when, target);
                    }
                    self.jump_if(last, when, target);
                } else {
                    let skip = self.new_label();
                    for value in rest {
                        self.jump_if(value, short, skip);
                    }
                    self.jump_if(last, when, target);
                    self.bind(skip);
                }
            }
            _ => self.at(span_of(test), |e| {
                e.expr(test);
                let op = if when {
                    Opcode::PopJumpIfTrue
                } else {
                    Opcode::PopJumpIfFalse
                };
                e.emit_jump(op, target);
            }),
        }
    }

    fn fstring(&mut self, f: &ast::ExprFString) {
        let mut parts = 0u32;
        for part in f.value.as_slice() {
            match part {
                ast::FStringPart::Literal(literal) => {
                    self.load_const(Constant::Str(literal.value.to_string()));
                    parts += 1;
                }
                ast::FStringPart::FString(fstring) => {
                    parts += self.fstring_elements(&fstring.elements)
                }
            }
        }
        self.build_string(parts);
    }

    /// Pushes the pieces of an f-string (or of a field's format spec); returns how many.
    fn fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) -> u32 {
        let mut parts = 0;
        for element in elements.iter() {
            match element {
                ast::InterpolatedStringElement::Literal(literal) => {
                    self.load_const(Constant::Str(literal.value.to_string()));
                    parts += 1;
                }
                ast::InterpolatedStringElement::Interpolation(field) => {
                    parts += self.fstring_field(field);
                }
            }
        }
        parts
    }

    /// Joins the `parts` strings on the stack into one (an empty string for none).
    pub(super) fn build_string(&mut self, parts: u32) {
        match parts {
            0 => self.load_const(Constant::Str(String::new())),
            1 => {}
            _ => self.emit(Opcode::BuildString, parts),
        }
    }

    /// `{expr!c:spec}`, as CPython 3.11 evaluates it: the expression, its conversion, then
    /// `format(value, spec)`. `{expr=}` first pushes its text and converts with `repr()`
    /// unless a conversion or spec is given. Returns the number of strings pushed.
    fn fstring_field(&mut self, field: &ast::InterpolatedElement) -> u32 {
        let span = span_of(field);
        let mut parts = 1;
        if let Some(debug) = &field.debug_text {
            self.load_const(Constant::Str(debug.as_str().to_owned()));
            parts += 1;
        }
        self.expr(&field.expression);
        let conversion = match field.conversion {
            ast::ConversionFlag::None
                if field.debug_text.is_some() && field.format_spec.is_none() =>
            {
                Some(Conversion::Repr)
            }
            ast::ConversionFlag::None => None,
            ast::ConversionFlag::Str => Some(Conversion::Str),
            ast::ConversionFlag::Repr => Some(Conversion::Repr),
            ast::ConversionFlag::Ascii => Some(Conversion::Ascii),
        };
        self.at(span, |e| {
            if let Some(conversion) = conversion {
                e.emit(Opcode::ConvertValue, conversion as u32);
            }
            match &field.format_spec {
                Some(spec) => {
                    let pieces = e.fstring_elements(&spec.elements);
                    e.build_string(pieces);
                    e.emit(Opcode::FormatWithSpec, 0);
                }
                None if conversion.is_none() => e.emit(Opcode::FormatValue, 0),
                None => {}
            }
        });
        parts
    }
}

/// The builtins a lazy iterable can be passed to (they consume it whole or stop early as
/// CPython's would).
const CONSUMERS: &str =
    "`sum`, `min`, `max`, `sorted`, `any`, `all`, `list`, `set`, `frozenset`, `dict` \
     or `str.join`";

/// The diagnostic id and description for an expression kind kiln does not compile yet.
fn unsupported_expr(expr: &Expr) -> (&'static str, &'static str) {
    match expr {
        Expr::List(_) => ("unsupported-list", "a list"),
        Expr::Tuple(_) => ("unsupported-tuple", "a tuple"),
        Expr::Dict(_) => ("unsupported-dict", "a dict"),
        Expr::Set(_) => ("unsupported-set", "a set"),
        Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) => {
            ("unsupported-comprehension", "a comprehension")
        }
        Expr::Generator(_) => ("unsupported-comprehension", "a generator expression"),
        Expr::Lambda(_) => ("unsupported-lambda", "`lambda`"),
        Expr::Yield(_) | Expr::YieldFrom(_) => ("unsupported-generator", "`yield`"),
        Expr::Await(_) => ("unsupported-async", "`await`"),
        Expr::Named(_) => ("unsupported-walrus", "an assignment expression (`:=`)"),
        Expr::Subscript(_) | Expr::Slice(_) => ("unsupported-subscript", "indexing or slicing"),
        Expr::Starred(_) => ("unsupported-star-args", "`*` unpacking"),
        Expr::BytesLiteral(_) => ("unsupported-bytes", "a bytes literal"),
        Expr::EllipsisLiteral(_) => ("unsupported-ellipsis", "`...`"),
        Expr::TString(_) => ("unsupported-tstring", "a template string"),
        _ => ("unsupported-expression", "this expression"),
    }
}

/// `-<number>` as one constant, as CPython folds it: `2 ** -1` must see a negative exponent,
/// and `-9223372036854775808` must not overflow on its way.
fn negative_literal(u: &ast::ExprUnaryOp) -> Option<Constant> {
    if u.op != ast::UnaryOp::USub {
        return None;
    }
    let Expr::NumberLiteral(literal) = &*u.operand else {
        return None;
    };
    match &literal.value {
        ast::Number::Int(int) => match int.as_i64() {
            Some(value) => Some(Constant::Int(-value)),
            None if int.as_u64() == Some(1 << 63) => Some(Constant::Int(i64::MIN)),
            None => Some(big_literal(&int.to_string(), true)),
        },
        ast::Number::Float(value) => Some(Constant::Float(-value)),
        ast::Number::Complex { .. } => None,
    }
}

/// An integer literal too large for 64 bits (decimal, or with a `0x`/`0o`/`0b` prefix, maybe
/// with underscores) as a constant holding its canonical decimal text.
fn big_literal(token: &str, negative: bool) -> Constant {
    let digits: String = token.chars().filter(|&c| c != '_').collect();
    let lower = digits.to_ascii_lowercase();
    let (radix, body) = match lower.get(..2) {
        Some("0x") => (16, &lower[2..]),
        Some("0o") => (8, &lower[2..]),
        Some("0b") => (2, &lower[2..]),
        _ => (10, lower.as_str()),
    };
    // Base-10^9 limbs, least significant first: multiply-and-add one digit at a time.
    const LIMB: u64 = 1_000_000_000;
    let mut limbs: Vec<u64> = vec![0];
    for c in body.chars() {
        let mut carry = u64::from(c.to_digit(radix).unwrap_or(0));
        for limb in &mut limbs {
            let value = *limb * u64::from(radix) + carry;
            *limb = value % LIMB;
            carry = value / LIMB;
        }
        while carry > 0 {
            limbs.push(carry % LIMB);
            carry /= LIMB;
        }
    }
    while limbs.len() > 1 && limbs.last() == Some(&0) {
        limbs.pop();
    }
    let mut text = String::new();
    if negative && limbs != [0] {
        text.push('-');
    }
    let mut iter = limbs.iter().rev();
    if let Some(first) = iter.next() {
        text.push_str(&first.to_string());
    }
    for limb in iter {
        text.push_str(&format!("{limb:09}"));
    }
    Constant::BigInt(text)
}

#[cfg(test)]
mod tests {
    use super::big_literal;
    use kiln_bytecode::Constant;

    #[test]
    fn big_literals_become_canonical_decimal() {
        let big = |t: &str, n: bool| match big_literal(t, n) {
            Constant::BigInt(text) => text,
            other => panic!("{other:?}"),
        };
        assert_eq!(big("18446744073709551616", false), "18446744073709551616");
        assert_eq!(
            big("0x1_0000_0000_0000_0000", false),
            "18446744073709551616"
        );
        assert_eq!(big("0b1", true), "-1");
        assert_eq!(
            big("0o7777777777777777777777", false),
            "73786976294838206463"
        );
        assert_eq!(
            big("1_000_000_000_000_000_000_000", true),
            "-1000000000000000000000"
        );
    }
}
