//! Python's exact integers as tagged machine words.
//!
//! An `int` is one `i64` word: an even word is a *small* int (the value shifted left by one,
//! range `[-2**62, 2**62)`); an odd word points (plus one) at a heap big int in the runtime,
//! which never holds a value in the small range. Every operation tests the tags inline and does
//! small arithmetic with LLVM's overflow intrinsics on the tagged words themselves (tagging by a
//! shift commutes with `+`, `-`, comparison and the bitwise operators); only a big operand or an
//! overflow takes the slow path, a call into the runtime that can handle any operands.

use inkwell::basic_block::BasicBlock;
use inkwell::intrinsics::Intrinsic;
use inkwell::values::{BasicMetadataValueEnum, BasicValueEnum, FloatValue, IntValue};
use inkwell::{FloatPredicate, IntPredicate};
use kiln_bytecode::CmpOp;
use kiln_lower::ir::IntOp;

use crate::abi::RuntimeFn;
use crate::function::FnCx;
use crate::CodegenError;

type Result<T> = std::result::Result<T, CodegenError>;

/// Small ints are `[-SMALL_LIMIT, SMALL_LIMIT)`.
pub const SMALL_LIMIT: i64 = 1 << 62;

/// Magnitudes up to 2**53 convert to `f64` exactly.
const EXACT_FLOAT: i64 = 1 << 53;

