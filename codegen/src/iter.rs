//! Iteration over every iterable kind: the iterator of an iterable of type `T` (`Iter(T)`) is a
//! struct of plain values, so a `for` loop keeps it in registers.
//!
//! | iterable | iterator | has next |
//! |---|---|---|
//! | `range` | the range itself (`range.rs`) | `current` before `stop` |
//! | list, tuple | `{object, index, _}` | `index < len` (a list's live length, as CPython) |
//! | str | `{str, byte offset, _}` | `offset < byte length` |
//! | dict, its views, set | `{object, entry, len at start}` | `entry >= 0` (the runtime skips holes and raises if the size changed) |
//! | `reversed(list)` | `{list, index, _}` | `0 <= index < len` |
//! | `enumerate(x)` | `{iterator of x, count (an int word)}` | x's |
//! | `zip(a, b, ...)` | `{iterator of a, iterator of b, ...}` | all of them |
//! | a generator | `{generator, _, _}` | resuming it gives a value (`generator.rs`) |

use inkwell::types::{BasicTypeEnum, StructType};
use inkwell::values::{BasicValueEnum, IntValue, PointerValue, StructValue};
use inkwell::{AddressSpace, IntPredicate};
use kiln_lower::ir::{DictView, TypeId, TypeKind};

use crate::abi::RuntimeFn;
use crate::function::{FnCx, ModuleCx};
use crate::CodegenError;

type Result<T> = std::result::Result<T, CodegenError>;

impl<'ctx> ModuleCx<'ctx, '_> {
    /// The struct of an iterator over a value of type `iterable`.
    pub fn iter_type(&self, iterable: TypeId) -> StructType<'ctx> {
        let c = self.context;
        let i64t = c.i64_type().into();
        match self.module.types.kind(iterable) {
            TypeKind::Range => FnCx::range_type(c),
            TypeKind::Enumerate(inner) => {
                let inner = self.iter_type(*inner).into();
                c.struct_type(&[inner, i64t], false)
            }
            TypeKind::Zip(parts) => {
                let fields: Vec<BasicTypeEnum> =
                    parts.iter().map(|&p| self.iter_type(p).into()).collect();
                c.struct_type(&fields, false)
            }
            _ => {
                let ptr = c.ptr_type(AddressSpace::default()).into();
                c.struct_type(&[ptr, i64t, i64t], false)
            }
        }
    }
}

/// Which runtime walks the entries of a hashed container.
#[derive(Clone, Copy)]
enum Table {
    Dict,
    Set,
}

