//! Inference rules for containers: displays, items, unpacking, `in`, methods and the
//! builtins that take or make containers. Element types are unified (see `unify.rs`).

use kiln_bytecode::{BinOp, Diagnostic, Span};

use super::{Cx, InstanceId};
use crate::ir::{Builtin, Const, Container, Inst, TypeId, TypeKind, Value, ValueDef};
use crate::typing::python_name;

/// Builtins whose typing needs element types (the same list, less `min`, `max` and `len`,
/// is refused by `typing::builtin` and `mono::builtin`: those matches stay exhaustive).
pub fn is_container_builtin(builtin: Builtin) -> bool {
    use Builtin as B;
    matches!(
        builtin,
        B::DefaultDict
            | B::Counter
            | B::List
            | B::Tuple
            | B::Set
            | B::FrozenSet
            | B::Bytes
            | B::Dict
            | B::Sorted
            | B::Sum
            | B::Any
            | B::All
            | B::Enumerate
            | B::Zip
            | B::Reversed
            | B::Iter
            | B::Repr
            | B::Ascii
            | B::Ord
            | B::Chr
            | B::Format
            | B::Min
            | B::Max
            | B::Len
    )
}

pub(super) fn is_int(kind: &TypeKind) -> bool {
    matches!(kind, TypeKind::Int | TypeKind::Bool)
}

/// The type of a value as an instruction reads it (resolved, optionals it needs unwrapped).
type TypeOf<'a> = &'a dyn Fn(&Value) -> TypeId;

