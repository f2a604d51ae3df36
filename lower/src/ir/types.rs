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
    /// `bytes`: a pointer to an immutable byte string (laid out as a `str` object).
    Bytes,
    /// The Python function compiled from bytecode code object `code` (zero-sized).
    Func(u32),
    /// A builtin function (zero-sized).
    Builtin(Builtin),
    /// A method of a builtin type bound to its receiver (represented by the receiver itself).
    Method(super::Method, TypeId),
    /// A `range` object: start, stop, step.
    Range,
    /// An iterator over a range: current, stop, step.
    RangeIter,
    /// `list[T]`.
    List(TypeId),
    /// `tuple[T1, T2, ...]`.
    Tuple(Vec<TypeId>),
    /// `dict[K, V]`.
    Dict(TypeId, TypeId),
    /// `set[T]`.
    Set(TypeId),
    /// `frozenset[T]`.
    FrozenSet(TypeId),
    /// A view of a dict (`d.keys()`, `d.values()`, `d.items()`), represented by the dict.
    DictView(DictView, TypeId),
    /// `enumerate(iterable)` of an iterable of this type.
    Enumerate(TypeId),
    /// `zip(a, b, ...)`.
    Zip(Vec<TypeId>),
    /// `reversed(sequence)`.
    Reversed(TypeId),
    /// An iterator over an iterable of this type (ranges have `RangeIter`).
    Iter(TypeId),
    /// A slice `start:stop:step` (each an int word, or None).
    Slice,
    /// `Optional[T]`: `None` or a value of `T` (never `None`, `bool` or another optional),
    /// represented like `T` with one reserved bit pattern for `None`.
    Optional(TypeId),
    /// An exception object (of any builtin exception class).
    Exception,
    /// An exception's `args`: a tuple whose item types are known at run time only (the tuple
    /// carries them).
    ExcArgs,
    /// An exception's `__traceback__` (represented by the exception): what a `with` gives
    /// `__exit__`, never None.
    Traceback,
    /// A class defined by the program (zero-sized: calling it makes an instance).
    Class(u32),
    /// An instance of exactly this class: a pointer to its fields.
    Instance(u32),
    /// An instance of this class or of a subclass (where values of several classes meet):
    /// represented like an instance of the class, whose fields prefix every subclass's; its
    /// methods are chosen at run time from the instance's class.
    Poly(u32),
    /// Method `name` of a `Poly` receiver (represented by the receiver itself): which
    /// function it is depends on the receiver's class at run time.
    VirtualMethod(String, TypeId),
    /// A method of a class bound to its receiver (represented by the receiver itself): the
    /// method's code object and the receiver's type.
    BoundMethod(u32, TypeId),
    /// `type(x)` for a value of this type: known from the type alone (zero-sized), except for
    /// an exception, whose class is the exception's (represented by the exception).
    ClassOf(TypeId),
    /// A pointer to the static description of a type, for the runtime.
    Desc,
    /// A cell: a variable a nested function uses, in an object of its own. The number names
    /// the cell variable (`Types::cell_types` has its type).
    Cell(u32),
    /// A function value that captures cells: the code object and its free variables' cells
    /// (a pointer to an object holding them).
    Closure(u32, Vec<u32>),
    /// One of several functions (`Func` and `Closure` types, sorted; one where the function
    /// may also be None, `Optional[Funcs[f]]`): a pointer
    /// to an object whose class info says which (a closure, or a static object standing for
    /// a `Func`).
    Funcs(Vec<TypeId>),
    /// A generator object yielding values of the first type, to which `send()` sends values of
    /// the second (`never`: none are sent): a pointer to the generator (its coroutine frame).
    /// Generators of different functions with the same types are alike.
    Generator(TypeId, TypeId),
    /// During inference only: an element type not known yet (see `infer.rs`).
    Var(u32),
}

/// Which view of a dict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

