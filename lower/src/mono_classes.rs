//! Monomorphization of classes: instances are structs of fields (`InstanceNew`, `FieldGet`,
//! `FieldSet`), methods are direct calls with the receiver first, class attributes and
//! methods read through a class are module globals.

use kiln_bytecode::InternalError;

use super::{Cursor, Mono};
use crate::infer::classes::Target;
use crate::infer::{Binding, Callee, InstanceId};
use crate::ir::{BlockCall, ExcKind, FuncId, Inst, RtFn, Terminator, TypeId, TypeKind, Value};

impl Mono<'_> {
    /// A call of instance `target` with `receiver` bound as its first argument.
    pub(super) fn call_bound(
        &mut self,
        at: &Cursor,
        target: InstanceId,
        bindings: &[Binding],
        receiver: Value,
        args: &[Value],
    ) -> Result<Value, InternalError> {
        let mut actual = Vec::with_capacity(bindings.len());
        for binding in bindings {
            let want = self.instances[target].args[actual.len()];
            actual.push(match *binding {
                Binding::Arg(0) => self.retyped(at, receiver, want),
                Binding::Arg(i) => self.get(args[i - 1])?,
                Binding::Default(slot) => self.push(at, Inst::LoadGlobal(slot), want),
                Binding::Rest { start, len } => {
                    self.rest_tuple(at, &args[start - 1..start - 1 + len], want)?
                }
                Binding::Closure | Binding::KwRest(_) => {
                    return Err(InternalError(
                        "a method with **kwargs, or as a closure".into(),
                    ))
                }
            });
        }
        let ret = self.instances[target].ret;
        Ok(self.push(at, Inst::CallDirect(FuncId::new(target), actual), ret))
    }

    /// A method call with `receiver` first: direct, or dispatched on the receiver's class.
    pub(super) fn call_target(
        &mut self,
        at: &mut Cursor,
        target: &Target,
        receiver: Value,
        args: &[Value],
        ret: TypeId,
    ) -> Result<Value, InternalError> {
        let (name, arms) = match target {
            Target::Direct(target, bindings) => {
                return self.call_bound(at, *target, bindings, receiver, args)
            }
            Target::Dispatch(name, arms) => (name, arms),
        };
        let classes: Vec<u32> = arms.iter().map(|(class, _)| *class).collect();
        self.class_switch(at, receiver, &classes, ret, |this, at, i| {
            let (class, call) = &arms[i];
            let Some((target, bindings)) = call else {
                let message = format!(
                    "'{}' object has no attribute '{name}'",
                    this.classes.name(*class)
                );
                this.raise(at, ExcKind::AttributeError, message);
                return Ok(None);
            };
            let value = this.call_bound(at, *target, bindings, receiver, args)?;
            // A method that always raises does not return.
            Ok((this.func.ty(value) != TypeId::NEVER).then_some(value))
        })
    }

    /// `object.name` of a `Poly` object whose classes have class attributes of their own:
    /// each class's global, chosen by the object's class.
    pub(super) fn class_attr_switch(
        &mut self,
        at: &mut Cursor,
        object: Value,
        globals: &[(u32, crate::ir::GlobalId)],
        ty: TypeId,
    ) -> Result<Value, InternalError> {
        let receiver = self.get(object)?;
        let classes: Vec<u32> = globals.iter().map(|(class, _)| *class).collect();
        self.class_switch(at, receiver, &classes, ty, |this, at, i| {
            let global = globals[i].1;
            if this.globals.is_checked(global) {
                this.push(at, Inst::CheckGlobal(global), TypeId::NONE);
            }
            let value = this.push(
                at,
                Inst::LoadGlobal(global),
                this.global_types[global.index()],
            );
            Ok(Some(value))
        })
    }

    /// A switch on the class of instance `receiver`: a chain of class tests, the last class
    /// taken without one; `arm(i)` emits the code for `classes[i]` and gives its result
    /// (`None` when it does not complete), and the results meet as one value of type `ty`.
    fn class_switch(
        &mut self,
        at: &mut Cursor,
        receiver: Value,
        classes: &[u32],
        ty: TypeId,
        arm: impl FnMut(&mut Self, &mut Cursor, usize) -> Result<Option<Value>, InternalError>,
    ) -> Result<Value, InternalError> {
        let test = |this: &mut Self, at: &Cursor, i: usize| {
            this.push(at, Inst::IsClass(receiver, vec![classes[i]]), TypeId::BOOL)
        };
        self.switch(at, classes.len(), ty, test, arm)
    }

    /// A switch of `count` arms: a chain of tests (`test(i)` is whether arm `i` is taken),
    /// the last arm taken without one; `arm(i)` emits the code of arm `i` and gives its
    /// result (`None` when it does not complete), and the results meet as one value of type
    /// `ty`.
    pub(super) fn switch(
        &mut self,
        at: &mut Cursor,
        count: usize,
        ty: TypeId,
        test: impl Fn(&mut Self, &Cursor, usize) -> Value,
        mut arm: impl FnMut(&mut Self, &mut Cursor, usize) -> Result<Option<Value>, InternalError>,
    ) -> Result<Value, InternalError> {
        let join = self.func.add_block();
        let result = self.func.add_param(join, ty, at.span);
        for i in 0..count {
            let next = (i + 1 < count).then(|| {
                let test = test(self, at, i);
                let (then, otherwise) = (self.func.add_block(), self.func.add_block());
                self.func.blocks[at.block.index()].term = Terminator::Branch {
                    cond: test,
                    then: BlockCall {
                        block: then,
                        args: Vec::new(),
                    },
                    otherwise: BlockCall {
                        block: otherwise,
                        args: Vec::new(),
                    },
                };
                at.block = then;
                otherwise
            });
            self.func.blocks[at.block.index()].term = match arm(self, at, i)? {
                Some(value) => {
                    let value = self.upcast(at, value, ty);
                    Terminator::Jump(BlockCall {
                        block: join,
                        args: vec![value],
                    })
                }
                None => Terminator::Unreachable,
            };
            if let Some(otherwise) = next {
                at.block = otherwise;
            }
        }
        at.block = join;
        Ok(result)
    }

    /// `x is y` for two objects, or two functions of types that share a function (a function
    /// without captured variables, which has no object of its own, then as the static object
    /// standing for it).
    pub(super) fn identical(&mut self, at: &Cursor, x: Value, y: Value) -> Value {
        let (tx, ty) = (self.func.ty(x), self.func.ty(y));
        let object =
            |this: &mut Self, v: Value, as_type: TypeId| match *this.types.kind(this.func.ty(v)) {
                TypeKind::Func(code) if tx != ty => this.push(at, Inst::FuncObject(code), as_type),
                _ => v,
            };
        let (x, y) = (object(self, x, ty), object(self, y, tx));
        self.push(at, Inst::Identical(x, y), TypeId::BOOL)
    }

    /// The typed callee of generic call `call`.
    pub(super) fn callee_of(&self, call: Value) -> Result<Value, InternalError> {
        let Inst::Call { callee, .. } = &self.generic.func.values[call.index()].def_inst() else {
            return Err(InternalError("a call without a callee".into()));
        };
        self.get(*callee)
    }

    /// A call of instance `target` of a function, its parameters bound as `bindings` say to
    /// the call's arguments `args` (typed values: the positional ones, then the keyword ones
    /// named by `kwnames`) and the function value `callee`.
    pub(super) fn call_function(
        &mut self,
        at: &Cursor,
        target: InstanceId,
        bindings: &[Binding],
        (args, kwnames): (&[Value], &[String]),
        callee: Value,
    ) -> Result<Value, InternalError> {
        let mut actual = Vec::with_capacity(bindings.len());
        for binding in bindings {
            let want = self.instances[target].args[actual.len()];
            actual.push(match *binding {
                Binding::Arg(i) => args[i],
                Binding::Default(slot) => self.push(at, Inst::LoadGlobal(slot), want),
                Binding::Rest { start, len } => {
                    let items = args[start..start + len].to_vec();
                    self.push(at, Inst::New(crate::ir::Container::Tuple, items), want)
                }
                Binding::KwRest(keywords) => {
                    let positional = args.len() - kwnames.len();
                    let mut items = Vec::new();
                    for (k, name) in kwnames.iter().enumerate() {
                        if keywords >> k & 1 == 1 {
                            items.push(self.konst(at, crate::ir::Const::Str(name.clone())));
                            items.push(args[positional + k]);
                        }
                    }
                    self.push(at, Inst::New(crate::ir::Container::Dict, items), want)
                }
                // The closure called, as the type of the function this instance is.
                Binding::Closure => self.retyped(at, callee, want),
            });
        }
        let ret = self.instances[target].ret;
        Ok(self.push(at, Inst::CallDirect(FuncId::new(target), actual), ret))
    }

    /// A call of `callee`, one of several functions: a switch on which it is.
    pub(super) fn call_one_of(
        &mut self,
        at: &mut Cursor,
        arms: &[(TypeId, InstanceId, Vec<Binding>)],
        args: (&[Value], &[String]),
        callee: Value,
        ret: TypeId,
    ) -> Result<Value, InternalError> {
        let test = |this: &mut Self, at: &Cursor, i: usize| {
            this.push(at, Inst::IsFunc(callee, arms[i].0), TypeId::BOOL)
        };
        self.switch(at, arms.len(), ret, test, |this, at, i| {
            let (_, target, bindings) = &arms[i];
            let value = this.call_function(at, *target, bindings, args, callee)?;
            Ok((this.func.ty(value) != TypeId::NEVER).then_some(value))
        })
    }

    /// A typed value of an instance type, or an optional of one, as `want` (the same bits):
    /// an instance of a class as one of its base's `Poly`, a `T` as an `Optional[T]`.
    pub(super) fn upcast(&mut self, at: &Cursor, value: Value, want: TypeId) -> Value {
        let have = self.func.ty(value);
        if have == want || have == TypeId::NEVER {
            return value;
        }
        if have == TypeId::NONE && self.types.optional_inner(want).is_some() {
            return self.push(at, Inst::OptNone, want);
        }
        // A function as one of several: a static object stands for it.
        if let TypeKind::Func(code) = *self.types.kind(have) {
            return self.push(at, Inst::FuncObject(code), want);
        }
        self.push(at, Inst::OptCast(value), want)
    }

    /// An operator's special method call (see `infer::Callee::Special`).
    pub(super) fn special(
        &mut self,
        at: &mut Cursor,
        target: &Target,
        operands: &[Value],
        post: crate::infer::special::Post,
        ret: TypeId,
    ) -> Result<Value, InternalError> {
        use crate::infer::special::Post;
        let receiver = self.get(operands[0])?;
        let result = self.call_target(at, target, receiver, &operands[1..], ret)?;
        if self.func.ty(result) == TypeId::NEVER && !matches!(post, Post::Result | Post::Length) {
            // The method always raises: nothing reads what would follow.
            return Ok(self.push(at, Inst::Undef, TypeId::BOOL));
        }
        if matches!(post, Post::Length | Post::NonZero | Post::Zero)
            && self.func.ty(result) == TypeId::INT
        {
            // CPython's check of what `__len__` returned.
            let zero = self.int(at, 0);
            let negative = self.push(
                at,
                Inst::IntCompare(kiln_bytecode::CmpOp::Lt, result, zero),
                TypeId::BOOL,
            );
            self.raise_if(
                at,
                negative,
                ExcKind::ValueError,
                "__len__() should return >= 0".into(),
            );
        }
        Ok(match post {
            Post::Length => result,
            Post::Result => result,
            Post::Not => self.push(at, Inst::BoolNot(result), TypeId::BOOL),
            Post::Truth if self.func.ty(result) == TypeId::BOOL => result,
            Post::Truth => {
                let plan =
                    crate::typing::truthy(self.types, self.func.ty(result)).map_err(|e| {
                        InternalError(format!("truth of a special method's result: {e}"))
                    })?;
                let v = match plan.convs[0] {
                    Some(conv) => {
                        self.push(at, Inst::Convert(conv, result), super::conv_result(conv))
                    }
                    None => result,
                };
                self.typed_op(at, &plan, &[v])
            }
            Post::NonZero | Post::Zero => {
                let zero = self.int(at, 0);
                let op = if post == Post::Zero {
                    kiln_bytecode::CmpOp::Eq
                } else {
                    kiln_bytecode::CmpOp::Ne
                };
                self.push(at, Inst::IntCompare(op, result, zero), TypeId::BOOL)
            }
        })
    }

    /// `value` seen as type `ty` (the same bits: a bound method is its receiver).
    fn retyped(&mut self, at: &Cursor, value: Value, ty: TypeId) -> Value {
        if self.func.ty(value) == ty {
            value
        } else {
            self.push(at, Inst::OptCast(value), ty)
        }
    }

    /// `object.name` of an instance or a class.
    pub(super) fn class_get_attr(
        &mut self,
        at: &Cursor,
        object: Value,
        name: &str,
        result_ty: TypeId,
    ) -> Result<Value, InternalError> {
        let (class, instance) = match *self.types.kind(self.ty(object)) {
            TypeKind::Instance(c) | TypeKind::Poly(c) => (c, true),
            TypeKind::Class(c) => (c, false),
            _ => {
                return Err(InternalError(
                    "an attribute of a non-class passed inference".into(),
                ))
            }
        };
        if instance {
            if let Some(index) = self.classes.field(class, name) {
                let v = self.get(object)?;
                let index = u32::try_from(index).unwrap_or(u32::MAX);
                return Ok(self.push(at, Inst::FieldGet(v, index), result_ty));
            }
        }
        match *self.types.kind(result_ty) {
            // A class method is bound to the class, whatever it is read through.
            TypeKind::BoundMethod(_, receiver)
                if matches!(self.types.kind(receiver), TypeKind::Class(_)) =>
            {
                let class = self.push(at, Inst::Undef, receiver);
                Ok(self.retyped(at, class, result_ty))
            }
            TypeKind::BoundMethod(..) | TypeKind::VirtualMethod(..) => {
                let v = self.get(object)?;
                Ok(self.retyped(at, v, result_ty))
            }
            TypeKind::Func(code) if self.classes.method(class, name).is_some() => {
                Ok(self.push(at, Inst::FuncRef(code), result_ty))
            }
            _ => {
                let global = self
                    .classes
                    .method(class, name)
                    .or_else(|| self.class_attr_global(class, name))
                    .and_then(|g| self.globals.lookup(&g))
                    .ok_or_else(|| {
                        InternalError(format!("class attribute {name} has no global"))
                    })?;
                if self.globals.is_checked(global) {
                    self.push(at, Inst::CheckGlobal(global), TypeId::NONE);
                }
                Ok(self.push(at, Inst::LoadGlobal(global), result_ty))
            }
        }
    }

    fn class_attr_global(&self, class: u32, name: &str) -> Option<String> {
        let attr = format!(".{name}");
        let mut c = Some(class);
        while let Some(k) = c {
            let layout = &self.classes.classes[k as usize];
            let global = format!("{}{attr}", layout.name);
            if self.globals.lookup(&global).is_some() {
                return Some(global);
            }
            c = layout.base;
        }
        None
    }

    /// `object.name = value` through the class's `__setattr__(self, name, value)`.
    pub(super) fn call_setattr(
        &mut self,
        at: &mut Cursor,
        set: Value,
        object: Value,
        name: &str,
        value: Value,
    ) -> Result<(), InternalError> {
        let Some(Callee::Bound(Target::Direct(target, bindings))) =
            self.instance.calls.get(&set).cloned()
        else {
            return Err(InternalError(
                "a __setattr__ call without its method".into(),
            ));
        };
        let receiver = self.get(object)?;
        let name = self.konst(at, crate::ir::Const::Str(name.to_owned()));
        let mut actual = Vec::with_capacity(bindings.len());
        for binding in &bindings {
            let want = self.instances[target].args[actual.len()];
            actual.push(match *binding {
                Binding::Arg(0) => self.retyped(at, receiver, want),
                Binding::Arg(1) => name,
                Binding::Arg(_) => self.coerce(at, value, want)?,
                Binding::Default(slot) => self.push(at, Inst::LoadGlobal(slot), want),
                Binding::Rest { .. } | Binding::Closure | Binding::KwRest(_) => {
                    return Err(InternalError("a __setattr__ with *args".into()))
                }
            });
        }
        let ret = self.instances[target].ret;
        self.push(at, Inst::CallDirect(FuncId::new(target), actual), ret);
        Ok(())
    }

    /// `object.name = value` of an instance or a class.
    pub(super) fn class_set_attr(
        &mut self,
        at: &mut Cursor,
        object: Value,
        name: &str,
        value: Value,
    ) -> Result<(), InternalError> {
        match *self.types.kind(self.ty(object)) {
            TypeKind::Instance(class) | TypeKind::Poly(class) => {
                let index = self
                    .classes
                    .field(class, name)
                    .ok_or_else(|| InternalError(format!("field {name} passed inference")))?;
                let want = self.field_types[class as usize][index];
                let v = self.coerce(at, value, want)?;
                let o = self.get(object)?;
                let index = u32::try_from(index).unwrap_or(u32::MAX);
                self.push(at, Inst::FieldSet(o, index, v), TypeId::NONE);
            }
            TypeKind::Class(class) => {
                let global = self
                    .class_attr_global(class, name)
                    .and_then(|g| self.globals.lookup(&g))
                    .ok_or_else(|| {
                        InternalError(format!("class attribute {name} passed inference"))
                    })?;
                let v = self.coerce(at, value, self.global_types[global.index()])?;
                self.push(at, Inst::StoreGlobal(global, v), TypeId::NONE);
            }
            _ => return Err(InternalError("setting an attribute of a non-class".into())),
        }
        Ok(())
    }

    /// `isinstance(value, classes)` for a `Poly` value: a test of its class against the
    /// classes it may have that derive from one of `classes`.
    pub(super) fn poly_isinstance(
        &mut self,
        at: &Cursor,
        value: Value,
        classes: Value,
    ) -> Result<Value, InternalError> {
        self.poly_isinstance_of(at, value, self.ty(value), classes)
    }

    /// `isinstance` of `value`, an instance of type `of` (a `Poly`) or the class of one.
    pub(super) fn poly_isinstance_of(
        &mut self,
        at: &Cursor,
        value: Value,
        of: TypeId,
        classes: Value,
    ) -> Result<Value, InternalError> {
        let TypeKind::Poly(base) = *self.types.kind(of) else {
            return Err(InternalError("isinstance of a non-Poly value".into()));
        };
        let tested: Vec<u32> = match self.types.kind(self.ty(classes)) {
            TypeKind::Tuple(items) => items
                .iter()
                .filter_map(|&t| match *self.types.kind(t) {
                    TypeKind::Class(k) => Some(k),
                    _ => None,
                })
                .collect(),
            &TypeKind::Class(k) => vec![k],
            _ => Vec::new(),
        };
        let possible: Vec<u32> = self
            .constructed
            .iter()
            .copied()
            .filter(|&k| self.classes.is_subclass(k, base))
            .collect();
        let matching: Vec<u32> = possible
            .iter()
            .copied()
            .filter(|&k| tested.iter().any(|&t| self.classes.is_subclass(k, t)))
            .collect();
        if matching.len() == possible.len() || matching.is_empty() {
            let truth = !matching.is_empty();
            return Ok(self.push(at, Inst::Const(crate::ir::Const::Bool(truth)), TypeId::BOOL));
        }
        let v = self.get(value)?;
        Ok(self.push(at, Inst::IsClass(v, matching), TypeId::BOOL))
    }

    /// `str(x)` (`repr` when `repr`) of an instance: its class's `__str__` / `__repr__`, else
    /// the runtime's `<__main__.C object at 0x...>` (for an exception, CPython's text made
    /// from its args).
    pub(super) fn instance_text(
        &mut self,
        at: &Cursor,
        value: Value,
        class: u32,
        repr: bool,
    ) -> Result<Value, InternalError> {
        // An exception's `str` without `__str__` is `BaseException.__str__` (of its args).
        let exception = self.classes.exception(class).is_some();
        let special = if repr {
            self.specials.get(&(class, "__repr__"))
        } else {
            self.specials
                .get(&(class, "__str__"))
                .or_else(|| match exception {
                    true => None,
                    false => self.specials.get(&(class, "__repr__")),
                })
        };
        let v = self.get(value)?;
        if let Some(&target) = special {
            if self.instances[target].ret == TypeId::STR {
                return Ok(self.push(
                    at,
                    Inst::CallDirect(FuncId::new(target), vec![v]),
                    TypeId::STR,
                ));
            }
        }
        let ty = self.ty(value);
        let desc = self.push(at, Inst::TypeDesc(ty), TypeId::DESC);
        let f = if repr { RtFn::Repr } else { RtFn::StrOf };
        Ok(self.push(at, Inst::Rt(f, vec![v, desc]), TypeId::STR))
    }
}
