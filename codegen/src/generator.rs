//! Generators as LLVM coroutines (the switched-resume lowering that C++ coroutines use).
//!
//! A generator function is a *presplit coroutine*: LLVM's coroutine passes split it into a
//! start function (the call: it allocates the frame, binds the arguments and suspends at
//! once, returning the generator object) and a resume function that runs the body from its
//! last suspension point, keeping every value live across a `yield` in the frame. No stack
//! or thread per generator: resuming one is an indirect call.
//!
//! The generator object is `{header, frame size, frame}` (`runtime/src/generator.rs`, which
//! the collector scans conservatively); the frame starts 16 bytes in, and is the coroutine
//! handle. The *promise*, at a fixed place in the frame, is what the generator and the code
//! asking it for values share: `{state, value, sent}` (`sent`, for a generator `send()` sends
//! values to, is what its `yield` gives when resumed: None but after a `send()`).
//!
//! | state | meaning |
//! |---|---|
//! | `NEW` | made, its body not started (nothing but None may be sent to it) |
//! | `SUSPENDED` | at a `yield` (whose value the promise holds) |
//! | `FINISHED` | returned, or an exception left its body: asking again gives nothing |
//! | `RUNNING` | its body is running: asking it again (from inside) is a ValueError |
//!
//! Asking for a value (a loop's `has next`, `next()`) checks the state, marks it running,
//! resumes the coroutine (an `invoke` where the asker handles exceptions) and reads the state
//! the body left. A `yield` stores the value, marks the state suspended and suspends; a
//! `return` marks it finished and suspends for the last time; a landing pad that unwinds out
//! of the body marks it finished first.

use inkwell::basic_block::BasicBlock;
use inkwell::llvm_sys;
use inkwell::types::{AsTypeRef, StructType};
use inkwell::values::{AsValueRef, BasicValueEnum, IntValue, PointerValue};
use inkwell::AddressSpace;
use kiln_lower::ir::{ExcKind, TypeId, TypeKind};

use crate::abi::RuntimeFn;
use crate::function::{FnCx, ModuleCx};
use crate::CodegenError;

type Result<T> = std::result::Result<T, CodegenError>;

/// Promise states.
const SUSPENDED: u64 = 0;
const FINISHED: u64 = 1;
const RUNNING: u64 = 2;
const NEW: u64 = 3;

/// Where the frame (the coroutine handle) starts in a generator object.
const FRAME_OFFSET: u64 = 16;

/// The promise's alignment, which its users must agree on.
const PROMISE_ALIGN: u32 = 8;

/// The coroutine state of a generator function being emitted.
pub(crate) struct Coroutine<'ctx> {
    /// The promise (an alloca the coroutine passes move into the frame).
    promise: PointerValue<'ctx>,
    promise_type: StructType<'ctx>,
    /// The block every suspension leaves the current call through.
    suspend: BasicBlock<'ctx>,
    /// The block the destruction of a suspended generator would run (kiln's collector frees
    /// frames without destroying them, so it only leaves).
    cleanup: BasicBlock<'ctx>,
}

impl<'ctx> ModuleCx<'ctx, '_> {
    /// The promise of generator type `ty`: `{state, value, sent}`.
    fn promise_type(&self, ty: TypeId) -> Result<StructType<'ctx>> {
        let c = self.context;
        let sent = match self.sent_type(ty)? {
            Some(sent) => self.llvm_type(sent),
            None => c.i8_type().into(),
        };
        let TypeKind::Generator(yields, _) = *self.module.types.kind(ty) else {
            return Err(CodegenError(format!(
                "internal compiler error: {} is not a generator",
                self.module.types.name(ty)
            )));
        };
        let value = match yields {
            TypeId::NEVER => c.i64_type().into(),
            _ => self.llvm_type(yields),
        };
        Ok(c.struct_type(&[c.i64_type().into(), value, sent], false))
    }

    /// The type a `yield` of a generator of type `ty` gives when `send()` sends it values (an
    /// optional); `None` when nothing is sent to such generators.
    fn sent_type(&self, ty: TypeId) -> Result<Option<TypeId>> {
        let types = &self.module.types;
        let TypeKind::Generator(_, sent) = *types.kind(ty) else {
            return Err(CodegenError(format!(
                "internal compiler error: {} is not a generator",
                types.name(ty)
            )));
        };
        Ok(match sent {
            TypeId::NEVER | TypeId::NONE => None,
            _ => types.lookup(&TypeKind::Optional(sent)),
        })
    }
}

