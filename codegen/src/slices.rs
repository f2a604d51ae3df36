//! Slice-to-slice assignment between lists, inline.
//!
//! `a[i:j] = b[k:l]` and `a[:n] = a[n-1::-1]` — steps of ±1, bounds that are small ints or
//! omitted, both sides the same length — are how scripts reverse, rotate and copy runs of a
//! list in place. That shape is copied here through a stack buffer (the two lists may be the
//! same), with no call; any other case (other steps, big bounds, a length change, a long run)
//! calls `kiln_rt_list_set_slice_from`, which handles everything.

use inkwell::types::BasicType;
use inkwell::values::{BasicMetadataValueEnum, IntValue, PointerValue, StructValue};
use inkwell::IntPredicate;
use kiln_lower::ir::Value;

use crate::abi::RuntimeFn;
use crate::function::FnCx;
use crate::CodegenError;

type Result<T> = std::result::Result<T, CodegenError>;

/// The longest run copied inline (words in the stack buffer).
const BUFFER: u32 = 64;

/// A slice with step ±1 resolved against a list's length.
struct UnitSlice<'ctx> {
    start: IntValue<'ctx>,
    len: IntValue<'ctx>,
    step: IntValue<'ctx>,
    /// Whether the step is ±1 and both bounds are small ints or omitted.
    ok: IntValue<'ctx>,
}

impl<'ctx> FnCx<'_, 'ctx, '_> {
    /// `dst[s1] = src[s2]` (`Rt(ListSetSliceFrom, [dst, s1, src, s2])`).
    pub(crate) fn list_set_slice_from(&mut self, args: &[Value]) -> Result<()> {
        let &[dst, s1, src, s2] = args else {
            return Err(CodegenError(
                "internal compiler error: list_set_slice_from takes four operands".into(),
            ));
        };
        let dst = self.value(dst)?.into_pointer_value();
        let src = self.value(src)?.into_pointer_value();
        let s1 = self.value(s1)?.into_struct_value();
        let s2 = self.value(s2)?.into_struct_value();
        let words1 = self.slice_words(s1)?;
        let words2 = self.slice_words(s2)?;
        let to = self.unit_slice(dst, words1)?;
        let from = self.unit_slice(src, words2)?;

        let b = &self.builder;
        let same = b.build_int_compare(IntPredicate::EQ, to.len, from.len, "same_len")?;
        let short = b.build_int_compare(
            IntPredicate::ULE,
            from.len,
            self.i64(i64::from(BUFFER)),
            "short",
        )?;
        let ok = b.build_and(to.ok, from.ok, "unit")?;
        let ok = b.build_and(ok, same, "fits")?;
        let ok = b.build_and(ok, short, "inline")?;

        let context = self.cx.context;
        let fast = context.append_basic_block(self.function, "slice_copy");
        let slow = context.append_basic_block(self.function, "slice_copy_rt");
        let join = context.append_basic_block(self.function, "slice_copied");
        self.builder.build_conditional_branch(ok, fast, slow)?;

        self.builder.position_at_end(slow);
        let mut operands: Vec<BasicMetadataValueEnum> = vec![dst.into()];
        operands.extend(words1.iter().map(|&w| BasicMetadataValueEnum::from(w)));
        operands.push(src.into());
        operands.extend(words2.iter().map(|&w| BasicMetadataValueEnum::from(w)));
        self.call(RuntimeFn::ListSetSliceFrom, &operands)?;
        self.builder.build_unconditional_branch(join)?;

        self.builder.position_at_end(fast);
        let i64t = context.i64_type();
        // `a[:n] = a[n-1::-1]`: the same positions of the same list, reversed, is an in-place
        // reversal (half as many moves, no buffer).
        let b = &self.builder;
        let same_list = b.build_int_compare(
            IntPredicate::EQ,
            b.build_ptr_to_int(dst, i64t, "dst")?,
            b.build_ptr_to_int(src, i64t, "src")?,
            "same_list",
        )?;
        let opposite = b.build_int_compare(
            IntPredicate::EQ,
            b.build_int_neg(from.step, "back")?,
            to.step,
            "opposite",
        )?;
        let last = b.build_int_sub(from.len, self.i64(1), "last")?;
        let from_end =
            b.build_int_add(from.start, b.build_int_mul(last, from.step, "span")?, "end")?;
        let mirrored = b.build_int_compare(IntPredicate::EQ, from_end, to.start, "mirrored")?;
        let reversal = b.build_and(same_list, opposite, "reversal")?;
        let reversal = b.build_and(reversal, mirrored, "reversal")?;
        let reverse = context.append_basic_block(self.function, "slice_reverse");
        let copy = context.append_basic_block(self.function, "slice_buffered");
        self.builder
            .build_conditional_branch(reversal, reverse, copy)?;

        self.builder.position_at_end(reverse);
        let items = self.list_items(dst)?;
        let b = &self.builder;
        // The positions are `low..=low + n - 1` whichever way the slices run.
        let up = b.build_int_compare(IntPredicate::SGT, to.step, self.i64(0), "up")?;
        let low = b
            .build_select(up, to.start, from.start, "low")?
            .into_int_value();
        let half = b.build_right_shift(to.len, self.i64(1), false, "half")?;
        let top = b.build_int_add(low, last, "top")?;
        self.counted_loop(half, "swap", |this, k| {
            let b = &this.builder;
            let left = b.build_int_add(low, k, "left")?;
            let right = b.build_int_sub(top, k, "right")?;
            let a = this.load_word(items, left)?;
            let z = this.load_word(items, right)?;
            // SAFETY: both positions are inside the list (the slice selects them).
            let (pa, pz) = unsafe {
                (
                    this.builder
                        .build_in_bounds_gep(i64t, items, &[left], "pa")?,
                    this.builder
                        .build_in_bounds_gep(i64t, items, &[right], "pz")?,
                )
            };
            this.builder.build_store(pa, z)?;
            this.builder.build_store(pz, a)?;
            Ok(())
        })?;
        self.builder.build_unconditional_branch(join)?;

        self.builder.position_at_end(copy);
        let buffer_t = i64t.array_type(BUFFER);
        let buffer = self.entry_alloca(buffer_t.as_basic_type_enum(), "slice_buffer")?;
        let src_items = self.list_items(src)?;
        // Read the whole right-hand run first: the lists may be the same one.
        self.counted_loop(from.len, "gather", |this, k| {
            let at = this.position(from.start, from.step, k)?;
            let word = this.load_word(src_items, at)?;
            let slot = this.load_slot(buffer, k)?;
            // Volatile buffer accesses keep LLVM from turning these loops into `memcpy`
            // calls, which cost more than the loop for runs this short.
            let store = this.builder.build_store(slot, word)?;
            store
                .set_volatile(true)
                .map_err(|e| CodegenError(format!("internal compiler error: {e}")))?;
            Ok(())
        })?;
        let dst_items = self.list_items(dst)?;
        self.counted_loop(to.len, "scatter", |this, k| {
            let slot = this.load_slot(buffer, k)?;
            let word = this.builder.build_load(i64t, slot, "word")?;
            if let Some(load) = word.into_int_value().as_instruction() {
                load.set_volatile(true)
                    .map_err(|e| CodegenError(format!("internal compiler error: {e}")))?;
            }
            let at = this.position(to.start, to.step, k)?;
            // SAFETY: `at` is a position the slice selects, inside the list.
            let target = unsafe {
                this.builder
                    .build_in_bounds_gep(i64t, dst_items, &[at], "target")?
            };
            this.builder.build_store(target, word)?;
            Ok(())
        })?;
        self.builder.build_unconditional_branch(join)?;
        self.builder.position_at_end(join);
        Ok(())
    }

