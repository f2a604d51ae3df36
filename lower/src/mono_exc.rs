//! Monomorphization of exception handling: making, raising, matching and handling exceptions
//! become runtime calls (`runtime/src/exception.rs`).

use kiln_bytecode::InternalError;

use super::{Cursor, Mono};
use crate::infer::classes::MethodCall;
use crate::infer::Callee;
use crate::ir::{
    Block, BlockCall, Builtin, Const, ExcKind, Inst, RtFn, Terminator, TypeId, TypeKind, Value,
};

impl Mono<'_> {
    /// A new exception of class `kind` with the tuple `args`.
    pub(super) fn new_exception(&mut self, at: &Cursor, kind: ExcKind, args: Value) -> Value {
        let kind = self.int(at, i64::from(kind.code()));
        self.rt(at, RtFn::ExcNew, vec![kind, args], TypeId::EXCEPTION)
    }

    /// The tuple of (generic) `values`: an exception's `args`.
    pub(super) fn exception_args(
        &mut self,
        at: &Cursor,
        values: &[Value],
    ) -> Result<Value, InternalError> {
        let items = values
            .iter()
            .map(|&a| self.get(a))
            .collect::<Result<Vec<_>, _>>()?;
        let fields = values.iter().map(|&a| self.ty(a)).collect();
        let tuple_ty = self.interned(TypeKind::Tuple(fields))?;
        Ok(self.push(at, Inst::New(crate::ir::Container::Tuple, items), tuple_ty))
    }

    /// `Class(args)`: a new instance, initialized by `__init__` (`init`, when the class has
    /// one). An exception's `args` are the positional arguments.
    pub(super) fn construct(
        &mut self,
        at: &Cursor,
        class: u32,
        init: Option<MethodCall>,
        args: &[Value],
        positional: &[Value],
        ty: TypeId,
    ) -> Result<Value, InternalError> {
        let object = self.push(at, Inst::InstanceNew(class), ty);
        if self.classes.exception(class).is_some() && !positional.is_empty() {
            let tuple = self.exception_args(at, positional)?;
            self.rt(at, RtFn::ExcSetArgs, vec![object, tuple], TypeId::NONE);
        }
        if let Some((target, bindings)) = init {
            self.call_bound(at, target, &bindings, object, args)?;
        }
        Ok(object)
    }

    /// The exception generic `value` stands for: itself, or a new instance (without
    /// arguments) of the class it names.
    fn exception_value(
        &mut self,
        at: &Cursor,
        raise: Value,
        value: Value,
    ) -> Result<Value, InternalError> {
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
            &TypeKind::Class(class) => match self.instance.calls.get(&raise).cloned() {
                Some(Callee::Construct(c, init)) if c == class => {
                    let ty = self.interned(TypeKind::Instance(class))?;
                    self.construct(at, class, init, &[], &[], ty)
                }
                _ => Err(InternalError(
                    "`raise C` of a class inference did not construct".into(),
                )),
            },
            _ if self.types.is_exception(self.ty(value)) => self.get(value),
            _ => Err(InternalError(
                "a raised value that is not an exception passed inference".into(),
            )),
        }
    }

    /// The typed form of an exception-handling instruction; false if control cannot continue.
    pub(super) fn exception_inst(
        &mut self,
        at: &mut Cursor,
        raise: Value,
        inst: &Inst,
    ) -> Result<Option<Value>, InternalError> {
        Ok(Some(match *inst {
            Inst::CaughtException => self.push(at, Inst::CaughtException, TypeId::EXCEPTION),
            Inst::RaiseExc { exc, cause } => {
                let exc = self.exception_value(at, raise, exc)?;
                match cause {
                    None => self.rt(at, RtFn::RaiseExc, vec![exc], TypeId::NONE),
                    Some(cause) if self.ty(cause) == TypeId::NONE => {
                        self.rt(at, RtFn::RaiseFromNone, vec![exc], TypeId::NONE)
                    }
                    // None or an exception, known at run time.
                    Some(cause) if self.types.optional_inner(self.ty(cause)).is_some() => self
                        .opt_split(
                            at,
                            cause,
                            TypeId::NONE,
                            |this, at| {
                                this.rt(at, RtFn::RaiseFromNone, vec![exc], TypeId::NONE);
                                Ok(this.push(at, Inst::Undef, TypeId::NONE))
                            },
                            |this, at| {
                                let cause = this.exception_value(at, raise, cause)?;
                                this.rt(at, RtFn::RaiseFrom, vec![exc, cause], TypeId::NONE);
                                Ok(this.push(at, Inst::Undef, TypeId::NONE))
                            },
                        )?,
                    Some(cause) => {
                        let cause = self.exception_value(at, raise, cause)?;
                        self.rt(at, RtFn::RaiseFrom, vec![exc, cause], TypeId::NONE)
                    }
                };
                return Ok(None);
            }
            Inst::RaiseHandled => {
                // With no exception being handled, a new RuntimeError raised here (with this
                // frame in its traceback).
                let handling = self.rt(at, RtFn::ExcHandling, Vec::new(), TypeId::BOOL);
                let none = self.push(at, Inst::BoolNot(handling), TypeId::BOOL);
                self.raise_if(
                    at,
                    none,
                    ExcKind::RuntimeError,
                    "No active exception to reraise".into(),
                );
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
            Inst::ExcMatch(exc, class) => self.exc_matches(at, exc, class)?,
            _ => return Err(InternalError(format!("{inst:?} is not exception handling"))),
        }))
    }

    /// Whether exception `exc` is an instance of `classes` (a class or a tuple of classes):
    /// `except classes`, `isinstance(exc, classes)`.
    pub(super) fn exc_matches(
        &mut self,
        at: &Cursor,
        exc: Value,
        classes: Value,
    ) -> Result<Value, InternalError> {
        let (mask, named) = caught_classes(self.ty(classes), self.types).ok_or_else(|| {
            InternalError("an except clause's class passed inference unchecked".into())
        })?;
        let exc = self.get(exc)?;
        let builtin = (mask != 0 || named.is_empty()).then(|| {
            let mask = self.konst(at, Const::Int(mask));
            self.rt(at, RtFn::ExcMatches, vec![exc, mask], TypeId::BOOL)
        });
        // The program's classes: by the class of the exception, which is null for an
        // exception of a builtin class.
        let classes: Vec<u32> = (0..self.types.class_exceptions.len() as u32)
            .filter(|&k| named.iter().any(|&c| self.types.derives(k, c)))
            .collect();
        let user =
            (!named.is_empty()).then(|| self.push(at, Inst::IsClass(exc, classes), TypeId::BOOL));
        Ok(match (builtin, user) {
            (Some(a), Some(b)) => self.push(
                at,
                Inst::BoolBinary(crate::ir::IntOp::Or, a, b),
                TypeId::BOOL,
            ),
            (Some(one), None) | (None, Some(one)) => one,
            (None, None) => return Err(InternalError("an except clause matches nothing".into())),
        })
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

    /// `type(value)` (`value.__class__`) of type `ty` (inference's `ClassOf` the value's
    /// type): an exception's or a `Poly` value's class is read from the value, which stands
    /// for it; other classes are known statically.
    pub(super) fn type_of(
        &mut self,
        at: &Cursor,
        value: Value,
        ty: TypeId,
    ) -> Result<Value, InternalError> {
        let of = self.ty(value);
        Ok(
            if of == TypeId::EXCEPTION || matches!(self.types.kind(of), TypeKind::Poly(_)) {
                let object = self.get(value)?;
                self.push(at, Inst::OptCast(object), ty)
            } else {
                self.push(at, Inst::Undef, ty)
            },
        )
    }

    /// The id of a type inference interned.
    pub(super) fn interned(&self, kind: TypeKind) -> Result<TypeId, InternalError> {
        self.types
            .lookup(&kind)
            .ok_or_else(|| InternalError(format!("type {kind:?} was not interned by inference")))
    }
}

impl Mono<'_> {
    /// The test of a `for` loop over instance iterator `iterator` (generic): whether its
    /// `__next__()` gave a value (kept for `IterValue`) rather than raise StopIteration.
    ///
    /// The call gets a block whose exception edge goes to a test of the exception: a
    /// StopIteration ends the loop, anything else is raised again. Both ways join in a block
    /// with the flag and the value, where the cursor continues.
    pub(super) fn instance_next(
        &mut self,
        at: &mut Cursor,
        test: Value,
        iterator: Value,
    ) -> Result<Value, InternalError> {
        let Some(Callee::Bound(target)) = self.instance.calls.get(&test).cloned() else {
            return Err(InternalError(
                "a loop over an instance without __next__".into(),
            ));
        };
        let item_ty = self.instance.types[self
            .generic
            .func
            .values
            .iter()
            .position(
                |v| matches!(v.def, crate::ir::ValueDef::Inst(Inst::IterValue(i)) if i == iterator),
            )
            .unwrap_or(test.index())];
        let receiver = self.get(iterator)?;
        let span = at.span;
        let handler = self.func.add_block();
        let join = self.func.add_block();
        let more = self.func.add_param(join, TypeId::BOOL, span);
        let item = self.func.add_param(join, item_ty, span);

        let call = self.func.add_block();
        self.func.blocks[at.block.index()].term = Terminator::Jump(BlockCall {
            block: call,
            args: Vec::new(),
        });
        let first = self.func.blocks.len();
        at.block = call;
        let value = self.call_target(at, &target, receiver, &[], item_ty)?;
        let yes = self.konst(at, Const::Bool(true));
        self.func.blocks[at.block.index()].term = Terminator::Jump(BlockCall {
            block: join,
            args: vec![yes, value],
        });
        let edge = BlockCall {
            block: handler,
            args: Vec::new(),
        };
        for block in std::iter::once(call).chain((first..self.func.blocks.len()).map(Block::new)) {
            self.func.blocks[block.index()].unwind = Some(edge.clone());
            self.own_unwind.insert(block);
        }

        // The exception: StopIteration ends the loop.
        let mut here = Cursor {
            block: handler,
            span,
        };
        let exc = self.push(&here, Inst::CaughtException, TypeId::EXCEPTION);
        let mask = self.konst(&here, Const::Int(1 << ExcKind::StopIteration.code()));
        let stop = self.rt(&here, RtFn::ExcMatches, vec![exc, mask], TypeId::BOOL);
        let (done, other) = (self.func.add_block(), self.func.add_block());
        self.func.blocks[handler.index()].term = Terminator::Branch {
            cond: stop,
            then: BlockCall {
                block: done,
                args: Vec::new(),
            },
            otherwise: BlockCall {
                block: other,
                args: Vec::new(),
            },
        };
        here.block = other;
        self.rt(&here, RtFn::Reraise, vec![exc], TypeId::NONE);
        self.func.blocks[other.index()].term = Terminator::Unreachable;
        here.block = done;
        let no = self.konst(&here, Const::Bool(false));
        let none = self.push(&here, Inst::Undef, item_ty);
        self.func.blocks[done.index()].term = Terminator::Jump(BlockCall {
            block: join,
            args: vec![no, none],
        });

        at.block = join;
        self.next_values.insert(iterator, item);
        Ok(more)
    }
}

/// The classes an `except` clause names (a class or a tuple of classes): the builtin ones as a
/// bit set of their numbers, and the program's exception classes; `None` if it names
/// something else.
pub(crate) fn caught_classes(ty: TypeId, types: &crate::ir::Types) -> Option<(i64, Vec<u32>)> {
    match types.kind(ty) {
        TypeKind::Builtin(Builtin::Exception(k)) => Some((1 << k.code(), Vec::new())),
        &TypeKind::Class(class) => {
            types
                .class_exceptions
                .get(class as usize)
                .copied()
                .flatten()?;
            Some((0, vec![class]))
        }
        TypeKind::Tuple(items) => {
            items
                .iter()
                .try_fold((0, Vec::new()), |(mask, mut classes), &item| {
                    let (more, named) = caught_classes(item, types)?;
                    classes.extend(named);
                    Some((mask | more, classes))
                })
        }
        _ => None,
    }
}
