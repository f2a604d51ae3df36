//! Instruction selection: one short function per typed SSA instruction kind.
//!
//! Integer arithmetic uses LLVM's overflow intrinsics inline and branches to a shared cold block
//! on overflow; division checks its divisor inline. Operations with involved Python semantics
//! (string building, float formatting, float `//` and `%`, `**`) call the runtime.

use inkwell::intrinsics::Intrinsic;
use inkwell::values::{BasicMetadataValueEnum, BasicValueEnum, IntValue};
use inkwell::{FloatPredicate, IntPredicate};
use kiln_bytecode::CmpOp;
use kiln_lower::ir::{Const, Conv, ExcKind, FloatOp, Inst, IntOp, TypeId, TypeKind, Value};

use crate::abi::{exception_code, RuntimeFn};
use crate::function::FnCx;
use crate::int::int_predicate;
use crate::CodegenError;

type Result<T> = std::result::Result<T, CodegenError>;

impl<'ctx> FnCx<'_, 'ctx, '_> {
    /// Emits one instruction; `None` for instructions without a result value.
    pub(crate) fn inst(
        &mut self,
        value: Value,
        inst: &Inst,
    ) -> Result<Option<BasicValueEnum<'ctx>>> {
        let ty = self.func.ty(value);
        let v = |this: &Self, x: &Value| this.value(*x);
        Ok(Some(match inst {
            Inst::Const(c) => self.constant(c),
            // A value never read, of any type.
            Inst::Undef => crate::function::poison(self.cx.llvm_type(ty)),
            Inst::FuncRef(_) | Inst::BuiltinRef(_) => self.cx.context.i8_type().const_zero().into(),
            Inst::LoadGlobal(g) => self.load_global(*g)?,
            Inst::CheckGlobal(g) => {
                self.check_global(*g)?;
                return Ok(None);
            }
            Inst::StoreGlobal(g, x) => {
                self.store_global(*g, *x)?;
                return Ok(None);
            }
            Inst::DeleteGlobal(g) => {
                self.delete_global(*g)?;
                return Ok(None);
            }
            Inst::CheckBound { bound, name } => {
                let bound = v(self, bound)?.into_int_value();
                let unbound = self.builder.build_not(bound, "unbound")?;
                let message = format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                );
                self.raise_if(unbound, ExcKind::UnboundLocalError, &message)?;
                return Ok(None);
            }
            Inst::IntBinary(op, a, b) => {
                let (a, b) = (v(self, a)?.into_int_value(), v(self, b)?.into_int_value());
                self.int_binary(*op, a, b)?.into()
            }
            Inst::IntNeg(a) => {
                let a = v(self, a)?.into_int_value();
                self.int_neg(a)?.into()
            }
            Inst::IntInvert(a) => {
                let a = v(self, a)?.into_int_value();
                self.int_invert(a)?.into()
            }
            Inst::IntAbs(a) => {
                let a = v(self, a)?.into_int_value();
                self.int_abs(a)?.into()
            }
            Inst::IntTrueDiv(a, b) => {
                let (a, b) = (v(self, a)?.into_int_value(), v(self, b)?.into_int_value());
                self.int_true_div(a, b)?
            }
            Inst::IntCompare(op, a, b) => {
                let (a, b) = (v(self, a)?.into_int_value(), v(self, b)?.into_int_value());
                self.int_compare(*op, a, b)?.into()
            }
            Inst::IntPowMod(a, b, m) => {
                let (a, b, m) = (v(self, a)?, v(self, b)?, v(self, m)?);
                self.call(RuntimeFn::IntPowMod, &[a.into(), b.into(), m.into()])?
            }
            Inst::IntHash(a) => {
                // CPython's hashes of ints lie within ±2**61, inside the small range.
                let a = v(self, a)?;
                let raw = self.call(RuntimeFn::IntHash, &[a.into()])?.into_int_value();
                self.tag(raw)?.into()
            }
            Inst::IntBitLength(a) => {
                let a = v(self, a)?;
                self.call(RuntimeFn::IntBitLength, &[a.into()])?
            }
            Inst::IntToBase(a, base) => {
                let a = v(self, a)?;
                let base = self
                    .cx
                    .context
                    .i32_type()
                    .const_int(u64::from(*base), false);
                self.call(RuntimeFn::IntToBase, &[a.into(), base.into()])?
            }
            Inst::StrToIntBase(text, base) => {
                let (text, base) = (v(self, text)?, v(self, base)?);
                self.call(RuntimeFn::StrToIntBase, &[text.into(), base.into()])?
            }
            Inst::FloatBinary(op, a, b) => {
                let (a, b) = (v(self, a)?, v(self, b)?);
                self.float_binary(*op, a, b)?
            }
            Inst::FloatNeg(a) => {
                let a = v(self, a)?.into_float_value();
                self.builder.build_float_neg(a, "fneg")?.into()
            }
            Inst::FloatAbs(a) => {
                let a = v(self, a)?;
                self.intrinsic(
                    "llvm.fabs",
                    &[self.cx.context.f64_type().into()],
                    &[a.into()],
                )?
            }
            Inst::FloatCompare(op, a, b) => {
                let (a, b) = (
                    v(self, a)?.into_float_value(),
                    v(self, b)?.into_float_value(),
                );
                self.builder
                    .build_float_compare(float_predicate(*op), a, b, "fcmp")?
                    .into()
            }
            Inst::IntFloatCompare(op, a, b) => {
                let (a, b) = (v(self, a)?.into_int_value(), v(self, b)?.into_float_value());
                self.int_float_compare(*op, a, b)?.into()
            }
            Inst::BoolNot(a) => {
                let a = v(self, a)?.into_int_value();
                self.builder.build_not(a, "not")?.into()
            }
            Inst::BoolBinary(op, a, b) => {
                let (a, b) = (v(self, a)?.into_int_value(), v(self, b)?.into_int_value());
                match op {
                    IntOp::And => self.builder.build_and(a, b, "and")?,
                    IntOp::Or => self.builder.build_or(a, b, "or")?,
                    _ => self.builder.build_xor(a, b, "xor")?,
                }
                .into()
            }
            Inst::Convert(conv, a) => {
                let a = v(self, a)?;
                self.convert(*conv, a)?
            }
            Inst::RoundDigits(x, n) => {
                let (x, n) = (v(self, x)?, v(self, n)?);
                if ty == TypeId::FLOAT {
                    self.call(RuntimeFn::FloatRoundDigits, &[x.into(), n.into()])?
                } else {
                    self.call(RuntimeFn::IntRoundDigits, &[x.into(), n.into()])?
                }
            }
            Inst::StrConcat(a, b) => {
                let (a, b) = (v(self, a)?, v(self, b)?);
                self.call(RuntimeFn::StrConcat, &[a.into(), b.into()])?
            }
            Inst::StrRepeat(s, n) => {
                let (s, n) = (v(self, s)?, v(self, n)?);
                self.call(RuntimeFn::StrRepeat, &[s.into(), n.into()])?
            }
            Inst::StrCompare(op, a, b) => {
                let (a, b) = (v(self, a)?, v(self, b)?);
                self.str_compare(*op, a, b)?.into()
            }
            Inst::StrLen(s) => {
                let s = v(self, s)?;
                let count = self.str_field(s, 2, "nchars")?;
                self.tag(count)?.into()
            }
            Inst::CaughtException => self.caught_exception()?,
            Inst::Yield(item) => {
                let item = v(self, item)?;
                self.coroutine_yield(item)?
            }
            Inst::GenSend(generator, sent) => {
                let generator_ty = self.func.ty(*generator);
                let (generator, sent) = (v(self, generator)?, v(self, sent)?);
                self.generator_send(generator.into_pointer_value(), generator_ty, sent)?;
                return Ok(None);
            }
            Inst::Select(c, a, b) => {
                let c = v(self, c)?.into_int_value();
                let (a, b) = (v(self, a)?, v(self, b)?);
                self.builder.build_select(c, a, b, "select")?
            }
            Inst::CallDirect(f, args) => {
                let depth = self
                    .depth
                    .ok_or_else(|| CodegenError("no frame depth".into()))?;
                let callee_depth = self.builder.build_int_add(depth, self.i64(1), "depth")?;
                let args = std::iter::once(Ok(callee_depth.into()))
                    .chain(args.iter().map(|a| v(self, a).map(Into::into)))
                    .collect::<Result<Vec<BasicMetadataValueEnum>>>()?;
                let callee = self.cx.funcs[f.index()];
                let call = self.call_function(callee, &args, true, true)?;
                match call.try_as_basic_value().basic() {
                    Some(result) => result,
                    None => return Ok(None),
                }
            }
            Inst::Write(x) => {
                self.write(*x)?;
                return Ok(None);
            }
            Inst::RangeNew(start, stop, step) => {
                let (start, stop, step) = (v(self, start)?, v(self, stop)?, v(self, step)?);
                self.range_new(
                    start.into_int_value(),
                    stop.into_int_value(),
                    step.into_int_value(),
                )?
            }
            Inst::GetIter(iterable) => {
                // The iterator's type names the iterable (an `enumerate(xs)` value is `xs`).
                let iterable_ty = self.iterable_of(value)?;
                let iterable = v(self, iterable)?;
                self.iter_start(iterable, iterable_ty)?
            }
            Inst::IterHasNext(key) => {
                let iterable = self.iterable_of(*key)?;
                let iter = v(self, key)?;
                match self.cx.module.types.kind(iterable).clone() {
                    TypeKind::Zip(parts) => self.zip_has_next(*key, iter, &parts)?.into(),
                    _ => self.iter_has_next(iter, iterable)?.into(),
                }
            }
            Inst::IterValue(key) => {
                let iterable = self.iterable_of(*key)?;
                let iter = v(self, key)?;
                let stashed = self.zip_yields.get(key).cloned();
                self.iter_value_with(iter, iterable, ty, stashed.as_deref())?
            }
            Inst::IterAdvance(iter) => {
                let iterable = self.iterable_of(*iter)?;
                let iter = v(self, iter)?;
                self.iter_advance(iter, iterable)?
            }
            Inst::OptCast(x) => v(self, x)?,
            Inst::OptNone => self.none_of(ty)?,
            Inst::Identical(a, b) => {
                let (a, b) = (v(self, a)?, v(self, b)?);
                let (a, b) = (self.bits_of(a)?, self.bits_of(b)?);
                self.builder
                    .build_int_compare(inkwell::IntPredicate::EQ, a, b, "is")?
                    .into()
            }
            Inst::OptIsNone(x) => {
                let none = self.none_of(self.func.ty(*x))?;
                let x = v(self, x)?;
                let (a, b) = (self.bits_of(x)?, self.bits_of(none)?);
                self.builder
                    .build_int_compare(inkwell::IntPredicate::EQ, a, b, "is_none")?
                    .into()
            }
            Inst::New(..)
            | Inst::Len(_)
            | Inst::ListGet(..)
            | Inst::ListSet(..)
            | Inst::ListAppend(..)
            | Inst::TupleGet(..)
            | Inst::TypeDesc(_)
            | Inst::BuildSlice(..)
            | Inst::Rt(..) => return self.container_inst(value, inst),
            Inst::InstanceNew(class) => self.instance_new(*class)?,
            Inst::CellNew(_) => self.cell_new(self.func.ty(value))?,
            Inst::CellGet { cell, name, free } => {
                let cell = v(self, cell)?.into_pointer_value();
                self.cell_get(cell, self.func.ty(value), name, *free)?
            }
            Inst::CellSet(cell, x) => {
                let cell = v(self, cell)?.into_pointer_value();
                let field = v(self, x)?;
                self.cell_set(cell, field, self.func.ty(*x))?;
                return Ok(None);
            }
            Inst::FreeCell(closure, index) => {
                let closure = v(self, closure)?.into_pointer_value();
                self.free_cell(closure, *index)?
            }
            Inst::FuncObject(code) => self.func_object(*code)?,
            Inst::IsFunc(object, ty) => {
                let object = v(self, object)?.into_pointer_value();
                self.is_func(object, *ty)?
            }
            Inst::ClosureNew(cells) => {
                let cells = cells
                    .iter()
                    .map(|c| Ok(v(self, c)?.into_pointer_value()))
                    .collect::<Result<Vec<_>>>()?;
                self.closure_new(self.func.ty(value), &cells)?
            }
            Inst::FieldGet(object, index) => {
                let class = self.instance_class(*object)?;
                let o = v(self, object)?.into_pointer_value();
                self.field_get(value, o, class, *index)?
            }
            Inst::IsClass(object, classes) => {
                let o = v(self, object)?.into_pointer_value();
                self.is_class(o, classes)?
            }
            Inst::FieldSet(object, index, x) => {
                let class = self.instance_class(*object)?;
                let o = v(self, object)?.into_pointer_value();
                let field = v(self, x)?;
                self.field_set(o, class, *index, field, self.func.ty(*x))?;
                return Ok(None);
            }
            Inst::BuildString(parts) => {
                let parts = parts
                    .iter()
                    .map(|p| v(self, p))
                    .collect::<Result<Vec<_>>>()?;
                self.build_string(&parts)?
            }
            Inst::Raise { kind, message } => {
                self.raise(*kind, message)?;
                self.builder.build_unreachable()?;
                // Code after a raise is unreachable; give it a block to land in.
                let dead = self.cx.context.append_basic_block(self.function, "dead");
                self.builder.position_at_end(dead);
                return Ok(None);
            }
            generic => {
                return Err(CodegenError(format!(
                    "internal compiler error: generic instruction {generic:?} reached codegen"
                )));
            }
        }))
    }

    /// The type of the iterable an iterator value walks.
    fn iterable_of(&self, iter: Value) -> Result<TypeId> {
        match self.cx.module.types.kind(self.func.ty(iter)) {
            TypeKind::RangeIter => Ok(TypeId::RANGE),
            TypeKind::Iter(iterable) => Ok(*iterable),
            other => Err(CodegenError(format!(
                "internal compiler error: {other:?} is not an iterator"
            ))),
        }
    }

    pub(crate) fn i64(&self, n: i64) -> IntValue<'ctx> {
        self.cx.context.i64_type().const_int(n as u64, true)
    }

    fn constant(&mut self, c: &Const) -> BasicValueEnum<'ctx> {
        let context = self.cx.context;
        match c {
            Const::None => context.i8_type().const_zero().into(),
            Const::Bool(b) => context.bool_type().const_int(u64::from(*b), false).into(),
            Const::Int(i) => self.int_constant(*i).into(),
            Const::BigInt(digits) => self.big_constant(digits).into(),
            Const::Float(f) => context.f64_type().const_float(*f).into(),
            Const::Str(s) => self.cx.string(s).into(),
            Const::Bytes(b) => self.cx.bytes(b).into(),
        }
    }

    fn load_global(&mut self, g: kiln_lower::ir::GlobalId) -> Result<BasicValueEnum<'ctx>> {
        let global = &self.cx.module.globals[g.index()];
        let Some((storage, _)) = self.cx.globals[g.index()] else {
            return Err(CodegenError(format!(
                "internal compiler error: read of untyped global {}",
                global.name
            )));
        };
        let ty = self.cx.llvm_type(global.ty);
        Ok(self
            .builder
            .build_load(ty, storage.as_pointer_value(), &global.name)?)
    }

    /// Raises NameError unless the global's "assigned" flag is set.
    fn check_global(&mut self, g: kiln_lower::ir::GlobalId) -> Result<()> {
        let Some((_, Some(flag))) = self.cx.globals[g.index()] else {
            return Ok(());
        };
        let bool_type = self.cx.context.bool_type();
        let assigned = self
            .builder
            .build_load(bool_type, flag.as_pointer_value(), "assigned")?
            .into_int_value();
        let missing = self.builder.build_not(assigned, "missing")?;
        let message = format!(
            "name '{}' is not defined",
            self.cx.module.globals[g.index()].name
        );
        self.raise_if(missing, ExcKind::NameError, &message)
    }

    fn store_global(&mut self, g: kiln_lower::ir::GlobalId, value: Value) -> Result<()> {
        let Some((storage, flag)) = self.cx.globals[g.index()] else {
            return Ok(());
        };
        if self.func.ty(value) == TypeId::NEVER {
            return Ok(());
        }
        let value = self.value(value)?;
        self.builder
            .build_store(storage.as_pointer_value(), value)?;
        if let Some(flag) = flag {
            let yes = self.cx.context.bool_type().const_int(1, false);
            self.builder.build_store(flag.as_pointer_value(), yes)?;
        }
        Ok(())
    }

    /// Unbinds a global: clears its "assigned" flag and its storage (so what it held can be
    /// collected).
    fn delete_global(&mut self, g: kiln_lower::ir::GlobalId) -> Result<()> {
        let Some((storage, flag)) = self.cx.globals[g.index()] else {
            return Ok(());
        };
        let ty = self.cx.llvm_type(self.cx.module.globals[g.index()].ty);
        self.builder
            .build_store(storage.as_pointer_value(), ty.const_zero())?;
        if let Some(flag) = flag {
            let no = self.cx.context.bool_type().const_zero();
            self.builder.build_store(flag.as_pointer_value(), no)?;
        }
        Ok(())
    }

    /// Calls a runtime function and returns its result (a dummy `i8` for void functions).
    pub(crate) fn call(
        &mut self,
        f: RuntimeFn,
        args: &[BasicMetadataValueEnum<'ctx>],
    ) -> Result<BasicValueEnum<'ctx>> {
        let function = self.cx.runtime(f);
        let call = self.call_function(function, args, f.may_raise(), f.adds_traceback_entry())?;
        Ok(call
            .try_as_basic_value()
            .basic()
            .unwrap_or_else(|| self.cx.context.i8_type().const_zero().into()))
    }

    /// Calls an intrinsic that returns nothing.
    pub(crate) fn intrinsic_void(
        &mut self,
        name: &str,
        args: &[BasicMetadataValueEnum<'ctx>],
    ) -> Result<()> {
        let intrinsic = Intrinsic::find(name)
            .ok_or_else(|| CodegenError(format!("LLVM has no intrinsic {name}")))?;
        let function = intrinsic
            .get_declaration(self.cx.llvm, &[])
            .ok_or_else(|| CodegenError(format!("cannot declare {name}")))?;
        self.builder.build_call(function, args, "")?;
        Ok(())
    }

    pub(crate) fn intrinsic(
        &mut self,
        name: &str,
        types: &[inkwell::types::BasicTypeEnum<'ctx>],
        args: &[BasicMetadataValueEnum<'ctx>],
    ) -> Result<BasicValueEnum<'ctx>> {
        let intrinsic = Intrinsic::find(name)
            .ok_or_else(|| CodegenError(format!("LLVM has no intrinsic {name}")))?;
        let function = intrinsic
            .get_declaration(self.cx.llvm, types)
            .ok_or_else(|| CodegenError(format!("cannot declare {name}")))?;
        let call = self.builder.build_call(function, args, "")?;
        call.try_as_basic_value()
            .basic()
            .ok_or_else(|| CodegenError(format!("{name} returned nothing")))
    }

    /// Raises `kind(message)` when `cond` holds.
    pub(crate) fn raise_if(
        &mut self,
        cond: IntValue<'ctx>,
        kind: ExcKind,
        message: &str,
    ) -> Result<()> {
        let key = format!("raise {} {message}", kind.name());
        let message = message.to_owned();
        self.cold_check(cond, &key, move |this| this.raise(kind, &message))
    }

    fn raise(&mut self, kind: ExcKind, message: &str) -> Result<()> {
        let code = self
            .cx
            .context
            .i32_type()
            .const_int(u64::from(exception_code(kind)), false);
        let message = self.cx.string(message);
        self.call(RuntimeFn::Raise, &[code.into(), message.into()])?;
        Ok(())
    }

    fn float_binary(
        &mut self,
        op: FloatOp,
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
    ) -> Result<BasicValueEnum<'ctx>> {
        let (x, y) = (a.into_float_value(), b.into_float_value());
        Ok(match op {
            FloatOp::Add => self.builder.build_float_add(x, y, "fadd")?.into(),
            FloatOp::Sub => self.builder.build_float_sub(x, y, "fsub")?.into(),
            FloatOp::Mul => self.builder.build_float_mul(x, y, "fmul")?.into(),
            FloatOp::Div => {
                let zero = self.cx.context.f64_type().const_zero();
                let is_zero =
                    self.builder
                        .build_float_compare(FloatPredicate::OEQ, y, zero, "fdivzero")?;
                self.raise_if(
                    is_zero,
                    ExcKind::ZeroDivisionError,
                    "float division by zero",
                )?;
                self.builder.build_float_div(x, y, "fdiv")?.into()
            }
            FloatOp::FloorDiv => self.call(RuntimeFn::FloatFloorDiv, &[a.into(), b.into()])?,
            FloatOp::Mod => self.call(RuntimeFn::FloatMod, &[a.into(), b.into()])?,
            FloatOp::Pow => self.call(RuntimeFn::FloatPow, &[a.into(), b.into()])?,
        })
    }

    /// Turns a three-way comparison result (-1, 0, 1, or 2 for unordered) into `op`'s answer.
    pub(crate) fn order_test(
        &mut self,
        op: CmpOp,
        order: IntValue<'ctx>,
    ) -> Result<IntValue<'ctx>> {
        let i32t = self.cx.context.i32_type();
        let k = |n: i64| i32t.const_int(n as u64, true);
        let b = &self.builder;
        Ok(match op {
            CmpOp::Lt => b.build_int_compare(IntPredicate::EQ, order, k(-1), "lt")?,
            CmpOp::Le => {
                let lt = b.build_int_compare(IntPredicate::EQ, order, k(-1), "lt")?;
                let eq = b.build_int_compare(IntPredicate::EQ, order, k(0), "eq")?;
                b.build_or(lt, eq, "le")?
            }
            CmpOp::Eq => b.build_int_compare(IntPredicate::EQ, order, k(0), "eq")?,
            CmpOp::Ne => b.build_int_compare(IntPredicate::NE, order, k(0), "ne")?,
            CmpOp::Gt => b.build_int_compare(IntPredicate::EQ, order, k(1), "gt")?,
            CmpOp::Ge => {
                let gt = b.build_int_compare(IntPredicate::EQ, order, k(1), "gt")?;
                let eq = b.build_int_compare(IntPredicate::EQ, order, k(0), "eq")?;
                b.build_or(gt, eq, "ge")?
            }
        })
    }

    fn str_compare(
        &mut self,
        op: CmpOp,
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
    ) -> Result<IntValue<'ctx>> {
        let zero = self.cx.context.i32_type().const_zero();
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            let eq = self
                .call(RuntimeFn::StrEq, &[a.into(), b.into()])?
                .into_int_value();
            let predicate = if op == CmpOp::Eq {
                IntPredicate::NE
            } else {
                IntPredicate::EQ
            };
            return Ok(self
                .builder
                .build_int_compare(predicate, eq, zero, "streq")?);
        }
        let order = self
            .call(RuntimeFn::StrCompare, &[a.into(), b.into()])?
            .into_int_value();
        Ok(self
            .builder
            .build_int_compare(int_predicate(op), order, zero, "strcmp")?)
    }

    /// Loads 64-bit field `index` of a str object (1 = byte length, 2 = code points).
    fn str_field(
        &mut self,
        s: BasicValueEnum<'ctx>,
        index: u64,
        name: &str,
    ) -> Result<IntValue<'ctx>> {
        let i64t = self.cx.context.i64_type();
        // SAFETY: every str value points to a `StrObject` whose first three fields are i64.
        let field = unsafe {
            self.builder.build_in_bounds_gep(
                i64t,
                s.into_pointer_value(),
                &[i64t.const_int(index, false)],
                name,
            )?
        };
        Ok(self.builder.build_load(i64t, field, name)?.into_int_value())
    }

    fn convert(&mut self, conv: Conv, a: BasicValueEnum<'ctx>) -> Result<BasicValueEnum<'ctx>> {
        let context = self.cx.context;
        let (i64t, f64t, i32t) = (context.i64_type(), context.f64_type(), context.i32_type());
        Ok(match conv {
            Conv::BoolToInt => {
                let raw = self
                    .builder
                    .build_int_z_extend(a.into_int_value(), i64t, "int")?;
                self.tag(raw)?.into()
            }
            Conv::IntToFloat => self.int_to_float(a.into_int_value())?,
            Conv::BoolToFloat => self
                .builder
                .build_unsigned_int_to_float(a.into_int_value(), f64t, "float")?
                .into(),
            Conv::FloatToInt => self.call(RuntimeFn::FloatToInt, &[a.into()])?,
            Conv::FloatRound => self.call(RuntimeFn::FloatRound, &[a.into()])?,
            Conv::IntTruthy => self
                .builder
                .build_int_compare(IntPredicate::NE, a.into_int_value(), self.i64(0), "truthy")?
                .into(),
            Conv::FloatTruthy => self
                .builder
                .build_float_compare(
                    FloatPredicate::UNE,
                    a.into_float_value(),
                    f64t.const_zero(),
                    "truthy",
                )?
                .into(),
            Conv::LenTruthy => self.len_truthy(a)?.into(),
            Conv::RangeTruthy => self.range_has_next(a)?.into(),
            Conv::StrTruthy => {
                let len = self.str_field(a, 1, "len")?;
                self.builder
                    .build_int_compare(IntPredicate::NE, len, self.i64(0), "truthy")?
                    .into()
            }
            Conv::IntToStr => self.call(RuntimeFn::StrFromInt, &[a.into()])?,
            Conv::FloatToStr => self.call(RuntimeFn::StrFromFloat, &[a.into()])?,
            Conv::BoolToStr => {
                let flag = self
                    .builder
                    .build_int_z_extend(a.into_int_value(), i32t, "flag")?;
                self.call(RuntimeFn::StrFromBool, &[flag.into()])?
            }
            Conv::NoneToStr => self.call(RuntimeFn::StrFromNone, &[])?,
            Conv::StrToInt => self.call(RuntimeFn::StrToInt, &[a.into()])?,
            Conv::StrToFloat => self.call(RuntimeFn::StrToFloat, &[a.into()])?,
        })
    }

    /// `print` of one value: its `str()` to stdout.
    fn write(&mut self, value: Value) -> Result<()> {
        let x = self.value(value)?;
        match self.cx.module.types.kind(self.func.ty(value)) {
            TypeKind::Int => self.call(RuntimeFn::WriteInt, &[x.into()])?,
            TypeKind::Float => self.call(RuntimeFn::WriteFloat, &[x.into()])?,
            TypeKind::Bool => {
                let flag = self.builder.build_int_z_extend(
                    x.into_int_value(),
                    self.cx.context.i32_type(),
                    "flag",
                )?;
                self.call(RuntimeFn::WriteBool, &[flag.into()])?
            }
            TypeKind::None => self.call(RuntimeFn::WriteNone, &[])?,
            TypeKind::Str => self.call(RuntimeFn::WriteStr, &[x.into()])?,
            _ => {
                let text = self.container_str(x, self.func.ty(value))?;
                self.call(RuntimeFn::WriteStr, &[text.into()])?
            }
        };
        Ok(())
    }

    /// Concatenates f-string parts with one runtime call over a stack array.
    /// A stack slot of type `ty`, allocated in the entry block so that a loop does not grow
    /// the stack.
    pub(crate) fn entry_alloca(
        &self,
        ty: inkwell::types::BasicTypeEnum<'ctx>,
        name: &str,
    ) -> Result<inkwell::values::PointerValue<'ctx>> {
        let current = self.builder.get_insert_block();
        let entry = self
            .entry_block
            .ok_or_else(|| CodegenError("no entry block".into()))?;
        match entry.get_first_instruction() {
            Some(first) => self.builder.position_before(&first),
            None => self.builder.position_at_end(entry),
        }
        let slot = self.builder.build_alloca(ty, name)?;
        if let Some(current) = current {
            self.builder.position_at_end(current);
        }
        Ok(slot)
    }

    fn build_string(&mut self, parts: &[BasicValueEnum<'ctx>]) -> Result<BasicValueEnum<'ctx>> {
        let context = self.cx.context;
        let ptr = context.ptr_type(inkwell::AddressSpace::default());
        let array_type = ptr.array_type(u32::try_from(parts.len()).unwrap_or(u32::MAX));
        let array = self.entry_alloca(array_type.into(), "parts")?;
        let i64t = context.i64_type();
        for (i, part) in parts.iter().enumerate() {
            // SAFETY: `i` is within the array just allocated.
            let slot = unsafe {
                self.builder.build_in_bounds_gep(
                    array_type,
                    array,
                    &[i64t.const_zero(), i64t.const_int(i as u64, false)],
                    "slot",
                )?
            };
            self.builder.build_store(slot, *part)?;
        }
        let count = self.i64(i64::try_from(parts.len()).unwrap_or(i64::MAX));
        self.call(RuntimeFn::StrJoin, &[array.into(), count.into()])
    }
}

/// Ordered predicates except `!=`, which is true for NaN as in Python.
fn float_predicate(op: CmpOp) -> FloatPredicate {
    match op {
        CmpOp::Lt => FloatPredicate::OLT,
        CmpOp::Le => FloatPredicate::OLE,
        CmpOp::Eq => FloatPredicate::OEQ,
        CmpOp::Ne => FloatPredicate::UNE,
        CmpOp::Gt => FloatPredicate::OGT,
        CmpOp::Ge => FloatPredicate::OGE,
    }
}