impl<'ctx> FnCx<'_, 'ctx, '_> {
    /// A fresh iterator over `iterable` (of type `ty`).
    pub(crate) fn iter_start(
        &mut self,
        iterable: BasicValueEnum<'ctx>,
        ty: TypeId,
    ) -> Result<BasicValueEnum<'ctx>> {
        let kind = self.cx.module.types.kind(ty).clone();
        let iter_type = self.cx.iter_type(ty);
        Ok(match kind {
            TypeKind::Range => iterable,
            TypeKind::Enumerate(inner) => {
                let pair = iterable.into_struct_value();
                let inner_value = self.builder.build_extract_value(pair, 0, "inner")?;
                let start = self.builder.build_extract_value(pair, 1, "start")?;
                let inner_iter = self.iter_start(inner_value, inner)?;
                self.pack(iter_type, &[inner_iter, start])?
            }
            TypeKind::Zip(parts) => {
                let mut fields = Vec::new();
                for (i, &part) in parts.iter().enumerate() {
                    let value = self.builder.build_extract_value(
                        iterable.into_struct_value(),
                        i as u32,
                        "part",
                    )?;
                    fields.push(self.iter_start(value, part)?);
                }
                self.pack(iter_type, &fields)?
            }
            TypeKind::Reversed(_) => {
                let len = self.raw_len(iterable)?;
                let last = self.builder.build_int_sub(len, self.i64(1), "last")?;
                self.pack(iter_type, &[iterable, last.into(), self.i64(0).into()])?
            }
            _ => match table(&kind) {
                Some(table) => {
                    let len = self.raw_len(iterable)?;
                    let first =
                        self.table_next(table, iterable.into_pointer_value(), self.i64(0), len)?;
                    self.pack(iter_type, &[iterable, first.into(), len.into()])?
                }
                None => self.pack(
                    iter_type,
                    &[iterable, self.i64(0).into(), self.i64(0).into()],
                )?,
            },
        })
    }

    /// Whether the iterator (over an iterable of type `ty`) has another item.
    pub(crate) fn iter_has_next(
        &mut self,
        iter: BasicValueEnum<'ctx>,
        ty: TypeId,
    ) -> Result<IntValue<'ctx>> {
        let kind = self.cx.module.types.kind(ty).clone();
        if let TypeKind::Range = kind {
            return self.range_has_next(iter);
        }
        let it = iter.into_struct_value();
        match kind {
            TypeKind::Enumerate(inner) => {
                let inner_iter = self.builder.build_extract_value(it, 0, "inner")?;
                self.iter_has_next(inner_iter, inner)
            }
            TypeKind::Generator(..) => {
                let (object, _) = self.object_and_pos(it)?;
                self.generator_next(object, ty)
            }
            TypeKind::Zip(parts) => {
                let mut all = self.cx.context.bool_type().const_int(1, false);
                for (i, &part) in parts.iter().enumerate() {
                    let part_iter = self.builder.build_extract_value(it, i as u32, "part")?;
                    let more = self.iter_has_next(part_iter, part)?;
                    all = self.builder.build_and(all, more, "more")?;
                }
                Ok(all)
            }
            TypeKind::Reversed(_) => {
                let (object, pos) = self.object_and_pos(it)?;
                let len = self.raw_len(object.into())?;
                Ok(self
                    .builder
                    .build_int_compare(IntPredicate::ULT, pos, len, "more")?)
            }
            TypeKind::Str => {
                let (object, pos) = self.object_and_pos(it)?;
                let bytes = self.load_i64(object, 8, "bytes")?;
                Ok(self
                    .builder
                    .build_int_compare(IntPredicate::SLT, pos, bytes, "more")?)
            }
            _ if table(&kind).is_some() => {
                let table = table(&kind).ok_or_else(|| CodegenError("no table".into()))?;
                let (object, pos) = self.object_and_pos(it)?;
                let more =
                    self.builder
                        .build_int_compare(IntPredicate::SGE, pos, self.i64(0), "more")?;
                // Exhausted: CPython's final `next()` still checks that the size did not
                // change (an insertion while on the last entry raises RuntimeError).
                let context = self.cx.context;
                let check = context.append_basic_block(self.function, "iter_end_check");
                let done = context.append_basic_block(self.function, "iter_checked");
                self.builder.build_conditional_branch(more, done, check)?;
                self.builder.position_at_end(check);
                let len = self
                    .builder
                    .build_extract_value(it, 2, "len")?
                    .into_int_value();
                self.table_next(table, object, self.i64(i64::MAX), len)?;
                self.builder.build_unconditional_branch(done)?;
                self.builder.position_at_end(done);
                Ok(more)
            }
            _ => {
                let (object, pos) = self.object_and_pos(it)?;
                let len = self.raw_len(object.into())?;
                Ok(self
                    .builder
                    .build_int_compare(IntPredicate::SLT, pos, len, "more")?)
            }
        }
    }

    /// Whether a `zip` iterator (SSA value `key`) has another item: its parts are asked in
    /// order, and the first exhausted one ends it, as CPython's `zip` stops (the later parts
    /// are not advanced). A generator part's value is read as soon as it yields (the same
    /// generator may be a later part too), kept in `zip_yields` for the value.
    pub(crate) fn zip_has_next(
        &mut self,
        key: kiln_lower::ir::Value,
        iter: BasicValueEnum<'ctx>,
        parts: &[TypeId],
    ) -> Result<IntValue<'ctx>> {
        let c = self.cx.context;
        let it = iter.into_struct_value();
        let done = c.append_basic_block(self.function, "zip.done");
        // Each way into `done`: the block, the parts asked, the result.
        let mut exits: Vec<(
            inkwell::basic_block::BasicBlock<'ctx>,
            usize,
            IntValue<'ctx>,
        )> = Vec::new();
        let mut yields: Vec<Option<BasicValueEnum<'ctx>>> = Vec::new();
        for (i, &part) in parts.iter().enumerate() {
            let part_iter = self.builder.build_extract_value(it, i as u32, "part")?;
            let more = self.iter_has_next(part_iter, part)?;
            yields.push(match *self.cx.module.types.kind(part) {
                TypeKind::Generator(item, _) if item != TypeId::NEVER => {
                    let (object, _) = self.object_and_pos(part_iter.into_struct_value())?;
                    Some(self.generator_value(object, part, item)?)
                }
                _ => None,
            });
            let block = self
                .builder
                .get_insert_block()
                .ok_or_else(|| CodegenError("builder not positioned".into()))?;
            if i + 1 == parts.len() {
                exits.push((block, i, more));
                self.builder.build_unconditional_branch(done)?;
            } else {
                let next = c.append_basic_block(self.function, "zip.next");
                exits.push((block, i, c.bool_type().const_zero()));
                self.builder.build_conditional_branch(more, next, done)?;
                self.builder.position_at_end(next);
            }
        }
        self.builder.position_at_end(done);
        let result = self.builder.build_phi(c.bool_type(), "more")?;
        for &(block, _, more) in &exits {
            result.add_incoming(&[(&more, block)]);
        }
        let mut kept = Vec::with_capacity(yields.len());
        for (i, value) in yields.into_iter().enumerate() {
            kept.push(match value {
                None => None,
                Some(value) => {
                    let phi = self.builder.build_phi(value.get_type(), "yielded")?;
                    for &(block, asked, _) in &exits {
                        let incoming = match asked >= i {
                            true => value,
                            false => crate::function::poison(value.get_type()),
                        };
                        phi.add_incoming(&[(&incoming, block)]);
                    }
                    Some(phi.as_basic_value())
                }
            });
        }
        self.zip_yields.insert(key, kept);
        Ok(result.as_basic_value().into_int_value())
    }

    /// The iterator's current item, a value of type `item`.
    pub(crate) fn iter_value(
        &mut self,
        iter: BasicValueEnum<'ctx>,
        ty: TypeId,
        item: TypeId,
    ) -> Result<BasicValueEnum<'ctx>> {
        self.iter_value_with(iter, ty, item, None)
    }

    /// The iterator's current item, a value of type `item`; for a `zip`, with the values of
    /// its generator parts its test read (see [`Self::zip_has_next`]).
    pub(crate) fn iter_value_with(
        &mut self,
        iter: BasicValueEnum<'ctx>,
        ty: TypeId,
        item: TypeId,
        yielded: Option<&[Option<BasicValueEnum<'ctx>>]>,
    ) -> Result<BasicValueEnum<'ctx>> {
        let kind = self.cx.module.types.kind(ty).clone();
        if let TypeKind::Range = kind {
            return Ok(self.range_value(iter)?.into());
        }
        let it = iter.into_struct_value();
        let field_types = |this: &Self| match this.cx.module.types.kind(item) {
            TypeKind::Tuple(ts) => ts.clone(),
            _ => Vec::new(),
        };
        match kind {
            TypeKind::Enumerate(inner) => {
                let fields = field_types(self);
                let inner_iter = self.builder.build_extract_value(it, 0, "inner")?;
                let count = self
                    .builder
                    .build_extract_value(it, 1, "count")?
                    .into_int_value();
                let value = self.iter_value(inner_iter, inner, fields[1])?;
                self.new_tuple(item, &[count.into(), value], &fields)
            }
            TypeKind::Zip(parts) => {
                let fields = field_types(self);
                let mut values = Vec::new();
                for (i, &part) in parts.iter().enumerate() {
                    if let Some(value) = yielded.and_then(|y| y.get(i).copied().flatten()) {
                        values.push(value);
                        continue;
                    }
                    let part_iter = self.builder.build_extract_value(it, i as u32, "part")?;
                    values.push(self.iter_value(part_iter, part, fields[i])?);
                }
                self.new_tuple(item, &values, &fields)
            }
            TypeKind::List(_) | TypeKind::Reversed(_) => {
                let (object, pos) = self.object_and_pos(it)?;
                self.list_load(object, pos, item)
            }
            TypeKind::Tuple(_) => {
                let (object, pos) = self.object_and_pos(it)?;
                self.tuple_load(object, pos, item)
            }
            TypeKind::Str => {
                let (object, pos) = self.object_and_pos(it)?;
                self.call(RuntimeFn::StrCharAt, &[object.into(), pos.into()])
            }
            TypeKind::Bytes => {
                // The bytes follow the 32-byte header; each item is an int in 0..256.
                let (object, pos) = self.object_and_pos(it)?;
                let i8t = self.cx.context.i8_type();
                let at = self.builder.build_int_add(pos, self.i64(32), "at")?;
                // SAFETY: `pos` < the object's length, so the byte is inside the object.
                let byte_ptr = unsafe {
                    self.builder
                        .build_in_bounds_gep(i8t, object, &[at], "byte")?
                };
                let byte = self
                    .builder
                    .build_load(i8t, byte_ptr, "byte")?
                    .into_int_value();
                let wide =
                    self.builder
                        .build_int_z_extend(byte, self.cx.context.i64_type(), "item")?;
                Ok(self.tag(wide)?.into())
            }
            TypeKind::Dict(..) | TypeKind::DictView(DictView::Keys, _) => {
                let (object, pos) = self.object_and_pos(it)?;
                self.entry(RuntimeFn::DictEntryKey, object, pos, item)
            }
            TypeKind::DictView(DictView::Values, _) => {
                let (object, pos) = self.object_and_pos(it)?;
                self.entry(RuntimeFn::DictEntryValue, object, pos, item)
            }
            TypeKind::DictView(DictView::Items, _) => {
                let fields = field_types(self);
                let (object, pos) = self.object_and_pos(it)?;
                let key = self.entry(RuntimeFn::DictEntryKey, object, pos, fields[0])?;
                let value = self.entry(RuntimeFn::DictEntryValue, object, pos, fields[1])?;
                self.new_tuple(item, &[key, value], &fields)
            }
            TypeKind::Set(_) | TypeKind::FrozenSet(_) => {
                let (object, pos) = self.object_and_pos(it)?;
                self.entry(RuntimeFn::SetEntry, object, pos, item)
            }
            TypeKind::Generator(..) => {
                let (object, _) = self.object_and_pos(it)?;
                self.generator_value(object, ty, item)
            }
            other => Err(CodegenError(format!(
                "internal compiler error: iteration over {other:?}"
            ))),
        }
    }

    /// The iterator moved past its current item.
    pub(crate) fn iter_advance(
        &mut self,
        iter: BasicValueEnum<'ctx>,
        ty: TypeId,
    ) -> Result<BasicValueEnum<'ctx>> {
        let kind = self.cx.module.types.kind(ty).clone();
        if let TypeKind::Range = kind {
            return self.range_advance(iter);
        }
        let it = iter.into_struct_value();
        let iter_type = self.cx.iter_type(ty);
        match kind {
            TypeKind::Enumerate(inner) => {
                let inner_iter = self.builder.build_extract_value(it, 0, "inner")?;
                let count = self
                    .builder
                    .build_extract_value(it, 1, "count")?
                    .into_int_value();
                let next = self.iter_advance(inner_iter, inner)?;
                // The count is an int word: tagged 1 is 2.
                let count = self.int_binary(kiln_lower::ir::IntOp::Add, count, self.i64(2))?;
                self.pack(iter_type, &[next, count.into()])
            }
            TypeKind::Zip(parts) => {
                let mut fields = Vec::new();
                for (i, &part) in parts.iter().enumerate() {
                    let part_iter = self.builder.build_extract_value(it, i as u32, "part")?;
                    fields.push(self.iter_advance(part_iter, part)?);
                }
                self.pack(iter_type, &fields)
            }
            TypeKind::Reversed(_) => self.with_pos(it, |this, _, pos| {
                Ok(this.builder.build_int_sub(pos, this.i64(1), "pos")?)
            }),
            // Asking a generator for a value moves it on.
            TypeKind::Generator(..) => Ok(iter),
            TypeKind::Str => self.with_pos(it, |this, object, pos| {
                let ch = this.call(RuntimeFn::StrCharAt, &[object.into(), pos.into()])?;
                let width = this.load_i64(ch.into_pointer_value(), 8, "width")?;
                Ok(this.builder.build_int_add(pos, width, "pos")?)
            }),
            _ => match table(&kind) {
                Some(table) => {
                    let len = self
                        .builder
                        .build_extract_value(it, 2, "len")?
                        .into_int_value();
                    self.with_pos(it, |this, object, pos| {
                        let after = this.builder.build_int_add(pos, this.i64(1), "after")?;
                        this.table_next(table, object, after, len)
                    })
                }
                None => self.with_pos(it, |this, _, pos| {
                    Ok(this.builder.build_int_add(pos, this.i64(1), "pos")?)
                }),
            },
        }
    }

    /// A struct of type `ty` from its fields.
    fn pack(
        &self,
        ty: StructType<'ctx>,
        fields: &[BasicValueEnum<'ctx>],
    ) -> Result<BasicValueEnum<'ctx>> {
        let mut agg = ty.get_undef();
        for (i, field) in fields.iter().enumerate() {
            agg = self
                .builder
                .build_insert_value(agg, *field, i as u32, "iter")?
                .into_struct_value();
        }
        Ok(agg.into())
    }

    fn object_and_pos(
        &self,
        it: StructValue<'ctx>,
    ) -> Result<(PointerValue<'ctx>, IntValue<'ctx>)> {
        let object = self
            .builder
            .build_extract_value(it, 0, "object")?
            .into_pointer_value();
        let pos = self
            .builder
            .build_extract_value(it, 1, "pos")?
            .into_int_value();
        Ok((object, pos))
    }

    /// The iterator with its position replaced by `step(object, pos)`.
    fn with_pos(
        &mut self,
        it: StructValue<'ctx>,
        step: impl FnOnce(&mut Self, PointerValue<'ctx>, IntValue<'ctx>) -> Result<IntValue<'ctx>>,
    ) -> Result<BasicValueEnum<'ctx>> {
        let (object, pos) = self.object_and_pos(it)?;
        let next = step(self, object, pos)?;
        Ok(self
            .builder
            .build_insert_value(it, next, 1, "iter")?
            .into_struct_value()
            .into())
    }

    /// The first live entry of a dict or set at or after `pos` (-1 at the end).
    fn table_next(
        &mut self,
        table: Table,
        object: PointerValue<'ctx>,
        pos: IntValue<'ctx>,
        len: IntValue<'ctx>,
    ) -> Result<IntValue<'ctx>> {
        let f = match table {
            Table::Dict => RuntimeFn::DictIterNext,
            Table::Set => RuntimeFn::SetIterNext,
        };
        Ok(self
            .call(f, &[object.into(), pos.into(), len.into()])?
            .into_int_value())
    }

    /// A key, value or element word of entry `pos`, as a value of type `ty`.
    fn entry(
        &mut self,
        f: RuntimeFn,
        object: PointerValue<'ctx>,
        pos: IntValue<'ctx>,
        ty: TypeId,
    ) -> Result<BasicValueEnum<'ctx>> {
        let word = self.call(f, &[object.into(), pos.into()])?.into_int_value();
        self.word_to_value(word, ty)
    }

    /// A new tuple of type `ty` from field values of types `fields`.
    fn new_tuple(
        &mut self,
        ty: TypeId,
        values: &[BasicValueEnum<'ctx>],
        fields: &[TypeId],
    ) -> Result<BasicValueEnum<'ctx>> {
        let words = values
            .iter()
            .zip(fields)
            .map(|(&v, &t)| self.value_to_word(v, t))
            .collect::<Result<Vec<_>>>()?;
        self.tuple_from_words(ty, &words)
    }
}

/// The hashed containers and views, by their runtime.
fn table(kind: &TypeKind) -> Option<Table> {
    match kind {
        TypeKind::Dict(..) | TypeKind::DictView(..) => Some(Table::Dict),
        TypeKind::Set(_) | TypeKind::FrozenSet(_) => Some(Table::Set),
        _ => None,
    }
}