impl<'ctx> FnCx<'_, 'ctx, '_> {
    /// Emits the start of a generator function in a block of its own before `body` (the
    /// entry block): the frame allocated in a new generator object, the promise set to
    /// suspended, and the first suspension, from which the first resume enters `body`.
    pub(crate) fn coroutine_start(&mut self, body: BasicBlock<'ctx>) -> Result<()> {
        let c = self.cx.context;
        let start = c.prepend_basic_block(body, "coro.start");
        let suspend = c.append_basic_block(self.function, "coro.suspend");
        let cleanup = c.append_basic_block(self.function, "coro.cleanup");
        let ptr = c.ptr_type(AddressSpace::default());
        let i64t = c.i64_type();
        self.builder.position_at_end(start);
        let promise_type = self.cx.promise_type(self.func.ret)?;
        let promise = self.builder.build_alloca(promise_type, "promise")?;
        if let Some(inst) = promise.as_instruction() {
            inst.set_alignment(PROMISE_ALIGN)
                .map_err(|e| CodegenError(e.to_string()))?;
        }
        let id = self.raw_call(
            "llvm.coro.id",
            &[
                c.i32_type().const_int(0, false).as_value_ref(),
                promise.as_value_ref(),
                ptr.const_null().as_value_ref(),
                ptr.const_null().as_value_ref(),
            ],
        )?;
        let size = self.intrinsic("llvm.coro.size", &[i64t.into()], &[])?;
        let object = self.call(RuntimeFn::GeneratorNew, &[size.into()])?;
        let frame = self.frame_of(object.into_pointer_value())?;
        let handle = self.raw_call("llvm.coro.begin", &[id, frame.as_value_ref()])?;
        self.coroutine = Some(Coroutine {
            promise,
            promise_type,
            suspend,
            cleanup,
        });
        self.set_state(NEW)?;
        if let Some(sent) = self.cx.sent_type(self.func.ret)? {
            let none = self.none_of(sent)?;
            self.set_sent(none)?;
        }
        self.suspend_point(false, Some(body))?;
        self.builder.position_at_end(cleanup);
        self.builder.build_unconditional_branch(suspend)?;
        self.builder.position_at_end(suspend);
        let unwinding = c.bool_type().const_zero().as_value_ref();
        self.raw_call("llvm.coro.end", &[handle, unwinding, self.token_none()])?;
        // The object returned is derived from the handle: `llvm.coro.begin` returns a
        // `noalias` pointer, so stores through it are visible only through pointers based on
        // it (returning `object` itself would let LLVM drop the frame's initialization).
        let i8t = c.i8_type();
        let back = i64t.const_int(FRAME_OFFSET.wrapping_neg(), true);
        // SAFETY: `handle` is 16 bytes into the generator object.
        let object = unsafe {
            self.builder
                .build_gep(i8t, PointerValue::new(handle), &[back], "generator")?
        };
        self.builder.build_return(Some(&object))?;
        self.builder.position_at_end(body);
        Ok(())
    }