/// The type table of a module.
#[derive(Clone, Debug)]
pub struct Types {
    kinds: Vec<TypeKind>,
    ids: HashMap<TypeKind, TypeId>,
    /// The names of the program's classes, by class id.
    pub class_names: Vec<String>,
    /// Their base classes.
    pub class_bases: Vec<Option<u32>>,
    /// The special methods each class has (its own or inherited) that the runtime calls:
    /// `__eq__`, `__lt__`.
    pub class_specials: Vec<Vec<&'static str>>,
    /// For each exception class, the builtin exception class it derives from.
    pub class_exceptions: Vec<Option<super::ExcKind>>,
    /// The type of the value each cell variable holds.
    pub cell_types: Vec<TypeId>,
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
    pub const SLICE: TypeId = TypeId(8);
    pub const DESC: TypeId = TypeId(9);
    pub const BYTES: TypeId = TypeId(10);
    pub const EXCEPTION: TypeId = TypeId(11);
    pub const EXC_ARGS: TypeId = TypeId(12);
    /// `list[str]` (`sys.argv`, `sys.stdin.readlines()`).
    pub const LIST_STR: TypeId = TypeId(13);
    /// `list[int]` (`random.sample(range(...), k)`).
    pub const LIST_INT: TypeId = TypeId(14);
}

