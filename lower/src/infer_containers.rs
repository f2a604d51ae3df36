//! Inference rules for containers: displays, items, unpacking, `in`, methods and the
//! builtins that take or make containers. Element types are unified (see `unify.rs`).

use kiln_bytecode::{BinOp, Diagnostic, Span};

use super::{Cx, InstanceId};
use crate::ir::{Builtin, Const, Container, DictView, Inst, TypeId, TypeKind, Value, ValueDef};
use crate::typing::{python_name, CallError};

/// Builtins whose typing needs element types.
pub fn is_container_builtin(builtin: Builtin) -> bool {
    use Builtin as B;
    matches!(
        builtin,
        B::List
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

impl Cx<'_> {
    /// A type variable for slot `slot` of instruction `value` (stable across re-analysis).
    fn site_var(&mut self, id: InstanceId, value: Value, slot: u8) -> TypeId {
        if let Some(&var) = self.site_vars.get(&(id, value, slot)) {
            return var;
        }
        let var = self.vars.fresh(&mut self.types);
        self.site_vars.insert((id, value, slot), var);
        var
    }

    /// Unifies `have` with `incoming`, reporting a mismatch of `what` at `span`.
    fn unify_or_report(&mut self, have: TypeId, incoming: TypeId, what: &str, span: Span) -> bool {
        if self.vars.unify(&mut self.types, have, incoming) {
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

    fn unsupported(&mut self, span: Span, message: String) -> Result<TypeId, String> {
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
        ty: &dyn Fn(&Value) -> TypeId,
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
                _ => self.get_item(ty(c), ty(i), const_index(i), span),
            },
            Inst::SetItem(c, i, v) => {
                let (ct, it, vt) = (ty(c), ty(i), ty(v));
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
                    _ if self.types.item_type(t).is_some() => self.unsupported(
                        span,
                        format!(
                            "unpacking a `{}` is not supported by kiln yet",
                            self.types.name(t)
                        ),
                    ),
                    _ => Err(format!(
                        "cannot unpack non-iterable {} object",
                        python_name(&self.types, t)
                    )),
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
                if none_like(&ka) || none_like(&kb) {
                    Ok(TypeId::BOOL)
                } else {
                    self.unsupported(
                        span,
                        "`is` between values other than None is not supported by kiln".into(),
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

    fn check_hashable(&mut self, needed: bool, elem: TypeId, span: Span) {
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
                        self.report(
                            Diagnostic::error(
                                "index-error",
                                "IndexError: tuple index out of range",
                                span,
                            )
                            .with_label(format!("this tuple has {n} items")),
                        );
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
            _ => {
                return Err(format!(
                    "argument of type '{}' is not iterable",
                    python_name(&self.types, container)
                ))
            }
        };
        let elem = self.vars.resolve(&mut self.types, elem);
        if elem == item || matches!(self.types.kind(elem), TypeKind::Var(_) | TypeKind::Never) {
            self.vars.unify(&mut self.types, elem, item);
            return Ok(TypeId::BOOL);
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
            (BinOp::Add, TypeKind::List(_), TypeKind::List(_)) => {
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

    /// The typing of a call of a container or `str` method.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn method_call(
        &mut self,
        id: InstanceId,
        value: Value,
        name: &'static str,
        receiver: TypeId,
        args: &[Value],
        arg_types: &[TypeId],
        kwnames: &[String],
    ) -> Result<TypeId, CallError> {
        let _ = args;
        let span = self.generics[self.instances[id].code as usize].func.values[value.index()].span;
        for &t in arg_types {
            if self.types.item_type(t).is_some() {
                self.types.intern(TypeKind::Iter(t));
            }
        }
        let kind = self.types.kind(receiver).clone();
        let class = python_name(&self.types, receiver);
        let n = arg_types.len();
        let arity = |low: usize, high: usize| -> Result<(), CallError> {
            if n < low || n > high {
                let expected = if low == high {
                    format!("exactly {low} argument{}", if low == 1 { "" } else { "s" })
                } else if high == usize::MAX {
                    format!("at least {low} argument{}", if low == 1 { "" } else { "s" })
                } else {
                    format!(
                        "at most {high} argument{}",
                        if high == 1 { "" } else { "s" }
                    )
                };
                Err(CallError::TypeError(if low == 0 && high == 0 {
                    format!("{class}.{name}() takes no arguments ({n} given)")
                } else if low == high {
                    format!("{class}.{name}() takes {expected} ({n} given)")
                } else {
                    format!("{name} expected {expected}, got {n}")
                }))
            } else {
                Ok(())
            }
        };
        let takes_keywords = matches!(
            name,
            "sort" | "split" | "rsplit" | "splitlines" | "encode" | "decode" | "expandtabs"
        );
        if !kwnames.is_empty() && !takes_keywords {
            return Err(CallError::TypeError(format!(
                "{class}.{name}() takes no keyword arguments"
            )));
        }
        let int_arg = |this: &Self, i: usize| -> Result<(), CallError> {
            if is_int(this.types.kind(arg_types[i])) {
                Ok(())
            } else {
                Err(CallError::TypeError(format!(
                    "'{}' object cannot be interpreted as an integer",
                    python_name(&this.types, arg_types[i])
                )))
            }
        };
        let unify = |this: &mut Self, have: TypeId, incoming: TypeId| {
            this.unify_or_report(have, incoming, &format!("the items of this {class}"), span);
        };
        match kind {
            TypeKind::List(t) => match name {
                "append" => {
                    arity(1, 1)?;
                    unify(self, t, arg_types[0]);
                    Ok(TypeId::NONE)
                }
                "extend" => {
                    arity(1, 1)?;
                    match self.types.item_type(arg_types[0]) {
                        Some(item) => {
                            unify(self, t, item);
                            Ok(TypeId::NONE)
                        }
                        None => Err(CallError::TypeError(format!(
                            "'{}' object is not iterable",
                            python_name(&self.types, arg_types[0])
                        ))),
                    }
                }
                "insert" => {
                    arity(2, 2)?;
                    int_arg(self, 0)?;
                    unify(self, t, arg_types[1]);
                    Ok(TypeId::NONE)
                }
                "pop" => {
                    arity(0, 1)?;
                    if n == 1 {
                        int_arg(self, 0)?;
                    }
                    Ok(t)
                }
                "index" => {
                    arity(1, 3)?;
                    unify(self, t, arg_types[0]);
                    for i in 1..n {
                        int_arg(self, i)?;
                    }
                    Ok(TypeId::INT)
                }
                "remove" | "count" => {
                    arity(1, 1)?;
                    unify(self, t, arg_types[0]);
                    Ok(if name == "remove" {
                        TypeId::NONE
                    } else {
                        TypeId::INT
                    })
                }
                "copy" => {
                    arity(0, 0)?;
                    Ok(receiver)
                }
                "clear" | "reverse" => {
                    arity(0, 0)?;
                    Ok(TypeId::NONE)
                }
                "sort" => {
                    if n != kwnames.len() {
                        return Err(CallError::TypeError(
                            "sort() takes no positional arguments".into(),
                        ));
                    }
                    self.sort_keywords(id, value, t, arg_types, kwnames)?;
                    Ok(TypeId::NONE)
                }
                _ => Err(CallError::Unsupported(format!(
                    "list.{name}() is not supported by kiln yet"
                ))),
            },
            TypeKind::Tuple(ts) => {
                arity(1, 1)?;
                match ts.first() {
                    Some(&first) if ts.iter().all(|&t| t == first) => {
                        unify(self, first, arg_types[0]);
                        Ok(TypeId::INT)
                    }
                    _ => Err(CallError::Unsupported(format!(
                        "tuple.{name}() on a tuple of mixed types is not supported by kiln"
                    ))),
                }
            }
            TypeKind::Dict(k, v) => match name {
                "get" => {
                    arity(1, 2)?;
                    unify(self, k, arg_types[0]);
                    if n == 2 {
                        unify(self, v, arg_types[1]);
                        Ok(v)
                    } else {
                        Err(CallError::Unsupported(
                            "`dict.get(key)` without a default (which may return None) is not supported by kiln yet; pass a default".into(),
                        ))
                    }
                }
                "setdefault" => {
                    arity(2, 2)?;
                    unify(self, k, arg_types[0]);
                    unify(self, v, arg_types[1]);
                    Ok(v)
                }
                "pop" => {
                    arity(1, 2)?;
                    unify(self, k, arg_types[0]);
                    if n == 2 {
                        unify(self, v, arg_types[1]);
                    }
                    Ok(v)
                }
                "popitem" => {
                    arity(0, 0)?;
                    Ok(self.types.intern(TypeKind::Tuple(vec![k, v])))
                }
                "keys" | "values" | "items" => {
                    arity(0, 0)?;
                    let view = match name {
                        "keys" => DictView::Keys,
                        "values" => DictView::Values,
                        _ => DictView::Items,
                    };
                    Ok(self.types.intern(TypeKind::DictView(view, receiver)))
                }
                "update" => {
                    arity(1, 1)?;
                    unify(self, receiver, arg_types[0]);
                    Ok(TypeId::NONE)
                }
                "copy" => {
                    arity(0, 0)?;
                    Ok(receiver)
                }
                "clear" => {
                    arity(0, 0)?;
                    Ok(TypeId::NONE)
                }
                _ => Err(CallError::Unsupported(format!(
                    "dict.{name}() is not supported by kiln yet"
                ))),
            },
            TypeKind::Set(t) | TypeKind::FrozenSet(t) => match name {
                "add" | "discard" | "remove" => {
                    arity(1, 1)?;
                    unify(self, t, arg_types[0]);
                    Ok(TypeId::NONE)
                }
                "pop" => {
                    arity(0, 0)?;
                    Ok(t)
                }
                "clear" => {
                    arity(0, 0)?;
                    Ok(TypeId::NONE)
                }
                "copy" => {
                    arity(0, 0)?;
                    Ok(receiver)
                }
                "update"
                | "union"
                | "intersection"
                | "difference"
                | "symmetric_difference"
                | "issubset"
                | "issuperset"
                | "isdisjoint" => {
                    // `update`, `union`, `intersection` and `difference` take any number of
                    // iterables; the others one. An argument that is not a set is made one.
                    match name {
                        "update" | "union" | "intersection" | "difference" => arity(0, usize::MAX)?,
                        _ => arity(1, 1)?,
                    }
                    for &a in arg_types {
                        match self.types.kind(a).clone() {
                            TypeKind::Set(u) | TypeKind::FrozenSet(u) => unify(self, t, u),
                            _ => match self.resolved_item(a) {
                                Some(u) => {
                                    unify(self, t, u);
                                    self.types.intern(TypeKind::Set(t));
                                    self.types.intern(TypeKind::Iter(a));
                                }
                                None => {
                                    return Err(CallError::TypeError(format!(
                                        "'{}' object is not iterable",
                                        python_name(&self.types, a)
                                    )))
                                }
                            },
                        }
                    }
                    Ok(match name {
                        "update" => TypeId::NONE,
                        "issubset" | "issuperset" | "isdisjoint" => TypeId::BOOL,
                        _ => receiver,
                    })
                }
                _ => Err(CallError::Unsupported(format!(
                    "set.{name}() is not supported by kiln yet"
                ))),
            },
            TypeKind::Str => self.str_method(name, arg_types, kwnames),
            TypeKind::Bytes => self.bytes_method(name, arg_types, kwnames),
            _ => Err(CallError::Unsupported(format!(
                "{class}.{name}() is not supported by kiln yet"
            ))),
        }
    }

    /// `key=` and `reverse=` of `sorted` and `list.sort`.
    fn sort_keywords(
        &mut self,
        id: InstanceId,
        value: Value,
        item: TypeId,
        arg_types: &[TypeId],
        kwnames: &[String],
    ) -> Result<(), CallError> {
        let first_kw = arg_types.len() - kwnames.len();
        for (k, keyword) in kwnames.iter().enumerate() {
            let t = arg_types[first_kw + k];
            match keyword.as_str() {
                "reverse" => {
                    if !is_int(self.types.kind(t)) {
                        return Err(CallError::TypeError(format!(
                            "'{}' object cannot be interpreted as an integer",
                            python_name(&self.types, t)
                        )));
                    }
                }
                "key" => {
                    self.key_function(id, value, t, item)?;
                }
                other => {
                    return Err(CallError::TypeError(format!(
                        "'{other}' is an invalid keyword argument for sort()"
                    )))
                }
            }
        }
        Ok(())
    }

    /// The item type of iterable type `t`, with the variables known so far substituted.
    pub(super) fn resolved_item(&mut self, t: TypeId) -> Option<TypeId> {
        let t = self.vars.resolve(&mut self.types, t);
        let item = self.types.item_type(t)?;
        Some(self.vars.resolve(&mut self.types, item))
    }

    /// Records the instance a `key=` function is called as, for items of type `item`;
    /// returns the key type.
    fn key_function(
        &mut self,
        id: InstanceId,
        value: Value,
        f: TypeId,
        item: TypeId,
    ) -> Result<TypeId, CallError> {
        match self.types.kind(f).clone() {
            TypeKind::Func(code) => {
                let bindings = super::bind_arguments(self.program, self.globals, code, 1, &[])
                    .map_err(CallError::TypeError)?;
                let mut params = Vec::new();
                for binding in &bindings {
                    params.push(match binding {
                        super::Binding::Arg(_) => item,
                        super::Binding::Default(slot) => {
                            self.global_readers.entry(*slot).or_default().insert(id);
                            let ty = self.global_types[slot.index()];
                            if ty == TypeId::NEVER {
                                return Ok(TypeId::NEVER);
                            }
                            ty
                        }
                    });
                }
                let target = self.instance(code, params);
                // Monomorphization computes the keys in a loop over the sorted list.
                let list = self.types.intern(TypeKind::List(item));
                self.types.intern(TypeKind::Iter(list));
                self.callers.entry(target).or_default().insert(id);
                self.instances[id].key_calls.insert(value, (target, bindings));
                let ret = self.instances[target].ret;
                self.types.intern(TypeKind::List(ret));
                Ok(ret)
            }
            TypeKind::None => Ok(item),
            _ => Err(CallError::Unsupported(format!(
                "a `key=` of type `{}` is not supported by kiln yet; pass a function defined with `def` or a `lambda`",
                self.types.name(f)
            ))),
        }
    }

    /// The typing of builtins that take or make containers.
    pub(super) fn container_builtin(
        &mut self,
        id: InstanceId,
        value: Value,
        builtin: Builtin,
        args: &[Value],
        arg_types: &[TypeId],
        kwnames: &[String],
    ) -> Result<TypeId, CallError> {
        use Builtin as B;
        let _ = args;
        let name = builtin.name();
        let n = arg_types.len() - kwnames.len();
        let positional = &arg_types[..n];
        let not_iterable = |this: &Self, t: TypeId| {
            CallError::TypeError(format!(
                "'{}' object is not iterable",
                python_name(&this.types, t)
            ))
        };
        let item = |this: &mut Self, i: usize| -> Result<TypeId, CallError> {
            this.resolved_item(positional[i])
                .ok_or_else(|| not_iterable(this, positional[i]))
        };
        if !kwnames.is_empty()
            && !matches!(
                builtin,
                B::Sorted | B::Min | B::Max | B::Sum | B::Enumerate | B::Dict | B::Bytes
            )
        {
            return Err(CallError::TypeError(format!(
                "{name}() takes no keyword arguments"
            )));
        }
        // Monomorphization loops over iterable arguments: their iterator types must exist.
        for &t in positional {
            if let Some(elem) = self.types.item_type(t) {
                self.types.intern(TypeKind::Iter(t));
                self.types.intern(TypeKind::List(elem));
            }
        }
        Ok(match builtin {
            B::List | B::Set | B::FrozenSet => {
                if n > 1 {
                    return Err(CallError::TypeError(format!("{name} expected at most 1 argument, got {n}")));
                }
                let elem = if n == 0 { self.site_var(id, value, 0) } else { item(self, 0)? };
                self.check_hashable(builtin != B::List, elem, Span::default());
                self.types.intern(match builtin {
                    B::List => TypeKind::List(elem),
                    B::Set => TypeKind::Set(elem),
                    _ => TypeKind::FrozenSet(elem),
                })
            }
            B::Tuple => match positional {
                [] => self.types.intern(TypeKind::Tuple(Vec::new())),
                [t] if matches!(self.types.kind(*t), TypeKind::Tuple(_)) => *t,
                _ => return Err(CallError::Unsupported(
                    "`tuple()` of an iterable is not supported by kiln: a tuple's length is part of its type".into(),
                )),
            },
            B::Bytes => {
                // `bytes(s, encoding=..., errors=...)`: keywords after the positional ones.
                let mut kinds: Vec<TypeKind> = positional.iter().map(|&t| self.types.kind(t).clone()).collect();
                for (k, keyword) in kwnames.iter().enumerate() {
                    let expected = match keyword.as_str() {
                        "encoding" => 1,
                        "errors" => 2,
                        other => {
                            return Err(CallError::TypeError(format!(
                                "'{other}' is an invalid keyword argument for bytes()"
                            )))
                        }
                    };
                    if kinds.len() != expected {
                        return Err(CallError::Unsupported(
                            "these keyword arguments of `bytes()` are not supported by kiln yet".into(),
                        ));
                    }
                    kinds.push(self.types.kind(arg_types[n + k]).clone());
                }
                match kinds.as_slice() {
                    [] | [TypeKind::Bytes] => {}
                    [k] if is_int(k) => {}
                    [TypeKind::Str] => {
                        return Err(CallError::TypeError("string argument without an encoding".into()))
                    }
                    [TypeKind::Str, TypeKind::Str] | [TypeKind::Str, TypeKind::Str, TypeKind::Str] => {}
                    // Items not known yet (`out = []`, filled later): they must be ints.
                    [_] if item(self, 0).is_ok_and(|t| matches!(self.types.kind(t), TypeKind::Var(_))) => {
                        let elem = item(self, 0)?;
                        self.vars.unify(&mut self.types, elem, TypeId::INT);
                        self.types.intern(TypeKind::List(TypeId::INT));
                    }
                    [_] if item(self, 0).is_ok_and(|t| is_int(self.types.kind(t))) => {
                        // Monomorphization collects the ints into a list.
                        self.types.intern(TypeKind::List(TypeId::INT));
                    }
                    _ => {
                        return Err(CallError::Unsupported(format!(
                            "`bytes()` of {} is not supported by kiln yet",
                            positional.iter().map(|&t| self.types.name(t)).collect::<Vec<_>>().join(", ")
                        )))
                    }
                }
                TypeId::BYTES
            }
            B::Dict if !kwnames.is_empty() => {
                // `dict(a=1, b=2)` / `dict(pairs, c=3)`: str keys, one value type.
                let (k, v) = (self.site_var(id, value, 0), self.site_var(id, value, 1));
                let dict = self.types.intern(TypeKind::Dict(k, v));
                self.vars.unify(&mut self.types, k, TypeId::STR);
                let span = self.generics[self.instances[id].code as usize].func.values[value.index()].span;
                if let Some(&source) = positional.first() {
                    if matches!(self.types.kind(source), TypeKind::Dict(..)) {
                        self.unify_or_report(dict, source, "this dict and its keyword arguments", span);
                    } else {
                        let pair = item(self, 0)?;
                        let pair_of = self.types.intern(TypeKind::Tuple(vec![k, v]));
                        self.unify_or_report(pair_of, pair, "the pairs and keyword arguments of this dict", span);
                    }
                }
                for &t in &arg_types[n..] {
                    self.unify_or_report(v, t, "the values of this dict", span);
                }
                dict
            }
            B::Dict => match positional {
                [] => {
                    let (k, v) = (self.site_var(id, value, 0), self.site_var(id, value, 1));
                    self.types.intern(TypeKind::Dict(k, v))
                }
                [t] if matches!(self.types.kind(*t), TypeKind::Dict(..)) => *t,
                [_] => {
                    let pair = item(self, 0)?;
                    match self.types.kind(pair).clone() {
                        TypeKind::Tuple(ts) if ts.len() == 2 => self.types.intern(TypeKind::Dict(ts[0], ts[1])),
                        // Items not known yet (`dict([])`, a comprehension analysed later):
                        // they must be pairs.
                        TypeKind::Var(_) => {
                            let (k, v) = (self.site_var(id, value, 0), self.site_var(id, value, 1));
                            let pair_of = self.types.intern(TypeKind::Tuple(vec![k, v]));
                            self.vars.unify(&mut self.types, pair, pair_of);
                            self.types.intern(TypeKind::Dict(k, v))
                        }
                        _ => return Err(CallError::Unsupported(
                            "`dict()` of anything but pairs is not supported by kiln".into(),
                        )),
                    }
                }
                _ => return Err(CallError::TypeError(format!("dict expected at most 1 argument, got {n}"))),
            },
            B::Sorted => {
                if n != 1 {
                    return Err(CallError::TypeError(format!("sorted expected 1 argument, got {n}")));
                }
                let elem = item(self, 0)?;
                self.sort_keywords(id, value, elem, arg_types, kwnames)?;
                self.types.intern(TypeKind::List(elem))
            }
            B::Sum => {
                if n == 0 || n > 2 {
                    return Err(CallError::TypeError(format!("sum() takes at most 2 arguments ({n} given)")));
                }
                if !kwnames.is_empty() && kwnames != ["start"] {
                    return Err(CallError::TypeError("sum() got an unexpected keyword argument".into()));
                }
                let elem = item(self, 0)?;
                let start = arg_types.get(1).copied().unwrap_or(TypeId::INT);
                match (self.types.kind(elem), self.types.kind(start)) {
                    (TypeKind::Int | TypeKind::Bool, TypeKind::Int | TypeKind::Bool) => TypeId::INT,
                    (TypeKind::Float, TypeKind::Int | TypeKind::Bool | TypeKind::Float)
                    | (TypeKind::Int | TypeKind::Bool, TypeKind::Float) => TypeId::FLOAT,
                    // Items not known yet: typed again once they are.
                    (TypeKind::Never | TypeKind::Var(_), _) => start,
                    _ => return Err(CallError::Unsupported(format!(
                        "`sum()` of {} items is not supported by kiln",
                        self.types.name(elem)
                    ))),
                }
            }
            B::Any | B::All => {
                if n != 1 {
                    return Err(CallError::TypeError(format!("{name}() takes exactly one argument ({n} given)")));
                }
                let elem = item(self, 0)?;
                crate::typing::truthy(&self.types, elem).map_err(CallError::TypeError)?;
                TypeId::BOOL
            }
            B::Min | B::Max if n == 1 => {
                let elem = item(self, 0)?;
                let mut key = elem;
                for (k, keyword) in kwnames.iter().enumerate() {
                    match keyword.as_str() {
                        "key" => key = self.key_function(id, value, arg_types[n + k], elem)?,
                        "default" => {
                            return Err(CallError::Unsupported(format!(
                                "`{name}(..., default=...)` is not supported by kiln yet"
                            )))
                        }
                        other => {
                            return Err(CallError::TypeError(format!(
                                "'{other}' is an invalid keyword argument for {name}()"
                            )))
                        }
                    }
                }
                if !matches!(self.types.kind(key), TypeKind::Never | TypeKind::Var(_)) {
                    crate::typing::compare(&self.types, kiln_bytecode::CmpOp::Lt, key, key)
                        .map_err(CallError::TypeError)?;
                }
                elem
            }
            B::Min | B::Max | B::Len => {
                return crate::typing::builtin(&self.types, builtin, arg_types, kwnames)
            }
            B::Enumerate => {
                if n == 0 || n > 2 {
                    return Err(CallError::TypeError(format!("enumerate() takes at most 2 arguments ({n} given)")));
                }
                item(self, 0)?;
                if !kwnames.is_empty() && kwnames != ["start"] {
                    return Err(CallError::TypeError(format!("'{}' is an invalid keyword argument for enumerate()", kwnames[0])));
                }
                if let Some(&start) = arg_types.get(1) {
                    if !is_int(self.types.kind(start)) {
                        return Err(CallError::TypeError(format!(
                            "'{}' object cannot be interpreted as an integer",
                            python_name(&self.types, start)
                        )));
                    }
                }
                self.types.intern(TypeKind::Enumerate(positional[0]))
            }
            B::Zip => {
                for i in 0..n {
                    item(self, i)?;
                }
                if n == 0 {
                    return Err(CallError::Unsupported("`zip()` without arguments is not supported by kiln".into()));
                }
                self.types.intern(TypeKind::Zip(positional.to_vec()))
            }
            B::Reversed => {
                if n != 1 {
                    return Err(CallError::TypeError(format!("reversed expected 1 argument, got {n}")));
                }
                match self.types.kind(positional[0]) {
                    TypeKind::List(_) => self.types.intern(TypeKind::Reversed(positional[0])),
                    _ => return Err(CallError::Unsupported(format!(
                        "`reversed()` of a {} is not supported by kiln yet",
                        self.types.name(positional[0])
                    ))),
                }
            }
            B::Repr | B::Ascii => {
                let name = builtin.name();
                if n != 1 {
                    return Err(CallError::TypeError(format!("{name}() takes exactly one argument ({n} given)")));
                }
                if !crate::typing::is_printable(self.types.kind(positional[0])) {
                    return Err(CallError::Unsupported(format!(
                        "`{name}()` of a {} is not supported by kiln yet",
                        self.types.name(positional[0])
                    )));
                }
                TypeId::STR
            }
            B::Ord => {
                if positional != [TypeId::STR] && positional != [TypeId::BYTES] {
                    return Err(CallError::TypeError(format!(
                        "ord() expected string of length 1, but {} found",
                        positional.first().map_or("nothing".into(), |&t| python_name(&self.types, t))
                    )));
                }
                TypeId::INT
            }
            B::Chr => {
                if n != 1 || !is_int(self.types.kind(positional[0])) {
                    return Err(CallError::TypeError("chr() takes exactly one integer argument".into()));
                }
                TypeId::STR
            }
            B::Format => {
                if n == 0 || n > 2 || (n == 2 && positional[1] != TypeId::STR) {
                    return Err(CallError::TypeError("format() takes a value and a format spec string".into()));
                }
                if !crate::typing::is_value(self.types.kind(positional[0])) {
                    return Err(CallError::Unsupported(format!(
                        "`format()` of a {} is not supported by kiln yet",
                        self.types.name(positional[0])
                    )));
                }
                TypeId::STR
            }
            _ => return crate::typing::builtin(&self.types, builtin, arg_types, kwnames),
        })
    }
}

/// Whether `value` is defined by a constant (for messages).
#[allow(dead_code)]
fn is_const(func: &crate::ir::Function, value: Value) -> bool {
    matches!(
        func.values[value.index()].def,
        ValueDef::Inst(Inst::Const(_))
    )
}
