//! `range` objects and their iterators.
//!
//! A range is `{current, stop, step, big}`. When all three bounds are small ints (the usual
//! case) the fields hold *raw* machine integers and `big` is false: iterating is a counted loop
//! whose values are known to be small, so the tag tests on the loop variable fold away. When any
//! bound is big the fields hold int words and every step goes through exact int arithmetic.
//! `big` never changes during a loop, so LLVM's loop unswitching separates the two versions.

use inkwell::types::StructType;
use inkwell::values::{BasicValueEnum, IntValue, StructValue};
use inkwell::IntPredicate;
use kiln_bytecode::CmpOp;
use kiln_lower::ir::{ExcKind, IntOp};

use crate::function::FnCx;
use crate::CodegenError;

type Result<T> = std::result::Result<T, CodegenError>;

/// The fields of a range.
struct Fields<'ctx> {
    current: IntValue<'ctx>,
    stop: IntValue<'ctx>,
    step: IntValue<'ctx>,
    big: IntValue<'ctx>,
}

impl<'ctx> FnCx<'_, 'ctx, '_> {
    /// The LLVM type of a range or range iterator.
    pub(crate) fn range_type(context: &'ctx inkwell::context::Context) -> StructType<'ctx> {
        let i64t = context.i64_type();
        context.struct_type(
            &[
                i64t.into(),
                i64t.into(),
                i64t.into(),
                context.bool_type().into(),
            ],
            false,
        )
    }

    /// `range(start, stop, step)` from three int words.
    pub(crate) fn range_new(
        &mut self,
        start: IntValue<'ctx>,
        stop: IntValue<'ctx>,
        step: IntValue<'ctx>,
    ) -> Result<BasicValueEnum<'ctx>> {
        let is_zero = self.int_compare(CmpOp::Eq, step, self.i64(0))?;
        self.raise_if(
            is_zero,
            ExcKind::ValueError,
            "range() arg 3 must not be zero",
        )?;
        let b = &self.builder;
        let tags = b.build_or(start, stop, "tags")?;
        let tags = b.build_or(tags, step, "tags")?;
        let low = b.build_and(tags, self.i64(1), "tagbit")?;
        let big = b.build_int_compare(IntPredicate::NE, low, self.i64(0), "big")?;
        let raw = |word: IntValue<'ctx>| -> Result<IntValue<'ctx>> {
            let untagged = self.untag(word)?;
            Ok(self
                .builder
                .build_select(big, word, untagged, "bound")?
                .into_int_value())
        };
        let fields = Fields {
            current: raw(start)?,
            stop: raw(stop)?,
            step: raw(step)?,
            big,
        };
        self.range_pack(&fields)
    }

    /// A range's start, stop and step as int words (for the runtime).
    pub(crate) fn range_words(
        &mut self,
        range: BasicValueEnum<'ctx>,
    ) -> Result<[IntValue<'ctx>; 3]> {
        let f = self.range_unpack(range)?;
        let word = |this: &mut Self, field: IntValue<'ctx>| -> Result<IntValue<'ctx>> {
            let tagged = this.tag(field)?;
            Ok(this
                .builder
                .build_select(f.big, field, tagged, "word")?
                .into_int_value())
        };
        Ok([
            word(self, f.current)?,
            word(self, f.stop)?,
            word(self, f.step)?,
        ])
    }