impl Default for Types {
    fn default() -> Types {
        let mut types = Types {
            kinds: Vec::new(),
            ids: HashMap::new(),
            class_names: Vec::new(),
            class_bases: Vec::new(),
            class_specials: Vec::new(),
            class_exceptions: Vec::new(),
            cell_types: Vec::new(),
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
            TypeKind::Slice,
            TypeKind::Desc,
            TypeKind::Bytes,
            TypeKind::Exception,
            TypeKind::ExcArgs,
            TypeKind::List(TypeId::STR),
            TypeKind::List(TypeId::INT),
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

    /// The id of `kind` if it is in the table.
    pub fn lookup(&self, kind: &TypeKind) -> Option<TypeId> {
        self.ids.get(kind).copied()
    }

    /// The number of types in the table.
    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    /// Whether the table is empty (it never is: the builtin types are always there).
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
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
            TypeKind::Bytes => "bytes".into(),
            TypeKind::Func(code) => format!("function#{code}"),
            TypeKind::Builtin(builtin) => format!("builtin {}", builtin.name()),
            TypeKind::Method(method, _) => format!("method {}", method.name()),
            TypeKind::Range => "range".into(),
            TypeKind::RangeIter => "range_iterator".into(),
            TypeKind::List(t) => format!("list[{}]", self.name(*t)),
            TypeKind::Tuple(ts) if ts.is_empty() => "tuple[()]".into(),
            TypeKind::Tuple(ts) => format!(
                "tuple[{}]",
                ts.iter()
                    .map(|t| self.name(*t))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            TypeKind::Dict(k, v) => format!("dict[{}, {}]", self.name(*k), self.name(*v)),
            TypeKind::Set(t) => format!("set[{}]", self.name(*t)),
            TypeKind::FrozenSet(t) => format!("frozenset[{}]", self.name(*t)),
            TypeKind::DictView(view, d) => {
                let what = match view {
                    DictView::Keys => "dict_keys",
                    DictView::Values => "dict_values",
                    DictView::Items => "dict_items",
                };
                format!("{what}[{}]", self.name(*d))
            }
            TypeKind::Enumerate(t) => format!("enumerate[{}]", self.name(*t)),
            TypeKind::Zip(ts) => format!(
                "zip[{}]",
                ts.iter()
                    .map(|t| self.name(*t))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            TypeKind::Reversed(t) => format!("reversed[{}]", self.name(*t)),
            TypeKind::Iter(t) => format!("iterator[{}]", self.name(*t)),
            TypeKind::Slice => "slice".into(),
            TypeKind::Optional(t) => format!("Optional[{}]", self.name(*t)),
            TypeKind::Exception => "exception".into(),
            TypeKind::ExcArgs => "exception args".into(),
            TypeKind::Traceback => "traceback".into(),
            TypeKind::ClassOf(t) => format!("type[{}]", self.name(*t)),
            // Module-qualified, so classes of two modules with one name read apart.
            TypeKind::Class(c) => format!("type[{}]", self.full_class_name(*c)),
            TypeKind::Instance(c) | TypeKind::Poly(c) => self.full_class_name(*c).to_owned(),
            TypeKind::VirtualMethod(name, t) => format!("method {name}[{}]", self.name(*t)),
            TypeKind::BoundMethod(code, t) => format!("method#{code}[{}]", self.name(*t)),
            TypeKind::Desc => "type descriptor".into(),
            TypeKind::Cell(_) => "cell".into(),
            TypeKind::Generator(t, s)
                if matches!(self.kind(*s), TypeKind::Never | TypeKind::Var(_)) =>
            {
                format!("generator[{}]", self.name(*t))
            }
            TypeKind::Generator(t, s) => {
                format!("generator[{}, sent {}]", self.name(*t), self.name(*s))
            }
            TypeKind::Closure(..) | TypeKind::Funcs(_) => "function".into(),
            TypeKind::Var(_) => "unknown".into(),
        }
    }

    /// The Python class name of a value of this type (`list`, `dict`), as in messages.
    /// Whether instances of class `class` have special method `name` (`__eq__`, `__lt__`).
    pub fn class_has(&self, class: u32, name: &str) -> bool {
        self.class_specials
            .get(class as usize)
            .is_some_and(|names| names.contains(&name))
    }

    /// Whether instances of `class` can be ordered (sorted, `min`, `max`): it has `__lt__`,
    /// or `__gt__` for the reflected comparison.
    pub fn orderable_class(&self, class: u32) -> bool {
        self.class_has(class, "__lt__") || self.class_has(class, "__gt__")
    }

    /// Whether class `class` is `ancestor` or derives from it.
    pub fn derives(&self, class: u32, ancestor: u32) -> bool {
        let mut c = Some(class);
        while let Some(k) = c {
            if k == ancestor {
                return true;
            }
            c = self.class_bases.get(k as usize).copied().flatten();
        }
        false
    }

    /// The class of an instance type (exact or not).
    pub fn instance_class(&self, ty: TypeId) -> Option<u32> {
        match *self.kind(ty) {
            TypeKind::Instance(c) | TypeKind::Poly(c) => Some(c),
            _ => None,
        }
    }

    /// For an instance of an exception class, the builtin exception class it derives from.
    pub fn exception_class(&self, ty: TypeId) -> Option<super::ExcKind> {
        let class = self.instance_class(ty)?;
        self.class_exceptions.get(class as usize).copied().flatten()
    }

    /// Whether values of type `ty` are exception objects: `Exception`, or an instance of an
    /// exception class.
    pub fn is_exception(&self, ty: TypeId) -> bool {
        ty == TypeId::EXCEPTION || self.exception_class(ty).is_some()
    }

    /// The nearest class both `a` and `b` derive from (`None` when only `object` is).
    pub fn common_base(&self, a: u32, b: u32) -> Option<u32> {
        let mut c = Some(a);
        while let Some(k) = c {
            if self.derives(b, k) {
                return Some(k);
            }
            c = self.class_bases.get(k as usize).copied().flatten();
        }
        None
    }

    /// The type of a value that is an instance of type `a` or of type `b`: an instance of
    /// their common base class, unless they are the same exact class.
    pub fn class_join(&mut self, a: TypeId, b: TypeId) -> Option<TypeId> {
        if a == b {
            return Some(a);
        }
        if let Some(functions) = self.function_join(a, b) {
            return Some(functions);
        }
        let base = match (self.instance_class(a), self.instance_class(b)) {
            (Some(x), Some(y)) => self.common_base(x, y),
            _ => None,
        };
        match base {
            Some(base) => Some(self.intern(TypeKind::Poly(base))),
            // Exceptions of unrelated classes are exceptions.
            None if self.is_exception(a) && self.is_exception(b) => Some(TypeId::EXCEPTION),
            None => None,
        }
    }

    /// The functions a value of this type may be (`Func`, `Closure` or `Funcs`).
    pub fn functions(&self, t: TypeId) -> Option<Vec<TypeId>> {
        match self.kind(t) {
            TypeKind::Func(_) | TypeKind::Closure(..) => Some(vec![t]),
            TypeKind::Funcs(members) => Some(members.clone()),
            _ => None,
        }
    }

    /// The code object of a function type (`Func` or `Closure`).
    pub fn function_code(&self, t: TypeId) -> Option<u32> {
        match self.kind(t) {
            TypeKind::Func(code) | TypeKind::Closure(code, _) => Some(*code),
            _ => None,
        }
    }

    /// The type of a value that is a function of type `a` or one of type `b`.
    ///
    /// `None` past a few closures of one nested function: a variable that wraps its own value
    /// in a loop (`f = wrap(f)`) would otherwise be one of ever more closures, each capturing
    /// the previous kind, and inference would not end.
    fn function_join(&mut self, a: TypeId, b: TypeId) -> Option<TypeId> {
        const MAX_CLOSURES_OF_ONE_FUNCTION: usize = 4;
        let mut members = self.functions(a)?;
        members.extend(self.functions(b)?);
        members.sort();
        members.dedup();
        let closures_of = |code: u32| {
            members
                .iter()
                .filter(|&&m| matches!(self.kind(m), TypeKind::Closure(c, _) if *c == code))
                .count()
        };
        let too_many = members.iter().any(|&m| match self.kind(m) {
            TypeKind::Closure(code, _) => closures_of(*code) > MAX_CLOSURES_OF_ONE_FUNCTION,
            _ => false,
        });
        if too_many {
            return None;
        }
        let union = |t: TypeId| matches!(self.kind(t), TypeKind::Funcs(_));
        Some(match &members[..] {
            [one] if !union(a) && !union(b) => *one,
            _ => self.intern(TypeKind::Funcs(members)),
        })
    }

    /// The type of a value of type `a` or `b`: `class_join` for instances; for iterators
    /// (which only read what they iterate), the iterator over the join of what each reads
    /// (`iterator[list[Circle]]` and `iterator[list[Shape]]` give `iterator[list[Shape]]`).
    pub fn covariant_join(&mut self, a: TypeId, b: TypeId) -> Option<TypeId> {
        self.join_inner(a, b, false)
    }

    fn join_inner(&mut self, a: TypeId, b: TypeId, read_only: bool) -> Option<TypeId> {
        if a == b {
            return Some(a);
        }
        if self.instance_class(a).is_some() || self.instance_class(b).is_some() {
            return self.class_join(a, b);
        }
        if self.functions(a).is_some() {
            return self.function_join(a, b);
        }
        let kind = match (self.kind(a).clone(), self.kind(b).clone()) {
            (TypeKind::Iter(x), TypeKind::Iter(y)) => TypeKind::Iter(self.join_inner(x, y, true)?),
            (TypeKind::Reversed(x), TypeKind::Reversed(y)) => {
                TypeKind::Reversed(self.join_inner(x, y, true)?)
            }
            (TypeKind::Enumerate(x), TypeKind::Enumerate(y)) => {
                TypeKind::Enumerate(self.join_inner(x, y, true)?)
            }
            (TypeKind::Zip(xs), TypeKind::Zip(ys)) if xs.len() == ys.len() => TypeKind::Zip(
                xs.iter()
                    .zip(&ys)
                    .map(|(&x, &y)| self.join_inner(x, y, true))
                    .collect::<Option<_>>()?,
            ),
            // Inside an iterator a container is only read.
            (TypeKind::List(x), TypeKind::List(y)) if read_only => {
                TypeKind::List(self.join_inner(x, y, true)?)
            }
            (TypeKind::Set(x), TypeKind::Set(y)) if read_only => {
                TypeKind::Set(self.join_inner(x, y, true)?)
            }
            _ => return None,
        };
        Some(self.intern(kind))
    }

    /// The name of class `class` of the program.
    /// The name of class `class` with the module of a program module's class (`shop.Cart`).
    pub fn full_class_name(&self, class: u32) -> &str {
        self.class_names
            .get(class as usize)
            .map_or("?", String::as_str)
    }

    /// The `__name__` of class `class`: without the module a program module's class is named
    /// with (`Cart` of `shop.cart.Cart`).
    pub fn class_name_of(&self, class: u32) -> &str {
        let name = self
            .class_names
            .get(class as usize)
            .map_or("?", String::as_str);
        name.rsplit('.').next().unwrap_or(name)
    }

    pub fn class_name(&self, id: TypeId) -> String {
        match self.kind(id) {
            TypeKind::Class(_) => "type".into(),
            TypeKind::None => "NoneType".into(),
            TypeKind::List(_) => "list".into(),
            TypeKind::Tuple(_) | TypeKind::ExcArgs => "tuple".into(),
            TypeKind::Dict(..) => "dict".into(),
            TypeKind::Set(_) => "set".into(),
            TypeKind::FrozenSet(_) => "frozenset".into(),
            TypeKind::Func(_) => "function".into(),
            TypeKind::Builtin(super::Builtin::Stream(_)) => "TextIOWrapper".into(),
            TypeKind::Builtin(_) => "builtin_function_or_method".into(),
            TypeKind::Method(..) => "builtin_function_or_method".into(),
            TypeKind::Enumerate(_) => "enumerate".into(),
            TypeKind::Zip(_) => "zip".into(),
            TypeKind::Reversed(_) => "list_reverseiterator".into(),
            TypeKind::DictView(DictView::Keys, _) => "dict_keys".into(),
            TypeKind::DictView(DictView::Values, _) => "dict_values".into(),
            TypeKind::DictView(DictView::Items, _) => "dict_items".into(),
            TypeKind::Generator(..) => "generator".into(),
            TypeKind::Instance(c) | TypeKind::Poly(c) => self.class_name_of(*c).to_owned(),
            _ => self.name(id),
        }
    }

    /// The type of the items iteration over a value of type `id` produces, if it is iterable
    /// (interning the tuple types of `enumerate`, `zip` and `dict.items()` items).
    pub fn item_type(&mut self, id: TypeId) -> Option<TypeId> {
        let mut types = self;
        item_type(&mut types, id, &mut |types, fields| {
            Some(types.intern(TypeKind::Tuple(fields)))
        })
    }

    /// [`item_type`](Self::item_type) for types whose item type is already interned.
    pub fn known_item_type(&self, id: TypeId) -> Option<TypeId> {
        let mut types = self;
        item_type(&mut types, id, &mut |types, fields| {
            types.lookup(&TypeKind::Tuple(fields))
        })
    }

    /// `Optional[t]`, if `t` can be optional: kiln reserves a bit pattern for `None` in
    /// ints, floats and objects.
    pub fn optional(&mut self, t: TypeId) -> Option<TypeId> {
        match self.kind(t) {
            TypeKind::Optional(_) => Some(t),
            TypeKind::Int | TypeKind::Float => Some(self.intern(TypeKind::Optional(t))),
            // A function has no object of its own: None or the function is a one-function
            // `Funcs` (an object: a static one stands for the function).
            TypeKind::Func(_) => {
                let funcs = self.intern(TypeKind::Funcs(vec![t]));
                Some(self.intern(TypeKind::Optional(funcs)))
            }
            TypeKind::DictView(..) | TypeKind::Desc => None,
            _ if self.is_object(t) => Some(self.intern(TypeKind::Optional(t))),
            _ => None,
        }
    }

    /// The type an optional holds; `None` for other types.
    pub fn optional_inner(&self, id: TypeId) -> Option<TypeId> {
        match self.kind(id) {
            TypeKind::Optional(t) => Some(*t),
            _ => None,
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

    /// True for types whose values are pointers to runtime objects (null for an optional
    /// object that is None).
    pub fn is_object(&self, id: TypeId) -> bool {
        if let TypeKind::Optional(t) = self.kind(id) {
            return self.is_object(*t);
        }
        matches!(
            self.kind(id),
            TypeKind::Str
                | TypeKind::Bytes
                | TypeKind::List(_)
                | TypeKind::Tuple(_)
                | TypeKind::Dict(..)
                | TypeKind::Set(_)
                | TypeKind::FrozenSet(_)
                | TypeKind::DictView(..)
                | TypeKind::Exception
                | TypeKind::Instance(_)
                | TypeKind::Poly(_)
                | TypeKind::Closure(..)
                | TypeKind::Funcs(_)
                | TypeKind::Cell(_)
                | TypeKind::Generator(..)
                | TypeKind::Desc
        )
    }
}

/// The item type of `id` in `types`, with `tuple` making (or finding) tuple types.
fn item_type<T: std::ops::Deref<Target = Types>>(
    types: &mut T,
    id: TypeId,
    tuple: &mut dyn FnMut(&mut T, Vec<TypeId>) -> Option<TypeId>,
) -> Option<TypeId> {
    Some(match types.kind(id).clone() {
        TypeKind::Range | TypeKind::Bytes => TypeId::INT,
        TypeKind::Str => TypeId::STR,
        TypeKind::List(t) | TypeKind::Set(t) | TypeKind::FrozenSet(t) => t,
        // The empty tuple has no items: iterating it runs nothing.
        TypeKind::Tuple(ts) if ts.is_empty() => TypeId::NEVER,
        TypeKind::Tuple(ts) => {
            let first = ts[0];
            if ts.iter().all(|&t| t == first) {
                first
            } else {
                return None;
            }
        }
        TypeKind::Generator(t, _) => t,
        TypeKind::Dict(k, _) => k,
        TypeKind::DictView(view, d) => {
            let TypeKind::Dict(k, v) = types.kind(d).clone() else {
                return None;
            };
            match view {
                DictView::Keys => k,
                DictView::Values => v,
                DictView::Items => tuple(types, vec![k, v])?,
            }
        }
        TypeKind::Enumerate(t) => {
            let item = item_type(types, t, tuple)?;
            tuple(types, vec![TypeId::INT, item])?
        }
        TypeKind::Zip(ts) => {
            let items = ts
                .iter()
                .map(|&t| item_type(types, t, tuple))
                .collect::<Option<Vec<_>>>()?;
            tuple(types, items)?
        }
        TypeKind::Reversed(t) => item_type(types, t, tuple)?,
        _ => return None,
    })
}
