//! Monomorphization of classes: instances are structs of fields (`InstanceNew`, `FieldGet`,
//! `FieldSet`), methods are direct calls with the receiver first, class attributes and
//! methods read through a class are module globals.

use kiln_bytecode::InternalError;

use super::{Cursor, Mono};
use crate::infer::{Binding, InstanceId};
use crate::ir::{FuncId, Inst, RtFn, TypeId, TypeKind, Value};

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
            });
        }
        let ret = self.instances[target].ret;
        Ok(self.push(at, Inst::CallDirect(FuncId::new(target), actual), ret))
    }

    /// An operator's special method call (see `infer::Callee::Special`).
    pub(super) fn special(
        &mut self,
        at: &Cursor,
        target: InstanceId,
        bindings: &[Binding],
        operands: &[Value],
        post: crate::infer::special::Post,
    ) -> Result<Value, InternalError> {
        use crate::infer::special::Post;
        let receiver = self.get(operands[0])?;
        let result = self.call_bound(at, target, bindings, receiver, &operands[1..])?;
        Ok(match post {
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
            TypeKind::Instance(c) => (c, true),
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
            TypeKind::BoundMethod(..) => {
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

    /// `object.name = value` of an instance or a class.
    pub(super) fn class_set_attr(
        &mut self,
        at: &mut Cursor,
        object: Value,
        name: &str,
        value: Value,
    ) -> Result<(), InternalError> {
        match *self.types.kind(self.ty(object)) {
            TypeKind::Instance(class) => {
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

    /// `str(x)` (`repr` when `repr`) of an instance: its class's `__str__` / `__repr__`, else
    /// the runtime's `<__main__.C object at 0x...>`.
    pub(super) fn instance_text(
        &mut self,
        at: &Cursor,
        value: Value,
        class: u32,
        repr: bool,
    ) -> Result<Value, InternalError> {
        let special = if repr {
            self.specials.get(&(class, "__repr__"))
        } else {
            self.specials
                .get(&(class, "__str__"))
                .or_else(|| self.specials.get(&(class, "__repr__")))
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
