//! Inference rules for the methods of lists, tuples, dicts and sets (and the dispatch to the
//! `str`/`bytes` ones in `infer_str.rs`).

use super::containers::is_int;
use super::{Cx, InstanceId};
use crate::ir::{DictView, TypeId, TypeKind, Value};
use crate::typing::{python_name, CallError};

impl Cx<'_> {
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
        // A receiver that is a variable (what `d.setdefault(k, [])` gives) as what it is bound
        // to, with the variables inside kept: items added may widen them.
        let receiver = self.vars.bound(&self.types, receiver);
        let span = self.generics[self.instances[id].code as usize].func.values[value.index()].span;
        for &t in arg_types {
            if self.types.item_type(t).is_some() {
                self.types.intern(TypeKind::Iter(t));
            }
        }
        // Items are added to the element types as given (with their variables).
        let given: Vec<TypeId> = match self.types.kind(receiver) {
            TypeKind::List(t) | TypeKind::Set(t) => vec![*t],
            TypeKind::Dict(k, v) => vec![*k, *v],
            _ => Vec::new(),
        };
        let receiver = self.vars.resolve(&mut self.types, receiver);
        let kind = self.types.kind(receiver).clone();
        let resolved: Vec<TypeId> = match &kind {
            TypeKind::List(t) | TypeKind::Set(t) => vec![*t],
            TypeKind::Dict(k, v) => vec![*k, *v],
            _ => Vec::new(),
        };
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
            let have = match resolved.iter().position(|&r| r == have) {
                Some(i) if given.len() == resolved.len() => given[i],
                _ => have,
            };
            this.unify_or_report(have, incoming, &format!("the items of this {class}"), span);
        };
        match kind {
            // `g.send(value)`: the next value it yields; `value` is what its `yield` gives.
            TypeKind::Generator(yields, sent) if name == "send" => {
                arity(1, 1)?;
                if arg_types[0] != TypeId::NONE
                    && !self.vars.admit(&mut self.types, sent, arg_types[0])
                {
                    let before = self.vars.resolve(&mut self.types, sent);
                    return Err(CallError::Unsupported(format!(
                        "sending `{}` values to a generator that is sent `{}` values elsewhere is not supported by kiln",
                        self.types.name(arg_types[0]),
                        self.types.name(before)
                    )));
                }
                self.types.intern(TypeKind::Iter(receiver));
                let yields = self.vars.resolve(&mut self.types, yields);
                Ok(match self.types.kind(yields) {
                    TypeKind::Var(_) => TypeId::NEVER,
                    _ => yields,
                })
            }
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
                        None => Err(self.not_iterable(arg_types[0], "`extend()`")),
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
                // A Counter's (any other dict raises AttributeError where it runs, as CPython).
                "most_common" => {
                    arity(0, 1)?;
                    if let Some(&n) = arg_types.first() {
                        if !is_int(self.types.kind(n)) {
                            return Err(CallError::TypeError(format!(
                                "'{}' object cannot be interpreted as an integer",
                                python_name(&self.types, n)
                            )));
                        }
                    }
                    let pair = self.types.intern(TypeKind::Tuple(vec![k, v]));
                    Ok(self.types.intern(TypeKind::List(pair)))
                }
                "get" => {
                    arity(1, 2)?;
                    unify(self, k, arg_types[0]);
                    // `d.get(k, None)`: the value or None; the dict's values stay what they are.
                    // Values not known yet (the dict is filled later, or never): None for now,
                    // typed again once they are.
                    let values = self.vars.resolve(&mut self.types, v);
                    let unknown = matches!(self.types.kind(values), TypeKind::Var(_));
                    let optional = match n == 2 && arg_types[1] == TypeId::NONE {
                        true if unknown => Some(TypeId::NONE),
                        true if values != TypeId::NONE => self.types.optional(values),
                        _ => None,
                    };
                    if let Some(optional) = optional {
                        Ok(optional)
                    } else if n == 2 {
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
                                None => return Err(self.not_iterable(a, &format!("`{name}()`"))),
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
}
