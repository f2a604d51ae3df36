//! Classes in inference: instance layouts, attribute types (joined over every assignment, as
//! globals are), constructors and bound methods.
//!
//! A class's methods and class attributes are module globals named `Class.name`
//! (`kiln_bytecode::ClassDef`); its instances' fields are the attributes its methods assign on
//! `self`, inherited ones first.

use std::collections::HashSet;

use kiln_bytecode::{Diagnostic, Program, Span};

use super::{bind_arguments, Binding, Callee, Cx, InstanceId};
use crate::ir::{GlobalId, TypeId, TypeKind, Value};

/// The classes of a program, with their instance layouts.
#[derive(Clone, Debug, Default)]
pub struct ClassTable {
    pub classes: Vec<ClassLayout>,
}

#[derive(Clone, Debug)]
pub struct ClassLayout {
    pub name: String,
    pub base: Option<u32>,
    /// Instance fields, inherited ones first.
    pub fields: Vec<String>,
    methods: Vec<String>,
    attrs: Vec<String>,
    statics: Vec<String>,
    classmethods: Vec<String>,
    properties: Vec<String>,
}

impl ClassTable {
    pub fn new(program: &Program) -> ClassTable {
        let mut classes: Vec<ClassLayout> = Vec::new();
        for def in &program.classes {
            let mut fields = def
                .base
                .and_then(|b| classes.get(b as usize))
                .map(|b| b.fields.clone())
                .unwrap_or_default();
            for field in &def.fields {
                if !fields.contains(field) {
                    fields.push(field.clone());
                }
            }
            classes.push(ClassLayout {
                name: def.name.clone(),
                base: def.base,
                fields,
                methods: def.methods.clone(),
                attrs: def.attrs.clone(),
                statics: def.statics.clone(),
                classmethods: def.classmethods.clone(),
                properties: def.properties.clone(),
            });
        }
        ClassTable { classes }
    }

    /// `class` and its bases, the class first.
    fn chain(&self, class: u32) -> impl Iterator<Item = &ClassLayout> {
        std::iter::successors(self.classes.get(class as usize), |c| {
            c.base.and_then(|b| self.classes.get(b as usize))
        })
    }

    /// The global holding method `name` of `class` (or of the nearest base defining it).
    pub fn method(&self, class: u32, name: &str) -> Option<String> {
        self.chain(class)
            .find(|c| c.methods.iter().any(|m| m == name))
            .map(|c| format!("{}.{name}", c.name))
    }

    /// How method `name` of `class` is decorated (the nearest definition decides).
    pub fn method_kind(&self, class: u32, name: &str) -> MethodKind {
        let Some(owner) = self
            .chain(class)
            .find(|c| c.methods.iter().any(|m| m == name))
        else {
            return MethodKind::Plain;
        };
        let has = |list: &Vec<String>| list.iter().any(|m| m == name);
        if has(&owner.statics) {
            MethodKind::Static
        } else if has(&owner.classmethods) {
            MethodKind::Class
        } else if has(&owner.properties) {
            MethodKind::Property
        } else {
            MethodKind::Plain
        }
    }

    /// The global holding class attribute `name` of `class` (or of a base).
    fn attr(&self, class: u32, name: &str) -> Option<String> {
        self.chain(class)
            .find(|c| c.attrs.iter().any(|a| a == name))
            .map(|c| format!("{}.{name}", c.name))
    }

    pub fn field(&self, class: u32, name: &str) -> Option<usize> {
        self.classes
            .get(class as usize)?
            .fields
            .iter()
            .position(|f| f == name)
    }

    pub fn name(&self, class: u32) -> &str {
        self.classes
            .get(class as usize)
            .map_or("?", |c| c.name.as_str())
    }

    /// Whether `class` is `ancestor` or derives from it.
    pub fn is_subclass(&self, class: u32, ancestor: u32) -> bool {
        self.chain(class)
            .any(|c| std::ptr::eq(c, &self.classes[ancestor as usize]))
    }
}

