//! Containers in generated code: the static type descriptors the runtime reads, conversions
//! between typed values and the runtime's 64-bit words (`docs/runtime.md`), and instruction
//! selection for container instructions.
//!
//! The hot operations are inline: `len` is a load, `xs[i]` and `xs[i] = v` check the index
//! against the length and load or store the word, `append` stores while there is capacity. Their
//! slow paths (big or out-of-range indices, a full buffer) call the runtime, which raises or
//! grows. Everything else goes through [`Inst::Rt`](kiln_lower::ir::Inst::Rt): a runtime call
//! whose operands are converted to the function's parameter types here.

use inkwell::types::BasicTypeEnum;
use inkwell::values::{BasicMetadataValueEnum, BasicValueEnum, IntValue, PointerValue};
use inkwell::{AddressSpace, IntPredicate};
use kiln_lower::ir::{Const, Container, Inst, RtFn, TypeId, TypeKind, Value, ValueDef};

use crate::abi::{AbiType, RuntimeFn};
use crate::function::{FnCx, ModuleCx};
use crate::CodegenError;

type Result<T> = std::result::Result<T, CodegenError>;

/// Byte offsets of object fields read by generated code (`runtime/src/list.rs`, `dict.rs`,
/// `set.rs`): every container has its length right after the header.
const LEN: u64 = 8;
const LIST_CAP: u64 = 16;
const LIST_ITEMS: u64 = 24;
const TUPLE_ITEMS: u64 = 24;

/// The word of `None` passed for an optional int argument (`NONE_INT` in the runtime).
const NONE_WORD: u64 = 1;

/// The bits of a float `Optional[float]` that is None: a signalling NaN whose payload no
/// float operation produces (they quiet NaNs, and kiln never makes this one otherwise).
const NONE_FLOAT_BITS: u64 = 0x7ff4_0000_0000_4e4f;

/// The runtime's descriptor tags (`runtime/src/value.rs`).
fn tag(kind: &TypeKind) -> u32 {
    match kind {
        TypeKind::None => 1,
        TypeKind::Bool => 2,
        TypeKind::Int => 3,
        TypeKind::Float => 4,
        TypeKind::Str => 5,
        TypeKind::List(_) => 6,
        TypeKind::Tuple(_) => 7,
        TypeKind::Dict(..) => 8,
        TypeKind::Set(_) => 9,
        TypeKind::FrozenSet(_) => 10,
        TypeKind::Bytes => 11,
        TypeKind::Exception => 12,
        // Cells and function objects are laid out as instances.
        TypeKind::Instance(_)
        | TypeKind::Poly(_)
        | TypeKind::Cell(_)
        | TypeKind::Closure(..)
        | TypeKind::Funcs(_) => 13,
        TypeKind::ExcArgs => 14,
        TypeKind::Generator(..) => 15,
        _ => 0,
    }
}

impl<'ctx> ModuleCx<'ctx, '_> {
    /// A pointer to the static descriptor of `ty` (emitted once per type).
    pub fn type_desc(&mut self, ty: TypeId) -> PointerValue<'ctx> {
        // An optional (an instance field) is traced as its value: None is a null pointer or
        // an int word the collector skips.
        if let Some(inner) = self.module.types.optional_inner(ty) {
            return self.type_desc(inner);
        }
        let name = format!("kiln.desc.{}", ty.0);
        if let Some(global) = self.llvm.get_global(&name) {
            return global.as_pointer_value();
        }
        let c = self.context;
        let ptr_t = c.ptr_type(AddressSpace::default());
        let kind = self.module.types.kind(ty).clone();
        let args: Vec<TypeId> = match &kind {
            TypeKind::List(t) | TypeKind::Set(t) | TypeKind::FrozenSet(t) => vec![*t],
            TypeKind::Dict(k, v) => vec![*k, *v],
            TypeKind::Tuple(ts) => ts.clone(),
            _ => Vec::new(),
        };
        let desc_t = c.struct_type(
            &[c.i32_type().into(), c.i32_type().into(), ptr_t.into()],
            false,
        );
        // Declared before its arguments, so a recursive use finds it.
        let global = self.llvm.add_global(desc_t, None, &name);
        global.set_linkage(inkwell::module::Linkage::Private);
        let arg_ptrs: Vec<PointerValue> = args.iter().map(|&a| self.type_desc(a)).collect();
        let args_value = if arg_ptrs.is_empty() {
            ptr_t.const_null()
        } else {
            let array = ptr_t.const_array(&arg_ptrs);
            let args_global = self
                .llvm
                .add_global(array.get_type(), None, &format!("{name}.args"));
            args_global.set_linkage(inkwell::module::Linkage::Private);
            args_global.set_initializer(&array);
            args_global.set_constant(true);
            args_global.as_pointer_value()
        };
        // Instances of exception classes are exception objects.
        let tag = match self.module.types.exception_class(ty) {
            Some(_) => tag(&TypeKind::Exception),
            None => tag(&kind),
        };
        let value = desc_t.const_named_struct(&[
            c.i32_type().const_int(u64::from(tag), false).into(),
            c.i32_type().const_int(args.len() as u64, false).into(),
            args_value.into(),
        ]);
        global.set_initializer(&value);
        global.set_constant(true);
        global.as_pointer_value()
    }

    /// The LLVM type of a slice: three int words (`NONE_WORD` for an omitted bound).
    pub fn slice_type(&self) -> BasicTypeEnum<'ctx> {
        let i64t = self.context.i64_type().into();
        self.context.struct_type(&[i64t, i64t, i64t], false).into()
    }
}

