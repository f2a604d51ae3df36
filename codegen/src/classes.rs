//! Instances of classes: `{header, class info, set-fields mask, fields...}` (see
//! `runtime/src/instance.rs`); an instance of an exception class is an exception object,
//! whose own words come between the mask and the fields (`runtime/src/exception.rs`). Each
//! class has a static class info the runtime reads: its name, its fields' descriptors (for
//! the collector), its special methods and the builtin exception class it derives from.

use inkwell::module::Linkage;
use inkwell::values::{BasicValueEnum, PointerValue};
use inkwell::AddressSpace;
use kiln_lower::ir::{ExcKind, TypeId, TypeKind, Value};

use crate::abi::RuntimeFn;
use crate::function::{FnCx, ModuleCx};
use crate::CodegenError;

type Result<T> = std::result::Result<T, CodegenError>;

/// Byte offset of the class info pointer in an instance.
const CLASS_OFFSET: u64 = 8;
/// Byte offset of the set-fields mask in an instance.
const MASK_OFFSET: u64 = 16;
/// Byte offset of field 0.
const FIELDS_OFFSET: u64 = 24;
/// Byte offset of field 0 of an exception object (after `kind`, `args`, `text`, `cause`,
/// `context`, `traceback` and `suppress_context`).
const EXC_FIELDS_OFFSET: u64 = FIELDS_OFFSET + 7 * 8;
/// The header of a static object laid out as an instance: the static bit and kind 11
/// (`runtime/src/gc/kind.rs`).
const STATIC_INSTANCE_HEADER: u64 = 1 | 11 << 8;
/// The most fields a class can have (one mask bit each).
const MAX_FIELDS: usize = 64;