    fn slice_words(&self, slice: StructValue<'ctx>) -> Result<[IntValue<'ctx>; 3]> {
        let part = |i: u32| -> Result<IntValue<'ctx>> {
            Ok(self
                .builder
                .build_extract_value(slice, i, "bound")?
                .into_int_value())
        };
        Ok([part(0)?, part(1)?, part(2)?])
    }

    /// Resolves `[start:stop:step]` (int words, `NONE_WORD` if omitted) against `list`'s
    /// length as `slice.indices` does, assuming the step is ±1 (`ok` says whether it is).
    fn unit_slice(
        &self,
        list: PointerValue<'ctx>,
        [start, stop, step]: [IntValue<'ctx>; 3],
    ) -> Result<UnitSlice<'ctx>> {
        let b = &self.builder;
        let eq = |a: IntValue<'ctx>, n: i64, name: &str| {
            b.build_int_compare(IntPredicate::EQ, a, self.i64(n), name)
        };
        let select = |c: IntValue<'ctx>, x: IntValue<'ctx>, y: IntValue<'ctx>, name: &str| {
            Ok::<_, CodegenError>(b.build_select(c, x, y, name)?.into_int_value())
        };
        let len = self.raw_len(list.into())?;
        // Step words: None (1), 1 (2) or -1 (-2).
        let omitted_step = eq(step, 1, "step_omitted")?;
        let down = eq(step, -2, "down")?;
        let up = b.build_or(omitted_step, eq(step, 2, "up")?, "up")?;
        let unit = b.build_or(up, down, "unit_step")?;
        let bound_ok = |w: IntValue<'ctx>| -> Result<IntValue<'ctx>> {
            let tag = b.build_and(w, self.i64(1), "tag")?;
            let small = eq(tag, 0, "small")?;
            Ok(b.build_or(small, eq(w, 1, "omitted")?, "bound_ok")?)
        };
        let ok = b.build_and(unit, bound_ok(start)?, "ok")?;
        let ok = b.build_and(ok, bound_ok(stop)?, "ok")?;

        let one = self.i64(1);
        let minus_one = self.i64(-1);
        let last = b.build_int_sub(len, one, "last")?;
        let low = select(up, self.i64(0), minus_one, "low")?;
        let high = select(up, len, last, "high")?;
        let adjust = |w: IntValue<'ctx>, default: IntValue<'ctx>| -> Result<IntValue<'ctx>> {
            let raw = b.build_right_shift(w, one, true, "raw")?;
            let negative = b.build_int_compare(IntPredicate::SLT, raw, self.i64(0), "neg")?;
            let from_end = b.build_int_add(raw, len, "from_end")?;
            let below = b.build_int_compare(IntPredicate::SLT, from_end, low, "below")?;
            let from_end = select(below, low, from_end, "clamped")?;
            let above = b.build_int_compare(IntPredicate::SGT, raw, high, "above")?;
            let from_start = select(above, high, raw, "clamped")?;
            let adjusted = select(negative, from_end, from_start, "adjusted")?;
            select(eq(w, 1, "omitted")?, default, adjusted, "bound")
        };
        let start = adjust(start, select(up, self.i64(0), last, "default_start")?)?;
        let stop = adjust(stop, select(up, len, minus_one, "default_stop")?)?;
        let forward = b.build_int_sub(stop, start, "forward")?;
        let backward = b.build_int_sub(start, stop, "backward")?;
        let span = select(up, forward, backward, "span")?;
        let empty = b.build_int_compare(IntPredicate::SLT, span, self.i64(0), "empty")?;
        let count = select(empty, self.i64(0), span, "count")?;
        let step = select(up, one, minus_one, "step")?;
        Ok(UnitSlice {
            start,
            len: count,
            step,
            ok,
        })
    }

    /// `start + k * step`.
    fn position(
        &self,
        start: IntValue<'ctx>,
        step: IntValue<'ctx>,
        k: IntValue<'ctx>,
    ) -> Result<IntValue<'ctx>> {
        let offset = self.builder.build_int_mul(k, step, "offset")?;
        Ok(self.builder.build_int_add(start, offset, "at")?)
    }

    fn load_word(&self, items: PointerValue<'ctx>, at: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        let i64t = self.cx.context.i64_type();
        // SAFETY: `at` is a position the slice selects, inside the list.
        let slot = unsafe {
            self.builder
                .build_in_bounds_gep(i64t, items, &[at], "source")?
        };
        Ok(self
            .builder
            .build_load(i64t, slot, "word")?
            .into_int_value())
    }

    fn load_slot(
        &self,
        buffer: PointerValue<'ctx>,
        k: IntValue<'ctx>,
    ) -> Result<PointerValue<'ctx>> {
        let i64t = self.cx.context.i64_type();
        let buffer_t = i64t.array_type(BUFFER);
        // SAFETY: `k` < the run's length <= BUFFER.
        Ok(unsafe {
            self.builder
                .build_in_bounds_gep(buffer_t, buffer, &[i64t.const_zero(), k], "slot")?
        })
    }

    /// Runs `body` for k = 0, 1, ..., n - 1 (n >= 0), leaving the builder after the loop.
    fn counted_loop(
        &mut self,
        n: IntValue<'ctx>,
        name: &str,
        mut body: impl FnMut(&mut Self, IntValue<'ctx>) -> Result<()>,
    ) -> Result<()> {
        let context = self.cx.context;
        let before = self.insert_block()?;
        let head = context.append_basic_block(self.function, name);
        let inner = context.append_basic_block(self.function, name);
        let done = context.append_basic_block(self.function, name);
        self.builder.build_unconditional_branch(head)?;
        self.builder.position_at_end(head);
        let k = self.builder.build_phi(context.i64_type(), "k")?;
        let k_value = k.as_basic_value().into_int_value();
        let more = self
            .builder
            .build_int_compare(IntPredicate::SLT, k_value, n, "more")?;
        self.builder.build_conditional_branch(more, inner, done)?;
        self.builder.position_at_end(inner);
        body(self, k_value)?;
        let next = self.builder.build_int_add(k_value, self.i64(1), "next")?;
        let latch = self.insert_block()?;
        self.builder.build_unconditional_branch(head)?;
        k.add_incoming(&[(&self.i64(0), before), (&next, latch)]);
        self.builder.position_at_end(done);
        Ok(())
    }
}
