//! Instances of classes: `{header, class info, set-fields mask, fields...}` (see
//! `runtime/src/instance.rs`); an instance of an exception class is an exception object,
//! whose own words come between the mask and the fields (`runtime/src/exception.rs`). Each
//! class has a static class info the runtime reads: its name, its fields' descriptors (for
//! the collector), its special methods and the builtin exception class it derives from.

use inkwell::module::Linkage;
use inkwell::values::{BasicValueEnum, PointerValue};
use inkwell::AddressSpace;
use kiln_lower::ir::{ExcKind, Value};

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
        let c = self.context;
        let ptr_t = c.ptr_type(AddressSpace::default());
        let descs: Vec<PointerValue> = info
            .fields
            .iter()
            .map(|&(_, ty)| self.type_desc(ty))
            .collect();
        let descs_array = ptr_t.const_array(&descs);
        let descs_global =
            self.llvm
                .add_global(descs_array.get_type(), None, &format!("{name}.fields"));
        descs_global.set_linkage(Linkage::Private);
        descs_global.set_constant(true);
        descs_global.set_initializer(&descs_array);
        let function = |f: Option<kiln_lower::ir::FuncId>| match f {
            Some(f) => self.funcs[f.index()].as_global_value().as_pointer_value(),
            None => ptr_t.const_null(),
        };
        let (repr, str) = (function(info.repr), function(info.str));
        let (eq, lt, gt) = (function(info.eq), function(info.lt), function(info.gt));
        let hash = function(info.hash);
        let class_name = self.string(&info.name);
        let value = c.const_struct(
            &[
                class_name.into(),
                c.i64_type()
                    .const_int(info.fields.len() as u64, false)
                    .into(),
                descs_global.as_pointer_value().into(),
                repr.into(),
                str.into(),
                eq.into(),
                lt.into(),
                c.i64_type()
                    .const_int(u64::from(info.unhashable), false)
                    .into(),
                c.i64_type()
                    .const_int(
                        info.exception
                            .map_or(u64::MAX, |k| u64::from(crate::abi::exception_code(k))),
                        false,
                    )
                    .into(),
                hash.into(),
                gt.into(),
            ],
            false,
        );
        let global = self.llvm.add_global(value.get_type(), None, &name);
        global.set_linkage(Linkage::Private);
        global.set_constant(true);
        global.set_initializer(&value);
        Ok(global.as_pointer_value())
    }
}

impl<'ctx> FnCx<'_, 'ctx, '_> {
    /// A new instance of `class`, no field set.
    pub(crate) fn instance_new(&mut self, class: u32) -> Result<BasicValueEnum<'ctx>> {
        let info = self.cx.class_info(class)?;
        if self.cx.module.classes[class as usize].exception.is_some() {
            return self.call(RuntimeFn::ExcInstanceNew, &[info.into()]);
        }
        let object = self.call(RuntimeFn::InstanceNew, &[info.into()])?;
        // As far as LLVM knows, the new memory is uninitialized: the class and the empty mask
        // are written here (the runtime wrote the same).
        let p = object.into_pointer_value();
        let class_slot = self.field_ptr(p, CLASS_OFFSET)?;
        self.builder.build_store(class_slot, info)?;
        let mask_slot = self.field_ptr(p, MASK_OFFSET)?;
        self.builder.build_store(mask_slot, self.i64(0))?;
        Ok(object)
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