impl<'ctx> ModuleCx<'ctx, '_> {
    /// The static class info of class `class` (emitted once).
    pub fn class_info(&mut self, class: u32) -> Result<PointerValue<'ctx>> {
        let name = format!("kiln.class.{class}");
        if let Some(global) = self.llvm.get_global(&name) {
            return Ok(global.as_pointer_value());
        }
        let info = self.module.classes[class as usize].clone();
        if info.fields.len() > MAX_FIELDS {
            return Err(CodegenError(format!(
                "class `{}` has {} instance attributes; kiln supports at most {MAX_FIELDS}",
                info.name,
                info.fields.len()
            )));
        }
        let descs: Vec<PointerValue> = info
            .fields
            .iter()
            .map(|&(_, ty)| self.type_desc(ty))
            .collect();
        let function = |f: Option<kiln_lower::ir::FuncId>| match f {
            Some(f) => self.funcs[f.index()].as_global_value().as_pointer_value(),
            None => self.context.ptr_type(AddressSpace::default()).const_null(),
        };
        let methods = Methods {
            repr: function(info.repr),
            str: function(info.str),
            eq: function(info.eq),
            lt: function(info.lt),
            gt: function(info.gt),
            hash: function(info.hash),
        };
        let exception = info
            .exception
            .map_or(u64::MAX, |k| u64::from(crate::abi::exception_code(k)));
        Ok(self.emit_class_info(
            &name,
            &info.name,
            &descs,
            &methods,
            info.unhashable,
            exception,
        ))
    }

    /// The class info of the objects kiln makes for a cell holding values of type `ty`
    /// (`TypeKind::Cell`), or for a closure of type `ty` holding its cells: objects laid out
    /// as instances, so the collector traces them alike.
    pub fn object_info(&mut self, ty: TypeId) -> Result<PointerValue<'ctx>> {
        let symbol = format!("kiln.object.{}", ty.0);
        if let Some(global) = self.llvm.get_global(&symbol) {
            return Ok(global.as_pointer_value());
        }
        let types = &self.module.types;
        let (name, fields) = match types.kind(ty) {
            TypeKind::Cell(cell) => ("cell", vec![types.cell_types[*cell as usize]]),
            TypeKind::Func(_) => ("function", Vec::new()),
            TypeKind::Closure(_, cells) => {
                let cells = cells.clone();
                let fields = cells
                    .into_iter()
                    .map(|cell| {
                        self.module
                            .types
                            .lookup(&TypeKind::Cell(cell))
                            .unwrap_or(TypeId::NEVER)
                    })
                    .collect();
                ("function", fields)
            }
            other => {
                return Err(CodegenError(format!(
                    "internal compiler error: a {other:?} object"
                )))
            }
        };
        if fields.len() > MAX_FIELDS {
            return Err(CodegenError(format!(
                "a function uses {} variables of the functions around it; kiln supports at \
                 most {MAX_FIELDS}",
                fields.len()
            )));
        }
        let descs: Vec<PointerValue> = fields.iter().map(|&t| self.type_desc(t)).collect();
        let null = self.context.ptr_type(AddressSpace::default()).const_null();
        let methods = Methods {
            repr: null,
            str: null,
            eq: null,
            lt: null,
            gt: null,
            hash: null,
        };
        Ok(self.emit_class_info(&symbol, name, &descs, &methods, false, u64::MAX))
    }

    /// Emits a class info (see `runtime/src/instance.rs`) as global `symbol`.
    fn emit_class_info(
        &mut self,
        symbol: &str,
        name: &str,
        descs: &[PointerValue<'ctx>],
        methods: &Methods<'ctx>,
        unhashable: bool,
        exception: u64,
    ) -> PointerValue<'ctx> {
        let c = self.context;
        let ptr_t = c.ptr_type(AddressSpace::default());
        let descs_array = ptr_t.const_array(descs);
        let descs_global =
            self.llvm
                .add_global(descs_array.get_type(), None, &format!("{symbol}.fields"));
        descs_global.set_linkage(Linkage::Private);
        descs_global.set_constant(true);
        descs_global.set_initializer(&descs_array);
        let class_name = self.string(name);
        let i64t = c.i64_type();
        let value = c.const_struct(
            &[
                class_name.into(),
                i64t.const_int(descs.len() as u64, false).into(),
                descs_global.as_pointer_value().into(),
                methods.repr.into(),
                methods.str.into(),
                methods.eq.into(),
                methods.lt.into(),
                i64t.const_int(u64::from(unhashable), false).into(),
                i64t.const_int(exception, false).into(),
                methods.hash.into(),
                methods.gt.into(),
            ],
            false,
        );
        let global = self.llvm.add_global(value.get_type(), None, symbol);
        global.set_linkage(Linkage::Private);
        global.set_constant(true);
        global.set_initializer(&value);
        global.as_pointer_value()
    }
}

/// The compiled special methods a class info points to (null where the class has none).
struct Methods<'ctx> {
    repr: PointerValue<'ctx>,
    str: PointerValue<'ctx>,
    eq: PointerValue<'ctx>,
    lt: PointerValue<'ctx>,
    gt: PointerValue<'ctx>,
    hash: PointerValue<'ctx>,
}

