//! Special methods in inference: an operator, truth test, `len`, `in`, indexing or call whose
//! operand is an instance of a class defining the special method for it becomes a call of that
//! method (`Callee::Special`), with CPython's choice between the left operand's method and the
//! right operand's reflected one.

use kiln_bytecode::{Diagnostic, Span};

use super::{Callee, Cx, InstanceId};
use crate::ir::{TypeId, TypeKind, Value};

/// What to do with a special method's result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Post {
    /// It is the operation's result.
    Result,
    /// `!=` through `__eq__`: its negation.
    Not,
    /// Truth through `__len__`: whether it is not zero.
    NonZero,
    /// `not` through `__len__`: whether it is zero.
    Zero,
    /// `in`: the truth of the result.
    Truth,
    /// `len()` through `__len__`: the result, which must not be negative.
    Length,
}

/// The special method an operator calls on its left operand, and the reflected one it calls
/// on its right operand.
fn binary_methods(op: kiln_bytecode::BinOp) -> (&'static str, &'static str, &'static str) {
    use kiln_bytecode::BinOp::*;
    match op {
        Add => ("__add__", "__radd__", "__iadd__"),
        Sub => ("__sub__", "__rsub__", "__isub__"),
        Mul => ("__mul__", "__rmul__", "__imul__"),
        TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        Mod => ("__mod__", "__rmod__", "__imod__"),
        Pow => ("__pow__", "__rpow__", "__ipow__"),
        LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BitAnd => ("__and__", "__rand__", "__iand__"),
        BitOr => ("__or__", "__ror__", "__ior__"),
        BitXor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

impl Cx<'_> {
    /// The classes a value of type `ty` may have at run time (none for a non-instance).
    fn classes_of(&mut self, id: InstanceId, ty: TypeId) -> Vec<u32> {
        match *self.types.kind(ty) {
            TypeKind::Instance(c) => vec![c],
            TypeKind::Poly(c) => self.candidates(id, c),
            _ => Vec::new(),
        }
    }

    /// CPython tries the right operand's reflected method first when its class is a proper
    /// subclass of the left operand's that defines (overrides) it. `None` when that depends
    /// on the classes the operands have at run time.
    fn right_first(
        &mut self,
        id: InstanceId,
        left: TypeId,
        right: TypeId,
        reflected: &str,
    ) -> Option<bool> {
        let (lefts, rights) = (self.classes_of(id, left), self.classes_of(id, right));
        let mut answers = lefts
            .iter()
            .flat_map(|&l| rights.iter().map(move |&r| (l, r)))
            .map(|(l, r)| {
                if l == r || !self.classes.is_subclass(r, l) {
                    return false;
                }
                match (
                    self.classes.method(r, reflected),
                    self.classes.method(l, reflected),
                ) {
                    (Some(on_right), Some(on_left)) => on_right != on_left,
                    (Some(_), None) => true,
                    _ => false,
                }
            });
        let first = answers.next().unwrap_or(false);
        answers.all(|a| a == first).then_some(first)
    }

    /// Refuses an operator whose method CPython chooses by the operands' run-time classes.
    fn reflected_unknown(&mut self, id: InstanceId, value: Value) -> Result<TypeId, String> {
        self.call_error(
            id,
            value,
            crate::typing::CallError::Unsupported(
                "an operator between values whose classes decide at run time whether the right operand's reflected method goes first is not supported by kiln yet".into(),
            ),
        )
    }

    /// Whether values of type `ty` are instances whose class has method `name`.
    pub(crate) fn has_special(&mut self, id: InstanceId, ty: TypeId, name: &str) -> bool {
        self.classes_of(id, ty)
            .into_iter()
            .any(|c| self.classes.method(c, name).is_some())
    }

    /// For an instance iterable through its class's `__iter__` or `__getitem__`, kiln's
    /// refusal of `what` on it (kiln iterates those only in `for` loops and comprehensions);
    /// `None` for other values, which CPython cannot iterate.
    pub(crate) fn instance_iteration_refusal(&self, ty: TypeId, what: &str) -> Option<String> {
        let class = self.types.instance_class(ty)?;
        let protocol = ["__iter__", "__getitem__"]
            .into_iter()
            .find(|name| self.classes.method(class, name).is_some())?;
        let name = crate::typing::python_name(&self.types, ty);
        Some(match protocol {
            "__iter__" => format!(
                "{what} of a `{name}` whose `__iter__` returns an iterator object is not \
                 supported by kiln yet; write `__iter__` as a generator (with `yield`), or \
                 iterate it in a comprehension, as in `[x for x in items]`"
            ),
            _ => format!(
                "{what} of a `{name}` through `__getitem__` (the old sequence protocol) is not \
                 supported by kiln yet; define `__iter__` instead"
            ),
        })
    }

    /// Why a value of type `ty` cannot be the iterable of `what`: CPython's TypeError, or
    /// kiln's refusal for an iterable instance.
    pub(crate) fn not_iterable(&self, ty: TypeId, what: &str) -> crate::typing::CallError {
        use crate::typing::CallError;
        if matches!(self.types.kind(ty), TypeKind::Tuple(_) | TypeKind::ExcArgs) {
            return CallError::Unsupported(format!(
                "{what} of a tuple whose items have different types is not supported by kiln"
            ));
        }
        if matches!(self.types.kind(ty), TypeKind::Iter(_) | TypeKind::RangeIter) {
            return CallError::Unsupported(format!(
                "{what} of an iterator made by `iter()` is not supported by kiln yet; pass the \
                 iterable itself"
            ));
        }
        match self.instance_iteration_refusal(ty, what) {
            Some(message) => CallError::Unsupported(message),
            None => CallError::TypeError(format!(
                "'{}' object is not iterable",
                crate::typing::python_name(&self.types, ty)
            )),
        }
    }

    /// An operator applied to instances whose class defines the special method for it: the
    /// method's result (recorded as the call it is). `None` when no special method applies.
    pub(crate) fn special_op(
        &mut self,
        id: InstanceId,
        value: Value,
        inst: &crate::ir::Inst,
        ty: &dyn Fn(&Value) -> TypeId,
    ) -> Option<Result<TypeId, String>> {
        use crate::ir::Inst;
        use kiln_bytecode::CmpOp;
        let (method, operands, post): (&str, Vec<Value>, Post) = match inst {
            Inst::Binary(op, a, b) | Inst::Inplace(op, a, b) => {
                let (left, right, inplace) = binary_methods(*op);
                let Some(right_first) = self.right_first(id, ty(a), ty(b), right) else {
                    return Some(self.reflected_unknown(id, value));
                };
                if right_first {
                    (right, vec![*b, *a], Post::Result)
                } else if matches!(inst, Inst::Inplace(..)) && self.has_special(id, ty(a), inplace)
                {
                    (inplace, vec![*a, *b], Post::Result)
                } else if self.has_special(id, ty(a), left) {
                    (left, vec![*a, *b], Post::Result)
                } else if self.has_special(id, ty(b), right) {
                    (right, vec![*b, *a], Post::Result)
                } else {
                    return None;
                }
            }
            Inst::Compare(op, a, b) => {
                let (name, reflected) = match op {
                    CmpOp::Eq => ("__eq__", "__eq__"),
                    CmpOp::Ne => ("__ne__", "__ne__"),
                    CmpOp::Lt => ("__lt__", "__gt__"),
                    CmpOp::Le => ("__le__", "__ge__"),
                    CmpOp::Gt => ("__gt__", "__lt__"),
                    CmpOp::Ge => ("__ge__", "__le__"),
                };
                let Some(right_first) = self.right_first(id, ty(a), ty(b), reflected) else {
                    return Some(self.reflected_unknown(id, value));
                };
                if right_first {
                    (reflected, vec![*b, *a], Post::Result)
                } else if self.has_special(id, ty(a), name) {
                    (name, vec![*a, *b], Post::Result)
                } else if self.has_special(id, ty(b), reflected) {
                    (reflected, vec![*b, *a], Post::Result)
                } else if *op == CmpOp::Ne && self.has_special(id, ty(a), "__eq__") {
                    ("__eq__", vec![*a, *b], Post::Not)
                } else if *op == CmpOp::Ne && self.has_special(id, ty(b), "__eq__") {
                    ("__eq__", vec![*b, *a], Post::Not)
                } else {
                    return None;
                }
            }
            Inst::Unary(op, a) => {
                let name = match op {
                    kiln_bytecode::UnaryOp::Neg => "__neg__",
                    kiln_bytecode::UnaryOp::Pos => "__pos__",
                    kiln_bytecode::UnaryOp::Invert => "__invert__",
                    kiln_bytecode::UnaryOp::Not if self.has_special(id, ty(a), "__bool__") => {
                        return self.special_with(id, value, "__bool__", vec![*a], Post::Not, ty);
                    }
                    kiln_bytecode::UnaryOp::Not if self.has_special(id, ty(a), "__len__") => {
                        return self.special_with(id, value, "__len__", vec![*a], Post::Zero, ty);
                    }
                    kiln_bytecode::UnaryOp::Not => return None,
                };
                if !self.has_special(id, ty(a), name) {
                    return None;
                }
                (name, vec![*a], Post::Result)
            }
            Inst::Truthy(a) if self.has_special(id, ty(a), "__bool__") => {
                ("__bool__", vec![*a], Post::Result)
            }
            Inst::Truthy(a) if self.has_special(id, ty(a), "__len__") => {
                ("__len__", vec![*a], Post::NonZero)
            }
            Inst::Contains(item, container)
                if self.has_special(id, ty(container), "__contains__") =>
            {
                ("__contains__", vec![*container, *item], Post::Truth)
            }
            Inst::GetItem(c, i) if self.has_special(id, ty(c), "__getitem__") => {
                ("__getitem__", vec![*c, *i], Post::Result)
            }
            Inst::SetItem(c, i, v) if self.has_special(id, ty(c), "__setitem__") => {
                ("__setitem__", vec![*c, *i, *v], Post::Result)
            }
            _ => return None,
        };
        self.special_with(id, value, method, operands, post, ty)
    }

    /// `bool(x)` of an instance whose class defines `__bool__` or `__len__`.
    pub(crate) fn special_bool(
        &mut self,
        id: InstanceId,
        value: Value,
        arg: Value,
        ty: &dyn Fn(&Value) -> TypeId,
    ) -> Option<Result<TypeId, String>> {
        if self.has_special(id, ty(&arg), "__bool__") {
            self.special_with(id, value, "__bool__", vec![arg], Post::Result, ty)
        } else if self.has_special(id, ty(&arg), "__len__") {
            self.special_with(id, value, "__len__", vec![arg], Post::NonZero, ty)
        } else {
            None
        }
    }

    /// Refuses a use of a special method's result kiln does not compile (at `value`).
    fn special_refused(
        &mut self,
        id: InstanceId,
        value: Value,
        message: String,
    ) -> Result<TypeId, String> {
        let span = self.generics[self.instances[id].code as usize].func.values[value.index()].span;
        self.report(
            Diagnostic::error("unsupported-special-method", message, span)
                .with_label("not supported"),
        );
        Ok(TypeId::NEVER)
    }

    /// Records the call of special method `method` on `operands[0]` with the others.
    pub(super) fn special_with(
        &mut self,
        id: InstanceId,
        value: Value,
        method: &str,
        operands: Vec<Value>,
        post: Post,
        ty: &dyn Fn(&Value) -> TypeId,
    ) -> Option<Result<TypeId, String>> {
        let receiver = ty(&operands[0]);
        self.types.instance_class(receiver)?;
        let others: Vec<TypeId> = operands[1..].iter().map(ty).collect();
        let (target, ret) = match self.method_target(id, receiver, method, &others, &[], true) {
            Ok(Some(found)) => found,
            Ok(None) => return Some(Ok(TypeId::NEVER)),
            Err(error) => return Some(self.call_error(id, value, error)),
        };
        if ret == TypeId::NEVER {
            // Not known yet (the method is analysed first).
            self.instances[id]
                .calls
                .insert(value, Callee::Special(target, operands, post));
            return Some(Ok(TypeId::NEVER));
        }
        let result = match post {
            Post::Result if method == "__bool__" && ret != TypeId::BOOL => {
                return Some(Err(format!(
                    "__bool__ should return bool, returned {}",
                    crate::typing::python_name(&self.types, ret)
                )))
            }
            Post::Result => ret,
            Post::Not if ret != TypeId::BOOL => {
                let message = format!(
                    "kiln needs `__eq__` to return a bool to compute `!=` from it (it returns {})",
                    crate::typing::python_name(&self.types, ret)
                );
                return Some(self.special_refused(id, value, message));
            }
            Post::Truth => {
                if crate::typing::truthy(&self.types, ret).map(|p| p.result) != Ok(TypeId::BOOL) {
                    let message = format!(
                        "kiln cannot take the truth of a `{}` returned by `{method}`",
                        crate::typing::python_name(&self.types, ret)
                    );
                    return Some(self.special_refused(id, value, message));
                }
                TypeId::BOOL
            }
            Post::Not | Post::NonZero | Post::Zero => TypeId::BOOL,
            Post::Length => ret,
        };
        self.instances[id]
            .calls
            .insert(value, Callee::Special(target, operands, post));
        Some(Ok(result))
    }

    /// `__repr__` and `__str__` must return a `str`: CPython raises TypeError when they do
    /// not, and kiln refuses one that would.
    pub(crate) fn check_text_methods(&mut self) {
        let mut specials: Vec<(&'static str, InstanceId)> = self
            .specials
            .iter()
            .map(|(&(_, name), &id)| (name, id))
            .collect();
        specials.sort_by_key(|&(name, id)| (id, name));
        for (name, id) in specials {
            let ret = self.vars.resolve(&mut self.types, self.instances[id].ret);
            if matches!(name, "__eq__" | "__lt__" | "__gt__") {
                if ret != TypeId::BOOL && ret != TypeId::NEVER {
                    let span = self.generics[self.instances[id].code as usize].func.span;
                    self.report(
                        Diagnostic::error(
                            "unsupported-special-method",
                            format!("a `{name}` that does not return a bool is not supported by kiln yet"),
                            span,
                        )
                        .with_label("containers and sorting call it and need a bool"),
                    );
                }
                continue;
            }
            if name == "__hash__" {
                if !matches!(self.types.kind(ret), TypeKind::Int | TypeKind::Never) {
                    let span = self.generics[self.instances[id].code as usize].func.span;
                    // CPython raises only when an instance is hashed, which kiln does not
                    // decide here.
                    let message = format!(
                        "a `__hash__` returning a `{}` is not supported by kiln",
                        crate::typing::python_name(&self.types, ret)
                    );
                    self.report(
                        Diagnostic::error("unsupported-special-method", message, span)
                            .with_label(
                                "hashing an instance calls it (CPython raises TypeError there)",
                            )
                            .with_hint("make `__hash__` return an int on every path"),
                    );
                }
                continue;
            }
            if ret == TypeId::STR || ret == TypeId::NEVER {
                continue;
            }
            let shown = match self.types.optional_inner(ret) {
                Some(_) => "NoneType".to_owned(),
                None => crate::typing::python_name(&self.types, ret),
            };
            let span = self.generics[self.instances[id].code as usize].func.span;
            self.report(
                Diagnostic::error(
                    "type-error",
                    format!("TypeError: {name} returned non-string (type {shown})"),
                    span,
                )
                .with_label("CPython raises this TypeError when it is called")
                .with_hint(format!("make `{name}` return a str on every path")),
            );
        }
    }

    /// `obj.name = value` of an instance whose class defines `__setattr__`: that method,
    /// called with the name (a str) and the value.
    pub(crate) fn special_setattr(
        &mut self,
        id: InstanceId,
        value: Value,
        receiver: TypeId,
        given: TypeId,
        span: Span,
    ) -> Result<TypeId, String> {
        let found = self.method_target(
            id,
            receiver,
            "__setattr__",
            &[TypeId::STR, given],
            &[],
            true,
        );
        if let Ok(Some((super::classes::Target::Dispatch(..), _))) = &found {
            self.report(
                Diagnostic::error(
                    "unsupported-attribute",
                    "setting an attribute of a value of several classes, one of which defines `__setattr__`, is not supported by kiln yet",
                    span,
                )
                .with_label("not supported"),
            );
            return Ok(TypeId::NEVER);
        }
        self.record_target(id, value, found).map(|_| TypeId::NONE)
    }

    /// `object.__setattr__(obj, "name", value)`: a store past the class's `__setattr__` (the
    /// name must be a string literal).
    pub(crate) fn object_setattr(
        &mut self,
        id: InstanceId,
        value: Value,
        func: &crate::ir::Function,
        args: &[Value],
        types: &[TypeId],
        span: Span,
    ) -> TypeId {
        let ty = |v: &Value| types[v.index()];
        let name = match (args, args.get(1).and_then(|&n| func.inst(n))) {
            ([_, _, _], Some(crate::ir::Inst::Const(crate::ir::Const::Str(name)))) => name.clone(),
            _ => {
                self.report(
                    Diagnostic::error(
                        "unsupported-call",
                        "`object.__setattr__` with a name that is not a string literal is not supported by kiln yet",
                        span,
                    )
                    .with_label("kiln needs the attribute's name at compile time"),
                );
                return TypeId::NEVER;
            }
        };
        let object = ty(&args[0]);
        let setter = self
            .types
            .instance_class(object)
            .is_some_and(|c| self.classes.method(c, &format!("{name}.setter")).is_some());
        if self.types.instance_class(object).is_none() || setter {
            self.report(
                Diagnostic::error(
                    "unsupported-call",
                    format!(
                        "`object.__setattr__` of a `{}` is not supported by kiln yet",
                        crate::typing::python_name(&self.types, object)
                    ),
                    span,
                )
                .with_label("kiln stores fields of the program's instances this way"),
            );
            return TypeId::NEVER;
        }
        let given = ty(&args[2]);
        match self.class_set_attr(id, value, [args[0], args[2]], object, &name, given, span) {
            Some(Ok(_)) => {
                self.instances[id]
                    .calls
                    .insert(value, Callee::Builtin(crate::ir::Builtin::ObjectSetAttr));
                TypeId::NONE
            }
            _ => TypeId::NEVER,
        }
    }

    /// `iter(x)` of an instance (for a `for` loop): its `__iter__()`, which must give an
    /// iterator (an instance whose class defines `__next__`, a builtin iterator, or a
    /// generator, whose iterator the loop then takes).
    pub(crate) fn instance_iter(
        &mut self,
        id: InstanceId,
        value: Value,
        receiver: TypeId,
    ) -> Result<TypeId, String> {
        let name = crate::typing::python_name(&self.types, receiver);
        if !self.has_special(id, receiver, "__iter__") {
            return Err(format!("'{name}' object is not iterable"));
        }
        let found = self.method_target(id, receiver, "__iter__", &[], &[], true);
        let iterator = self.record_target(id, value, found)?;
        if let TypeKind::Generator(..) = self.types.kind(iterator) {
            // A generator `__iter__`: the loop resumes the generator it makes.
            return Ok(self.types.intern(TypeKind::Iter(iterator)));
        }
        let builtin = matches!(
            self.types.kind(iterator),
            TypeKind::Iter(_)
                | TypeKind::RangeIter
                | TypeKind::Enumerate(_)
                | TypeKind::Zip(_)
                | TypeKind::Reversed(_)
                | TypeKind::Never
        );
        let instance = self.types.instance_class(iterator).is_some()
            && self.has_special(id, iterator, "__next__");
        if builtin || instance {
            Ok(iterator)
        } else {
            Err(format!(
                "iter() returned non-iterator of type '{}'",
                crate::typing::python_name(&self.types, iterator)
            ))
        }
    }

    /// `next(it)` of an instance iterator: its `__next__()`'s result (the loop ends when it
    /// raises StopIteration). Records the call at `value` when given.
    pub(crate) fn instance_next(
        &mut self,
        id: InstanceId,
        value: Option<Value>,
        receiver: TypeId,
    ) -> Result<TypeId, String> {
        let found = self.method_target(id, receiver, "__next__", &[], &[], true);
        match value {
            Some(value) => self.record_target(id, value, found),
            None => match found {
                Ok(Some((_, ret))) => Ok(ret),
                Ok(None) => Ok(TypeId::NEVER),
                Err(_) => Ok(TypeId::NEVER),
            },
        }
    }

    /// `x(args)` of an instance whose class defines `__call__`.
    pub(crate) fn special_call(
        &mut self,
        id: InstanceId,
        value: Value,
        receiver: TypeId,
        arg_types: &[TypeId],
        kwnames: &[String],
    ) -> Option<Result<TypeId, String>> {
        if !self.has_special(id, receiver, "__call__") {
            return None;
        }
        let found = self.method_target(id, receiver, "__call__", arg_types, kwnames, true);
        Some(self.record_target(id, value, found))
    }

    /// `len(x)` of an instance whose class defines `__len__`.
    pub(crate) fn special_len(
        &mut self,
        id: InstanceId,
        value: Value,
        arg: Value,
        receiver: TypeId,
    ) -> Option<Result<TypeId, String>> {
        let length = self.special_of(id, value, arg, receiver, "__len__");
        if let Some(Callee::Special(_, _, post)) = self.instances[id].calls.get_mut(&value) {
            *post = Post::Length;
        }
        length
    }

    /// `builtin(x)` of an instance whose class defines special method `name` taking only
    /// `self` (`len` → `__len__`, `next` → `__next__`); `None` if it does not.
    pub(crate) fn special_of(
        &mut self,
        id: InstanceId,
        value: Value,
        arg: Value,
        receiver: TypeId,
        name: &str,
    ) -> Option<Result<TypeId, String>> {
        if !self.has_special(id, receiver, name) {
            return None;
        }
        Some(
            match self.method_target(id, receiver, name, &[], &[], true) {
                Ok(Some((target, ret))) => {
                    self.instances[id]
                        .calls
                        .insert(value, Callee::Special(target, vec![arg], Post::Result));
                    Ok(ret)
                }
                Ok(None) => Ok(TypeId::NEVER),
                Err(error) => self.call_error(id, value, error),
            },
        )
    }
}