impl Cx<'_> {
    /// A type variable for slot `slot` of instruction `value` (stable across re-analysis).
    pub(super) fn site_var(&mut self, id: InstanceId, value: Value, slot: u8) -> TypeId {
        if let Some(&var) = self.site_vars.get(&(id, value, slot)) {
            return var;
        }
        let var = self.vars.fresh(&mut self.types);
        self.site_vars.insert((id, value, slot), var);
        var
    }

    /// Unifies `have` with `incoming`, reporting a mismatch of `what` at `span`.
    pub(super) fn unify_or_report(
        &mut self,
        have: TypeId,
        incoming: TypeId,
        what: &str,
        span: Span,
    ) -> bool {
        if self.vars.admit(&mut self.types, have, incoming) {
            return true;
        }
        let have = self.vars.resolve(&mut self.types, have);
        let incoming = self.vars.resolve(&mut self.types, incoming);
        self.report(
            Diagnostic::error(
                "type-mismatch",
                format!(
                    "{what} would need two types: {} and {}",
                    self.types.name(have),
                    self.types.name(incoming)
                ),
                span,
            )
            .with_label(format!("this is {}", self.types.with_article(incoming)))
            .with_hint("kiln gives all items of a container one type"),
        );
        false
    }

    pub(super) fn unsupported(&mut self, span: Span, message: String) -> Result<TypeId, String> {
        self.report(
            Diagnostic::error("unsupported-operation", message, span).with_label("not supported"),
        );
        Ok(TypeId::NEVER)
    }

    /// The typing of container instructions; `None` for instructions this does not handle.
    pub(super) fn eval_container(
        &mut self,
        id: InstanceId,
        value: Value,
        inst: &Inst,
        (ty, given): (TypeOf<'_>, &[TypeId]),
        span: Span,
    ) -> Option<Result<TypeId, String>> {
        let func = &self.generics[self.instances[id].code as usize].func;
        let const_index = |v: &Value| match func.inst(*v) {
            Some(Inst::Const(Const::Int(n))) => Some(*n),
            _ => None,
        };
        Some(match inst {
            Inst::Build(kind, items) => {
                let types: Vec<TypeId> = items.iter().map(ty).collect();
                match kind {
                    Container::Tuple => Ok(self.types.intern(TypeKind::Tuple(types))),
                    Container::List | Container::Set => {
                        let elem = self.site_var(id, value, 0);
                        for (item, &t) in items.iter().zip(&types) {
                            let at = func.values[item.index()].span;
                            self.unify_or_report(elem, t, "the items of this display", at);
                        }
                        self.check_hashable(*kind == Container::Set, elem, span);
                        Ok(self.types.intern(if *kind == Container::List {
                            TypeKind::List(elem)
                        } else {
                            TypeKind::Set(elem)
                        }))
                    }
                    Container::Dict => {
                        let (k, v) = (self.site_var(id, value, 0), self.site_var(id, value, 1));
                        for (pair, kinds) in items.chunks(2).zip(types.chunks(2)) {
                            let at = func.values[pair[0].index()].span;
                            self.unify_or_report(k, kinds[0], "the keys of this dict", at);
                            let at = func.values[pair[1].index()].span;
                            self.unify_or_report(v, kinds[1], "the values of this dict", at);
                        }
                        self.check_hashable(true, k, span);
                        Ok(self.types.intern(TypeKind::Dict(k, v)))
                    }
                }
            }
            Inst::CompAdd(container, items) => {
                match self.types.kind(ty(container)).clone() {
                    TypeKind::List(t) | TypeKind::Set(t) => {
                        self.unify_or_report(
                            t,
                            ty(&items[0]),
                            "the items of this comprehension",
                            span,
                        );
                    }
                    TypeKind::Dict(k, v) => {
                        self.unify_or_report(
                            k,
                            ty(&items[0]),
                            "the keys of this comprehension",
                            span,
                        );
                        self.unify_or_report(
                            v,
                            ty(&items[1]),
                            "the values of this comprehension",
                            span,
                        );
                    }
                    _ => {}
                }
                Ok(TypeId::NONE)
            }
            Inst::GetItem(c, i) => match self.types.kind(ty(c)).clone() {
                TypeKind::Tuple(ts) if ty(i) == TypeId::SLICE => {
                    match super::const_slice(func, *i, ts.len()) {
                        Some(positions) => Ok(self
                            .types
                            .intern(TypeKind::Tuple(positions.iter().map(|&k| ts[k]).collect()))),
                        None => self.unsupported(
                            span,
                            "slicing a tuple with computed bounds is not supported by kiln: a \
                             tuple's length is part of its type; write the bounds as literals, or \
                             use a list"
                                .into(),
                        ),
                    }
                }
                // The items of a generator being unpacked.
                TypeKind::Generator(yields, _)
                    if func.values.iter().any(|data| {
                        matches!(&data.def, ValueDef::Inst(Inst::UnpackCheck { value, .. }) if value == c)
                    }) =>
                {
                    let yields = self.vars.resolve(&mut self.types, yields);
                    Ok(match self.types.kind(yields) {
                        TypeKind::Var(_) => TypeId::NEVER,
                        _ => yields,
                    })
                }
                // The items of an unpacking kiln refuses (see `UnpackCheck`): refused there.
                _ if self.types.instance_class(ty(c)).is_some()
                    && func.values.iter().any(|data| {
                        matches!(&data.def, ValueDef::Inst(Inst::UnpackCheck { value, .. }) if value == c)
                    }) =>
                {
                    Ok(TypeId::NEVER)
                }
                _ => {
                    let item = self.get_item(ty(c), ty(i), const_index(i), span);
                    // An item that is a container keeps the element variables it has in the
                    // container as given, so items added to it may widen them.
                    let given_item = match self.types.kind(given[c.index()]) {
                        TypeKind::List(t) if is_int(self.types.kind(ty(i))) => Some(*t),
                        TypeKind::Dict(_, v) => Some(*v),
                        _ => None,
                    }
                    .map(|t| self.vars.bound(&self.types, t));
                    match (item, given_item) {
                        (Ok(item), Some(given_item))
                            if !matches!(self.types.kind(given_item), TypeKind::Var(_))
                                && self.vars.resolve(&mut self.types, given_item) == item =>
                        {
                            Ok(given_item)
                        }
                        (item, _) => item,
                    }
                }
            },
            Inst::SetItem(c, i, v) => {
                let (ct, it, vt) = (ty(c), ty(i), ty(v));
                // The container as given, with its element variables: a value stored may
                // widen them (a function among several, an instance of a sibling class).
                let mut as_given = |v: &Value, resolved: TypeId| {
                    let given = given[v.index()];
                    match self.vars.resolve(&mut self.types, given) == resolved {
                        true => given,
                        false => resolved,
                    }
                };
                let (ct, vt) = (as_given(c, ct), as_given(v, vt));
                match self.types.kind(ct).clone() {
                    TypeKind::List(t) if is_int(self.types.kind(it)) => {
                        self.unify_or_report(t, vt, "the items of this list", span);
                        Ok(TypeId::NONE)
                    }
                    TypeKind::List(_) if it == TypeId::SLICE => {
                        self.unify_or_report(ct, vt, "this slice assignment", span);
                        Ok(TypeId::NONE)
                    }
                    TypeKind::List(_) => Err(format!(
                        "list indices must be integers or slices, not {}",
                        python_name(&self.types, it)
                    )),
                    TypeKind::Dict(k, v) => {
                        self.unify_or_report(k, it, "the keys of this dict", span);
                        self.unify_or_report(v, vt, "the values of this dict", span);
                        Ok(TypeId::NONE)
                    }
                    // A container whose type is not known yet (`g[0][0] = 5` before the items
                    // of `g` are typed): checked again once it is.
                    TypeKind::Var(_) | TypeKind::Never => Ok(TypeId::NONE),
                    _ => Err(format!(
                        "'{}' object does not support item assignment",
                        python_name(&self.types, ct)
                    )),
                }
            }
            Inst::DelItem(c, i) => {
                let (ct, it) = (ty(c), ty(i));
                match self.types.kind(ct).clone() {
                    TypeKind::List(_) if is_int(self.types.kind(it)) || it == TypeId::SLICE => {
                        Ok(TypeId::NONE)
                    }
                    TypeKind::Dict(k, _) => {
                        self.unify_or_report(k, it, "the keys of this dict", span);
                        Ok(TypeId::NONE)
                    }
                    // kiln calls no `__delitem__` yet.
                    TypeKind::Instance(_) | TypeKind::Poly(_) => {
                        return Some(self.unsupported(
                            span,
                            format!(
                                "`del` of an item of a `{}` is not supported by kiln yet",
                                python_name(&self.types, ct)
                            ),
                        ));
                    }
                    _ => Err(format!(
                        "'{}' object doesn't support item deletion",
                        python_name(&self.types, ct)
                    )),
                }
            }
            Inst::BuildSlice(a, b, c) => {
                for v in [a, b, c] {
                    let k = self.types.kind(ty(v));
                    if !is_int(k) && *k != TypeKind::None {
                        return Some(Err(
                            "slice indices must be integers or None or have an __index__ method"
                                .into(),
                        ));
                    }
                }
                Ok(TypeId::SLICE)
            }
            Inst::UnpackCheck {
                value: v,
                before,
                after,
                starred,
            } => {
                let t = ty(v);
                match self.types.kind(t).clone() {
                    TypeKind::Tuple(ts) => {
                        let want = (*before + *after) as usize;
                        let ok = if *starred {
                            ts.len() >= want
                        } else {
                            ts.len() == want
                        };
                        if !ok {
                            let message = if *starred {
                                format!("not enough values to unpack (expected at least {want}, got {})", ts.len())
                            } else if ts.len() > want {
                                format!("too many values to unpack (expected {want})")
                            } else {
                                format!(
                                    "not enough values to unpack (expected {want}, got {})",
                                    ts.len()
                                )
                            };
                            self.report(
                                Diagnostic::error(
                                    "value-error",
                                    format!("ValueError: {message}"),
                                    span,
                                )
                                .with_label("CPython raises this ValueError here"),
                            );
                            return Some(Ok(TypeId::NEVER));
                        }
                        Ok(TypeId::NONE)
                    }
                    TypeKind::List(_) | TypeKind::Str => Ok(TypeId::NONE),
                    // Resumed once per target, and once more (see `Mono::unpack_generator`).
                    TypeKind::Generator(yields, _) if !*starred => {
                        let yields = self.vars.resolve(&mut self.types, yields);
                        self.types.intern(TypeKind::List(yields));
                        self.types.intern(TypeKind::Iter(t));
                        Ok(TypeId::NONE)
                    }
                    _ if self.types.item_type(t).is_some() => self.unsupported(
                        span,
                        format!(
                            "unpacking a `{}` is not supported by kiln yet",
                            self.types.name(t)
                        ),
                    ),
                    _ => match self.instance_iteration_refusal(t, "unpacking") {
                        Some(message) => self.unsupported(span, message),
                        None => Err(format!(
                            "cannot unpack non-iterable {} object",
                            python_name(&self.types, t)
                        )),
                    },
                }
            }
            Inst::UnpackRest {
                value: v,
                before,
                after,
            } => {
                let t = ty(v);
                match self.types.kind(t).clone() {
                    TypeKind::List(_) => Ok(t),
                    TypeKind::Str => Ok(self.types.intern(TypeKind::List(TypeId::STR))),
                    TypeKind::Tuple(ts) => {
                        let middle = &ts[(*before as usize).min(ts.len())
                            ..ts.len().saturating_sub(*after as usize)];
                        match middle.first() {
                            None => {
                                let elem = self.site_var(id, value, 0);
                                Ok(self.types.intern(TypeKind::List(elem)))
                            }
                            Some(&first) if middle.iter().all(|&t| t == first) => {
                                Ok(self.types.intern(TypeKind::List(first)))
                            }
                            Some(_) => self.unsupported(
                                span,
                                "a starred target collecting items of different types is not supported by kiln".into(),
                            ),
                        }
                    }
                    _ => Ok(TypeId::NEVER),
                }
            }
            Inst::Contains(item, container) => self.contains(ty(item), ty(container), span),
            Inst::Is(a, b) => {
                let (ka, kb) = (
                    self.types.kind(ty(a)).clone(),
                    self.types.kind(ty(b)).clone(),
                );
                let none_like = |k: &TypeKind| matches!(k, TypeKind::None | TypeKind::Optional(_));
                let objects = crate::typing::identity(&self.types, ty(a), ty(b)).is_some();
                if none_like(&ka) || none_like(&kb) || objects {
                    Ok(TypeId::BOOL)
                } else {
                    self.unsupported(
                        span,
                        "`is` between values other than None, instances, exceptions, lists, dicts and sets is not supported by kiln".into(),
                    )
                }
            }
            Inst::Inplace(op @ (BinOp::Add | BinOp::BitOr), a, b)
                if self.inplace_extends(*op, ty(a), ty(b)) =>
            {
                // `xs += iterable` extends a list; `d |= pairs` updates a dict (CPython's
                // in-place forms take any iterable, unlike `+` and `|`).
                let (at, bt) = (ty(a), ty(b));
                let Some(item) = self.resolved_item(bt) else {
                    return Some(Ok(TypeId::NEVER));
                };
                self.types.intern(TypeKind::Iter(bt));
                let wanted = match self.types.kind(at).clone() {
                    TypeKind::List(t) => t,
                    TypeKind::Dict(k, v) => self.types.intern(TypeKind::Tuple(vec![k, v])),
                    _ => return Some(Ok(TypeId::NEVER)),
                };
                self.unify_or_report(wanted, item, "the items added in place", span);
                Ok(at)
            }
            Inst::Binary(op, a, b) | Inst::Inplace(op, a, b) => {
                let (at, bt) = (ty(a), ty(b));
                let container = |k: &TypeKind| {
                    matches!(
                        k,
                        TypeKind::List(_)
                            | TypeKind::Tuple(_)
                            | TypeKind::Dict(..)
                            | TypeKind::Set(_)
                            | TypeKind::FrozenSet(_)
                    )
                };
                let (ka, kb) = (self.types.kind(at).clone(), self.types.kind(bt).clone());
                if *op == BinOp::Mod && ka == TypeKind::Str {
                    return Some(self.str_mod(bt, span));
                }
                if ka == TypeKind::Bytes || kb == TypeKind::Bytes {
                    return Some(self.bytes_binary(*op, at, bt));
                }
                if !container(&ka) && !container(&kb) {
                    return None;
                }
                if let (BinOp::Mul, TypeKind::Tuple(ts)) = (op, &ka) {
                    return Some(self.tuple_repeat(ts, func, *b, span));
                }
                if let (BinOp::Mul, TypeKind::Tuple(ts)) = (op, &kb) {
                    return Some(self.tuple_repeat(ts, func, *a, span));
                }
                self.container_binary(*op, at, bt, span)
            }
            _ => return None,
        })
    }

    pub(super) fn check_hashable(&mut self, needed: bool, elem: TypeId, span: Span) {
        if !needed {
            return;
        }
        let elem = self.vars.resolve(&mut self.types, elem);
        if matches!(
            self.types.kind(elem),
            TypeKind::List(_) | TypeKind::Dict(..) | TypeKind::Set(_)
        ) {
            let name = python_name(&self.types, elem);
            self.report(
                Diagnostic::error(
                    "type-error",
                    format!("TypeError: unhashable type: '{name}'"),
                    span,
                )
                .with_label("CPython raises this TypeError here"),
            );
        }
    }

    fn get_item(
        &mut self,
        ct: TypeId,
        it: TypeId,
        index: Option<i64>,
        span: Span,
    ) -> Result<TypeId, String> {
        let ik = self.types.kind(it).clone();
        let bad_index = |this: &Self, what: &str| {
            Err(format!(
                "{what} indices must be integers or slices, not {}",
                python_name(&this.types, it)
            ))
        };
        match self.types.kind(ct).clone() {
            TypeKind::List(t) if is_int(&ik) => Ok(t),
            TypeKind::List(_) if it == TypeId::SLICE => Ok(ct),
            TypeKind::List(_) => bad_index(self, "list"),
            TypeKind::Str if is_int(&ik) || it == TypeId::SLICE => Ok(TypeId::STR),
            TypeKind::Bytes if is_int(&ik) => Ok(TypeId::INT),
            TypeKind::Bytes if it == TypeId::SLICE => Ok(TypeId::BYTES),
            TypeKind::Bytes => bad_index(self, "byte"),
            TypeKind::Str => bad_index(self, "string"),
            TypeKind::Tuple(ts) if is_int(&ik) => {
                if let Some(i) = index {
                    let n = ts.len() as i64;
                    let k = if i < 0 { i + n } else { i };
                    if k < 0 || k >= n {
                        // Raised where it runs (monomorphization): a specialization, such
                        // as a `*args` tuple's, may never run it.
                        return Ok(TypeId::NEVER);
                    }
                    return Ok(ts[k as usize]);
                }
                match ts.first() {
                    Some(&first) if ts.iter().all(|&t| t == first) => Ok(first),
                    _ => self.unsupported(
                        span,
                        "indexing a tuple of mixed types with a computed index is not supported by kiln".into(),
                    ),
                }
            }
            TypeKind::Tuple(_) => bad_index(self, "tuple"),
            TypeKind::Dict(k, v) => {
                if self.vars.unify(&mut self.types, k, it) {
                    Ok(v)
                } else {
                    self.unsupported(
                        span,
                        format!(
                            "looking up a {} key in a {} is not supported by kiln",
                            self.types.name(it),
                            self.types.name(ct)
                        ),
                    )
                }
            }
            TypeKind::Range if is_int(&ik) => Ok(TypeId::INT),
            TypeKind::Range if it == TypeId::SLICE => self.unsupported(
                span,
                "slicing a range is not supported by kiln yet; slice `list(range(...))`".into(),
            ),
            TypeKind::Range => bad_index(self, "range"),
            _ => Err(format!(
                "'{}' object is not subscriptable",
                python_name(&self.types, ct)
            )),
        }
    }

    fn contains(&mut self, item: TypeId, container: TypeId, span: Span) -> Result<TypeId, String> {
        let elem = match self.types.kind(container).clone() {
            TypeKind::Bytes => {
                return if item == TypeId::BYTES || is_int(self.types.kind(item)) {
                    Ok(TypeId::BOOL)
                } else {
                    Err(format!(
                        "a bytes-like object is required, not '{}'",
                        python_name(&self.types, item)
                    ))
                }
            }
            TypeKind::Str => {
                return if item == TypeId::STR {
                    Ok(TypeId::BOOL)
                } else {
                    Err(format!(
                        "'in <string>' requires string as left operand, not {}",
                        python_name(&self.types, item)
                    ))
                }
            }
            TypeKind::List(t)
            | TypeKind::Set(t)
            | TypeKind::FrozenSet(t)
            | TypeKind::Dict(t, _) => t,
            TypeKind::DictView(view, _) => {
                let Some(elem) = self.resolved_item(container) else {
                    return Ok(TypeId::NEVER);
                };
                if view != crate::ir::DictView::Keys {
                    // Monomorphization collects the values (items) into a list to search.
                    self.types.intern(TypeKind::List(elem));
                    self.types.intern(TypeKind::Iter(container));
                }
                elem
            }
            TypeKind::Tuple(ts) => match ts.first() {
                Some(&first) if ts.iter().all(|&t| t == first) => first,
                None => return Ok(TypeId::BOOL),
                Some(_) => {
                    return self.unsupported(
                        span,
                        "`in` on a tuple of mixed types is not supported by kiln".into(),
                    )
                }
            },
            TypeKind::Range if is_int(self.types.kind(item)) => return Ok(TypeId::BOOL),
            // `x in generator`: resumed until an item equals `x` (see `Mono::contains_yielded`).
            TypeKind::Generator(..) => {
                let Some(elem) = self.resolved_item(container) else {
                    return Ok(TypeId::NEVER);
                };
                self.types.intern(TypeKind::Iter(container));
                if elem == TypeId::NEVER {
                    return Ok(TypeId::BOOL);
                }
                return crate::typing::compare(&self.types, kiln_bytecode::CmpOp::Eq, item, elem)
                    .map(|_| TypeId::BOOL);
            }
            // Any other iterable (`enumerate`, ...): valid Python kiln does not compile yet, no
            // TypeError.
            _ if self.types.item_type(container).is_some() => {
                return self.unsupported(
                    span,
                    format!(
                        "`in` on a `{}` is not supported by kiln yet",
                        self.types.name(container)
                    ),
                )
            }
            _ => {
                if let Some(message) = self.instance_iteration_refusal(container, "`in`") {
                    return self.unsupported(span, message);
                }
                return Err(format!(
                    "argument of type '{}' is not iterable",
                    python_name(&self.types, container)
                ));
            }
        };
        let elem = self.vars.resolve(&mut self.types, elem);
        if elem == item || matches!(self.types.kind(elem), TypeKind::Var(_) | TypeKind::Never) {
            self.vars.unify(&mut self.types, elem, item);
            return Ok(TypeId::BOOL);
        }
        if let (Some(e), Some(i)) = (
            self.types.instance_class(elem),
            self.types.instance_class(item),
        ) {
            // Instances of one class hierarchy are compared at run time.
            if self.types.common_base(e, i).is_some() {
                return Ok(TypeId::BOOL);
            }
            if self.types.class_has(e, "__eq__") || self.types.class_has(i, "__eq__") {
                return self.unsupported(
                    span,
                    format!(
                        "`in` with an item of class `{}` and elements of class `{}` is not supported by kiln",
                        self.types.name(item),
                        self.types.name(elem)
                    ),
                );
            }
        }
        let numeric = |k: &TypeKind| matches!(k, TypeKind::Int | TypeKind::Bool | TypeKind::Float);
        if numeric(self.types.kind(elem)) && numeric(self.types.kind(item)) {
            return self.unsupported(
                span,
                format!(
                    "`in` with an item of type `{}` and elements of type `{}` is not supported by kiln",
                    self.types.name(item),
                    self.types.name(elem)
                ),
            );
        }
        // Values of different types are never equal: the answer is False.
        Ok(TypeId::BOOL)
    }

    /// `text % args`: a tuple gives the fields, any other value is the only one (the runtime
    /// formats a tuple, so a single value is wrapped in a 1-tuple).
    fn str_mod(&mut self, args: TypeId, span: Span) -> Result<TypeId, String> {
        match self.types.kind(args) {
            TypeKind::Tuple(_) => {}
            TypeKind::Dict(..) => {
                return self.unsupported(
                    span,
                    "`%` formatting with a mapping (`%(name)s`) is not supported by kiln yet; \
                     use an f-string or `str.format`"
                        .into(),
                )
            }
            k if crate::typing::is_value(k) && !matches!(k, TypeKind::Optional(_)) => {
                self.types.intern(TypeKind::Tuple(vec![args]));
            }
            _ => {
                let name = self.types.name(args);
                return self.unsupported(
                    span,
                    format!("`%` formatting of a {name} is not supported by kiln yet"),
                );
            }
        }
        Ok(TypeId::STR)
    }

    /// `a + b` and `b * n` with a `bytes` operand; CPython's TypeError for the rest.
    fn bytes_binary(&mut self, op: BinOp, a: TypeId, b: TypeId) -> Result<TypeId, String> {
        let (ka, kb) = (self.types.kind(a), self.types.kind(b));
        match (op, ka, kb) {
            (BinOp::Add, TypeKind::Bytes, TypeKind::Bytes) => Ok(TypeId::BYTES),
            (BinOp::Mul, TypeKind::Bytes, k) | (BinOp::Mul, k, TypeKind::Bytes) if is_int(k) => {
                Ok(TypeId::BYTES)
            }
            (BinOp::Add, TypeKind::Bytes, _) => Err(format!(
                "can't concat {} to bytes",
                python_name(&self.types, b)
            )),
            (BinOp::Add, TypeKind::Str, _) => {
                Err("can only concatenate str (not \"bytes\") to str".into())
            }
            _ => Err(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.symbol(),
                python_name(&self.types, a),
                python_name(&self.types, b)
            )),
        }
    }

    /// Whether `a op= b` is a list extended by (or a dict updated from) an iterable that is not
    /// of `a`'s own kind.
    fn inplace_extends(&mut self, op: BinOp, a: TypeId, b: TypeId) -> bool {
        let iterable = self.types.item_type(b).is_some();
        match (op, self.types.kind(a), self.types.kind(b)) {
            (BinOp::Add, TypeKind::List(_), TypeKind::List(_)) => false,
            (BinOp::Add, TypeKind::List(_), _) => iterable,
            (BinOp::BitOr, TypeKind::Dict(..), TypeKind::Dict(..)) => false,
            (BinOp::BitOr, TypeKind::Dict(..), _) => iterable,
            _ => false,
        }
    }

    /// `t * n`: a tuple's length is part of its type, so `n` must be an int literal.
    fn tuple_repeat(
        &mut self,
        ts: &[TypeId],
        func: &crate::ir::Function,
        count: Value,
        span: Span,
    ) -> Result<TypeId, String> {
        match super::const_int(func, count) {
            Some(n) if n <= 64 => {
                let n = usize::try_from(n).unwrap_or(0);
                Ok(self.types.intern(TypeKind::Tuple(ts.repeat(n))))
            }
            _ => self.unsupported(
                span,
                "repeating a tuple by a computed or large count is not supported by kiln: a \
                 tuple's length is part of its type; write the count as a literal up to 64, or \
                 use a list"
                    .into(),
            ),
        }
    }

    fn container_binary(
        &mut self,
        op: BinOp,
        a: TypeId,
        b: TypeId,
        span: Span,
    ) -> Result<TypeId, String> {
        let (ka, kb) = (self.types.kind(a).clone(), self.types.kind(b).clone());
        let unsupported = |this: &Self| {
            Err(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.symbol(),
                python_name(&this.types, a),
                python_name(&this.types, b)
            ))
        };
        match (op, &ka, &kb) {
            (BinOp::Add, TypeKind::List(x), TypeKind::List(y)) => {
                // A new list: items of classes with a common base make a list of the base.
                let (x, y) = (
                    self.vars.resolve(&mut self.types, *x),
                    self.vars.resolve(&mut self.types, *y),
                );
                if x != y {
                    if let Some(joined) = self.types.class_join(x, y) {
                        return Ok(self.types.intern(TypeKind::List(joined)));
                    }
                }
                if self.unify_or_report(a, b, "the items of these lists", span) {
                    Ok(a)
                } else {
                    Ok(TypeId::NEVER)
                }
            }
            (BinOp::Add, TypeKind::Tuple(x), TypeKind::Tuple(y)) => {
                let mut all = x.clone();
                all.extend(y);
                Ok(self.types.intern(TypeKind::Tuple(all)))
            }
            (BinOp::Mul, TypeKind::List(_), k) if is_int(k) => Ok(a),
            (BinOp::Mul, k, TypeKind::List(_)) if is_int(k) => Ok(b),
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                TypeKind::Set(_) | TypeKind::FrozenSet(_),
                TypeKind::Set(_) | TypeKind::FrozenSet(_),
            ) => {
                let (TypeKind::Set(x) | TypeKind::FrozenSet(x)) = ka else {
                    unreachable!()
                };
                let (TypeKind::Set(y) | TypeKind::FrozenSet(y)) = kb else {
                    unreachable!()
                };
                if self.unify_or_report(x, y, "the items of these sets", span) {
                    Ok(a)
                } else {
                    Ok(TypeId::NEVER)
                }
            }
            (BinOp::BitOr, TypeKind::Dict(..), TypeKind::Dict(..)) => {
                if self.unify_or_report(a, b, "the items of these dicts", span) {
                    Ok(a)
                } else {
                    Ok(TypeId::NEVER)
                }
            }
            _ => unsupported(self),
        }
    }

    /// The item type of iterable type `t`, with the variables known so far substituted.
    pub(super) fn resolved_item(&mut self, t: TypeId) -> Option<TypeId> {
        let t = self.vars.resolve(&mut self.types, t);
        let item = self.types.item_type(t)?;
        Some(self.vars.resolve(&mut self.types, item))
    }
}