impl<'ctx> FnCx<'_, 'ctx, '_> {
    /// The None of `Optional[T]` (`ty` is the optional or `T`): the int word `NONE_WORD`, the
    /// float `NONE_FLOAT_BITS`, or a null object pointer.
    pub(crate) fn none_of(&self, ty: TypeId) -> Result<BasicValueEnum<'ctx>> {
        let types = &self.cx.module.types;
        let inner = types.optional_inner(ty).unwrap_or(ty);
        let i64t = self.cx.context.i64_type();
        Ok(match types.kind(inner) {
            TypeKind::Int => i64t.const_int(NONE_WORD, false).into(),
            TypeKind::Float => self
                .cx
                .context
                .f64_type()
                .const_float(f64::from_bits(NONE_FLOAT_BITS))
                .into(),
            _ if types.is_object(inner) => self
                .cx
                .context
                .ptr_type(AddressSpace::default())
                .const_null()
                .into(),
            other => {
                return Err(CodegenError(format!(
                    "internal compiler error: a {other:?} cannot be None"
                )))
            }
        })
    }

    /// A value of `Optional[T]`'s representation as an integer, to compare with None.
    pub(crate) fn bits_of(&self, value: BasicValueEnum<'ctx>) -> Result<IntValue<'ctx>> {
        let i64t = self.cx.context.i64_type();
        Ok(match value {
            BasicValueEnum::IntValue(v) => v,
            BasicValueEnum::FloatValue(v) => self
                .builder
                .build_bit_cast(v, i64t, "bits")?
                .into_int_value(),
            BasicValueEnum::PointerValue(v) => self.builder.build_ptr_to_int(v, i64t, "bits")?,
            other => {
                return Err(CodegenError(format!(
                    "internal compiler error: {other:?} has no bits to compare"
                )))
            }
        })
    }

    /// A typed value as a runtime word.
    pub(crate) fn value_to_word(
        &mut self,
        value: BasicValueEnum<'ctx>,
        ty: TypeId,
    ) -> Result<IntValue<'ctx>> {
        // An optional has its value's representation, None included.
        if let Some(inner) = self.cx.module.types.optional_inner(ty) {
            return self.value_to_word(value, inner);
        }
        let i64t = self.cx.context.i64_type();
        Ok(match self.cx.module.types.kind(ty) {
            TypeKind::Int => value.into_int_value(),
            TypeKind::Float => self
                .builder
                .build_bit_cast(value, i64t, "bits")?
                .into_int_value(),
            TypeKind::Bool => {
                self.builder
                    .build_int_z_extend(value.into_int_value(), i64t, "word")?
            }
            TypeKind::None => i64t.const_int(NONE_WORD, false),
            // A function is stored as the static object standing for it, as where several
            // functions meet (so a container of one function is one of several).
            TypeKind::Func(code) => {
                let object = self.func_object(*code)?.into_pointer_value();
                self.builder.build_ptr_to_int(object, i64t, "word")?
            }
            // A value known from its type alone (a class) has nothing to store.
            TypeKind::Builtin(_) | TypeKind::Class(_) => i64t.const_zero(),
            // No value of type `never` exists at run time.
            TypeKind::Never => i64t.get_poison(),
            _ if value.is_pointer_value() => {
                self.builder
                    .build_ptr_to_int(value.into_pointer_value(), i64t, "word")?
            }
            other => {
                return Err(CodegenError(format!(
                    "internal compiler error: a {other:?} value has no word"
                )))
            }
        })
    }

    /// A runtime word as a typed value.
    pub(crate) fn word_to_value(
        &self,
        word: IntValue<'ctx>,
        ty: TypeId,
    ) -> Result<BasicValueEnum<'ctx>> {
        if let Some(inner) = self.cx.module.types.optional_inner(ty) {
            return self.word_to_value(word, inner);
        }
        let c = self.cx.context;
        Ok(match self.cx.module.types.kind(ty) {
            TypeKind::Int => word.into(),
            TypeKind::Float => self.builder.build_bit_cast(word, c.f64_type(), "float")?,
            TypeKind::Bool => self
                .builder
                .build_int_truncate(word, c.bool_type(), "bool")?
                .into(),
            _ if self.cx.module.types.is_object(ty) => self
                .builder
                .build_int_to_ptr(word, c.ptr_type(AddressSpace::default()), "object")?
                .into(),
            _ => crate::function::poison(self.cx.llvm_type(ty)),
        })
    }

    /// The address `offset` bytes into object `object`.
    pub(crate) fn field_ptr(
        &self,
        object: PointerValue<'ctx>,
        offset: u64,
    ) -> Result<PointerValue<'ctx>> {
        let i8t = self.cx.context.i8_type();
        // SAFETY: callers pass offsets of fields of the object's layout.
        Ok(unsafe {
            self.builder.build_in_bounds_gep(
                i8t,
                object,
                &[self.cx.context.i64_type().const_int(offset, false)],
                "field",
            )?
        })
    }

    /// Loads the i64 field at `offset` of `object`.
    pub(crate) fn load_i64(
        &self,
        object: PointerValue<'ctx>,
        offset: u64,
        name: &str,
    ) -> Result<IntValue<'ctx>> {
        let field = self.field_ptr(object, offset)?;
        let i64t = self.cx.context.i64_type();
        Ok(self.builder.build_load(i64t, field, name)?.into_int_value())
    }

    /// The address of word `index` of a word array.
    fn word_ptr(
        &self,
        words: PointerValue<'ctx>,
        index: IntValue<'ctx>,
    ) -> Result<PointerValue<'ctx>> {
        let i64t = self.cx.context.i64_type();
        // SAFETY: callers check `index` against the array's length.
        Ok(unsafe {
            self.builder
                .build_in_bounds_gep(i64t, words, &[index], "slot")?
        })
    }

    /// The raw length of a container (`len` field).
    pub(crate) fn raw_len(&self, object: BasicValueEnum<'ctx>) -> Result<IntValue<'ctx>> {
        self.load_i64(object.into_pointer_value(), LEN, "len")
    }

    /// The element buffer of a list.
    pub(crate) fn list_items(&self, list: PointerValue<'ctx>) -> Result<PointerValue<'ctx>> {
        let field = self.field_ptr(list, LIST_ITEMS)?;
        let ptr = self.cx.context.ptr_type(AddressSpace::default());
        Ok(self
            .builder
            .build_load(ptr, field, "items")?
            .into_pointer_value())
    }

    /// Word `index` (raw, in bounds) of a list, as a value of type `ty`.
    pub(crate) fn list_load(
        &self,
        list: PointerValue<'ctx>,
        index: IntValue<'ctx>,
        ty: TypeId,
    ) -> Result<BasicValueEnum<'ctx>> {
        let items = self.list_items(list)?;
        let slot = self.word_ptr(items, index)?;
        let word = self
            .builder
            .build_load(self.cx.context.i64_type(), slot, "item")?
            .into_int_value();
        self.word_to_value(word, ty)
    }

    /// Word `index` (raw, in bounds) of a tuple, as a value of type `ty`.
    pub(crate) fn tuple_load(
        &self,
        tuple: PointerValue<'ctx>,
        index: IntValue<'ctx>,
        ty: TypeId,
    ) -> Result<BasicValueEnum<'ctx>> {
        let words = self.field_ptr(tuple, TUPLE_ITEMS)?;
        let slot = self.word_ptr(words, index)?;
        let word = self
            .builder
            .build_load(self.cx.context.i64_type(), slot, "field")?
            .into_int_value();
        self.word_to_value(word, ty)
    }

    /// Emits a container instruction; `Ok(None)` for instructions that are not container
    /// instructions (or have no result).
    pub(crate) fn container_inst(
        &mut self,
        value: Value,
        inst: &Inst,
    ) -> Result<Option<BasicValueEnum<'ctx>>> {
        let ty = self.func.ty(value);
        Ok(Some(match inst {
            Inst::New(kind, items) => self.new_container(*kind, items, ty)?,
            Inst::Len(c) => {
                let c = self.value(*c)?;
                let len = self.raw_len(c)?;
                self.tag(len)?.into()
            }
            Inst::ListGet(list, index) => {
                let elem = ty;
                let (list, index) = (
                    self.value(*list)?.into_pointer_value(),
                    self.value(*index)?.into_int_value(),
                );
                let raw = self.checked_index(list, index, RuntimeFn::ListGetItem, None)?;
                self.list_load(list, raw, elem)?
            }
            Inst::ListSet(list, index, item) => {
                let item_word = self.word_of(*item)?;
                let (list, index) = (
                    self.value(*list)?.into_pointer_value(),
                    self.value(*index)?.into_int_value(),
                );
                let raw =
                    self.checked_index(list, index, RuntimeFn::ListSetItem, Some(item_word))?;
                let items = self.list_items(list)?;
                let slot = self.word_ptr(items, raw)?;
                self.builder.build_store(slot, item_word)?;
                return Ok(None);
            }
            Inst::ListAppend(list, item) => {
                let word = self.word_of(*item)?;
                let list = self.value(*list)?.into_pointer_value();
                self.list_append(list, word)?;
                return Ok(None);
            }
            Inst::TupleGet(tuple, index) => {
                let tuple = self.value(*tuple)?.into_pointer_value();
                let index = self.i64(i64::from(*index));
                self.tuple_load(tuple, index, ty)?
            }
            Inst::TypeDesc(t) => self.cx.type_desc(*t).into(),
            Inst::BuildSlice(a, b, c) => {
                let slice = self.cx.slice_type().into_struct_type();
                let mut agg = slice.get_undef();
                for (i, part) in [a, b, c].into_iter().enumerate() {
                    let word = self.word_of(*part)?;
                    agg = self
                        .builder
                        .build_insert_value(agg, word, i as u32, "slice")?
                        .into_struct_value();
                }
                agg.into()
            }
            Inst::Rt(RtFn::ListSetSliceFrom, args) => {
                self.list_set_slice_from(args)?;
                return Ok(None);
            }
            Inst::Rt(f, args) => match self.rt_call(*f, args, ty)? {
                Some(result) => result,
                None => return Ok(None),
            },
            _ => {
                return Err(CodegenError(format!(
                    "internal compiler error: {inst:?} is not a container instruction"
                )))
            }
        }))
    }

    /// The runtime word of an IR value.
    pub(crate) fn word_of(&mut self, v: Value) -> Result<IntValue<'ctx>> {
        let value = self.value(v)?;
        self.value_to_word(value, self.func.ty(v))
    }

    /// The in-bounds raw index for `list[index]` (negative indices count from the end); out
    /// of range or big, the runtime's `slow` function raises IndexError.
    fn checked_index(
        &mut self,
        list: PointerValue<'ctx>,
        index: IntValue<'ctx>,
        slow: RuntimeFn,
        item: Option<IntValue<'ctx>>,
    ) -> Result<IntValue<'ctx>> {
        let len = self.load_i64(list, LEN, "len")?;
        let b = &self.builder;
        let raw = b.build_right_shift(index, self.i64(1), true, "raw")?;
        let negative = b.build_int_compare(IntPredicate::SLT, raw, self.i64(0), "negative")?;
        let from_end = b.build_int_add(raw, len, "from_end")?;
        let adjusted = b
            .build_select(negative, from_end, raw, "index")?
            .into_int_value();
        let in_range = b.build_int_compare(IntPredicate::ULT, adjusted, len, "in_range")?;
        let tag_bit = b.build_and(index, self.i64(1), "tag")?;
        let small = b.build_int_compare(IntPredicate::EQ, tag_bit, self.i64(0), "small")?;
        let ok = b.build_and(small, in_range, "ok")?;
        self.unless(ok, "index_error", |this| {
            let mut args: Vec<BasicMetadataValueEnum> = vec![list.into(), index.into()];
            args.extend(item.map(BasicMetadataValueEnum::from));
            this.call(slow, &args)?;
            Ok(())
        })?;
        Ok(adjusted)
    }

    /// Runs `slow` (which must not return) in a cold block when `ok` is false.
    fn unless(
        &mut self,
        ok: IntValue<'ctx>,
        name: &str,
        slow: impl FnOnce(&mut Self) -> Result<()>,
    ) -> Result<()> {
        let context = self.cx.context;
        let current = self.insert_block()?;
        let cold = context.append_basic_block(self.function, name);
        let cont = context.insert_basic_block_after(current, "ok");
        self.builder.build_conditional_branch(ok, cont, cold)?;
        self.builder.position_at_end(cold);
        slow(self)?;
        self.builder.build_unreachable()?;
        self.builder.position_at_end(cont);
        Ok(())
    }

    /// The block the builder is in.
    pub(crate) fn insert_block(&self) -> Result<inkwell::basic_block::BasicBlock<'ctx>> {
        self.builder
            .get_insert_block()
            .ok_or_else(|| CodegenError("builder not positioned".into()))
    }

    /// `list.append(word)`: a store while there is capacity, the runtime otherwise.
    fn list_append(&mut self, list: PointerValue<'ctx>, word: IntValue<'ctx>) -> Result<()> {
        let context = self.cx.context;
        let len = self.load_i64(list, LEN, "len")?;
        let cap = self.load_i64(list, LIST_CAP, "cap")?;
        let room = self
            .builder
            .build_int_compare(IntPredicate::SLT, len, cap, "room")?;
        let current = self.insert_block()?;
        let fast = context.insert_basic_block_after(current, "append");
        let slow = context.insert_basic_block_after(fast, "grow");
        let done = context.insert_basic_block_after(slow, "appended");
        self.builder.build_conditional_branch(room, fast, slow)?;
        self.builder.position_at_end(fast);
        let items = self.list_items(list)?;
        let slot = self.word_ptr(items, len)?;
        self.builder.build_store(slot, word)?;
        let new_len = self.builder.build_int_add(len, self.i64(1), "len")?;
        let len_field = self.field_ptr(list, LEN)?;
        self.builder.build_store(len_field, new_len)?;
        self.builder.build_unconditional_branch(done)?;
        self.builder.position_at_end(slow);
        self.call(RuntimeFn::ListAppend, &[list.into(), word.into()])?;
        self.builder.build_unconditional_branch(done)?;
        self.builder.position_at_end(done);
        Ok(())
    }

    /// A new container of type `ty` holding `items` (a dict's alternate key, value).
    fn new_container(
        &mut self,
        kind: Container,
        items: &[Value],
        ty: TypeId,
    ) -> Result<BasicValueEnum<'ctx>> {
        let n = i64::try_from(items.len()).unwrap_or(i64::MAX);
        if let TypeKind::Zip(_) | TypeKind::Enumerate(_) = self.cx.module.types.kind(ty) {
            // `zip(a, b)` is the struct of its iterables, `enumerate(x, start)` of `x` and
            // `start`.
            let llvm = self.cx.llvm_type(ty).into_struct_type();
            let mut agg = llvm.get_undef();
            for (i, &item) in items.iter().enumerate() {
                let v = self.value(item)?;
                agg = self
                    .builder
                    .build_insert_value(agg, v, i as u32, "zip")?
                    .into_struct_value();
            }
            return Ok(agg.into());
        }
        let desc = self.cx.type_desc(ty);
        let words = items
            .iter()
            .map(|&v| self.word_of(v))
            .collect::<Result<Vec<_>>>()?;
        Ok(match kind {
            Container::List => {
                let list = self
                    .call(RuntimeFn::ListNew, &[desc.into(), self.i64(n).into()])?
                    .into_pointer_value();
                if n > 0 {
                    let buffer = self.list_items(list)?;
                    for (i, word) in words.iter().enumerate() {
                        let slot = self.word_ptr(buffer, self.i64(i as i64))?;
                        self.builder.build_store(slot, *word)?;
                    }
                    let len_field = self.field_ptr(list, LEN)?;
                    self.builder.build_store(len_field, self.i64(n))?;
                }
                list.into()
            }
            Container::Tuple => self.tuple_from_words(ty, &words)?,
            Container::Set => {
                let set = self.call(RuntimeFn::SetNew, &[desc.into(), self.i64(n).into()])?;
                for word in &words {
                    self.call(RuntimeFn::SetAdd, &[set.into(), (*word).into()])?;
                }
                // CPython builds a display of three or more constants from a frozenset
                // constant, which can order it differently.
                let constants = items.len() >= 3 && items.iter().all(|&v| self.is_constant(v));
                if constants {
                    self.call(RuntimeFn::SetDisplay, &[set.into(), desc.into()])?
                } else {
                    set
                }
            }
            Container::Dict => {
                let dict = self.call(RuntimeFn::DictNew, &[desc.into(), self.i64(n / 2).into()])?;
                for pair in words.chunks(2) {
                    if let [key, value] = pair {
                        self.call(
                            RuntimeFn::DictSetItem,
                            &[dict.into(), (*key).into(), (*value).into()],
                        )?;
                    }
                }
                dict
            }
        })
    }

    /// A new tuple of type `ty` holding `words`.
    pub(crate) fn tuple_from_words(
        &mut self,
        ty: TypeId,
        words: &[IntValue<'ctx>],
    ) -> Result<BasicValueEnum<'ctx>> {
        let desc = self.cx.type_desc(ty);
        let n = i64::try_from(words.len()).unwrap_or(i64::MAX);
        let tuple = self
            .call(RuntimeFn::TupleNew, &[desc.into(), self.i64(n).into()])?
            .into_pointer_value();
        let fields = self.field_ptr(tuple, TUPLE_ITEMS)?;
        for (i, word) in words.iter().enumerate() {
            let slot = self.word_ptr(fields, self.i64(i as i64))?;
            self.builder.build_store(slot, *word)?;
        }
        Ok(tuple.into())
    }

    fn is_constant(&self, v: Value) -> bool {
        matches!(
            self.func.values[v.index()].def,
            ValueDef::Inst(Inst::Const(
                Const::Int(_)
                    | Const::BigInt(_)
                    | Const::Str(_)
                    | Const::Bytes(_)
                    | Const::Bool(_)
                    | Const::Float(_)
                    | Const::None
            ))
        )
    }

    /// A call of runtime function `f` with `args` converted to its parameter types (a slice
    /// or range operand fills three word parameters); the result converted to `ty`.
    fn rt_call(
        &mut self,
        f: RtFn,
        args: &[Value],
        ty: TypeId,
    ) -> Result<Option<BasicValueEnum<'ctx>>> {
        let runtime = RuntimeFn::by_symbol(f.symbol()).ok_or_else(|| {
            CodegenError(format!(
                "internal compiler error: no ABI entry for {}",
                f.symbol()
            ))
        })?;
        let params = runtime.params();
        let mut operands: Vec<BasicMetadataValueEnum<'ctx>> = Vec::new();
        for &arg in args {
            let arg_ty = self.func.ty(arg);
            let value = self.value(arg)?;
            if arg_ty == TypeId::SLICE {
                for i in 0..3 {
                    let part =
                        self.builder
                            .build_extract_value(value.into_struct_value(), i, "bound")?;
                    operands.push(part.into());
                }
                continue;
            }
            if arg_ty == TypeId::RANGE {
                operands.extend(self.range_words(value)?.map(BasicMetadataValueEnum::from));
                continue;
            }
            let Some(&param) = params.get(operands.len()) else {
                break;
            };
            operands.push(self.abi_operand(value, arg_ty, param)?.into());
        }
        if operands.len() != params.len() {
            return Err(CodegenError(format!(
                "internal compiler error: {} called with {} operands for {} parameters",
                f.symbol(),
                operands.len(),
                params.len()
            )));
        }
        let result = self.call(runtime, &operands)?;
        let kind = self.cx.module.types.kind(ty).clone();
        Ok(Some(match runtime.ret() {
            AbiType::Void => return Ok(None),
            AbiType::I64 => self.word_to_value(result.into_int_value(), ty)?,
            AbiType::I32 => {
                let raw = result.into_int_value();
                match kind {
                    TypeKind::Bool => self
                        .builder
                        .build_int_compare(
                            IntPredicate::NE,
                            raw,
                            raw.get_type().const_zero(),
                            "flag",
                        )?
                        .into(),
                    _ => {
                        let wide = self.builder.build_int_s_extend(
                            raw,
                            self.cx.context.i64_type(),
                            "wide",
                        )?;
                        self.tag(wide)?.into()
                    }
                }
            }
            AbiType::F64 | AbiType::Ptr => result,
        }))
    }

    /// A value of type `ty` as a runtime parameter of type `param`.
    fn abi_operand(
        &mut self,
        value: BasicValueEnum<'ctx>,
        ty: TypeId,
        param: AbiType,
    ) -> Result<BasicValueEnum<'ctx>> {
        let c = self.cx.context;
        let kind = self.cx.module.types.kind(ty);
        Ok(match param {
            AbiType::I64 => self.value_to_word(value, ty)?.into(),
            AbiType::I32 => match kind {
                TypeKind::Bool => self
                    .builder
                    .build_int_z_extend(value.into_int_value(), c.i32_type(), "flag")?
                    .into(),
                TypeKind::Int => {
                    let raw = self.untag(value.into_int_value())?;
                    self.builder
                        .build_int_truncate(raw, c.i32_type(), "small")?
                        .into()
                }
                _ => c.i32_type().const_zero().into(),
            },
            AbiType::F64 => value,
            AbiType::Ptr if value.is_pointer_value() => value,
            AbiType::Ptr | AbiType::Void => c.ptr_type(AddressSpace::default()).const_null().into(),
        })
    }

    /// `str()` of a container, through the runtime.
    pub(crate) fn container_str(
        &mut self,
        value: BasicValueEnum<'ctx>,
        ty: TypeId,
    ) -> Result<BasicValueEnum<'ctx>> {
        let word = self.value_to_word(value, ty)?;
        let desc = self.cx.type_desc(ty);
        self.call(RuntimeFn::StrOf, &[word.into(), desc.into()])
    }

    /// Truthiness of a container: not empty.
    pub(crate) fn len_truthy(&self, value: BasicValueEnum<'ctx>) -> Result<IntValue<'ctx>> {
        let len = self.raw_len(value)?;
        Ok(self
            .builder
            .build_int_compare(IntPredicate::NE, len, self.i64(0), "truthy")?)
    }
}

