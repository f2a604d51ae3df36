//! Calls: of Python functions (one, or one of several chosen at run time, with their
//! arguments bound to parameters as CPython binds them, `*` and `**` unpacked), of classes,
//! instances, bound methods and builtins.

use kiln_bytecode::{Diagnostic, Program, Span};

use super::{containers, is_negative_literal, Binding, Callee, Cx, InstanceId};
use crate::globals::GlobalTable;
use crate::ir::{Builtin, TypeId, TypeKind, Value};
use crate::typing::{self, CallError};

impl Cx<'_> {
    /// The instance a call of function type `function` (a `Func` or a `Closure`) with
    /// arguments of types `arg_types` runs, and where its parameters come from; `None` while a
    /// parameter's type is not known.
    pub(super) fn function_call(
        &mut self,
        id: InstanceId,
        function: TypeId,
        (arg_types, kwnames): (&[TypeId], &[String]),
        (site, span): (Value, Span),
    ) -> Result<Option<(InstanceId, Vec<Binding>)>, String> {
        // A closure without cells is passed nothing: its function has no free variables.
        let (code, closure) = match self.types.kind(function) {
            TypeKind::Func(code) => (*code, false),
            TypeKind::Closure(code, cells) => (*code, !cells.is_empty()),
            _ => return Ok(None),
        };
        let mut bindings =
            bind_arguments(self.program, self.globals, code, arg_types.len(), kwnames)?;
        if closure {
            bindings.push(Binding::Closure);
        }
        let target = self.parameters_instance(
            id,
            code,
            &bindings,
            (arg_types, kwnames),
            (function, site, span),
        )?;
        Ok(target.map(|target| (target, bindings)))
    }

    /// The instance of function `code` whose parameters come from a call as `bindings` say
    /// (argument `i` has type `arg_types[i]`; `function` is the closure called); `None` while
    /// a parameter's type is not known.
    pub(super) fn parameters_instance(
        &mut self,
        id: InstanceId,
        code: u32,
        bindings: &[Binding],
        (arg_types, kwnames): (&[TypeId], &[String]),
        (function, site, span): (TypeId, Value, Span),
    ) -> Result<Option<InstanceId>, String> {
        let mut param_types = Vec::with_capacity(bindings.len());
        for binding in bindings {
            let ty = match binding {
                Binding::Arg(i) => arg_types[*i],
                Binding::Default(slot) => {
                    self.global_readers.entry(*slot).or_default().insert(id);
                    self.global_types[slot.index()]
                }
                Binding::Rest { start, len } => self.rest_type(&arg_types[*start..start + len]),
                Binding::KwRest(keywords) => {
                    let positional = arg_types.len() - kwnames.len();
                    // Without keywords, the items the function adds decide the type.
                    let mut value = match keywords {
                        0 => self.site_var(id, site, 7),
                        _ => TypeId::NEVER,
                    };
                    for k in (0..kwnames.len()).filter(|k| keywords >> k & 1 == 1) {
                        let have = arg_types[positional + k];
                        let Some(joined) = self.vars.join(&mut self.types, value, have) else {
                            let message = format!(
                                "keyword arguments of different types ({} and {}) collected by \
                                 `**` are not supported by kiln yet",
                                self.types.name(value),
                                self.types.name(have)
                            );
                            self.unsupported(span, message)?;
                            return Ok(None);
                        };
                        value = joined;
                    }
                    self.types.intern(TypeKind::Dict(TypeId::STR, value))
                }
                Binding::Closure => function,
            };
            if ty == TypeId::NEVER {
                return Ok(None);
            }
            param_types.push(ty);
        }
        let target = self.instance(code, param_types);
        self.callers.entry(target).or_default().insert(id);
        self.record_call_site(id, target, span);
        Ok(Some(target))
    }

    /// The call `value` of a function value of type `callee` (one function or several) with
    /// arguments of types `arg_types`: records what it calls, gives what it returns.
    pub(super) fn call_functions(
        &mut self,
        id: InstanceId,
        value: Value,
        callee: TypeId,
        arg_types: &[TypeId],
        kwnames: &[String],
        span: Span,
    ) -> Result<TypeId, String> {
        let members = self.types.functions(callee).unwrap_or_default();
        let mut arms = Vec::with_capacity(members.len());
        let mut ret = TypeId::NEVER;
        for &member in &members {
            let called = self.function_call(id, member, (arg_types, kwnames), (value, span));
            let Some((target, bindings)) = (match called {
                // Which function is called is known at run time only: whether CPython
                // raises depends on it.
                Err(message) if members.len() > 1 => {
                    let message = format!(
                        "calling functions that take different arguments through one value is \
                         not supported by kiln yet (for one of them: {message})"
                    );
                    return self.unsupported(span, message);
                }
                called => called?,
            }) else {
                return Ok(TypeId::NEVER);
            };
            let returns = self.instances[target].ret;
            ret = match self.vars.join(&mut self.types, ret, returns) {
                Some(joined) => joined,
                None => {
                    let message = format!(
                        "calling functions that return different types ({} and {}) through \
                         one value is not supported by kiln yet",
                        self.types.name(ret),
                        self.types.name(returns)
                    );
                    return self.unsupported(span, message);
                }
            };
            arms.push((member, target, bindings));
        }
        let callee = match (self.types.kind(callee), arms.pop()) {
            (TypeKind::Funcs(_), Some(last)) => {
                arms.push(last);
                Callee::Funcs(arms)
            }
            (_, Some((_, target, bindings))) => Callee::Instance(target, bindings),
            (_, None) => return Ok(TypeId::NEVER),
        };
        self.instances[id].calls.insert(value, callee);
        Ok(ret)
    }

    /// `f(*parts, **kwargs)`: the parts must be tuples (kiln binds the arguments when it
    /// compiles the call) and the dict empty.
    pub(super) fn unpacked_call(
        &mut self,
        id: InstanceId,
        value: Value,
        callee: TypeId,
        parts: &[TypeId],
        kwargs: Option<TypeId>,
        span: Span,
    ) -> Result<TypeId, String> {
        let mut arg_types = Vec::new();
        for &part in parts {
            match self.types.kind(part) {
                TypeKind::Tuple(items) => arg_types.extend(items.iter().copied()),
                _ => {
                    let message = format!(
                        "unpacking a `{}` into a call's arguments is not supported by kiln yet \
                         (kiln binds a call's arguments when it compiles it, so it must know \
                         how many there are); unpack a tuple",
                        typing::python_name(&self.types, part)
                    );
                    return self.unsupported(span, message);
                }
            }
        }
        if let Some(kwargs) = kwargs {
            // A dict no item is ever added to (its value type unknown) is empty.
            let empty = match *self.types.kind(kwargs) {
                TypeKind::Dict(_, v) => {
                    let v = self.vars.resolve(&mut self.types, v);
                    matches!(self.types.kind(v), TypeKind::Never | TypeKind::Var(_))
                }
                _ => false,
            };
            if !empty {
                let message = "unpacking a dict that may hold items into keyword arguments \
                               (`**`) is not supported by kiln yet; pass them by name"
                    .to_owned();
                return self.unsupported(span, message);
            }
        }
        if self.types.functions(callee).is_none() {
            let message = format!(
                "unpacking arguments into a call of a `{}` is not supported by kiln yet",
                typing::python_name(&self.types, callee)
            );
            return self.unsupported(span, message);
        }
        self.call_functions(id, value, callee, &arg_types, &[], span)
    }

    pub(super) fn call(
        &mut self,
        id: InstanceId,
        value: Value,
        callee: Value,
        args: &[Value],
        kwnames: &[String],
        types: &[TypeId],
    ) -> Result<TypeId, String> {
        let span = self.generics[self.instances[id].code as usize].func.values[value.index()].span;
        let arg_types: Vec<TypeId> = args
            .iter()
            .map(|a| self.vars.resolve(&mut self.types, types[a.index()]))
            .collect();
        if arg_types
            .iter()
            .any(|&t| t == TypeId::NEVER || matches!(self.types.kind(t), TypeKind::Var(_)))
        {
            return Ok(TypeId::NEVER);
        }
        // An optional callee is called as its value (monomorphization checks it for None).
        let callee_type = types[callee.index()];
        let callee_type = self
            .types
            .optional_inner(callee_type)
            .unwrap_or(callee_type);
        match self.types.kind(callee_type).clone() {
            TypeKind::Func(_) | TypeKind::Closure(..) | TypeKind::Funcs(_) => {
                self.call_functions(id, value, callee_type, &arg_types, kwnames, span)
            }
            TypeKind::Class(class) => self.construct(id, value, class, &arg_types, kwnames),
            TypeKind::Instance(_) | TypeKind::Poly(_) => self
                .special_call(id, value, types[callee.index()], &arg_types, kwnames)
                .unwrap_or_else(|| {
                    Err(format!(
                        "'{}' object is not callable",
                        typing::python_name(&self.types, types[callee.index()])
                    ))
                }),
            TypeKind::Builtin(Builtin::Bool)
                if arg_types.len() == 1
                    && kwnames.is_empty()
                    && self
                        .special_bool(id, value, args[0], &|v: &Value| types[v.index()])
                        .is_some() =>
            {
                self.special_bool(id, value, args[0], &|v: &Value| types[v.index()])
                    .unwrap_or(Ok(TypeId::NEVER))
            }
            TypeKind::Builtin(Builtin::Len)
                if arg_types.len() == 1 && self.types.instance_class(arg_types[0]).is_some() =>
            {
                self.special_len(id, value, args[0], arg_types[0])
                    .unwrap_or_else(|| {
                        Err(format!(
                            "object of type '{}' has no len()",
                            typing::python_name(&self.types, arg_types[0])
                        ))
                    })
            }
            TypeKind::Builtin(Builtin::Next)
                if arg_types
                    .first()
                    .is_some_and(|&t| matches!(self.types.kind(t), TypeKind::Generator(..))) =>
            {
                let typed = self.next_of_generator(&arg_types, kwnames);
                self.builtin_call(id, value, span, Callee::Builtin(Builtin::Next), typed)
            }
            TypeKind::Builtin(Builtin::Next)
                if arg_types.len() == 1 && self.types.instance_class(arg_types[0]).is_some() =>
            {
                self.special_of(id, value, args[0], arg_types[0], "__next__")
                    .unwrap_or_else(|| {
                        Err(format!(
                            "'{}' object is not an iterator",
                            typing::python_name(&self.types, arg_types[0])
                        ))
                    })
            }
            TypeKind::BoundMethod(code, receiver) => {
                self.bound_call(id, value, code, receiver, &arg_types, kwnames)
            }
            TypeKind::VirtualMethod(name, receiver) => {
                self.virtual_call(id, value, &name, receiver, &arg_types, kwnames)
            }
            TypeKind::Method(crate::ir::Method::Named(name), receiver) => {
                let typed = self.method_call(id, value, name, receiver, args, &arg_types, kwnames);
                self.builtin_call(
                    id,
                    value,
                    span,
                    Callee::Method(crate::ir::Method::Named(name)),
                    typed,
                )
            }
            TypeKind::Builtin(builtin) if containers::is_container_builtin(builtin) => {
                let typed = self.container_builtin(id, value, builtin, args, &arg_types, kwnames);
                let typed = self.maybe_none_arguments(typed, &arg_types, |types, args| {
                    typing::builtin(types, builtin, args, kwnames)
                });
                self.builtin_call(id, value, span, Callee::Builtin(builtin), typed)
            }
            TypeKind::Method(method, _) => {
                let typed = typing::method(&self.types, method, &arg_types, kwnames);
                self.builtin_call(id, value, span, Callee::Method(method), typed)
            }
            TypeKind::Builtin(builtin) => {
                let (args, kwnames) =
                    match typing::builtin_positional(builtin, args.len(), kwnames)? {
                        Some(order) => (order.iter().map(|&i| args[i]).collect(), &[][..]),
                        None => (args.to_vec(), kwnames),
                    };
                let arg_types: Vec<TypeId> = args
                    .iter()
                    .map(|a| self.vars.resolve(&mut self.types, types[a.index()]))
                    .collect();
                let typed = if builtin == Builtin::Pow && args.len() == 2 {
                    // `pow(a, b)` is `a ** b`, a negative literal exponent giving a float.
                    let func = &self.generics[self.instances[id].code as usize].func;
                    let negative = is_negative_literal(func, args[1]);
                    typing::binary(
                        &self.types,
                        kiln_bytecode::BinOp::Pow,
                        arg_types[0],
                        arg_types[1],
                        negative,
                    )
                    .map(|plan| plan.result)
                    .map_err(CallError::TypeError)
                } else {
                    if builtin == Builtin::Math(crate::ir::math::MathFn::Hypot) {
                        // Its coordinates are passed to the runtime as a list.
                        self.types.intern(TypeKind::List(TypeId::FLOAT));
                    }
                    if let (Builtin::PrintUnpacked, Some(&items)) = (builtin, arg_types.first()) {
                        // Monomorphization makes a list of the items (and loops to do so).
                        if let Some(item) = self.types.item_type(items) {
                            self.types.intern(TypeKind::Iter(items));
                            self.types.intern(TypeKind::List(item));
                        }
                    }
                    typing::builtin(&self.types, builtin, &arg_types, kwnames)
                };
                let typed = self.maybe_none_arguments(typed, &arg_types, |types, args| {
                    typing::builtin(types, builtin, args, kwnames)
                });
                self.builtin_call(id, value, span, Callee::Builtin(builtin), typed)
            }
            // `type(x)(...)`, `x.__class__(...)`: a class known only at run time.
            TypeKind::ClassOf(_) => {
                self.report(
                    Diagnostic::error(
                        "unsupported-call",
                        "calling a class taken from a value is not supported by kiln yet",
                        span,
                    )
                    .with_label("not supported")
                    .with_hint("call the class by its name"),
                );
                Ok(TypeId::NEVER)
            }
            _ => Err(format!(
                "'{}' object is not callable",
                typing::python_name(&self.types, types[callee.index()])
            )),
        }
    }
    /// A TypeError judged of a call given a value that may be None (`len(x)`, `x` an
    /// `Optional[str]`), which CPython raises only when it is None and then with another
    /// message: a refusal if the call is fine once those values are not None (`retype` judges
    /// it with their value types).
    pub(super) fn maybe_none_arguments(
        &self,
        typed: Result<TypeId, CallError>,
        arg_types: &[TypeId],
        retype: impl Fn(&crate::ir::Types, &[TypeId]) -> Result<TypeId, CallError>,
    ) -> Result<TypeId, CallError> {
        let Err(CallError::TypeError(_)) = typed else {
            return typed;
        };
        let values: Vec<TypeId> = arg_types
            .iter()
            .map(|&t| self.types.optional_inner(t).unwrap_or(t))
            .collect();
        if values == arg_types || retype(&self.types, &values).is_err() {
            return typed;
        }
        Err(CallError::Unsupported(
            "passing a value that may be None here is not supported by kiln yet; test it \
             first (`if x is not None:`)"
                .into(),
        ))
    }

    /// Records a call of a builtin function or method once `typing` has judged it.
    pub(super) fn builtin_call(
        &mut self,
        id: InstanceId,
        value: Value,
        span: Span,
        callee: Callee,
        typed: Result<TypeId, CallError>,
    ) -> Result<TypeId, String> {
        match typed {
            Ok(ty) => {
                self.instances[id].calls.insert(value, callee);
                Ok(ty)
            }
            Err(CallError::TypeError(message)) => Err(message),
            Err(CallError::Unsupported(message)) => {
                self.report(
                    Diagnostic::error("unsupported-call", message, span)
                        .with_label("not supported"),
                );
                Ok(TypeId::NEVER)
            }
        }
    }
}

