//! Containers in generated code: LLVM types of container and iterator values, the static
//! type descriptors the runtime reads, and conversions between typed values and the
//! runtime's words (`docs/runtime.md`).
//!
//! Status: the representation helpers below are in place; instruction selection for the
//! container instructions (`New`, `Len`, `ListGet`, iteration, `Rt`) is the next step.

use inkwell::types::{BasicTypeEnum, StructType};
use inkwell::values::{BasicValueEnum, IntValue, PointerValue};
use inkwell::AddressSpace;
use kiln_lower::ir::{TypeId, TypeKind};

use crate::function::ModuleCx;

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
        _ => 0,
    }
}

impl<'ctx> ModuleCx<'ctx, '_> {
    /// The struct of an iterator over a value of type `iterable`: the iterable itself, a
    /// position and (dicts and sets) the length when iteration began.
    pub fn iter_type(&self, iterable: TypeId) -> StructType<'ctx> {
        let c = self.context;
        let i64t = c.i64_type().into();
        match self.module.types.kind(iterable) {
            TypeKind::Enumerate(inner) => {
                let inner = self.iter_type(*inner).into();
                c.struct_type(&[inner, i64t], false)
            }
            TypeKind::Zip(parts) => {
                let fields: Vec<BasicTypeEnum> =
                    parts.iter().map(|&p| self.iter_type(p).into()).collect();
                c.struct_type(&fields, false)
            }
            TypeKind::Range => crate::function::FnCx::range_type(c),
            _ => {
                let ptr = c.ptr_type(AddressSpace::default()).into();
                c.struct_type(&[ptr, i64t, i64t], false)
            }
        }
    }

    /// A pointer to the static descriptor of `ty` (emitted once per type).
    pub fn type_desc(&mut self, ty: TypeId) -> PointerValue<'ctx> {
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
        let desc_t = c.struct_type(&[c.i32_type().into(), c.i32_type().into(), ptr_t.into()], false);
        // Declared first, so recursive uses find it.
        let global = self.llvm.add_global(desc_t, None, &name);
        let arg_ptrs: Vec<PointerValue> = args.iter().map(|&a| self.type_desc(a)).collect();
        let args_value = if arg_ptrs.is_empty() {
            ptr_t.const_null()
        } else {
            let array = ptr_t.const_array(&arg_ptrs);
            let args_global = self
                .llvm
                .add_global(array.get_type(), None, &format!("{name}.args"));
            args_global.set_initializer(&array);
            args_global.set_constant(true);
            args_global.as_pointer_value()
        };
        let value = desc_t.const_named_struct(&[
            c.i32_type().const_int(u64::from(tag(&kind)), false).into(),
            c.i32_type().const_int(args.len() as u64, false).into(),
            args_value.into(),
        ]);
        global.set_initializer(&value);
        global.set_constant(true);
        global.as_pointer_value()
    }
}

impl<'ctx> crate::function::FnCx<'_, 'ctx, '_> {
    /// A typed value as a runtime word.
    pub(crate) fn to_word(&self, value: BasicValueEnum<'ctx>, ty: TypeId) -> crate::Result<IntValue<'ctx>> {
        let i64t = self.cx.context.i64_type();
        Ok(match self.cx.module.types.kind(ty) {
            TypeKind::Int => value.into_int_value(),
            TypeKind::Float => self
                .builder
                .build_bit_cast(value, i64t, "bits")?
                .into_int_value(),
            TypeKind::Bool => self
                .builder
                .build_int_z_extend(value.into_int_value(), i64t, "word")?,
            _ if value.is_pointer_value() => self
                .builder
                .build_ptr_to_int(value.into_pointer_value(), i64t, "word")?,
            _ => i64t.const_zero(),
        })
    }

    /// A runtime word as a typed value.
    pub(crate) fn from_word(&self, word: IntValue<'ctx>, ty: TypeId) -> crate::Result<BasicValueEnum<'ctx>> {
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
}