/// The number of 8-byte words of a value of this type (what a global of the type must
/// register as conservative roots; 0 for types that never hold a heap reference).
pub(crate) fn reference_words(types: &kiln_lower::ir::Types, ty: TypeId) -> u64 {
    match types.kind(ty) {
        TypeKind::Never
        | TypeKind::None
        | TypeKind::Bool
        | TypeKind::Float
        | TypeKind::Func(_)
        | TypeKind::Builtin(_)
        | TypeKind::Class(_)
        | TypeKind::Desc
        | TypeKind::Var(_) => 0,
        TypeKind::ClassOf(t) if *t != TypeId::EXCEPTION => 0,
        TypeKind::Method(_, receiver)
        | TypeKind::BoundMethod(_, receiver)
        | TypeKind::VirtualMethod(_, receiver) => reference_words(types, *receiver),
        TypeKind::Reversed(t) => reference_words(types, *t),
        TypeKind::Enumerate(t) => words(types, *t) + 1,
        // `{current, stop, step, big}`: the bounds are int words when `big` is set.
        TypeKind::Range | TypeKind::RangeIter => 3,
        TypeKind::Slice => 3,
        TypeKind::Zip(parts) => parts.iter().map(|&p| words(types, p)).sum(),
        TypeKind::Iter(t) => iter_words(types, *t),
        _ => 1,
    }
}

/// The size in words of a value of this type inside a struct.
fn words(types: &kiln_lower::ir::Types, ty: TypeId) -> u64 {
    match types.kind(ty) {
        TypeKind::Range | TypeKind::RangeIter => 4,
        TypeKind::Reversed(t) | TypeKind::Method(_, t) => words(types, *t),
        TypeKind::Enumerate(t) => words(types, *t) + 1,
        TypeKind::Zip(parts) => parts.iter().map(|&p| words(types, p)).sum(),
        TypeKind::Iter(t) => iter_words(types, *t),
        TypeKind::Slice => 3,
        _ => 1,
    }
}

/// The size in words of an iterator over a value of type `ty` (see `iter.rs`).
fn iter_words(types: &kiln_lower::ir::Types, ty: TypeId) -> u64 {
    match types.kind(ty) {
        TypeKind::Range => 4,
        TypeKind::Enumerate(t) => iter_words(types, *t) + 1,
        TypeKind::Zip(parts) => parts.iter().map(|&p| iter_words(types, p)).sum(),
        _ => 3,
    }
}