impl<'ctx> FnCx<'_, 'ctx, '_> {
    /// The word of a literal that fits in 64 bits.
    pub(crate) fn int_constant(&mut self, n: i64) -> IntValue<'ctx> {
        if (-SMALL_LIMIT..SMALL_LIMIT).contains(&n) {
            self.i64(n << 1)
        } else {
            self.big_constant(&n.to_string())
        }
    }

    /// A big literal: a module global holding its word, made once by `main` before the program
    /// runs.
    pub(crate) fn big_constant(&mut self, digits: &str) -> IntValue<'ctx> {
        let global = self.cx.big_int(digits);
        let i64t = self.cx.context.i64_type();
        let load = self
            .builder
            .build_load(i64t, global.as_pointer_value(), "bigint");
        load.map(BasicValueEnum::into_int_value)
            .unwrap_or_else(|_| i64t.const_zero())
    }

    /// A raw `i64` known to be in the small range, as a word.
    pub(crate) fn tag(&self, raw: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        Ok(self.builder.build_left_shift(raw, self.i64(1), "tag")?)
    }

    /// The value of a small word.
    pub(crate) fn untag(&self, word: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        Ok(self
            .builder
            .build_right_shift(word, self.i64(1), true, "untag")?)
    }

    /// True if `word` is small (even).
    fn is_small(&self, word: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        let low = self.builder.build_and(word, self.i64(1), "tagbit")?;
        let small = self
            .builder
            .build_int_compare(IntPredicate::EQ, low, self.i64(0), "small")?;
        self.likely(small)
    }

    /// True if both words are small.
    fn both_small(&self, a: IntValue<'ctx>, b: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        let either = self.builder.build_or(a, b, "tags")?;
        self.is_small(either)
    }

    /// Marks a condition as almost always true, so the slow path is laid out out of line.
    fn likely(&self, cond: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        let bool_type = self.cx.context.bool_type();
        let expect = Intrinsic::find("llvm.expect")
            .and_then(|i| i.get_declaration(self.cx.llvm, &[bool_type.into()]))
            .ok_or_else(|| CodegenError("LLVM has no llvm.expect".into()))?;
        let call = self.builder.build_call(
            expect,
            &[cond.into(), bool_type.const_int(1, false).into()],
            "likely",
        )?;
        Ok(call
            .try_as_basic_value()
            .basic()
            .map(BasicValueEnum::into_int_value)
            .unwrap_or(cond))
    }

    /// `fast` when `cond` holds (it returns a result and, optionally, an overflow flag that
    /// diverts to the slow path), otherwise — or on overflow — the runtime function `slow`.
    fn fast_or_slow(
        &mut self,
        cond: IntValue<'ctx>,
        fast: impl FnOnce(&mut Self) -> Result<(BasicValueEnum<'ctx>, Option<IntValue<'ctx>>)>,
        slow: RuntimeFn,
        args: &[BasicMetadataValueEnum<'ctx>],
    ) -> Result<BasicValueEnum<'ctx>> {
        self.branch(cond, fast, |this| this.call(slow, args))
    }

    /// `fast` when `cond` holds, else (or when `fast` reports overflow) `slow`; the two results
    /// meet in a phi.
    fn branch(
        &mut self,
        cond: IntValue<'ctx>,
        fast: impl FnOnce(&mut Self) -> Result<(BasicValueEnum<'ctx>, Option<IntValue<'ctx>>)>,
        slow: impl FnOnce(&mut Self) -> Result<BasicValueEnum<'ctx>>,
    ) -> Result<BasicValueEnum<'ctx>> {
        let context = self.cx.context;
        let fast_block = context.append_basic_block(self.function, "fast");
        let slow_block = context.append_basic_block(self.function, "slow");
        let join = context.append_basic_block(self.function, "join");
        self.builder
            .build_conditional_branch(cond, fast_block, slow_block)?;

        self.builder.position_at_end(fast_block);
        let (result, overflow) = fast(self)?;
        let fast_end = self.current_block()?;
        match overflow {
            Some(overflow) => {
                let overflow = self.unlikely(overflow)?;
                self.builder
                    .build_conditional_branch(overflow, slow_block, join)?
            }
            None => self.builder.build_unconditional_branch(join)?,
        };

        self.builder.position_at_end(slow_block);
        let slow_result = slow(self)?;
        let slow_end = self.current_block()?;
        self.builder.build_unconditional_branch(join)?;

        self.builder.position_at_end(join);
        let phi = self.builder.build_phi(result.get_type(), "int")?;
        phi.add_incoming(&[(&result, fast_end), (&slow_result, slow_end)]);
        Ok(phi.as_basic_value())
    }

    /// Tells LLVM that `word` is small, so later tag tests on it fold away.
    fn assume_small(&mut self, word: IntValue<'ctx>) -> Result<()> {
        let low = self.builder.build_and(word, self.i64(1), "tagbit")?;
        let small = self
            .builder
            .build_int_compare(IntPredicate::EQ, low, self.i64(0), "small")?;
        self.intrinsic_void("llvm.assume", &[small.into()])
    }

    fn unlikely(&self, cond: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        let not = self.builder.build_not(cond, "not")?;
        let likely_not = self.likely(not)?;
        Ok(self.builder.build_not(likely_not, "unlikely")?)
    }

    fn current_block(&self) -> Result<BasicBlock<'ctx>> {
        self.builder
            .get_insert_block()
            .ok_or_else(|| CodegenError("builder not positioned".into()))
    }

    /// `a op b` with an `llvm.*.with.overflow` intrinsic: the result and the overflow flag.
    fn with_overflow(
        &mut self,
        name: &str,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> Result<(BasicValueEnum<'ctx>, Option<IntValue<'ctx>>)> {
        let i64t = self.cx.context.i64_type();
        let pair = self
            .intrinsic(name, &[i64t.into()], &[a.into(), b.into()])?
            .into_struct_value();
        let result = self.builder.build_extract_value(pair, 0, "result")?;
        let overflow = self
            .builder
            .build_extract_value(pair, 1, "overflow")?
            .into_int_value();
        Ok((result, Some(overflow)))
    }

    /// A binary operator on two int words.
    pub(crate) fn int_binary(
        &mut self,
        op: IntOp,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> Result<IntValue<'ctx>> {
        let args: [BasicMetadataValueEnum; 2] = [a.into(), b.into()];
        let small = self.both_small(a, b)?;
        let result = match op {
            IntOp::Add => self.fast_or_slow(
                small,
                |this| this.with_overflow("llvm.sadd.with.overflow", a, b),
                RuntimeFn::IntAdd,
                &args,
            )?,
            IntOp::Sub => self.fast_or_slow(
                small,
                |this| this.with_overflow("llvm.ssub.with.overflow", a, b),
                RuntimeFn::IntSub,
                &args,
            )?,
            IntOp::Mul => self.fast_or_slow(
                small,
                |this| {
                    // (x << 1) * y == (x * y) << 1, so one operand stays tagged.
                    let x = this.untag(a)?;
                    this.with_overflow("llvm.smul.with.overflow", x, b)
                },
                RuntimeFn::IntMul,
                &args,
            )?,
            IntOp::And | IntOp::Or | IntOp::Xor => {
                let slow = match op {
                    IntOp::And => RuntimeFn::IntAnd,
                    IntOp::Or => RuntimeFn::IntOr,
                    _ => RuntimeFn::IntXor,
                };
                // Bitwise operators keep the zero tag bit of two small words.
                self.fast_or_slow(
                    small,
                    |this| {
                        let b_ = &this.builder;
                        let r = match op {
                            IntOp::And => b_.build_and(a, b, "and")?,
                            IntOp::Or => b_.build_or(a, b, "or")?,
                            _ => b_.build_xor(a, b, "xor")?,
                        };
                        Ok((r.into(), None))
                    },
                    slow,
                    &args,
                )?
            }
            IntOp::FloorDiv | IntOp::Mod => {
                // The runtime raises ZeroDivisionError, so a zero divisor takes the slow path.
                let nonzero =
                    self.builder
                        .build_int_compare(IntPredicate::NE, b, self.i64(0), "nonzero")?;
                let cond = self.builder.build_and(small, nonzero, "fast_div")?;
                let slow = if op == IntOp::Mod {
                    RuntimeFn::IntMod
                } else {
                    RuntimeFn::IntFloorDiv
                };
                // `x % c` for a small constant `c` is small even when `x` is big.
                let small_result = op == IntOp::Mod && b.get_sign_extended_constant().is_some();
                self.branch(
                    cond,
                    |this| this.small_divmod(op, a, b),
                    |this| {
                        let r = this.call(slow, &args)?;
                        if small_result {
                            this.assume_small(r.into_int_value())?;
                        }
                        Ok(r)
                    },
                )?
            }
            IntOp::Pow => self.call(RuntimeFn::IntPow, &args)?,
            IntOp::Shl => self.shift_left(a, b, small)?,
            IntOp::Shr => self.shift_right(a, b, small)?,
        };
        Ok(result.into_int_value())
    }

    /// Floor division or modulo of two small words with a nonzero divisor.
    fn small_divmod(
        &mut self,
        op: IntOp,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> Result<(BasicValueEnum<'ctx>, Option<IntValue<'ctx>>)> {
        let (x, y) = (self.untag(a)?, self.untag(b)?);
        let zero = self.i64(0);
        let b_ = &self.builder;
        // |x| <= 2**62, so sdiv cannot trap (no i64::MIN / -1).
        let quotient = b_.build_int_signed_div(x, y, "q")?;
        let remainder = b_.build_int_signed_rem(x, y, "r")?;
        let nonzero = b_.build_int_compare(IntPredicate::NE, remainder, zero, "rnonzero")?;
        let signs = b_.build_xor(remainder, y, "signs")?;
        let differ = b_.build_int_compare(IntPredicate::SLT, signs, zero, "differ")?;
        let adjust = b_.build_and(nonzero, differ, "adjust")?;
        if op == IntOp::Mod {
            let plus = b_.build_int_add(remainder, y, "r2")?;
            let r = b_
                .build_select(adjust, plus, remainder, "mod")?
                .into_int_value();
            return Ok((self.tag(r)?.into(), None));
        }
        let minus = b_.build_int_sub(quotient, self.i64(1), "q2")?;
        let q = b_
            .build_select(adjust, minus, quotient, "floordiv")?
            .into_int_value();
        // -2**62 // -1 is 2**62, just outside the small range: retag with an overflow check.
        self.with_overflow("llvm.sadd.with.overflow", q, q)
    }

    fn shift_left(
        &mut self,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
        small: IntValue<'ctx>,
    ) -> Result<BasicValueEnum<'ctx>> {
        // Fast when both are small and 0 <= n < 63 (the word of n is below 126, unsigned).
        let in_range =
            self.builder
                .build_int_compare(IntPredicate::ULT, b, self.i64(126), "shift_ok")?;
        let cond = self.builder.build_and(small, in_range, "fast_shl")?;
        self.fast_or_slow(
            cond,
            |this| {
                let n = this.untag(b)?;
                let b_ = &this.builder;
                let shifted = b_.build_left_shift(a, n, "shl")?;
                let back = b_.build_right_shift(shifted, n, true, "back")?;
                let lost = b_.build_int_compare(IntPredicate::NE, back, a, "lost")?;
                Ok((shifted.into(), Some(lost)))
            },
            RuntimeFn::IntShl,
            &[a.into(), b.into()],
        )
    }

    fn shift_right(
        &mut self,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
        small: IntValue<'ctx>,
    ) -> Result<BasicValueEnum<'ctx>> {
        let nonnegative =
            self.builder
                .build_int_compare(IntPredicate::SGE, b, self.i64(0), "shift_ok")?;
        let cond = self.builder.build_and(small, nonnegative, "fast_shr")?;
        self.fast_or_slow(
            cond,
            |this| {
                let n = this.untag(b)?;
                let b_ = &this.builder;
                let big = b_.build_int_compare(IntPredicate::SGT, n, this.i64(63), "big")?;
                let n = b_
                    .build_select(big, this.i64(63), n, "amount")?
                    .into_int_value();
                // Shifting the tagged word keeps the sign; clearing bit 0 retags it.
                let shifted = b_.build_right_shift(a, n, true, "shr")?;
                let r = b_.build_and(shifted, this.i64(-2), "retag")?;
                Ok((r.into(), None))
            },
            RuntimeFn::IntShr,
            &[a.into(), b.into()],
        )
    }

    /// `-a`.
    pub(crate) fn int_neg(&mut self, a: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        let small = self.is_small(a)?;
        let zero = self.i64(0);
        Ok(self
            .fast_or_slow(
                small,
                |this| this.with_overflow("llvm.ssub.with.overflow", zero, a),
                RuntimeFn::IntNeg,
                &[a.into()],
            )?
            .into_int_value())
    }

    /// `abs(a)`.
    pub(crate) fn int_abs(&mut self, a: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        let small = self.is_small(a)?;
        Ok(self
            .fast_or_slow(
                small,
                |this| {
                    let zero = this.i64(0);
                    let (negated, overflow) =
                        this.with_overflow("llvm.ssub.with.overflow", zero, a)?;
                    let negative =
                        this.builder
                            .build_int_compare(IntPredicate::SLT, a, zero, "negative")?;
                    let r = this
                        .builder
                        .build_select(negative, negated, a.into(), "abs")?;
                    Ok((r, overflow))
                },
                RuntimeFn::IntAbs,
                &[a.into()],
            )?
            .into_int_value())
    }

    /// `~a`: for a small word, `~(x << 1) - 1 == (~x) << 1`, which is `a ^ -2`.
    pub(crate) fn int_invert(&mut self, a: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        let small = self.is_small(a)?;
        Ok(self
            .fast_or_slow(
                small,
                |this| {
                    let r = this.builder.build_xor(a, this.i64(-2), "invert")?;
                    Ok((r.into(), None))
                },
                RuntimeFn::IntInvert,
                &[a.into()],
            )?
            .into_int_value())
    }

    /// A comparison of two int words: small words compare like their values.
    pub(crate) fn int_compare(
        &mut self,
        op: CmpOp,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> Result<IntValue<'ctx>> {
        let predicate = int_predicate(op);
        // Small words compare like their values. For equality one small side is enough: a big
        // int never equals a small one (normalization) and its word is odd.
        let cond = if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            let both = self.builder.build_and(a, b, "tags")?;
            self.is_small(both)?
        } else {
            self.both_small(a, b)?
        };
        let result = self.branch(
            cond,
            |this| {
                let r = this.builder.build_int_compare(predicate, a, b, "cmp")?;
                Ok((r.into(), None))
            },
            |this| {
                let order = this
                    .call(RuntimeFn::IntCmp, &[a.into(), b.into()])?
                    .into_int_value();
                let zero = this.cx.context.i32_type().const_zero();
                Ok(this
                    .builder
                    .build_int_compare(predicate, order, zero, "cmp")?
                    .into())
            },
        )?;
        Ok(result.into_int_value())
    }

    /// `a / b` for two ints, correctly rounded.
    pub(crate) fn int_true_div(
        &mut self,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> Result<BasicValueEnum<'ctx>> {
        // Exact operands below 2**53 divide correctly rounded in hardware.
        let small = self.both_small(a, b)?;
        let nonzero =
            self.builder
                .build_int_compare(IntPredicate::NE, b, self.i64(0), "nonzero")?;
        let exact_a = self.exact_in_float(a)?;
        let exact_b = self.exact_in_float(b)?;
        let b_ = &self.builder;
        let cond = b_.build_and(small, nonzero, "fast")?;
        let cond = b_.build_and(cond, exact_a, "fast_a")?;
        let cond = b_.build_and(cond, exact_b, "fast_b")?;
        self.fast_or_slow(
            cond,
            |this| {
                let x = this.to_float_small(a)?;
                let y = this.to_float_small(b)?;
                Ok((this.builder.build_float_div(x, y, "div")?.into(), None))
            },
            RuntimeFn::IntTrueDiv,
            &[a.into(), b.into()],
        )
    }

    /// Whether a word (if small) has a magnitude of at most 2**53.
    fn exact_in_float(&self, word: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        // |x| <= 2**53  <=>  (word + 2**54) as unsigned <= 2**55
        let b_ = &self.builder;
        let shifted = b_.build_int_add(word, self.i64(EXACT_FLOAT << 1), "bias")?;
        Ok(b_.build_int_compare(
            IntPredicate::ULE,
            shifted,
            self.i64(EXACT_FLOAT << 2),
            "exact",
        )?)
    }

    fn to_float_small(&self, word: IntValue<'ctx>) -> Result<FloatValue<'ctx>> {
        let raw = self.untag(word)?;
        Ok(self
            .builder
            .build_signed_int_to_float(raw, self.cx.context.f64_type(), "float")?)
    }

    /// `float(a)`, correctly rounded; big ints go through the runtime.
    pub(crate) fn int_to_float(&mut self, a: IntValue<'ctx>) -> Result<BasicValueEnum<'ctx>> {
        let small = self.is_small(a)?;
        self.fast_or_slow(
            small,
            |this| Ok((this.to_float_small(a)?.into(), None)),
            RuntimeFn::IntToFloat,
            &[a.into()],
        )
    }

    /// Exact comparison of an int word with a float.
    pub(crate) fn int_float_compare(
        &mut self,
        op: CmpOp,
        a: IntValue<'ctx>,
        f: FloatValue<'ctx>,
    ) -> Result<IntValue<'ctx>> {
        let small = self.is_small(a)?;
        let exact = self.exact_in_float(a)?;
        let cond = self.builder.build_and(small, exact, "fast")?;
        let order = self
            .fast_or_slow(
                cond,
                |this| {
                    // The int converts exactly, so a float comparison is exact; encode it as the
                    // runtime's three-way result (2 = unordered).
                    let x = this.to_float_small(a)?;
                    let b_ = &this.builder;
                    let i32t = this.cx.context.i32_type();
                    let lt = b_.build_float_compare(FloatPredicate::OLT, x, f, "lt")?;
                    let gt = b_.build_float_compare(FloatPredicate::OGT, x, f, "gt")?;
                    let uno = b_.build_float_compare(FloatPredicate::UNO, x, f, "uno")?;
                    let lt = b_.build_int_z_extend(lt, i32t, "lt32")?;
                    let gt = b_.build_int_z_extend(gt, i32t, "gt32")?;
                    let uno = b_.build_int_z_extend(uno, i32t, "uno32")?;
                    let order = b_.build_int_sub(gt, lt, "order")?;
                    let uno2 = b_.build_left_shift(uno, i32t.const_int(1, false), "uno2")?;
                    Ok((b_.build_or(order, uno2, "order2")?.into(), None))
                },
                RuntimeFn::IntFloatCmp,
                &[a.into(), f.into()],
            )?
            .into_int_value();
        self.order_test(op, order)
    }
}

pub(crate) fn int_predicate(op: CmpOp) -> IntPredicate {
    match op {
        CmpOp::Lt => IntPredicate::SLT,
        CmpOp::Le => IntPredicate::SLE,
        CmpOp::Eq => IntPredicate::EQ,
        CmpOp::Ne => IntPredicate::NE,
        CmpOp::Gt => IntPredicate::SGT,
        CmpOp::Ge => IntPredicate::SGE,
    }
}