    /// `yield item`: the value given to the asker, then a suspension; the code after it runs
    /// when the generator is resumed, with the value sent in (None but after a `send()`).
    pub(crate) fn coroutine_yield(
        &mut self,
        item: BasicValueEnum<'ctx>,
    ) -> Result<BasicValueEnum<'ctx>> {
        let (promise, promise_type) = self.promise()?;
        let slot = self
            .builder
            .build_struct_gep(promise_type, promise, 1, "yielded")?;
        self.builder.build_store(slot, item)?;
        self.set_state(SUSPENDED)?;
        let resumed = self.cx.context.append_basic_block(self.function, "resumed");
        self.suspend_point(false, Some(resumed))?;
        self.builder.position_at_end(resumed);
        let Some(sent) = self.cx.sent_type(self.func.ret)? else {
            return Ok(self.cx.context.i8_type().const_zero().into());
        };
        let slot = self
            .builder
            .build_struct_gep(promise_type, promise, 2, "sent")?;
        let value = self
            .builder
            .build_load(self.cx.llvm_type(sent), slot, "sent")?;
        let none = self.none_of(sent)?;
        self.set_sent(none)?;
        Ok(value)
    }

    /// The first half of `generator.send(value)`: `value` becomes what the `yield` the
    /// generator is suspended at gives; a generator not started yet raises CPython's
    /// TypeError.
    pub(crate) fn generator_send(
        &mut self,
        object: PointerValue<'ctx>,
        ty: TypeId,
        value: BasicValueEnum<'ctx>,
    ) -> Result<()> {
        let (promise, promise_type, _, state) = self.state_of(object, ty)?;
        let new = self.state_is(state, NEW, "new")?;
        self.raise_if(
            new,
            ExcKind::TypeError,
            "can't send non-None value to a just-started generator",
        )?;
        let slot = self
            .builder
            .build_struct_gep(promise_type, promise, 2, "sent")?;
        self.builder.build_store(slot, value)?;
        Ok(())
    }

    /// Stores `value` as what the generator being emitted is sent.
    fn set_sent(&mut self, value: BasicValueEnum<'ctx>) -> Result<()> {
        let (promise, promise_type) = self.promise()?;
        let slot = self
            .builder
            .build_struct_gep(promise_type, promise, 2, "sent")?;
        self.builder.build_store(slot, value)?;
        Ok(())
    }

    /// The end of a generator's body (`return`): finished, and suspended for good.
    pub(crate) fn coroutine_return(&mut self) -> Result<()> {
        self.set_state(FINISHED)?;
        self.suspend_point(true, None)
    }

    /// In a landing pad that unwinds out of a generator's body: the generator is finished.
    /// The store is volatile: to LLVM the promise is a local of the coroutine, which
    /// unwinding out of it ends, so a plain store would be dead.
    pub(crate) fn coroutine_unwind(&mut self) -> Result<()> {
        if self.coroutine.is_some() {
            let store = self.set_state(FINISHED)?;
            store
                .set_volatile(true)
                .map_err(|e| CodegenError(e.to_string()))?;
        }
        Ok(())
    }

    /// Asks generator `object` (of type `ty`) for its next value: true if it yielded one
    /// (`generator_value` reads it), false if it is finished. Raises what its body raises,
    /// and ValueError if it is already running.
    pub(crate) fn generator_next(
        &mut self,
        object: PointerValue<'ctx>,
        ty: TypeId,
    ) -> Result<IntValue<'ctx>> {
        let c = self.cx.context;
        let i64t = c.i64_type();
        let (_, _, state_ptr, state) = self.state_of(object, ty)?;
        let running = self.state_is(state, RUNNING, "running")?;
        self.raise_if(running, ExcKind::ValueError, "generator already executing")?;
        let resume = c.append_basic_block(self.function, "gen.resume");
        let done = c.append_basic_block(self.function, "gen.done");
        let suspended = self.builder.build_int_compare(
            inkwell::IntPredicate::NE,
            state,
            i64t.const_int(FINISHED, false),
            "suspended",
        )?;
        let before = self
            .builder
            .get_insert_block()
            .ok_or_else(|| CodegenError("builder not positioned".into()))?;
        self.builder
            .build_conditional_branch(suspended, resume, done)?;
        self.builder.position_at_end(resume);
        self.builder
            .build_store(state_ptr, i64t.const_int(RUNNING, false))?;
        let frame = self.frame_of(object)?;
        let intrinsic = inkwell::intrinsics::Intrinsic::find("llvm.coro.resume")
            .and_then(|i| i.get_declaration(self.cx.llvm, &[]))
            .ok_or_else(|| CodegenError("LLVM has no llvm.coro.resume".into()))?;
        self.call_function(intrinsic, &[frame.into()], true, true)?;
        let after = self
            .builder
            .build_load(i64t, state_ptr, "state")?
            .into_int_value();
        let yielded = self.builder.build_int_compare(
            inkwell::IntPredicate::EQ,
            after,
            i64t.const_int(SUSPENDED, false),
            "yielded",
        )?;
        let resumed = self
            .builder
            .get_insert_block()
            .ok_or_else(|| CodegenError("builder not positioned".into()))?;
        self.builder.build_unconditional_branch(done)?;
        self.builder.position_at_end(done);
        let more = self.builder.build_phi(c.bool_type(), "more")?;
        more.add_incoming(&[(&c.bool_type().const_zero(), before), (&yielded, resumed)]);
        Ok(more.as_basic_value().into_int_value())
    }

    /// The promise of generator `object` (of type `ty`), its type, where its state is, and
    /// the state.
    fn state_of(
        &mut self,
        object: PointerValue<'ctx>,
        ty: TypeId,
    ) -> Result<(
        PointerValue<'ctx>,
        StructType<'ctx>,
        PointerValue<'ctx>,
        IntValue<'ctx>,
    )> {
        let (promise, promise_type) = self.promise_of(object, ty)?;
        let state_ptr = self
            .builder
            .build_struct_gep(promise_type, promise, 0, "state")?;
        let i64t = self.cx.context.i64_type();
        let state = self
            .builder
            .build_load(i64t, state_ptr, "state")?
            .into_int_value();
        Ok((promise, promise_type, state_ptr, state))
    }

    /// Whether promise state `state` is `expected`.
    fn state_is(&self, state: IntValue<'ctx>, expected: u64, name: &str) -> Result<IntValue<'ctx>> {
        let i64t = self.cx.context.i64_type();
        Ok(self.builder.build_int_compare(
            inkwell::IntPredicate::EQ,
            state,
            i64t.const_int(expected, false),
            name,
        )?)
    }

    /// The value generator `object` (of type `ty`) last yielded.
    pub(crate) fn generator_value(
        &mut self,
        object: PointerValue<'ctx>,
        ty: TypeId,
        item: TypeId,
    ) -> Result<BasicValueEnum<'ctx>> {
        let (promise, promise_type) = self.promise_of(object, ty)?;
        let slot = self
            .builder
            .build_struct_gep(promise_type, promise, 1, "yielded")?;
        let item_type = self.cx.llvm_type(item);
        Ok(self.builder.build_load(item_type, slot, "item")?)
    }

    /// The promise of the generator being emitted, and its type.
    fn promise(&self) -> Result<(PointerValue<'ctx>, StructType<'ctx>)> {
        self.coroutine
            .as_ref()
            .map(|c| (c.promise, c.promise_type))
            .ok_or_else(|| {
                CodegenError("internal compiler error: `yield` outside a generator".into())
            })
    }

    /// Stores `state` into the promise of the generator being emitted.
    fn set_state(&mut self, state: u64) -> Result<inkwell::values::InstructionValue<'ctx>> {
        let (promise, promise_type) = self.promise()?;
        let slot = self
            .builder
            .build_struct_gep(promise_type, promise, 0, "state")?;
        let i64t = self.cx.context.i64_type();
        Ok(self
            .builder
            .build_store(slot, i64t.const_int(state, false))?)
    }

    /// A suspension: `llvm.coro.suspend`, whose result leaves through the suspend block (the
    /// generator is suspended), continues at `resume` (resumed) or cleans up (destroyed). The
    /// final one is never resumed.
    fn suspend_point(&mut self, last: bool, resume: Option<BasicBlock<'ctx>>) -> Result<()> {
        let (suspend, cleanup) = self
            .coroutine
            .as_ref()
            .map(|c| (c.suspend, c.cleanup))
            .ok_or_else(|| CodegenError("internal compiler error: no coroutine".into()))?;
        let c = self.cx.context;
        let outcome = self.raw_call(
            "llvm.coro.suspend",
            &[
                self.token_none(),
                c.bool_type()
                    .const_int(u64::from(last), false)
                    .as_value_ref(),
            ],
        )?;
        // SAFETY: `llvm.coro.suspend` returns an `i8`.
        let outcome = unsafe { IntValue::new(outcome) };
        let i8t = c.i8_type();
        self.builder.build_switch(
            outcome,
            suspend,
            &[
                (i8t.const_int(0, false), resume.unwrap_or(cleanup)),
                (i8t.const_int(1, false), cleanup),
            ],
        )?;
        Ok(())
    }

    /// The frame (coroutine handle) of generator object `object`.
    fn frame_of(&self, object: PointerValue<'ctx>) -> Result<PointerValue<'ctx>> {
        let i8t = self.cx.context.i8_type();
        let offset = self.cx.context.i64_type().const_int(FRAME_OFFSET, false);
        // SAFETY: a generator object is at least 16 bytes, then its frame.
        Ok(unsafe {
            self.builder
                .build_in_bounds_gep(i8t, object, &[offset], "frame")?
        })
    }

    /// The promise of generator object `object` (of type `ty`), and its type.
    fn promise_of(
        &mut self,
        object: PointerValue<'ctx>,
        ty: TypeId,
    ) -> Result<(PointerValue<'ctx>, StructType<'ctx>)> {
        let promise_type = self.cx.promise_type(ty)?;
        let frame = self.frame_of(object)?;
        let c = self.cx.context;
        let promise = self.intrinsic(
            "llvm.coro.promise",
            &[],
            &[
                frame.into(),
                c.i32_type()
                    .const_int(u64::from(PROMISE_ALIGN), false)
                    .into(),
                c.bool_type().const_zero().into(),
            ],
        )?;
        Ok((promise.into_pointer_value(), promise_type))
    }

    /// `token none`, as the coroutine intrinsics take it.
    fn token_none(&self) -> llvm_sys::prelude::LLVMValueRef {
        // SAFETY: the context is live; `LLVMConstNull` of the token type is `token none`.
        unsafe {
            let token = llvm_sys::core::LLVMTokenTypeInContext(self.cx.context.raw());
            llvm_sys::core::LLVMConstNull(token)
        }
    }

    /// Calls intrinsic `name` (not overloaded) with raw operands: the coroutine intrinsics
    /// take and give `token` values, which inkwell has no type for.
    fn raw_call(
        &mut self,
        name: &str,
        args: &[llvm_sys::prelude::LLVMValueRef],
    ) -> Result<llvm_sys::prelude::LLVMValueRef> {
        let function = inkwell::intrinsics::Intrinsic::find(name)
            .and_then(|i| i.get_declaration(self.cx.llvm, &[]))
            .ok_or_else(|| CodegenError(format!("LLVM has no intrinsic {name}")))?;
        let mut args = args.to_vec();
        let fn_type = function.get_type();
        let count = u32::try_from(args.len()).unwrap_or(u32::MAX);
        // SAFETY: the builder is positioned in a block; `function` is declared in this module
        // with type `fn_type`, and `args` are live values of its parameter types.
        Ok(unsafe {
            llvm_sys::core::LLVMBuildCall2(
                self.builder.as_mut_ptr(),
                fn_type.as_type_ref(),
                function.as_value_ref(),
                args.as_mut_ptr(),
                count,
                c"".as_ptr(),
            )
        })
    }
}
