//! Monomorphization of container method calls (the `str` and `bytes` ones are in
//! `mono_str.rs`).

use kiln_bytecode::InternalError;

use super::{Cursor, Mono};
use crate::ir::{Const, Container, Inst, RtFn, TypeId, TypeKind, Value};

type Result<T> = std::result::Result<T, InternalError>;

impl Mono<'_> {
    /// A call of a container or `str` method.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn named_method(
        &mut self,
        at: &mut Cursor,
        call: Value,
        name: &str,
        receiver: Value,
        receiver_ty: TypeId,
        args: &[Value],
        kwnames: &[String],
    ) -> Result<Value> {
        let ty = self.instance.types[call.index()];
        let positional = &args[..args.len() - kwnames.len()];
        let keyword = |name: &str| super::keyword_argument(name, positional, kwnames, args);
        let mut vals = Vec::new();
        for &a in positional {
            vals.push(if matches!(self.types.kind(self.ty(a)), TypeKind::Bool)
                && !matches!(self.types.kind(receiver_ty), TypeKind::List(t) | TypeKind::Set(t) if *t == TypeId::BOOL)
            {
                self.int_operand(at, a)?
            } else {
                self.get(a)?
            });
        }
        let r = receiver;
        let none = TypeId::NONE;
        let f = match (self.types.kind(receiver_ty).clone(), name) {
            (TypeKind::Generator(_, sent), "send") => {
                // The value its `yield` gives, unless None (as for `next()`).
                if self.ty(positional[0]) != none {
                    let optional =
                        self.types
                            .lookup(&TypeKind::Optional(sent))
                            .ok_or_else(|| {
                                InternalError("a sent value's optional is missing".into())
                            })?;
                    let sent = self.coerce(at, positional[0], optional)?;
                    self.push(at, Inst::GenSend(r, sent), none);
                }
                return self.generator_next(at, r, receiver_ty);
            }
            (TypeKind::List(_), "append") => {
                let item = self.item(at, positional[0], receiver_ty, 0)?;
                return Ok(self.push(at, Inst::ListAppend(r, item), none));
            }
            (TypeKind::List(_), "extend") => {
                let source = positional[0];
                if let TypeKind::List(_) = self.types.kind(self.ty(source)) {
                    return Ok(self.rt(at, RtFn::ListExtend, vec![r, vals[0]], none));
                }
                let source_ty = self.ty(source);
                self.for_each(at, vals[0], source_ty, Vec::new(), |this, at, item, _| {
                    this.push(at, Inst::ListAppend(r, item), TypeId::NONE);
                    Ok(Vec::new())
                })?;
                return Ok(self.konst(at, Const::None));
            }
            (TypeKind::List(_), "pop") if vals.is_empty() => {
                let last = self.int(at, -1);
                return Ok(self.rt(at, RtFn::ListPop, vec![r, last], ty));
            }
            (TypeKind::List(_), "sort") => {
                self.current_call = Some(call);
                self.sort(at, r, keyword("key"), keyword("reverse"))?;
                return Ok(self.konst(at, Const::None));
            }
            (TypeKind::List(_), "insert") => RtFn::ListInsert,
            (TypeKind::List(_), "pop") => RtFn::ListPop,
            (TypeKind::List(_), "remove") => RtFn::ListRemove,
            (TypeKind::List(_), "index") => {
                let mut operands = vec![r, vals[0]];
                for i in 1..3 {
                    operands.push(match vals.get(i) {
                        Some(&v) => v,
                        None => self.konst(at, Const::None),
                    });
                }
                return Ok(self.rt(at, RtFn::ListIndex, operands, ty));
            }
            (TypeKind::List(_), "count") => RtFn::ListCount,
            (TypeKind::List(_), "copy") => RtFn::ListCopy,
            (TypeKind::List(_), "clear") => RtFn::ListClear,
            (TypeKind::List(_), "reverse") => RtFn::ListReverse,
            (TypeKind::Tuple(ts), "index" | "count") => {
                let desc = self.desc(at, ts[0]);
                let f = if name == "index" {
                    RtFn::TupleIndex
                } else {
                    RtFn::TupleCount
                };
                return Ok(self.rt(at, f, vec![r, vals[0], desc], ty));
            }
            (TypeKind::Dict(..), "get")
                if self.types.optional_inner(ty).is_some() && self.ty(positional[1]) == none =>
            {
                // `d.get(k, None)`: None as the optional the result is.
                let default = self.push(at, Inst::OptNone, ty);
                return Ok(self.rt(at, RtFn::DictGet, vec![r, vals[0], default], ty));
            }
            (TypeKind::Dict(..), "most_common") => {
                let n = match positional.first() {
                    Some(&n) => self.int_operand(at, n)?,
                    // `runtime/src/dict.rs`'s `MOST_COMMON_ALL`.
                    None => self.int(at, -(1 << 60)),
                };
                let desc = self.desc(at, ty);
                return Ok(self.rt(at, RtFn::DictMostCommon, vec![r, n, desc], ty));
            }
            (TypeKind::Dict(..), "get") => RtFn::DictGet,
            (TypeKind::Dict(..), "setdefault") => RtFn::DictSetDefault,
            (TypeKind::Dict(..), "pop") if vals.len() == 2 => RtFn::DictPopDefault,
            (TypeKind::Dict(..), "pop") => RtFn::DictPop,
            (TypeKind::Dict(..), "popitem") => {
                let desc = self.desc(at, ty);
                return Ok(self.rt(at, RtFn::DictPopItem, vec![r, desc], ty));
            }
            (TypeKind::Dict(..), "keys" | "values" | "items") => return Ok(r),
            (TypeKind::Dict(..), "update") => RtFn::DictUpdate,
            (TypeKind::Dict(..), "copy") => RtFn::DictCopy,
            (TypeKind::Dict(..), "clear") => RtFn::DictClear,
            (TypeKind::Set(_) | TypeKind::FrozenSet(_), m) => match m {
                "add" => RtFn::SetAdd,
                "discard" => RtFn::SetDiscard,
                "remove" => RtFn::SetRemove,
                "pop" => RtFn::SetPop,
                "clear" => RtFn::SetClear,
                "copy" => {
                    let desc = self.desc(at, ty);
                    return Ok(self.rt(at, RtFn::SetCopy, vec![r, desc], ty));
                }
                "update"
                | "union"
                | "intersection"
                | "difference"
                | "symmetric_difference"
                | "issubset"
                | "issuperset"
                | "isdisjoint" => {
                    return self.set_operation(at, name, r, receiver_ty, positional, ty)
                }
                other => return Err(InternalError(format!("set.{other} passed inference"))),
            },
            (TypeKind::Str, _) => {
                return self.str_method(at, name, r, positional, &vals, kwnames, args, ty)
            }
            (TypeKind::Bytes, _) => {
                return self.bytes_method(at, name, r, positional, &vals, kwnames, args, ty)
            }
            (kind, name) => return Err(InternalError(format!("method {name} of {kind:?}"))),
        };
        let mut operands = vec![r];
        operands.extend(vals);
        Ok(self.rt(at, f, operands, ty))
    }

    /// `s.update(*others)`, `s.union(*others)`, ... and the one-argument comparisons, each
    /// argument made a set first if it is another iterable. Several arguments apply the
    /// operation in turn (`s.union(a, b)` is `s | a | b`); none gives a copy (or nothing).
    pub(super) fn set_operation(
        &mut self,
        at: &mut Cursor,
        name: &str,
        receiver: Value,
        receiver_ty: TypeId,
        others: &[Value],
        ty: TypeId,
    ) -> Result<Value> {
        let f = match name {
            "update" => RtFn::SetUpdate,
            "union" => RtFn::SetUnion,
            "intersection" => RtFn::SetIntersection,
            "difference" => RtFn::SetDifference,
            "symmetric_difference" => RtFn::SetSymmetricDifference,
            "issubset" => RtFn::SetIsSubset,
            "issuperset" => RtFn::SetIsSuperset,
            _ => RtFn::SetIsDisjoint,
        };
        let mut result = receiver;
        if others.is_empty() && name != "update" {
            let desc = self.desc(at, ty);
            return Ok(self.rt(at, RtFn::SetCopy, vec![receiver, desc], ty));
        }
        for &other in others {
            let other = self.as_set(at, other, receiver_ty)?;
            let call = self.rt(at, f, vec![result, other], ty);
            if name != "update" {
                result = call;
            }
        }
        Ok(if name == "update" {
            self.konst(at, Const::None)
        } else {
            result
        })
    }

    /// Generic value `v` as a set: itself if it is one, else a new set of its items (of the
    /// element type of sets like `like`).
    pub(super) fn as_set(&mut self, at: &mut Cursor, v: Value, like: TypeId) -> Result<Value> {
        let v_ty = self.ty(v);
        let value = self.get(v)?;
        if let TypeKind::Set(_) | TypeKind::FrozenSet(_) = self.types.kind(v_ty) {
            return Ok(value);
        }
        let elem = self.item_type(like)?;
        let set_ty = self
            .types
            .lookup(&TypeKind::Set(elem))
            .ok_or_else(|| InternalError("a set type missing from the table".into()))?;
        let set = self.push(at, Inst::New(Container::Set, Vec::new()), set_ty);
        self.for_each(at, value, v_ty, Vec::new(), |this, at, item, _| {
            this.rt(at, RtFn::SetAdd, vec![set, item], TypeId::NONE);
            Ok(Vec::new())
        })?;
        Ok(set)
    }
}
