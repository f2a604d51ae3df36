//! Classes in inference: instance layouts, attribute types (joined over every assignment, as
//! globals are), constructors and bound methods.
//!
//! A class's methods and class attributes are module globals named `Class.name`
//! (`kiln_bytecode::ClassDef`); its instances' fields are the attributes its methods assign on
//! `self`, inherited ones first.

use std::collections::{BTreeSet, HashSet};

use kiln_bytecode::{Diagnostic, Program, Span};

use super::special::Post;
use super::{bind_arguments, Binding, Callee, Cx, InstanceId};
use crate::ir::{ExcKind, GlobalId, TypeId, TypeKind, Value};
use crate::typing::CallError;

/// What a method call runs.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// One method instance.
    Direct(InstanceId, Vec<Binding>),
    /// For a `Poly` receiver, method `name` of each class the receiver may have, chosen by
    /// its class at run time; `None` for a class without the method (AttributeError).
    Dispatch(String, Vec<(u32, Option<MethodCall>)>),
}

/// A method instance and where its parameters come from.
pub type MethodCall = (InstanceId, Vec<Binding>);

/// The classes of a program, with their instance layouts.
#[derive(Clone, Debug, Default)]
pub struct ClassTable {
    pub classes: Vec<ClassLayout>,
}

#[derive(Clone, Debug)]
pub struct ClassLayout {
    pub name: String,
    pub base: Option<u32>,
    /// For an exception class: the builtin exception class it derives from.
    pub exception: Option<ExcKind>,
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
            let exception = match &def.builtin_base {
                Some(name) => ExcKind::from_name(name),
                None => def
                    .base
                    .and_then(|b| classes.get(b as usize))
                    .and_then(|b| b.exception),
            };
            classes.push(ClassLayout {
                name: def.name.clone(),
                base: def.base,
                exception,
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

    /// How instances of `class` hash: `Some(true)` by a `__hash__`, `Some(false)` not at all,
    /// `None` by identity. As in CPython, a class whose body defines `__eq__` but not
    /// `__hash__` has `__hash__ = None`, which hides a base's `__hash__`.
    pub fn hash_kind(&self, class: u32) -> Option<bool> {
        for c in self.chain(class) {
            let own = |name: &str| c.methods.iter().any(|m| m == name);
            if own("__hash__") {
                return Some(true);
            }
            if own("__eq__") {
                return Some(false);
            }
        }
        None
    }

    /// The builtin exception class `class` derives from, for an exception class.
    pub fn exception(&self, class: u32) -> Option<ExcKind> {
        self.classes.get(class as usize)?.exception
    }

    /// Whether `class` is `ancestor` or derives from it.
    pub fn is_subclass(&self, class: u32, ancestor: u32) -> bool {
        self.chain(class)
            .any(|c| std::ptr::eq(c, &self.classes[ancestor as usize]))
    }
}

impl Cx<'_> {
    /// The type of global `name` as read by instance `id` (who is told when it changes).
    pub(super) fn global_read(&mut self, id: InstanceId, name: &str) -> Option<(GlobalId, TypeId)> {
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
            TypeKind::Poly(c) => return Some(self.poly_get_attr(id, value, object, c, name)),
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
            TypeKind::Instance(class) | TypeKind::Poly(class)
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
            TypeKind::Instance(class) | TypeKind::Poly(class) => {
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
                TypeKind::Instance(_)
                    | TypeKind::Poly(_)
                    | TypeKind::Exception
                    | TypeKind::Var(_)
                    | TypeKind::Func(_)
                    | TypeKind::Closure(..)
                    | TypeKind::Funcs(_)
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
        // Every class that inherits the field from the class that first has it shares its
        // type: a value typed by a base class reads the field of whichever class it holds.
        let owner = std::iter::successors(Some(class), |&c| self.classes.classes[c as usize].base)
            .filter(|&c| self.classes.field(c, &name).is_some())
            .last()
            .unwrap_or(class);
        let classes: Vec<u32> = (0..self.classes.classes.len() as u32)
            .filter(|&c| self.classes.is_subclass(c, owner))
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

    /// `object.name` of a `Poly` object where its classes have class attributes `name` of
    /// their own (`None` if one of them has a method of that name, or none has it).
    fn class_attr_switch(
        &mut self,
        id: InstanceId,
        value: Value,
        candidates: &[u32],
        name: &str,
    ) -> Option<Result<TypeId, String>> {
        let mut globals = Vec::with_capacity(candidates.len());
        let mut ty = TypeId::NEVER;
        for &class in candidates {
            if self.classes.method(class, name).is_some() {
                return None;
            }
            let (global, t) = self.global_read(id, &self.classes.attr(class, name)?)?;
            if matches!(self.types.kind(t), TypeKind::Func(_)) {
                return None;
            }
            ty = self.vars.join(&mut self.types, ty, t)?;
            globals.push((class, global));
        }
        self.instances[id]
            .calls
            .insert(value, Callee::ClassAttr(globals));
        Some(Ok(ty))
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
        if !self.constructed.contains(&class) {
            self.constructed.insert(class);
            let readers: Vec<InstanceId> = self.dispatch_readers.iter().copied().collect();
            readers.into_iter().for_each(|r| self.enqueue(r));
        }
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
        let exception = self.classes.exception(class).is_some();
        let callee = match init {
            None if arg_types.is_empty() => Callee::Construct(class, None),
            // `BaseException.__init__` takes any positional arguments: the `args`.
            None if exception && kwnames.is_empty() => Callee::Construct(class, None),
            None if exception => {
                return Err(format!(
                    "{}() takes no keyword arguments",
                    self.classes.name(class)
                ))
            }
            None => return Err(format!("{}() takes no arguments", self.classes.name(class))),
            Some(code) => match self.bound_instance(id, code, instance, arg_types, kwnames)? {
                Some((target, bindings)) => {
                    self.record_call_site(id, target, self.value_span(id, value));
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

    /// Records that exceptions of class `class` can get `args` of type `tuple`.
    pub(crate) fn exc_args_source(&mut self, class: u32, tuple: TypeId) {
        if self.exc_args.entry(class).or_default().insert(tuple) {
            let readers: Vec<InstanceId> = self.exc_args_readers.iter().copied().collect();
            readers.into_iter().for_each(|r| self.enqueue(r));
        }
    }

    /// The type of `e.args` for an exception `e` of class `class`, as read by instance `id`:
    /// the one tuple type every way of making such an exception gives it, else `EXC_ARGS`,
    /// typed at run time. Sources recorded for the class's bases and subclasses count too (a
    /// base's `__init__` can set the `args` of a subclass's instances).
    pub(crate) fn exc_args_type(&mut self, id: InstanceId, class: u32) -> TypeId {
        self.exc_args_readers.insert(id);
        let related =
            |c: u32| self.classes.is_subclass(c, class) || self.classes.is_subclass(class, c);
        let mut found = self
            .exc_args
            .iter()
            .filter(|&(&c, _)| related(c))
            .flat_map(|(_, tuples)| tuples.iter().copied())
            .collect::<BTreeSet<TypeId>>()
            .into_iter();
        match (found.next(), found.next()) {
            (Some(tuple), None) => tuple,
            (None, _) => TypeId::NEVER,
            (Some(_), Some(_)) => TypeId::EXC_ARGS,
        }
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
        self.record_call_site(id, target, self.value_span(id, value));
        self.instances[id]
            .calls
            .insert(value, Callee::Bound(Target::Direct(target, bindings)));
        Ok(self.instances[target].ret)
    }

    /// A call of method `name` of a `Poly` receiver: dispatched on its class at run time.
    pub(crate) fn virtual_call(
        &mut self,
        id: InstanceId,
        value: Value,
        name: &str,
        receiver: TypeId,
        arg_types: &[TypeId],
        kwnames: &[String],
    ) -> Result<TypeId, String> {
        let found = self.method_target(id, receiver, name, arg_types, kwnames, false);
        self.record_target(id, value, found)
    }

    /// Records what call `value` runs, as `method_target` found it, and gives its result.
    pub(crate) fn record_target(
        &mut self,
        id: InstanceId,
        value: Value,
        found: Result<Option<(Target, TypeId)>, CallError>,
    ) -> Result<TypeId, String> {
        match found {
            Ok(Some((target, ret))) => {
                self.instances[id]
                    .calls
                    .insert(value, Callee::Bound(target));
                Ok(ret)
            }
            Ok(None) => Ok(TypeId::NEVER),
            Err(error) => self.call_error(id, value, error),
        }
    }

    /// A `CallError` at `value`: a TypeError for the caller to report, or a diagnostic.
    pub(crate) fn call_error(
        &mut self,
        id: InstanceId,
        value: Value,
        error: CallError,
    ) -> Result<TypeId, String> {
        match error {
            CallError::TypeError(message) => Err(message),
            CallError::Unsupported(message) => {
                let span =
                    self.generics[self.instances[id].code as usize].func.values[value.index()].span;
                self.report(
                    Diagnostic::error("unsupported-call", message, span)
                        .with_label("not supported")
                        .with_hint("kiln calls a method through a base class when every class of the value defines it alike"),
                );
                Ok(TypeId::NEVER)
            }
        }
    }

    /// The classes an instance of type `Poly(class)` may have: those the program constructs
    /// that derive from `class` (instance `id` is analysed again when there are more).
    pub(crate) fn candidates(&mut self, id: InstanceId, class: u32) -> Vec<u32> {
        self.dispatch_readers.insert(id);
        let mut classes: Vec<u32> = self
            .constructed
            .iter()
            .copied()
            .filter(|&k| self.classes.is_subclass(k, class))
            .collect();
        classes.sort_unstable();
        classes
    }

    /// What calling method `name` of a receiver of type `receiver` with arguments of types
    /// `others` runs, and its result type; `Ok(None)` while that is not known yet. A
    /// `Poly` receiver dispatches to each class's method (a class without it raises
    /// AttributeError, or for a `special` method is refused); their results must join.
    pub(crate) fn method_target(
        &mut self,
        id: InstanceId,
        receiver: TypeId,
        name: &str,
        others: &[TypeId],
        kwnames: &[String],
        special: bool,
    ) -> Result<Option<(Target, TypeId)>, CallError> {
        let (classes, exact) = match *self.types.kind(receiver) {
            TypeKind::Instance(c) => (vec![c], true),
            TypeKind::Poly(c) => (self.candidates(id, c), false),
            _ => return Ok(None),
        };
        let mut arms = Vec::with_capacity(classes.len());
        let mut ret = TypeId::NEVER;
        for class in classes {
            let Some(global) = self.classes.method(class, name) else {
                if special {
                    return Err(CallError::Unsupported(format!(
                        "`{name}` of a value that may be any `{}` is not supported by kiln yet: class `{}` does not define it",
                        self.types.name(receiver),
                        self.classes.name(class)
                    )));
                }
                arms.push((class, None));
                continue;
            };
            if !exact && self.classes.method_kind(class, name) != MethodKind::Plain {
                return Err(CallError::Unsupported(format!(
                    "calling decorated method `{name}` through a value that may be any `{}` is not supported by kiln yet",
                    self.types.name(receiver)
                )));
            }
            let Some((_, fty)) = self.global_read(id, &global) else {
                return Ok(None);
            };
            let TypeKind::Func(code) = *self.types.kind(fty) else {
                return Ok(None);
            };
            let this = if exact {
                receiver
            } else {
                self.types.intern(TypeKind::Instance(class))
            };
            let found = self
                .bound_instance(id, code, this, others, kwnames)
                .map_err(|message| {
                    if exact {
                        CallError::TypeError(message)
                    } else {
                        CallError::Unsupported(format!(
                            "calling `{name}` through a value that may be any `{}`, where `{}`'s raises TypeError: {message}, is not supported by kiln",
                            self.types.name(receiver),
                            self.classes.name(class)
                        ))
                    }
                })?;
            let Some((target, bindings)) = found else {
                return Ok(None);
            };
            let result = self.instances[target].ret;
            ret = self.vars.join(&mut self.types, ret, result).ok_or_else(|| {
                CallError::Unsupported(format!(
                    "method `{name}` returns {} for a `{}` but {} for another class of this value; kiln gives a call one result type",
                    self.types.with_article(result),
                    self.classes.name(class),
                    self.types.with_article(ret)
                ))
            })?;
            arms.push((class, Some((target, bindings))));
        }
        if arms.is_empty() {
            return Ok(None);
        }
        let target = if exact {
            let Some((_, Some((target, bindings)))) = arms.pop() else {
                return Ok(None);
            };
            Target::Direct(target, bindings)
        } else {
            Target::Dispatch(name.to_owned(), arms)
        };
        Ok(Some((target, ret)))
    }

    /// `object.name` for a `Poly` object: a field of its class, a method dispatched at run
    /// time, or what every class it may have reads alike.
    fn poly_get_attr(
        &mut self,
        id: InstanceId,
        value: Value,
        object: TypeId,
        class: u32,
        name: &str,
    ) -> Result<TypeId, String> {
        if let Some(index) = self.classes.field(class, name) {
            self.field_readers
                .entry((class, index))
                .or_default()
                .insert(id);
            return Ok(self.field_types[class as usize][index]);
        }
        let candidates = self.candidates(id, class);
        let kinds: Vec<Option<MethodKind>> = candidates
            .iter()
            .map(|&k| {
                self.classes
                    .method(k, name)
                    .map(|_| self.classes.method_kind(k, name))
            })
            .collect();
        if kinds.contains(&Some(MethodKind::Property)) {
            let ty = move |_: &Value| object;
            let object_value = self.generics[self.instances[id].code as usize]
                .func
                .inst(value)
                .and_then(|inst| inst.value_operands(|_| false).first().copied());
            let Some(object_value) = object_value else {
                return Ok(TypeId::NEVER);
            };
            return self
                .special_with(id, value, name, vec![object_value], Post::Result, &ty)
                .unwrap_or(Ok(TypeId::NEVER));
        }
        if kinds.contains(&Some(MethodKind::Plain)) {
            return Ok(self
                .types
                .intern(TypeKind::VirtualMethod(name.to_owned(), object)));
        }
        let subclass_field = (0..self.classes.classes.len() as u32)
            .any(|k| self.classes.is_subclass(k, class) && self.classes.field(k, name).is_some());
        let resolve = |k: u32| {
            self.classes
                .method(k, name)
                .or_else(|| self.classes.attr(k, name))
        };
        let alike = candidates.iter().all(|&k| resolve(k) == resolve(class));
        if !subclass_field && !alike {
            if let Some(result) = self.class_attr_switch(id, value, &candidates, name) {
                return result;
            }
        }
        if subclass_field || !alike {
            let span =
                self.generics[self.instances[id].code as usize].func.values[value.index()].span;
            self.report(
                Diagnostic::error(
                    "unsupported-attribute",
                    format!(
                        "reading `{name}` through a value that may be any `{}` is not supported by kiln yet",
                        self.classes.name(class)
                    ),
                    span,
                )
                .with_label("its classes do not all have it alike")
                .with_hint("test the class first (`if isinstance(x, Sub): x.attr`), or call a method each class defines"),
            );
            return Ok(TypeId::NEVER);
        }
        let instance = self.types.intern(TypeKind::Instance(class));
        match self.class_get_attr(id, value, value, instance, name) {
            Some(result) => result,
            None => Ok(TypeId::NEVER),
        }
    }

    /// The instance of function `code` called with `receiver` then the arguments (argument
    /// `i` of the bindings is the receiver for 0, else the call's argument `i - 1`).
    pub(super) fn bound_instance(
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
        // Argument 0 is the receiver. A method is no closure and has no `**kwargs` (refused
        // where it is defined), so the function and site are never read.
        let with_receiver: Vec<TypeId> = std::iter::once(receiver)
            .chain(arg_types.iter().copied())
            .collect();
        let target = self.parameters_instance(
            id,
            code,
            &bindings,
            (&with_receiver, kwnames),
            (
                TypeId::NEVER,
                Value::default(),
                kiln_bytecode::Span::default(),
            ),
        )?;
        Ok(target.map(|target| (target, bindings)))
    }

    /// Specializes `__repr__` and `__str__` for instances of `class` (printing calls them).
    fn class_specials(&mut self, id: InstanceId, class: u32, instance: TypeId) {
        for name in [
            "__repr__", "__str__", "__eq__", "__lt__", "__gt__", "__hash__",
        ] {
            if self.specials.contains_key(&(class, name)) {
                continue;
            }
            let Some(global) = self.classes.method(class, name) else {
                continue;
            };
            if name == "__hash__" && self.classes.hash_kind(class) != Some(true) {
                continue;
            }
            let Some((_, ty)) = self.global_read(id, &global) else {
                continue;
            };
            if let TypeKind::Func(code) = *self.types.kind(ty) {
                // The runtime calls `__repr__(self)`, `__eq__(self, other)` with instances.
                let arity = if name.starts_with("__r") || name == "__str__" || name == "__hash__" {
                    1
                } else {
                    2
                };
                if self.program.codes[code as usize].argcount != arity {
                    continue;
                }
                // The other operand is any item of the container: in a class hierarchy, an
                // instance of any of its classes.
                let mut args = vec![instance; arity as usize];
                let root =
                    std::iter::successors(Some(class), |&c| self.classes.classes[c as usize].base)
                        .last()
                        .unwrap_or(class);
                let hierarchy = (0..self.classes.classes.len() as u32)
                    .any(|k| k != root && self.classes.is_subclass(k, root));
                if arity == 2 && hierarchy {
                    args[1] = self.types.intern(TypeKind::Poly(root));
                }
                let target = self.instance(code, args);
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