impl<'ctx> FnCx<'_, 'ctx, '_> {
    /// A new instance of `class`, no field set.
    pub(crate) fn instance_new(&mut self, class: u32) -> Result<BasicValueEnum<'ctx>> {
        let info = self.cx.class_info(class)?;
        if self.cx.module.classes[class as usize].exception.is_some() {
            return self.call(RuntimeFn::ExcInstanceNew, &[info.into()]);
        }
        self.object_new(info, 0)
    }

    /// A new object laid out as an instance, of class info `info`, with set-fields mask
    /// `mask`.
    fn object_new(&mut self, info: PointerValue<'ctx>, mask: u64) -> Result<BasicValueEnum<'ctx>> {
        let object = self.call(RuntimeFn::InstanceNew, &[info.into()])?;
        // As far as LLVM knows, the new memory is uninitialized: the class and the mask are
        // written here (the runtime wrote the class and an empty mask).
        let p = object.into_pointer_value();
        let class_slot = self.field_ptr(p, CLASS_OFFSET)?;
        self.builder.build_store(class_slot, info)?;
        let mask_slot = self.field_ptr(p, MASK_OFFSET)?;
        let mask = self.cx.context.i64_type().const_int(mask, false);
        self.builder.build_store(mask_slot, mask)?;
        Ok(object)
    }

    /// A new empty cell (of type `ty`).
    pub(crate) fn cell_new(&mut self, ty: TypeId) -> Result<BasicValueEnum<'ctx>> {
        let info = self.cx.object_info(ty)?;
        self.object_new(info, 0)
    }

    /// The value in `cell` (of type `ty`), raising as reading variable `name` does if the
    /// cell is empty.
    pub(crate) fn cell_get(
        &mut self,
        cell: PointerValue<'ctx>,
        ty: TypeId,
        name: &str,
        free: bool,
    ) -> Result<BasicValueEnum<'ctx>> {
        let mask = self.load_i64(cell, MASK_OFFSET, "set")?;
        let empty = self.builder.build_int_compare(
            inkwell::IntPredicate::EQ,
            mask,
            self.i64(0),
            "empty",
        )?;
        let (kind, message) = kiln_lower::mono::unbound_cell(name, free);
        self.raise_if(empty, kind, &message)?;
        let word = self.load_i64(cell, FIELDS_OFFSET, "value")?;
        self.word_to_value(word, ty)
    }

    /// Puts `value` (of type `ty`) in `cell`.
    pub(crate) fn cell_set(
        &mut self,
        cell: PointerValue<'ctx>,
        value: BasicValueEnum<'ctx>,
        ty: TypeId,
    ) -> Result<()> {
        let word = self.value_to_word(value, ty)?;
        let slot = self.field_ptr(cell, FIELDS_OFFSET)?;
        self.builder.build_store(slot, word)?;
        let mask_slot = self.field_ptr(cell, MASK_OFFSET)?;
        self.builder.build_store(mask_slot, self.i64(1))?;
        Ok(())
    }

    /// A closure of type `ty` holding `cells`.
    pub(crate) fn closure_new(
        &mut self,
        ty: TypeId,
        cells: &[PointerValue<'ctx>],
    ) -> Result<BasicValueEnum<'ctx>> {
        let info = self.cx.object_info(ty)?;
        // Every field is set: the collector traces them all.
        let mask = match cells.len() {
            0 => 0,
            n => u64::MAX >> (64 - n.min(64)),
        };
        let object = self.object_new(info, mask)?;
        let p = object.into_pointer_value();
        for (k, &cell) in cells.iter().enumerate() {
            let slot = self.field_ptr(p, FIELDS_OFFSET + 8 * k as u64)?;
            self.builder.build_store(slot, cell)?;
        }
        Ok(object)
    }

    /// The static object standing for function `code` among several (`Inst::FuncObject`):
    /// `{header (static, an instance), class info, empty mask}`.
    pub(crate) fn func_object(&mut self, code: u32) -> Result<BasicValueEnum<'ctx>> {
        let symbol = format!("kiln.function.{code}");
        if let Some(global) = self.cx.llvm.get_global(&symbol) {
            return Ok(global.as_pointer_value().into());
        }
        let ty = self
            .cx
            .module
            .types
            .lookup(&TypeKind::Func(code))
            .ok_or_else(|| CodegenError("a function object of an unknown function".into()))?;
        let info = self.cx.object_info(ty)?;
        let c = self.cx.context;
        let header = c.i64_type().const_int(STATIC_INSTANCE_HEADER, false);
        let value = c.const_struct(&[header.into(), info.into(), self.i64(0).into()], false);
        let global = self.cx.llvm.add_global(value.get_type(), None, &symbol);
        global.set_linkage(Linkage::Private);
        global.set_constant(true);
        global.set_initializer(&value);
        Ok(global.as_pointer_value().into())
    }

    /// Whether `object`, one of several functions, is the function of type `ty`.
    pub(crate) fn is_func(
        &mut self,
        object: PointerValue<'ctx>,
        ty: TypeId,
    ) -> Result<BasicValueEnum<'ctx>> {
        let info = self.cx.object_info(ty)?;
        let field = self.field_ptr(object, CLASS_OFFSET)?;
        let ptr_t = self.cx.context.ptr_type(AddressSpace::default());
        let class = self
            .builder
            .build_load(ptr_t, field, "class")?
            .into_pointer_value();
        let same =
            self.builder
                .build_int_compare(inkwell::IntPredicate::EQ, class, info, "is_func")?;
        Ok(same.into())
    }

    /// Cell `index` of `closure`.
    pub(crate) fn free_cell(
        &mut self,
        closure: PointerValue<'ctx>,
        index: u32,
    ) -> Result<BasicValueEnum<'ctx>> {
        let slot = self.field_ptr(closure, FIELDS_OFFSET + 8 * u64::from(index))?;
        let ptr_t = self.cx.context.ptr_type(AddressSpace::default());
        Ok(self.builder.build_load(ptr_t, slot, "cell")?)
    }

    /// The class of `object`, an instance (of the class or a subclass).
    pub(crate) fn instance_class(&self, object: Value) -> Result<u32> {
        self.cx
            .module
            .types
            .instance_class(self.func.ty(object))
            .ok_or_else(|| CodegenError("a field of a non-instance".into()))
    }

    /// Byte offset of field `index` of an instance of `class`.
    fn field_offset(&self, class: u32, index: u32) -> u64 {
        let fields = match self.cx.module.classes[class as usize].exception {
            Some(_) => EXC_FIELDS_OFFSET,
            None => FIELDS_OFFSET,
        };
        fields + 8 * u64::from(index)
    }

    /// Field `index` of `object` (AttributeError if it was never set).
    pub(crate) fn field_get(
        &mut self,
        value: Value,
        object: PointerValue<'ctx>,
        class: u32,
        index: u32,
    ) -> Result<BasicValueEnum<'ctx>> {
        let mask = self.load_i64(object, MASK_OFFSET, "set")?;
        let bit = self.cx.context.i64_type().const_int(1u64 << index, false);
        let set = self.builder.build_and(mask, bit, "bit")?;
        let unset =
            self.builder
                .build_int_compare(inkwell::IntPredicate::EQ, set, self.i64(0), "unset")?;
        let info = &self.cx.module.classes[class as usize];
        let message = format!(
            "'{}' object has no attribute '{}'",
            info.name, info.fields[index as usize].0
        );
        self.raise_if(unset, ExcKind::AttributeError, &message)?;
        let word = self.load_i64(object, self.field_offset(class, index), "field")?;
        self.word_to_value(word, self.func.ty(value))
    }

    /// Whether the class of instance `object` is one of `classes`.
    pub(crate) fn is_class(
        &mut self,
        object: PointerValue<'ctx>,
        classes: &[u32],
    ) -> Result<BasicValueEnum<'ctx>> {
        let field = self.field_ptr(object, CLASS_OFFSET)?;
        let ptr_t = self.cx.context.ptr_type(inkwell::AddressSpace::default());
        let class = self
            .builder
            .build_load(ptr_t, field, "class")?
            .into_pointer_value();
        let mut result = self.cx.context.bool_type().const_zero();
        for &k in classes {
            let info = self.cx.class_info(k)?;
            let same = self.builder.build_int_compare(
                inkwell::IntPredicate::EQ,
                class,
                info,
                "is_class",
            )?;
            result = self.builder.build_or(result, same, "is_class")?;
        }
        Ok(result.into())
    }

    /// Sets field `index` of `object` to `field` (of type `ty`).
    pub(crate) fn field_set(
        &mut self,
        object: PointerValue<'ctx>,
        class: u32,
        index: u32,
        field: BasicValueEnum<'ctx>,
        ty: kiln_lower::ir::TypeId,
    ) -> Result<()> {
        let word = self.value_to_word(field, ty)?;
        let slot = self.field_ptr(object, self.field_offset(class, index))?;
        self.builder.build_store(slot, word)?;
        let mask_slot = self.field_ptr(object, MASK_OFFSET)?;
        let mask = self.load_i64(object, MASK_OFFSET, "set")?;
        let mask = self.builder.build_or(
            mask,
            self.cx.context.i64_type().const_int(1u64 << index, false),
            "set",
        )?;
        self.builder.build_store(mask_slot, mask)?;
        Ok(())
    }
}
