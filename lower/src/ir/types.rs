//! Interned types: a [`TypeId`] names one [`TypeKind`] in the module's [`Types`] table.

use super::Builtin;
use std::collections::HashMap;

/// An interned type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct TypeId(pub u32);

/// The shape of a type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    /// No value: code that produces it does not complete (or has not been inferred yet).
    Never,
    None,
    Bool,
    Int,
    Float,
    Str,
    /// The Python function compiled from bytecode code object `code` (zero-sized).
    Func(u32),
    /// A builtin function (zero-sized).
    Builtin(Builtin),
    /// A method of a builtin type bound to its receiver (represented by the receiver itself).
    Method(super::Method),
    /// A `range` object: start, stop, step.
    Range,
    /// An iterator over a range: current, stop, step.
    RangeIter,
}

/// The type table of a module.
#[derive(Clone, Debug)]
pub struct Types {
    kinds: Vec<TypeKind>,
    ids: HashMap<TypeKind, TypeId>,
}

impl TypeId {
    pub const NEVER: TypeId = TypeId(0);
    pub const NONE: TypeId = TypeId(1);
    pub const BOOL: TypeId = TypeId(2);
    pub const INT: TypeId = TypeId(3);
    pub const FLOAT: TypeId = TypeId(4);
    pub const STR: TypeId = TypeId(5);
    pub const RANGE: TypeId = TypeId(6);
    pub const RANGE_ITER: TypeId = TypeId(7);
}

impl Default for Types {
    fn default() -> Types {
        let mut types = Types {
            kinds: Vec::new(),
            ids: HashMap::new(),
        };
        for kind in [
            TypeKind::Never,
            TypeKind::None,
            TypeKind::Bool,
            TypeKind::Int,
            TypeKind::Float,
            TypeKind::Str,
            TypeKind::Range,
            TypeKind::RangeIter,
        ] {
            types.intern(kind);
        }
        types
    }
}

impl Types {
    /// The id of `kind`, adding it if new.
    pub fn intern(&mut self, kind: TypeKind) -> TypeId {
        if let Some(&id) = self.ids.get(&kind) {
            return id;
        }
        let id = TypeId(u32::try_from(self.kinds.len()).unwrap_or(u32::MAX));
        self.kinds.push(kind.clone());
        self.ids.insert(kind, id);
        id
    }

    pub fn kind(&self, id: TypeId) -> &TypeKind {
        &self.kinds[id.0 as usize]
    }

    /// The Python-facing name used in diagnostics and IR text.
    pub fn name(&self, id: TypeId) -> String {
        match self.kind(id) {
            TypeKind::Never => "never".into(),
            TypeKind::None => "None".into(),
            TypeKind::Bool => "bool".into(),
            TypeKind::Int => "int".into(),
            TypeKind::Float => "float".into(),
            TypeKind::Str => "str".into(),
            TypeKind::Func(code) => format!("function#{code}"),
            TypeKind::Builtin(builtin) => format!("builtin {}", builtin.name()),
            TypeKind::Method(method) => format!("method {}", method.name()),
            TypeKind::Range => "range".into(),
            TypeKind::RangeIter => "range_iterator".into(),
        }
    }

    /// The name with an indefinite article, for messages: `an int`, `a str`, `None`.
    pub fn with_article(&self, id: TypeId) -> String {
        let name = self.name(id);
        match self.kind(id) {
            TypeKind::None => name,
            TypeKind::Int => format!("an {name}"),
            _ => format!("a {name}"),
        }
    }

    /// True for types represented by no bits at all.
    pub fn is_zero_sized(&self, id: TypeId) -> bool {
        matches!(
            self.kind(id),
            TypeKind::None | TypeKind::Func(_) | TypeKind::Builtin(_)
        )
    }
}