impl Cx<'_> {
    /// The type of global `name` as read by instance `id` (who is told when it changes).
    fn global_read(&mut self, id: InstanceId, name: &str) -> Option<(GlobalId, TypeId)> {
        let global = self.globals.lookup(name)?;
        self.global_readers.entry(global).or_default().insert(id);
        Some((global, self.global_types[global.index()]))
    }

    /// `object.name` for an instance or a class; `None` for other objects.
    pub(crate) fn class_get_attr(
        &mut self,
        id: InstanceId,
        value: Value,
        object_value: Value,
        object: TypeId,
        name: &str,
    ) -> Option<Result<TypeId, String>> {
        let (class, instance) = match *self.types.kind(object) {
            TypeKind::Instance(c) => (c, true),
            TypeKind::Class(c) => (c, false),
            _ => return None,
        };
        if instance {
            if let Some(index) = self.classes.field(class, name) {
                self.field_readers
                    .entry((class, index))
                    .or_default()
                    .insert(id);
                return Some(Ok(self.field_types[class as usize][index]));
            }
        }
        if let Some(global) = self.classes.method(class, name) {
            let kind = self.classes.method_kind(class, name);
            if kind == MethodKind::Property {
                if !instance {
                    return Some(Err(format!(
                        "kiln does not compile reading property `{name}` through its class"
                    )));
                }
                let ty = move |_: &Value| object;
                return self.special_with(id, value, name, vec![object_value], Post::Result, &ty);
            }
            let (_, ty) = self.global_read(id, &global)?;
            let class_type = self.types.intern(TypeKind::Class(class));
            return Some(Ok(match (self.types.kind(ty).clone(), kind) {
                (TypeKind::Func(code), MethodKind::Class) => {
                    self.types.intern(TypeKind::BoundMethod(code, class_type))
                }
                (TypeKind::Func(code), MethodKind::Plain) if instance => {
                    self.types.intern(TypeKind::BoundMethod(code, object))
                }
                _ => ty,
            }));
        }
        if let Some(global) = self.classes.attr(class, name) {
            let (_, ty) = self.global_read(id, &global)?;
            if instance && matches!(self.types.kind(ty), TypeKind::Func(_)) {
                return Some(Err(format!(
                    "kiln does not bind a function stored as class attribute `{name}` when it is read through an instance (define it with `def` in the class)"
                )));
            }
            return Some(Ok(ty));
        }
        let class_name = self.classes.name(class).to_owned();
        Some(Err(if instance {
            format!("'{class_name}' object has no attribute '{name}'")
        } else {
            format!("type object '{class_name}' has no attribute '{name}'")
        }))
    }

    /// `object.name = value` for an instance or a class; `None` for other objects.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn class_set_attr(
        &mut self,
        id: InstanceId,
        set: Value,
        operands: [Value; 2],
        object: TypeId,
        name: &str,
        value: TypeId,
        span: Span,
    ) -> Option<Result<TypeId, String>> {
        match *self.types.kind(object) {
            TypeKind::Instance(class)
                if self
                    .classes
                    .method(class, &format!("{name}.setter"))
                    .is_some() =>
            {
                let ty = move |v: &Value| if *v == operands[0] { object } else { value };
                self.special_with(
                    id,
                    set,
                    &format!("{name}.setter"),
                    operands.to_vec(),
                    Post::Result,
                    &ty,
                )
            }
            TypeKind::Instance(class) => {
                let Some(index) = self.classes.field(class, name) else {
                    self.report(
                        Diagnostic::error(
                            "unsupported-attribute",
                            format!(
                                "setting attribute `{name}`, which no method of class `{}` sets on `self`, is not supported by kiln yet",
                                self.classes.name(class)
                            ),
                            span,
                        )
                        .with_label("not supported")
                        .with_hint("kiln lays instances out from the attributes the class's methods assign to `self`"),
                    );
                    return Some(Ok(TypeId::NONE));
                };
                self.store_field(class, index, value, span);
                Some(Ok(TypeId::NONE))
            }
            TypeKind::Class(class) => {
                let own = format!("{}.{name}", self.classes.name(class));
                if self.classes.attr(class, name).is_some_and(|g| g != own) {
                    self.report(
                        Diagnostic::error(
                            "unsupported-attribute",
                            format!(
                                "assigning class attribute `{name}` through subclass `{}` is not supported by kiln yet",
                                self.classes.name(class)
                            ),
                            span,
                        )
                        .with_label("not supported")
                        .with_hint("CPython gives the subclass an attribute of its own here; assign it through the class that defines it"),
                    );
                    return Some(Ok(TypeId::NONE));
                }
                let global = self
                    .classes
                    .attr(class, name)
                    .and_then(|g| self.globals.lookup(&g));
                match global {
                    Some(global) => {
                        self.store_global(global, value, span);
                        Some(Ok(TypeId::NONE))
                    }
                    None => {
                        self.report(
                            Diagnostic::error(
                                "unsupported-attribute",
                                format!(
                                    "adding attribute `{name}` to class `{}` is not supported by kiln yet",
                                    self.classes.name(class)
                                ),
                                span,
                            )
                            .with_label("not supported"),
                        );
                        Some(Ok(TypeId::NONE))
                    }
                }
            }
            _ => None,
        }
    }

    /// Joins `value` into the type of a field (and every subclass's copy of it).
    fn store_field(&mut self, class: u32, index: usize, value: TypeId, span: Span) {
        if value == TypeId::NEVER {
            return;
        }
        let inner = self.types.optional_inner(value).unwrap_or(value);
        let storable = crate::typing::is_value(self.types.kind(inner))
            || matches!(
                self.types.kind(inner),
                TypeKind::Instance(_) | TypeKind::Exception | TypeKind::Var(_)
            );
        if !storable {
            let name = &self.classes.classes[class as usize].fields[index];
            self.report(
                Diagnostic::error(
                    "unsupported-attribute",
                    format!(
                        "an attribute holding a `{}` (`{name}` of class `{}`) is not supported by kiln yet",
                        crate::typing::python_name(&self.types, value),
                        self.classes.name(class)
                    ),
                    span,
                )
                .with_label("not supported"),
            );
            return;
        }
        let name = self.classes.classes[class as usize].fields[index].clone();
        let classes: Vec<u32> = (0..self.classes.classes.len() as u32)
            .filter(|&c| self.classes.is_subclass(c, class) || self.classes.is_subclass(class, c))
            .collect();
        for c in classes {
            let Some(i) = self.classes.field(c, &name) else {
                continue;
            };
            let have = self.field_types[c as usize][i];
            match self.vars.join(&mut self.types, have, value) {
                Some(joined) if joined == have => {}
                Some(joined) => {
                    self.field_types[c as usize][i] = joined;
                    let readers: HashSet<InstanceId> =
                        self.field_readers.get(&(c, i)).cloned().unwrap_or_default();
                    readers.into_iter().for_each(|r| self.enqueue(r));
                }
                None => {
                    let message = format!(
                        "attribute `{name}` of class `{}` would need two types: {} and {}",
                        self.classes.name(c),
                        self.types.name(have),
                        self.types.name(value)
                    );
                    self.report(
                        Diagnostic::error("type-mismatch", message, span)
                            .with_label(format!("this is {}", self.types.with_article(value)))
                            .with_hint("kiln gives each attribute one type"),
                    );
                }
            }
        }
    }

    /// `Class(args)`: a new instance, initialized by `__init__`.
    pub(crate) fn construct(
        &mut self,
        id: InstanceId,
        value: Value,
        class: u32,
        arg_types: &[TypeId],
        kwnames: &[String],
    ) -> Result<TypeId, String> {
        let instance = self.types.intern(TypeKind::Instance(class));
        self.class_specials(id, class, instance);
        let init = match self.classes.method(class, "__init__") {
            Some(global) => match self.global_read(id, &global) {
                Some((_, ty)) => match *self.types.kind(ty) {
                    TypeKind::Func(code) => Some(code),
                    _ => return Ok(TypeId::NEVER),
                },
                None => None,
            },
            None => None,
        };
        let callee = match init {
            None if arg_types.is_empty() => Callee::Construct(class, None),
            None => return Err(format!("{}() takes no arguments", self.classes.name(class))),
            Some(code) => match self.bound_instance(id, code, instance, arg_types, kwnames)? {
                Some((target, bindings)) => {
                    let ret = self.instances[target].ret;
                    if ret != TypeId::NONE && ret != TypeId::NEVER {
                        return Err(format!(
                            "__init__() should return None, not '{}'",
                            crate::typing::python_name(&self.types, ret)
                        ));
                    }
                    Callee::Construct(class, Some((target, bindings)))
                }
                None => return Ok(TypeId::NEVER),
            },
        };
        self.instances[id].calls.insert(value, callee);
        Ok(instance)
    }

    /// A call of method `code` bound to a receiver of type `receiver`.
    pub(crate) fn bound_call(
        &mut self,
        id: InstanceId,
        value: Value,
        code: u32,
        receiver: TypeId,
        arg_types: &[TypeId],
        kwnames: &[String],
    ) -> Result<TypeId, String> {
        let Some((target, bindings)) =
            self.bound_instance(id, code, receiver, arg_types, kwnames)?
        else {
            return Ok(TypeId::NEVER);
        };
        self.instances[id]
            .calls
            .insert(value, Callee::Bound(target, bindings));
        Ok(self.instances[target].ret)
    }

    /// The instance of function `code` called with `receiver` then the arguments (argument
    /// `i` of the bindings is the receiver for 0, else the call's argument `i - 1`).
    fn bound_instance(
        &mut self,
        id: InstanceId,
        code: u32,
        receiver: TypeId,
        arg_types: &[TypeId],
        kwnames: &[String],
    ) -> Result<Option<(InstanceId, Vec<Binding>)>, String> {
        let bindings = bind_arguments(
            self.program,
            self.globals,
            code,
            arg_types.len() + 1,
            kwnames,
        )?;
        let mut params = Vec::with_capacity(bindings.len());
        for binding in &bindings {
            let ty = match binding {
                Binding::Arg(0) => receiver,
                Binding::Arg(i) => arg_types[i - 1],
                Binding::Default(slot) => {
                    self.global_readers.entry(*slot).or_default().insert(id);
                    self.global_types[slot.index()]
                }
            };
            if ty == TypeId::NEVER {
                return Ok(None);
            }
            params.push(ty);
        }
        let target = self.instance(code, params);
        self.callers.entry(target).or_default().insert(id);
        Ok(Some((target, bindings)))
    }

    /// Specializes `__repr__` and `__str__` for instances of `class` (printing calls them).
    fn class_specials(&mut self, id: InstanceId, class: u32, instance: TypeId) {
        for name in ["__repr__", "__str__", "__eq__", "__lt__"] {
            if self.specials.contains_key(&(class, name)) {
                continue;
            }
            let Some(global) = self.classes.method(class, name) else {
                continue;
            };
            let Some((_, ty)) = self.global_read(id, &global) else {
                continue;
            };
            if let TypeKind::Func(code) = *self.types.kind(ty) {
                // The runtime calls `__repr__(self)`, `__eq__(self, other)` with instances.
                let arity = if name.starts_with("__r") || name == "__str__" {
                    1
                } else {
                    2
                };
                if self.program.codes[code as usize].argcount != arity {
                    continue;
                }
                let target = self.instance(code, vec![instance; arity as usize]);
                self.specials.insert((class, name), target);
            }
        }
    }
}

