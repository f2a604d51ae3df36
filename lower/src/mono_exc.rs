//! Monomorphization of exception handling: making, raising, matching and handling exceptions
//! become runtime calls (`runtime/src/exception.rs`).

use kiln_bytecode::InternalError;

use super::{Cursor, Mono};
use crate::ir::{Builtin, Const, ExcKind, Inst, RtFn, TypeId, TypeKind, Value};

impl Mono<'_> {
    /// A new exception of class `kind` with the tuple `args`.
    pub(super) fn new_exception(&mut self, at: &Cursor, kind: ExcKind, args: Value) -> Value {
        let kind = self.int(at, i64::from(kind.code()));
        self.rt(at, RtFn::ExcNew, vec![kind, args], TypeId::EXCEPTION)
    }

    /// The exception generic `value` stands for: itself, or a new instance (without
    /// arguments) of the class it names.
    fn exception_value(&mut self, at: &Cursor, value: Value) -> Result<Value, InternalError> {
        match self.types.kind(self.ty(value)) {
            TypeKind::Builtin(Builtin::Exception(kind)) => {
                let kind = *kind;
                let empty = self.interned(TypeKind::Tuple(Vec::new()))?;
                let args = self.push(
                    at,
                    Inst::New(crate::ir::Container::Tuple, Vec::new()),
                    empty,
                );
                Ok(self.new_exception(at, kind, args))
            }
            TypeKind::Exception => self.get(value),
            _ => Err(InternalError(
                "a raised value that is not an exception passed inference".into(),
            )),
        }
    }

    /// The typed form of an exception-handling instruction; false if control cannot continue.
    pub(super) fn exception_inst(
        &mut self,
        at: &mut Cursor,
        inst: &Inst,
    ) -> Result<Option<Value>, InternalError> {
        Ok(Some(match *inst {
            Inst::CaughtException => self.push(at, Inst::CaughtException, TypeId::EXCEPTION),
            Inst::RaiseExc { exc, cause } => {
                let exc = self.exception_value(at, exc)?;
                match cause {
                    None => self.rt(at, RtFn::RaiseExc, vec![exc], TypeId::NONE),
                    Some(cause) if self.ty(cause) == TypeId::NONE => {
                        self.rt(at, RtFn::RaiseFromNone, vec![exc], TypeId::NONE)
                    }
                    Some(cause) => {
                        let cause = self.exception_value(at, cause)?;
                        self.rt(at, RtFn::RaiseFrom, vec![exc, cause], TypeId::NONE)
                    }
                };
                return Ok(None);
            }
            Inst::RaiseHandled => {
                self.rt(at, RtFn::ReraiseHandled, Vec::new(), TypeId::NONE);
                return Ok(None);
            }
            Inst::Reraise(exc) => {
                let exc = self.get(exc)?;
                self.rt(at, RtFn::Reraise, vec![exc], TypeId::NONE);
                return Ok(None);
            }
            Inst::PushExcInfo(exc) => {
                let exc = self.get(exc)?;
                self.rt(at, RtFn::ExcPush, vec![exc], TypeId::NONE)
            }
            Inst::PopExcept => self.rt(at, RtFn::ExcPop, Vec::new(), TypeId::NONE),
            Inst::ExcMatch(exc, class) => {
                let mask =
                    class_mask(self.types.kind(self.ty(class)), self.types).ok_or_else(|| {
                        InternalError("an except clause's class passed inference unchecked".into())
                    })?;
                let exc = self.get(exc)?;
                let mask = self.konst(at, Const::Int(mask));
                self.rt(at, RtFn::ExcMatches, vec![exc, mask], TypeId::BOOL)
            }
            _ => return Err(InternalError(format!("{inst:?} is not exception handling"))),
        }))
    }
}

impl Mono<'_> {
    /// `type(x).__name__` for `class`, a `type(x)` of values of type `of`.
    pub(super) fn class_name(
        &mut self,
        at: &Cursor,
        class: Value,
        of: TypeId,
    ) -> Result<Value, InternalError> {
        match crate::typing::class_name(self.types, of) {
            Some(name) if name.is_empty() => {
                let object = self.get(class)?;
                let f = if of == TypeId::EXCEPTION {
                    RtFn::ExcClassName
                } else {
                    RtFn::InstanceClassName
                };
                Ok(self.rt(at, f, vec![object], TypeId::STR))
            }
            Some(name) => Ok(self.konst(at, Const::Str(name))),
            None => Err(InternalError(format!(
                "type() of a {of:?} passed inference"
            ))),
        }
    }

    /// The id of a type inference interned.
    pub(super) fn interned(&self, kind: TypeKind) -> Result<TypeId, InternalError> {
        self.types
            .lookup(&kind)
            .ok_or_else(|| InternalError(format!("type {kind:?} was not interned by inference")))
    }
}

/// The classes an `except` clause names, as a bit set of class numbers (a class or a tuple
/// of classes); `None` if it names something else.
pub(crate) fn class_mask(kind: &TypeKind, types: &crate::ir::Types) -> Option<i64> {
    match kind {
        TypeKind::Builtin(Builtin::Exception(k)) => Some(1 << k.code()),
        TypeKind::Tuple(items) => items.iter().try_fold(0, |mask, &item| {
            Some(mask | class_mask(types.kind(item), types)?)
        }),
        _ => None,
    }
}
