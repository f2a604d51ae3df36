//! Inference rules for the builtins that take or make containers (`list()`, `sorted`,
//! `min`/`max`, `sum`, `zip`, `bytes()`, ...), and `key=` functions.

use kiln_bytecode::Span;

use super::containers::is_int;
use super::{Cx, InstanceId};
use crate::ir::{Builtin, TypeId, TypeKind, Value};
use crate::typing::{python_name, CallError};

/// Whether `t` is `never` or a tuple with a `never` item: the type of the items of an
/// iterable that has none.
fn has_never(types: &crate::ir::Types, t: TypeId) -> bool {
    match types.kind(t) {
        TypeKind::Never => true,
        TypeKind::Tuple(ts) => ts.iter().any(|&t| has_never(types, t)),
        _ => false,
    }
}

impl Cx<'_> {
    /// `key=` and `reverse=` of `sorted` and `list.sort`.
    pub(super) fn sort_keywords(
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

    /// Records the instance a `key=` function is called as, for items of type `item`;
    /// returns the key type.
    pub(super) fn key_function(
        &mut self,
        id: InstanceId,
        value: Value,
        f: TypeId,
        item: TypeId,
    ) -> Result<TypeId, CallError> {
        match self.types.kind(f).clone() {
            TypeKind::Func(_) | TypeKind::Closure(..) => {
                let Some((target, bindings)) = self
                    .function_call(id, f, (&[item], &[]), (value, Span::default()))
                    .map_err(CallError::TypeError)?
                else {
                    return Ok(TypeId::NEVER);
                };
                // Monomorphization computes the keys in a loop over the sorted list.
                let list = self.types.intern(TypeKind::List(item));
                self.types.intern(TypeKind::Iter(list));
                self.instances[id].key_calls.insert(value, (target, bindings));
                let ret = self.instances[target].ret;
                self.types.intern(TypeKind::List(ret));
                Ok(ret)
            }
            TypeKind::None => Ok(item),
            TypeKind::Funcs(_) => Err(CallError::Unsupported(
                "a `key=` that is one of several functions (chosen at run time) is not \
                 supported by kiln yet; pass the function itself, or a `lambda` calling it"
                    .into(),
            )),
            _ => Err(CallError::Unsupported(format!(
                "a `key=` of type `{}` is not supported by kiln yet; pass a function defined with `def` or a `lambda`",
                self.types.name(f)
            ))),
        }
    }

    /// The typing of builtins that take or make containers.
    /// `next(generator)` and `next(generator, default)`: the value it yields (or the
    /// default, of the same type or None).
    pub(super) fn next_of_generator(
        &mut self,
        arg_types: &[TypeId],
        kwnames: &[String],
    ) -> Result<TypeId, CallError> {
        if !kwnames.is_empty() {
            return Err(CallError::TypeError(
                "next() takes no keyword arguments".into(),
            ));
        }
        let TypeKind::Generator(yields, _) = *self.types.kind(arg_types[0]) else {
            return Err(CallError::Unsupported("`next()` of a non-generator".into()));
        };
        // Not known yet while nothing it yields is typed.
        let yields = match self.vars.resolve(&mut self.types, yields) {
            t if matches!(self.types.kind(t), TypeKind::Var(_)) => TypeId::NEVER,
            t => t,
        };
        // Monomorphization resumes it as an iterator.
        self.types.intern(TypeKind::Iter(arg_types[0]));
        match arg_types[1..] {
            [] => Ok(yields),
            [default] if yields == TypeId::NEVER || default == yields => Ok(default),
            [TypeId::NONE] => self.types.optional(yields).ok_or_else(|| {
                CallError::Unsupported(format!(
                    "`next(generator, None)` of a generator of {} values is not supported by kiln",
                    self.types.name(yields)
                ))
            }),
            [default] => Err(CallError::Unsupported(format!(
                "`next()` with a default ({}) of another type than the generator's values ({}) is not supported by kiln",
                self.types.name(default),
                self.types.name(yields)
            ))),
            _ => Err(CallError::TypeError(format!(
                "next expected at most 2 arguments, got {}",
                arg_types.len()
            ))),
        }
    }

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
        let not_iterable = |this: &Self, t: TypeId| this.not_iterable(t, &format!("`{name}()`"));
        let item = |this: &mut Self, i: usize| -> Result<TypeId, CallError> {
            this.resolved_item(positional[i])
                .ok_or_else(|| not_iterable(this, positional[i]))
        };
        // An iterable with no items ever (an empty tuple, `zip` or `enumerate` of one): the
        // items added to what is made of it decide the type.
        let empty_tuple = |this: &mut Self, i: usize| {
            let item = this.resolved_item(positional[i]);
            item.is_some_and(|t| has_never(&this.types, t))
        };
        // `zip(..., strict=True)` (Python 3.10): valid, not compiled yet.
        if builtin == B::Zip && !kwnames.is_empty() {
            return Err(CallError::Unsupported(
                "`zip()` with keyword arguments (`strict=`) is not supported by kiln yet".into(),
            ));
        }
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
                // Of nothing or of an empty tuple, the items added later decide the type.
                let elem = if n == 0 || empty_tuple(self, 0) {
                    self.site_var(id, value, 0)
                } else {
                    item(self, 0)?
                };
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
            // `Counter(iterable)`: the count of each item.
            B::Counter => {
                let key = match positional {
                    [] => self.site_var(id, value, 0),
                    [_] if empty_tuple(self, 0) => self.site_var(id, value, 0),
                    [_] => item(self, 0)?,
                    _ => return Err(CallError::TypeError(format!(
                        "Counter expected at most 1 argument, got {n}"
                    ))),
                };
                self.check_hashable(true, key, Span::default());
                self.types.intern(TypeKind::Dict(key, TypeId::INT))
            }
            // `defaultdict(int)`: a dict whose values the factory's class makes.
            B::DefaultDict => {
                let key = self.site_var(id, value, 0);
                let value_ty = match positional {
                    [] => self.site_var(id, value, 1),
                    [factory] => match self.types.kind(*factory) {
                        TypeKind::Builtin(B::Int) => TypeId::INT,
                        TypeKind::Builtin(B::Float) => TypeId::FLOAT,
                        TypeKind::Builtin(B::Str) => TypeId::STR,
                        TypeKind::Builtin(B::Bool) => TypeId::BOOL,
                        TypeKind::Builtin(B::List) => {
                            let elem = self.site_var(id, value, 1);
                            self.types.intern(TypeKind::List(elem))
                        }
                        TypeKind::Builtin(B::Set) => {
                            let elem = self.site_var(id, value, 1);
                            self.types.intern(TypeKind::Set(elem))
                        }
                        TypeKind::Builtin(B::Dict) => {
                            let (k, v) = (self.site_var(id, value, 1), self.site_var(id, value, 2));
                            self.types.intern(TypeKind::Dict(k, v))
                        }
                        _ => return Err(CallError::Unsupported(
                            "`defaultdict()` with a factory other than `int`, `float`, `str`, `bool`, `list`, `set` or `dict` is not supported by kiln yet".into(),
                        )),
                    },
                    _ => return Err(CallError::Unsupported(
                        "`defaultdict()` with more than a factory is not supported by kiln yet".into(),
                    )),
                };
                self.check_hashable(true, key, Span::default());
                self.types.intern(TypeKind::Dict(key, value_ty))
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
                        TypeKind::Tuple(ts) if ts.len() == 2 && has_never(&self.types, pair) => {
                            let (k, v) = (self.site_var(id, value, 0), self.site_var(id, value, 1));
                            self.types.intern(TypeKind::Dict(k, v))
                        }
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
                let elem = match empty_tuple(self, 0) {
                    true => self.site_var(id, value, 0),
                    false => item(self, 0)?,
                };
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
                // Items whose type is not known yet (`item.value()` of items analysed later)
                // may make the sum a float: wait for them, until inference has settled (a
                // list that never gets items sums to its start). Only an empty tuple has none.
                let unknown = match self.types.kind(elem) {
                    TypeKind::Never => !empty_tuple(self, 0),
                    TypeKind::Var(_) => !self.settled,
                    _ => false,
                };
                if unknown {
                    return Ok(TypeId::NEVER);
                }
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
                // CPython compares only when there are two items or more, so whether it raises
                // depends on the length.
                if !matches!(self.types.kind(key), TypeKind::Never | TypeKind::Var(_))
                    && crate::typing::compare(&self.types, kiln_bytecode::CmpOp::Lt, key, key)
                        .is_err()
                {
                    return Err(CallError::Unsupported(format!(
                        "`{name}()` of items that cannot be ordered (`{}`) is not supported by kiln: CPython raises TypeError when there are two or more",
                        python_name(&self.types, key)
                    )));
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
            B::Iter => {
                if n != 1 {
                    return Err(CallError::TypeError(format!(
                        "iter expected 1 argument, got {n}"
                    )));
                }
                match self.types.kind(positional[0]) {
                    TypeKind::Range => TypeId::RANGE_ITER,
                    // A generator is its own iterator.
                    TypeKind::Generator(..) => positional[0],
                    _ => {
                        item(self, 0)?;
                        self.types.intern(TypeKind::Iter(positional[0]))
                    }
                }
            }
            B::Reversed => {
                if n != 1 {
                    return Err(CallError::TypeError(format!("reversed expected 1 argument, got {n}")));
                }
                match self.types.kind(positional[0]) {
                    TypeKind::List(_) => self.types.intern(TypeKind::Reversed(positional[0])),
                    // Iterated where it is made (one kept is a generator over it, see
                    // `emit/lazy.rs`), a reversed range is the range backwards, a reversed str
                    // the str backwards.
                    TypeKind::Range => TypeId::RANGE,
                    TypeKind::Str => TypeId::STR,
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