/// How a method is decorated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    Plain,
    Static,
    Class,
    Property,
}

/// What to do with a special method's result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Post {
    /// It is the operation's result.
    Result,
    /// `!=` through `__eq__`: its negation.
    Not,
    /// Truth through `__len__`: whether it is not zero.
    NonZero,
    /// `not` through `__len__`: whether it is zero.
    Zero,
    /// `in`: the truth of the result.
    Truth,
}

/// The special method an operator calls on its left operand, and the reflected one it calls
/// on its right operand.
fn binary_methods(op: kiln_bytecode::BinOp) -> (&'static str, &'static str, &'static str) {
    use kiln_bytecode::BinOp::*;
    match op {
        Add => ("__add__", "__radd__", "__iadd__"),
        Sub => ("__sub__", "__rsub__", "__isub__"),
        Mul => ("__mul__", "__rmul__", "__imul__"),
        TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        Mod => ("__mod__", "__rmod__", "__imod__"),
        Pow => ("__pow__", "__rpow__", "__ipow__"),
        LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BitAnd => ("__and__", "__rand__", "__iand__"),
        BitOr => ("__or__", "__ror__", "__ior__"),
        BitXor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

impl Cx<'_> {
    /// The class of an instance type.
    fn instance_class(&self, ty: TypeId) -> Option<u32> {
        match *self.types.kind(ty) {
            TypeKind::Instance(c) => Some(c),
            _ => None,
        }
    }

    /// CPython tries the right operand's reflected method first when its class is a proper
    /// subclass of the left operand's that defines (overrides) it.
    fn right_first(&self, left: TypeId, right: TypeId, reflected: &str) -> bool {
        let (Some(l), Some(r)) = (self.instance_class(left), self.instance_class(right)) else {
            return false;
        };
        if l == r || !self.classes.is_subclass(r, l) {
            return false;
        }
        match (
            self.classes.method(r, reflected),
            self.classes.method(l, reflected),
        ) {
            (Some(on_right), Some(on_left)) => on_right != on_left,
            (Some(_), None) => true,
            _ => false,
        }
    }

    /// Whether values of type `ty` are instances whose class has method `name`.
    fn has_special(&self, ty: TypeId, name: &str) -> bool {
        self.instance_class(ty)
            .is_some_and(|c| self.classes.method(c, name).is_some())
    }

    /// An operator applied to instances whose class defines the special method for it: the
    /// method's result (recorded as the call it is). `None` when no special method applies.
    pub(crate) fn special_op(
        &mut self,
        id: InstanceId,
        value: Value,
        inst: &crate::ir::Inst,
        ty: &dyn Fn(&Value) -> TypeId,
    ) -> Option<Result<TypeId, String>> {
        use crate::ir::Inst;
        use kiln_bytecode::CmpOp;
        let (method, operands, post): (&str, Vec<Value>, Post) = match inst {
            Inst::Binary(op, a, b) | Inst::Inplace(op, a, b) => {
                let (left, right, inplace) = binary_methods(*op);
                if self.right_first(ty(a), ty(b), right) {
                    (right, vec![*b, *a], Post::Result)
                } else if matches!(inst, Inst::Inplace(..)) && self.has_special(ty(a), inplace) {
                    (inplace, vec![*a, *b], Post::Result)
                } else if self.has_special(ty(a), left) {
                    (left, vec![*a, *b], Post::Result)
                } else if self.has_special(ty(b), right) {
                    (right, vec![*b, *a], Post::Result)
                } else {
                    return None;
                }
            }
            Inst::Compare(op, a, b) => {
                let (name, reflected) = match op {
                    CmpOp::Eq => ("__eq__", "__eq__"),
                    CmpOp::Ne => ("__ne__", "__ne__"),
                    CmpOp::Lt => ("__lt__", "__gt__"),
                    CmpOp::Le => ("__le__", "__ge__"),
                    CmpOp::Gt => ("__gt__", "__lt__"),
                    CmpOp::Ge => ("__ge__", "__le__"),
                };
                if self.right_first(ty(a), ty(b), reflected) {
                    (reflected, vec![*b, *a], Post::Result)
                } else if self.has_special(ty(a), name) {
                    (name, vec![*a, *b], Post::Result)
                } else if self.has_special(ty(b), reflected) {
                    (reflected, vec![*b, *a], Post::Result)
                } else if *op == CmpOp::Ne && self.has_special(ty(a), "__eq__") {
                    ("__eq__", vec![*a, *b], Post::Not)
                } else if *op == CmpOp::Ne && self.has_special(ty(b), "__eq__") {
                    ("__eq__", vec![*b, *a], Post::Not)
                } else {
                    return None;
                }
            }
            Inst::Unary(op, a) => {
                let name = match op {
                    kiln_bytecode::UnaryOp::Neg => "__neg__",
                    kiln_bytecode::UnaryOp::Pos => "__pos__",
                    kiln_bytecode::UnaryOp::Invert => "__invert__",
                    kiln_bytecode::UnaryOp::Not if self.has_special(ty(a), "__bool__") => {
                        return self.special_with(id, value, "__bool__", vec![*a], Post::Not, ty);
                    }
                    kiln_bytecode::UnaryOp::Not if self.has_special(ty(a), "__len__") => {
                        return self.special_with(id, value, "__len__", vec![*a], Post::Zero, ty);
                    }
                    kiln_bytecode::UnaryOp::Not => return None,
                };
                if !self.has_special(ty(a), name) {
                    return None;
                }
                (name, vec![*a], Post::Result)
            }
            Inst::Truthy(a) if self.has_special(ty(a), "__bool__") => {
                ("__bool__", vec![*a], Post::Result)
            }
            Inst::Truthy(a) if self.has_special(ty(a), "__len__") => {
                ("__len__", vec![*a], Post::NonZero)
            }
            Inst::Contains(item, container) if self.has_special(ty(container), "__contains__") => {
                ("__contains__", vec![*container, *item], Post::Truth)
            }
            Inst::GetItem(c, i) if self.has_special(ty(c), "__getitem__") => {
                ("__getitem__", vec![*c, *i], Post::Result)
            }
            Inst::SetItem(c, i, v) if self.has_special(ty(c), "__setitem__") => {
                ("__setitem__", vec![*c, *i, *v], Post::Result)
            }
            _ => return None,
        };
        self.special_with(id, value, method, operands, post, ty)
    }

    /// `bool(x)` of an instance whose class defines `__bool__` or `__len__`.
    pub(crate) fn special_bool(
        &mut self,
        id: InstanceId,
        value: Value,
        arg: Value,
        ty: &dyn Fn(&Value) -> TypeId,
    ) -> Option<Result<TypeId, String>> {
        if self.has_special(ty(&arg), "__bool__") {
            self.special_with(id, value, "__bool__", vec![arg], Post::Result, ty)
        } else if self.has_special(ty(&arg), "__len__") {
            self.special_with(id, value, "__len__", vec![arg], Post::NonZero, ty)
        } else {
            None
        }
    }

    /// Records the call of special method `method` on `operands[0]` with the others.
    fn special_with(
        &mut self,
        id: InstanceId,
        value: Value,
        method: &str,
        operands: Vec<Value>,
        post: Post,
        ty: &dyn Fn(&Value) -> TypeId,
    ) -> Option<Result<TypeId, String>> {
        let receiver = ty(&operands[0]);
        let class = self.instance_class(receiver)?;
        let global = self.classes.method(class, method)?;
        let (_, fty) = self.global_read(id, &global)?;
        let TypeKind::Func(code) = *self.types.kind(fty) else {
            return Some(Ok(TypeId::NEVER));
        };
        let others: Vec<TypeId> = operands[1..].iter().map(ty).collect();
        let Some((target, bindings)) = (match self.bound_instance(id, code, receiver, &others, &[])
        {
            Ok(found) => found,
            Err(message) => return Some(Err(message)),
        }) else {
            return Some(Ok(TypeId::NEVER));
        };
        let ret = self.instances[target].ret;
        if ret == TypeId::NEVER {
            // Not known yet (the method is analysed first).
            self.instances[id]
                .calls
                .insert(value, Callee::Special(target, bindings, operands, post));
            return Some(Ok(TypeId::NEVER));
        }
        let result = match post {
            Post::Result if method == "__bool__" && ret != TypeId::BOOL => {
                return Some(Err(format!(
                    "__bool__ should return bool, returned {}",
                    crate::typing::python_name(&self.types, ret)
                )))
            }
            Post::Result => ret,
            Post::Not if ret != TypeId::BOOL => {
                return Some(Err(format!(
                    "kiln needs `__eq__` to return a bool to compute `!=` from it (it returns {})",
                    crate::typing::python_name(&self.types, ret)
                )))
            }
            Post::Truth => {
                if crate::typing::truthy(&self.types, ret).map(|p| p.result) != Ok(TypeId::BOOL) {
                    return Some(Err(format!(
                        "kiln cannot take the truth of a `{}` returned by `{method}`",
                        crate::typing::python_name(&self.types, ret)
                    )));
                }
                TypeId::BOOL
            }
            Post::Not | Post::NonZero | Post::Zero => TypeId::BOOL,
        };
        self.instances[id]
            .calls
            .insert(value, Callee::Special(target, bindings, operands, post));
        Some(Ok(result))
    }

    /// `__repr__` and `__str__` must return a `str`: CPython raises TypeError when they do
    /// not, and kiln refuses one that would.
    pub(crate) fn check_text_methods(&mut self) {
        let mut specials: Vec<(&'static str, InstanceId)> = self
            .specials
            .iter()
            .map(|(&(_, name), &id)| (name, id))
            .collect();
        specials.sort_by_key(|&(name, id)| (id, name));
        for (name, id) in specials {
            let ret = self.vars.resolve(&mut self.types, self.instances[id].ret);
            if matches!(name, "__eq__" | "__lt__") {
                if ret != TypeId::BOOL && ret != TypeId::NEVER {
                    let span = self.generics[self.instances[id].code as usize].func.span;
                    self.report(
                        Diagnostic::error(
                            "unsupported-special-method",
                            format!("a `{name}` that does not return a bool is not supported by kiln yet"),
                            span,
                        )
                        .with_label("containers and sorting call it and need a bool"),
                    );
                }
                continue;
            }
            if ret == TypeId::STR || ret == TypeId::NEVER {
                continue;
            }
            let shown = match self.types.optional_inner(ret) {
                Some(_) => "NoneType".to_owned(),
                None => crate::typing::python_name(&self.types, ret),
            };
            let span = self.generics[self.instances[id].code as usize].func.span;
            self.report(
                Diagnostic::error(
                    "type-error",
                    format!("TypeError: {name} returned non-string (type {shown})"),
                    span,
                )
                .with_label("CPython raises this TypeError when it is called")
                .with_hint(format!("make `{name}` return a str on every path")),
            );
        }
    }

    /// `x(args)` of an instance whose class defines `__call__`.
    pub(crate) fn special_call(
        &mut self,
        id: InstanceId,
        value: Value,
        receiver: TypeId,
        arg_types: &[TypeId],
        kwnames: &[String],
    ) -> Option<Result<TypeId, String>> {
        let class = self.instance_class(receiver)?;
        let global = self.classes.method(class, "__call__")?;
        let (_, fty) = self.global_read(id, &global)?;
        let TypeKind::Func(code) = *self.types.kind(fty) else {
            return Some(Ok(TypeId::NEVER));
        };
        Some(self.bound_call(id, value, code, receiver, arg_types, kwnames))
    }

    /// `len(x)` of an instance whose class defines `__len__`.
    pub(crate) fn special_len(
        &mut self,
        id: InstanceId,
        value: Value,
        arg: Value,
        receiver: TypeId,
    ) -> Option<Result<TypeId, String>> {
        let class = self.instance_class(receiver)?;
        let global = self.classes.method(class, "__len__")?;
        let (_, fty) = self.global_read(id, &global)?;
        let TypeKind::Func(code) = *self.types.kind(fty) else {
            return Some(Ok(TypeId::NEVER));
        };
        let (target, bindings) = match self.bound_instance(id, code, receiver, &[], &[]) {
            Ok(Some(found)) => found,
            Ok(None) => return Some(Ok(TypeId::NEVER)),
            Err(message) => return Some(Err(message)),
        };
        self.instances[id].calls.insert(
            value,
            Callee::Special(target, bindings, vec![arg], Post::Result),
        );
        Some(Ok(self.instances[target].ret))
    }
}