    /// Whether the iterator has another item.
    pub(crate) fn range_has_next(&mut self, iter: BasicValueEnum<'ctx>) -> Result<IntValue<'ctx>> {
        let f = self.range_unpack(iter)?;
        let raw = {
            let b = &self.builder;
            let up = b.build_int_compare(IntPredicate::SGT, f.step, self.i64(0), "up")?;
            let below = b.build_int_compare(IntPredicate::SLT, f.current, f.stop, "below")?;
            let above = b.build_int_compare(IntPredicate::SGT, f.current, f.stop, "above")?;
            b.build_select(up, below, above, "has_next")?
                .into_int_value()
        };
        let exact = self.if_big(f.big, raw.into(), |this| {
            let zero = this.i64(0);
            let up = this.int_compare(CmpOp::Gt, f.step, zero)?;
            let below = this.int_compare(CmpOp::Lt, f.current, f.stop)?;
            let above = this.int_compare(CmpOp::Gt, f.current, f.stop)?;
            Ok(this.builder.build_select(up, below, above, "has_next")?)
        })?;
        Ok(exact.into_int_value())
    }

    /// The iterator's current item as an int word.
    pub(crate) fn range_value(&mut self, iter: BasicValueEnum<'ctx>) -> Result<IntValue<'ctx>> {
        let f = self.range_unpack(iter)?;
        let tagged = self.tag(f.current)?;
        Ok(self
            .builder
            .build_select(f.big, f.current, tagged, "item")?
            .into_int_value())
    }

    /// The iterator moved one step.
    pub(crate) fn range_advance(
        &mut self,
        iter: BasicValueEnum<'ctx>,
    ) -> Result<BasicValueEnum<'ctx>> {
        let f = self.range_unpack(iter)?;
        // Raw bounds are below 2**62, so this add cannot overflow an i64; saturating keeps a
        // final step past the end harmless anyway.
        let i64t = self.cx.context.i64_type();
        let raw = self.intrinsic(
            "llvm.sadd.sat",
            &[i64t.into()],
            &[f.current.into(), f.step.into()],
        )?;
        let next = self.if_big(f.big, raw, |this| {
            Ok(this.int_binary(IntOp::Add, f.current, f.step)?.into())
        })?;
        self.range_pack(&Fields {
            current: next.into_int_value(),
            ..f
        })
    }

    /// `small` (already computed) unless `big` holds, in which case `exact` is computed on a
    /// cold path and merged in.
    fn if_big(
        &mut self,
        big: IntValue<'ctx>,
        small: BasicValueEnum<'ctx>,
        exact: impl FnOnce(&mut Self) -> Result<BasicValueEnum<'ctx>>,
    ) -> Result<BasicValueEnum<'ctx>> {
        let context = self.cx.context;
        let start = self
            .builder
            .get_insert_block()
            .ok_or_else(|| CodegenError("builder not positioned".into()))?;
        let big_block = context.append_basic_block(self.function, "range_big");
        let join = context.append_basic_block(self.function, "range_join");
        self.builder
            .build_conditional_branch(big, big_block, join)?;
        self.builder.position_at_end(big_block);
        let value = exact(self)?;
        let big_end = self
            .builder
            .get_insert_block()
            .ok_or_else(|| CodegenError("builder not positioned".into()))?;
        self.builder.build_unconditional_branch(join)?;
        self.builder.position_at_end(join);
        let phi = self.builder.build_phi(small.get_type(), "range")?;
        phi.add_incoming(&[(&small, start), (&value, big_end)]);
        Ok(phi.as_basic_value())
    }

    fn range_pack(&mut self, f: &Fields<'ctx>) -> Result<BasicValueEnum<'ctx>> {
        let mut value: StructValue = Self::range_type(self.cx.context).get_poison();
        let fields: [BasicValueEnum; 4] =
            [f.current.into(), f.stop.into(), f.step.into(), f.big.into()];
        for (i, field) in fields.into_iter().enumerate() {
            value = self
                .builder
                .build_insert_value(value, field, u32::try_from(i).unwrap_or(0), "range")?
                .into_struct_value();
        }
        Ok(value.into())
    }

    fn range_unpack(&mut self, range: BasicValueEnum<'ctx>) -> Result<Fields<'ctx>> {
        let s = range.into_struct_value();
        let b = &self.builder;
        Ok(Fields {
            current: b.build_extract_value(s, 0, "current")?.into_int_value(),
            stop: b.build_extract_value(s, 1, "stop")?.into_int_value(),
            step: b.build_extract_value(s, 2, "step")?.into_int_value(),
            big: b.build_extract_value(s, 3, "big")?.into_int_value(),
        })
    }
}