/// CPython's `__qualname__` of the function of code object `code`: the global its
/// `MAKE_FUNCTION` is stored into (`Point.__init__` for a method), else its name.
pub(super) fn qualified_name(program: &Program, code: u32) -> String {
    program
        .codes
        .iter()
        .flat_map(|c| c.code.windows(2))
        .find(|pair| {
            pair[0].op == kiln_bytecode::Opcode::MakeFunction
                && pair[0].arg == code
                && pair[1].op == kiln_bytecode::Opcode::StoreGlobal
        })
        .and_then(|pair| program.names.get(pair[1].arg as usize))
        .cloned()
        .unwrap_or_else(|| program.codes[code as usize].name.clone())
}

/// Matches a call's arguments to the parameters of code object `code`, as CPython does.
pub fn bind_arguments(
    program: &Program,
    globals: &GlobalTable,
    code: u32,
    nargs: usize,
    kwnames: &[String],
) -> Result<Vec<Binding>, String> {
    let target = &program.codes[code as usize];
    // Only error messages use it: found when one is made.
    let name = || qualified_name(program, code);
    let argcount = target.argcount as usize;
    // The last `kwonly` parameters are keyword-only; defaults cover the last parameters.
    let kwonly = target.kwonly as usize;
    let max_positional = argcount - kwonly;
    let positional_defaults = (target.defaults as usize).saturating_sub(kwonly);
    let positional = nargs - kwnames.len();
    if positional > max_positional && !target.varargs {
        let takes = match positional_defaults {
            0 => format!(
                "{max_positional} positional argument{}",
                if max_positional == 1 { "" } else { "s" }
            ),
            d => format!(
                "from {} to {max_positional} positional arguments",
                max_positional - d
            ),
        };
        let keyword_only = kwnames
            .iter()
            .filter(|k| target.locals[max_positional..argcount].contains(k))
            .count();
        let given = match keyword_only {
            0 => format!(
                "{positional} {}",
                if positional == 1 { "was" } else { "were" }
            ),
            k => format!(
                "{positional} positional argument{} (and {k} keyword-only argument{}) were",
                if positional == 1 { "" } else { "s" },
                if k == 1 { "" } else { "s" }
            ),
        };
        return Err(format!("{}() takes {takes} but {given} given", name()));
    }
    let mut bindings: Vec<Option<Binding>> = (0..argcount)
        .map(|i| (i < positional.min(max_positional)).then_some(Binding::Arg(i)))
        .collect();
    let mut extra_keywords = 0u64;
    for (k, keyword) in kwnames.iter().enumerate() {
        let Some(index) = target.locals[..argcount].iter().position(|p| p == keyword) else {
            if target.varkeywords && k < 64 {
                extra_keywords |= 1 << k;
                continue;
            }
            return Err(format!(
                "{}() got an unexpected keyword argument '{keyword}'",
                name()
            ));
        };
        if bindings[index].is_some() {
            return Err(format!(
                "{}() got multiple values for argument '{keyword}'",
                name()
            ));
        }
        bindings[index] = Some(Binding::Arg(positional + k));
    }
    let first_default = argcount - target.defaults as usize;
    let (mut missing, mut missing_keyword) = (Vec::new(), Vec::new());
    for (index, binding) in bindings.iter_mut().enumerate() {
        if binding.is_none() {
            if index >= first_default {
                *binding = Some(Binding::Default(
                    globals.default_slot(code, index - first_default),
                ));
            } else if index >= max_positional {
                missing_keyword.push(format!("'{}'", target.locals[index]));
            } else {
                missing.push(format!("'{}'", target.locals[index]));
            }
        }
    }
    for (missing, what) in [(missing, "positional"), (missing_keyword, "keyword-only")] {
        if missing.is_empty() {
            continue;
        }
        let list = match missing.len() {
            1 => missing[0].clone(),
            n => format!("{} and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        return Err(format!(
            "{}() missing {} required {what} argument{}: {list}",
            name(),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        ));
    }
    let mut bindings: Vec<Binding> = bindings.into_iter().flatten().collect();
    if target.varargs {
        let start = positional.min(max_positional);
        bindings.push(Binding::Rest {
            start,
            len: positional - start,
        });
    }
    if target.varkeywords {
        bindings.push(Binding::KwRest(extra_keywords));
    }
    Ok(bindings)
}
