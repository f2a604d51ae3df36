//! Monomorphization of what generators do outside their bodies: resuming one for `next()`,
//! `send()`'s rest, unpacking (`a, b = gen`) and `in`, built in SSA from the iterator
//! instructions (`GetIter`, `IterHasNext`, `IterValue`), which codegen lowers to resuming the
//! generator's coroutine (`codegen/src/generator.rs`).

use kiln_bytecode::InternalError;

use super::{Cursor, Mono};
use crate::ir::{BlockCall, Const, Container, Inst, Terminator, TypeId, TypeKind, Value};

type Result<T> = std::result::Result<T, InternalError>;

impl Mono<'_> {
    /// Resumes `generator` (a typed value of type `generator_ty`): the iterator over it,
    /// whether it yielded a value, and the type of that value.
    fn resume(
        &mut self,
        at: &mut Cursor,
        generator: Value,
        generator_ty: TypeId,
    ) -> Result<(Value, Value, TypeId)> {
        let iter_ty = self
            .types
            .lookup(&TypeKind::Iter(generator_ty))
            .ok_or_else(|| InternalError("a generator's iterator type is missing".into()))?;
        let item_ty = self.item_type(generator_ty)?;
        let it = self.push(at, Inst::GetIter(generator), iter_ty);
        let more = self.push(at, Inst::IterHasNext(it), TypeId::BOOL);
        Ok((it, more, item_ty))
    }

    /// The value a resumed generator yielded (iterator `it` over it); a generator that never
    /// yields has none to read.
    fn yielded(&mut self, at: &Cursor, it: Value, item_ty: TypeId) -> Value {
        match item_ty {
            TypeId::NEVER => self.push(at, Inst::Undef, TypeId::NEVER),
            _ => self.push(at, Inst::IterValue(it), item_ty),
        }
    }

    /// `next(generator)` without a default, and the rest of `generator.send(value)`: resumes
    /// it for its next value; StopIteration if it is finished.
    pub(super) fn generator_next(
        &mut self,
        at: &mut Cursor,
        generator: Value,
        generator_ty: TypeId,
    ) -> Result<Value> {
        let (it, more, item_ty) = self.resume(at, generator, generator_ty)?;
        let finished = self.push(at, Inst::BoolNot(more), TypeId::BOOL);
        self.raise_if(
            at,
            finished,
            crate::ir::ExcKind::StopIteration,
            String::new(),
        );
        Ok(self.yielded(at, it, item_ty))
    }

    /// `a, b = generator`: resumes it for `count` values, then once more, with CPython's
    /// ValueErrors for too few or too many (an iterator's: it stops at the first extra one);
    /// the values as a list.
    pub(super) fn unpack_generator(
        &mut self,
        at: &mut Cursor,
        generator: Value,
        generator_ty: TypeId,
        count: u32,
    ) -> Result<Value> {
        let item_ty = self.item_type(generator_ty)?;
        let list_ty = self
            .types
            .lookup(&TypeKind::List(item_ty))
            .ok_or_else(|| InternalError("the list of unpacked values is missing".into()))?;
        let items = self.push(at, Inst::New(Container::List, Vec::new()), list_ty);
        for got in 0..count {
            let (it, more, _) = self.resume(at, generator, generator_ty)?;
            let finished = self.push(at, Inst::BoolNot(more), TypeId::BOOL);
            self.raise_if(
                at,
                finished,
                crate::ir::ExcKind::ValueError,
                format!("not enough values to unpack (expected {count}, got {got})"),
            );
            let item = self.yielded(at, it, item_ty);
            self.push(at, Inst::ListAppend(items, item), TypeId::NONE);
        }
        let (_, more, _) = self.resume(at, generator, generator_ty)?;
        self.raise_if(
            at,
            more,
            crate::ir::ExcKind::ValueError,
            format!("too many values to unpack (expected {count})"),
        );
        Ok(items)
    }

    /// `next(generator)`: resumes it for its next value; StopIteration if it is finished (or
    /// the default, when given).
    pub(super) fn next_of_generator(
        &mut self,
        at: &mut Cursor,
        positional: &[Value],
        result_ty: TypeId,
    ) -> Result<Value> {
        let generator_ty = self.ty(positional[0]);
        let generator = self.get(positional[0])?;
        let Some(&default) = positional.get(1) else {
            return self.generator_next(at, generator, generator_ty);
        };
        let (it, more, item_ty) = self.resume(at, generator, generator_ty)?;
        let (yielded, finished, join) = (
            self.func.add_block(),
            self.func.add_block(),
            self.func.add_block(),
        );
        let result = self.func.add_param(join, result_ty, at.span);
        self.func.blocks[at.block.index()].term = Terminator::Branch {
            cond: more,
            then: BlockCall {
                block: yielded,
                args: Vec::new(),
            },
            otherwise: BlockCall {
                block: finished,
                args: Vec::new(),
            },
        };
        let mut arm = Cursor {
            block: yielded,
            span: at.span,
        };
        self.func.blocks[arm.block.index()].term = match item_ty {
            TypeId::NEVER => Terminator::Unreachable,
            _ => {
                let mut item = self.yielded(&arm, it, item_ty);
                if item_ty != result_ty {
                    item = self.push(&arm, Inst::OptCast(item), result_ty);
                }
                Terminator::Jump(BlockCall {
                    block: join,
                    args: vec![item],
                })
            }
        };
        arm.block = finished;
        let default = self.coerce(&arm, default, result_ty)?;
        self.func.blocks[arm.block.index()].term = Terminator::Jump(BlockCall {
            block: join,
            args: vec![default],
        });
        at.block = join;
        Ok(result)
    }

    /// `item in generator`: resumes it until a value equals `item` (CPython stops there, so
    /// the rest stays for later) or it is finished.
    pub(super) fn contains_yielded(
        &mut self,
        at: &mut Cursor,
        item: Value,
        generator: Value,
    ) -> Result<Value> {
        let generator_ty = self.ty(generator);
        let item_ty = self.ty(item);
        let needle = self.get(item)?;
        let source = self.get(generator)?;
        let done = self.func.add_block();
        let result = self.func.add_param(done, TypeId::BOOL, at.span);
        let found = self.konst(at, Const::Bool(true));
        let missing = self.konst(at, Const::Bool(false));
        self.for_each(
            at,
            source,
            generator_ty,
            Vec::new(),
            |this, at, value, _| {
                let value_ty = this.func.ty(value);
                let plan =
                    crate::typing::compare(this.types, kiln_bytecode::CmpOp::Eq, item_ty, value_ty)
                        .map_err(|m| InternalError(format!("`in` of a generator: {m}")))?;
                let convert = |this: &mut Self, at: &Cursor, k: usize, v: Value| match plan.convs[k]
                {
                    Some(conv) => this.push(at, Inst::Convert(conv, v), super::conv_result(conv)),
                    None => v,
                };
                let (a, b) = (convert(this, at, 0, needle), convert(this, at, 1, value));
                let equal = this.typed_op(at, &plan, &[a, b]);
                let next = this.func.add_block();
                this.func.blocks[at.block.index()].term = Terminator::Branch {
                    cond: equal,
                    then: BlockCall {
                        block: done,
                        args: vec![found],
                    },
                    otherwise: BlockCall {
                        block: next,
                        args: Vec::new(),
                    },
                };
                at.block = next;
                Ok(Vec::new())
            },
        )?;
        self.func.blocks[at.block.index()].term = Terminator::Jump(BlockCall {
            block: done,
            args: vec![missing],
        });
        at.block = done;
        Ok(result)
    }
}
