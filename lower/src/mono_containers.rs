//! Monomorphization of container instructions, methods and builtins.

use kiln_bytecode::{BinOp, InternalError};

use super::{Cursor, Mono};
use crate::infer::{const_int, Binding, InstanceId};
use crate::ir::{
    BlockCall, Builtin, Const, Container, Conv, DictView, Inst, RtFn, Terminator, TypeId, TypeKind,
    Value,
};
use crate::typing::python_name;

type Result<T> = std::result::Result<T, InternalError>;

impl Mono<'_> {
    pub(super) fn is_container(&self, v: Value) -> bool {
        matches!(
            self.types.kind(self.ty(v)),
            TypeKind::List(_)
                | TypeKind::Tuple(_)
                | TypeKind::Dict(..)
                | TypeKind::Set(_)
                | TypeKind::FrozenSet(_)
                | TypeKind::Bytes
        )
    }

    /// Whether generic value `slice` is `[:]` (or `[::]`): every bound omitted.
    fn is_full_slice(&self, slice: Value) -> bool {
        let func = &self.generic.func;
        let omitted = |v: &Value| matches!(func.inst(*v), Some(Inst::Const(Const::None)));
        matches!(func.inst(slice), Some(Inst::BuildSlice(a, b, c)) if omitted(a) && omitted(b) && omitted(c))
    }

    pub(super) fn rt(&mut self, at: &Cursor, f: RtFn, args: Vec<Value>, ty: TypeId) -> Value {
        self.push(at, Inst::Rt(f, args), ty)
    }

    pub(super) fn desc(&mut self, at: &Cursor, ty: TypeId) -> Value {
        self.push(at, Inst::TypeDesc(ty), TypeId::DESC)
    }

    pub(super) fn int(&mut self, at: &Cursor, n: i64) -> Value {
        self.konst(at, Const::Int(n))
    }

    /// The typed value of generic operand `v` (bools used as ints become ints).
    fn index_operand(&mut self, at: &Cursor, v: Value) -> Result<Value> {
        self.int_operand(at, v)
    }

    pub(super) fn container_inst(
        &mut self,
        at: &mut Cursor,
        inst: &Inst,
        ty: TypeId,
    ) -> Result<Value> {
        Ok(match inst {
            Inst::Build(kind, items) => {
                let items = items
                    .iter()
                    .map(|v| self.get(*v))
                    .collect::<Result<Vec<_>>>()?;
                self.push(at, Inst::New(*kind, items), ty)
            }
            Inst::CompAdd(c, items) => {
                let container = self.get(*c)?;
                let values = items
                    .iter()
                    .map(|v| self.get(*v))
                    .collect::<Result<Vec<_>>>()?;
                match self.types.kind(self.ty(*c)) {
                    TypeKind::List(_) => {
                        self.push(at, Inst::ListAppend(container, values[0]), TypeId::NONE)
                    }
                    TypeKind::Set(_) => {
                        self.rt(at, RtFn::SetAdd, vec![container, values[0]], TypeId::NONE)
                    }
                    _ => self.rt(
                        at,
                        RtFn::DictSetItem,
                        vec![container, values[0], values[1]],
                        TypeId::NONE,
                    ),
                }
            }
            Inst::GetItem(c, i) => {
                let ct = self.ty(*c);
                let slice = self.ty(*i) == TypeId::SLICE;
                let container = self.get(*c)?;
                match self.types.kind(ct).clone() {
                    TypeKind::List(_) if slice && self.is_full_slice(*i) => {
                        self.rt(at, RtFn::ListCopy, vec![container], ty)
                    }
                    TypeKind::List(_) if slice => {
                        let s = self.get(*i)?;
                        self.rt(at, RtFn::ListSlice, vec![container, s], ty)
                    }
                    TypeKind::List(_) => {
                        let index = self.index_operand(at, *i)?;
                        self.push(at, Inst::ListGet(container, index), ty)
                    }
                    TypeKind::Str if slice => {
                        let s = self.get(*i)?;
                        self.rt(at, RtFn::StrSlice, vec![container, s], ty)
                    }
                    TypeKind::Str => {
                        let index = self.index_operand(at, *i)?;
                        self.rt(at, RtFn::StrGetItem, vec![container, index], ty)
                    }
                    TypeKind::Bytes if slice => {
                        let s = self.get(*i)?;
                        self.rt(at, RtFn::BytesSlice, vec![container, s], ty)
                    }
                    TypeKind::Bytes => {
                        let index = self.index_operand(at, *i)?;
                        self.rt(at, RtFn::BytesGetItem, vec![container, index], ty)
                    }
                    TypeKind::Tuple(ts) if slice => {
                        let positions = crate::infer::const_slice(&self.generic.func, *i, ts.len())
                            .ok_or_else(|| {
                                InternalError("a tuple slice with computed bounds".into())
                            })?;
                        let items = positions
                            .into_iter()
                            .map(|k| self.push(at, Inst::TupleGet(container, k as u32), ts[k]))
                            .collect();
                        self.push(at, Inst::New(Container::Tuple, items), ty)
                    }
                    TypeKind::Tuple(ts) => match const_int(&self.generic.func, *i) {
                        Some(k) => {
                            let n = ts.len() as i64;
                            let k = if k < 0 { k + n } else { k };
                            self.push(at, Inst::TupleGet(container, k as u32), ty)
                        }
                        None => {
                            let index = self.index_operand(at, *i)?;
                            self.rt(at, RtFn::TupleGetItem, vec![container, index], ty)
                        }
                    },
                    TypeKind::Dict(..) => {
                        let key = self.get(*i)?;
                        self.rt(at, RtFn::DictGetItem, vec![container, key], ty)
                    }
                    TypeKind::Range => {
                        let index = self.index_operand(at, *i)?;
                        self.rt(at, RtFn::RangeGetItem, vec![container, index], ty)
                    }
                    other => return Err(InternalError(format!("getitem of {other:?}"))),
                }
            }
            Inst::SetItem(c, i, v) => {
                let slice = self.ty(*i) == TypeId::SLICE;
                let container = self.get(*c)?;
                let value = self.get(*v)?;
                match self.types.kind(self.ty(*c)).clone() {
                    TypeKind::List(_) if slice => {
                        let s = self.get(*i)?;
                        self.rt(
                            at,
                            RtFn::ListSetSlice,
                            vec![container, s, value],
                            TypeId::NONE,
                        )
                    }
                    TypeKind::List(_) => {
                        let index = self.index_operand(at, *i)?;
                        self.push(at, Inst::ListSet(container, index, value), TypeId::NONE)
                    }
                    _ => {
                        let key = self.get(*i)?;
                        self.rt(
                            at,
                            RtFn::DictSetItem,
                            vec![container, key, value],
                            TypeId::NONE,
                        )
                    }
                }
            }
            Inst::DelItem(c, i) => {
                let slice = self.ty(*i) == TypeId::SLICE;
                let container = self.get(*c)?;
                match self.types.kind(self.ty(*c)).clone() {
                    TypeKind::List(_) if slice => {
                        let s = self.get(*i)?;
                        self.rt(at, RtFn::ListDelSlice, vec![container, s], TypeId::NONE)
                    }
                    TypeKind::List(_) => {
                        let index = self.index_operand(at, *i)?;
                        self.rt(at, RtFn::ListDelItem, vec![container, index], TypeId::NONE)
                    }
                    _ => {
                        let key = self.get(*i)?;
                        self.rt(at, RtFn::DictDelItem, vec![container, key], TypeId::NONE)
                    }
                }
            }
            Inst::BuildSlice(a, b, c) => {
                let mut parts = Vec::new();
                for v in [a, b, c] {
                    parts.push(if self.ty(*v) == TypeId::NONE {
                        self.get(*v)?
                    } else {
                        self.int_operand(at, *v)?
                    });
                }
                self.push(
                    at,
                    Inst::BuildSlice(parts[0], parts[1], parts[2]),
                    TypeId::SLICE,
                )
            }
            Inst::UnpackCheck {
                value,
                before,
                after,
                starred,
            } => {
                let v = self.get(*value)?;
                let len = match self.types.kind(self.ty(*value)) {
                    TypeKind::List(_) => self.push(at, Inst::Len(v), TypeId::INT),
                    TypeKind::Str => self.push(at, Inst::StrLen(v), TypeId::INT),
                    _ => return Ok(self.konst(at, Const::None)),
                };
                let want = self.int(at, i64::from(before + after));
                let starred = self.konst(at, Const::Bool(*starred));
                self.rt(
                    at,
                    RtFn::UnpackCheck,
                    vec![len, want, starred],
                    TypeId::NONE,
                )
            }
            Inst::UnpackRest {
                value,
                before,
                after,
            } => {
                let v = self.get(*value)?;
                match self.types.kind(self.ty(*value)).clone() {
                    TypeKind::Tuple(ts) => {
                        let end = ts.len() - *after as usize;
                        let mut items = Vec::new();
                        for (k, &t) in ts.iter().enumerate().take(end).skip(*before as usize) {
                            items.push(self.push(at, Inst::TupleGet(v, k as u32), t));
                        }
                        self.push(at, Inst::New(Container::List, items), ty)
                    }
                    _ => {
                        let start = self.int(at, i64::from(*before));
                        let stop = if *after == 0 {
                            self.konst(at, Const::None)
                        } else {
                            self.int(at, -i64::from(*after))
                        };
                        let step = self.konst(at, Const::None);
                        let s = self.push(at, Inst::BuildSlice(start, stop, step), TypeId::SLICE);
                        if self.ty(*value) != TypeId::STR {
                            return Ok(self.rt(at, RtFn::ListSlice, vec![v, s], ty));
                        }
                        // The middle of a string, as a list of its characters.
                        let middle = self.rt(at, RtFn::StrSlice, vec![v, s], TypeId::STR);
                        let list = self.push(at, Inst::New(Container::List, Vec::new()), ty);
                        self.for_each(at, middle, TypeId::STR, Vec::new(), |this, at, ch, _| {
                            this.push(at, Inst::ListAppend(list, ch), TypeId::NONE);
                            Ok(Vec::new())
                        })?;
                        list
                    }
                }
            }
            Inst::Contains(item, container) => {
                let (it, ct) = (self.ty(*item), self.ty(*container));
                let x = self.get(*item)?;
                let c = self.get(*container)?;
                let (f, elem) = match self.types.kind(ct).clone() {
                    TypeKind::Str => (RtFn::StrContains, TypeId::STR),
                    TypeKind::List(t) => (RtFn::ListContains, t),
                    TypeKind::Set(t) | TypeKind::FrozenSet(t) => (RtFn::SetContains, t),
                    TypeKind::Dict(k, _) => (RtFn::DictContains, k),
                    TypeKind::Range => {
                        let x = self.int_operand(at, *item)?;
                        return Ok(self.rt(at, RtFn::RangeContains, vec![c, x], TypeId::BOOL));
                    }
                    TypeKind::Bytes if it == TypeId::BYTES => {
                        return Ok(self.rt(at, RtFn::BytesContains, vec![c, x], TypeId::BOOL));
                    }
                    TypeKind::Bytes => {
                        let x = self.int_operand(at, *item)?;
                        return Ok(self.rt(at, RtFn::BytesContainsInt, vec![c, x], TypeId::BOOL));
                    }
                    TypeKind::DictView(DictView::Keys, d) => match self.types.kind(d) {
                        TypeKind::Dict(k, _) => (RtFn::DictContains, *k),
                        _ => return Err(InternalError("a dict view of a non-dict".into())),
                    },
                    TypeKind::DictView(..) => {
                        // `x in d.values()` / `in d.items()`: a search of the items, listed.
                        let elem = self.item_type(ct)?;
                        let list_ty =
                            self.types.lookup(&TypeKind::List(elem)).ok_or_else(|| {
                                InternalError(
                                    "the list of a dict view missing from the table".into(),
                                )
                            })?;
                        let list = self.push(at, Inst::New(Container::List, Vec::new()), list_ty);
                        self.for_each(at, c, ct, Vec::new(), |this, at, v, _| {
                            this.push(at, Inst::ListAppend(list, v), TypeId::NONE);
                            Ok(Vec::new())
                        })?;
                        if elem != it && elem != TypeId::NEVER {
                            return Ok(self.konst(at, Const::Bool(false)));
                        }
                        return Ok(self.rt(at, RtFn::ListContains, vec![list, x], TypeId::BOOL));
                    }
                    TypeKind::Tuple(ts) => {
                        if ts.first() != Some(&it) {
                            return Ok(self.konst(at, Const::Bool(false)));
                        }
                        let desc = self.desc(at, it);
                        return Ok(self.rt(
                            at,
                            RtFn::TupleContains,
                            vec![c, x, desc],
                            TypeId::BOOL,
                        ));
                    }
                    other => return Err(InternalError(format!("`in` of {other:?}"))),
                };
                if elem != it && elem != TypeId::NEVER {
                    return Ok(self.konst(at, Const::Bool(false)));
                }
                self.rt(at, f, vec![c, x], TypeId::BOOL)
            }
            Inst::Is(a, b) => {
                let (ta, tb) = (self.ty(*a), self.ty(*b));
                let optional = |t: TypeId| self.types.optional_inner(t).is_some();
                match (optional(ta), optional(tb)) {
                    (true, false) if tb == TypeId::NONE => {
                        let v = self.get(*a)?;
                        self.push(at, Inst::OptIsNone(v), TypeId::BOOL)
                    }
                    (false, true) if ta == TypeId::NONE => {
                        let v = self.get(*b)?;
                        self.push(at, Inst::OptIsNone(v), TypeId::BOOL)
                    }
                    _ => {
                        let same = ta == TypeId::NONE && tb == TypeId::NONE;
                        self.konst(at, Const::Bool(same))
                    }
                }
            }
            other => return Err(InternalError(format!("container_inst of {other:?}"))),
        })
    }

    /// `a op= b` with a container `a`: lists, sets and dicts are updated in place (every
    /// alias sees the change) and the result is `a` itself; other containers are rebound.
    pub(super) fn container_inplace(
        &mut self,
        at: &mut Cursor,
        op: BinOp,
        a: Value,
        b: Value,
        ty: TypeId,
    ) -> Result<Value> {
        let kind = self.types.kind(self.ty(a)).clone();
        let x = self.get(a)?;
        // `x op= y` as `tmp = x op y`, then the contents of `x` replaced by `tmp`'s.
        let replace =
            |this: &mut Self, at: &mut Cursor, clear: RtFn, fill: RtFn| -> Result<Value> {
                let tmp = this.container_binary(at, op, a, b, ty)?;
                this.rt(at, clear, vec![x], TypeId::NONE);
                this.rt(at, fill, vec![x, tmp], TypeId::NONE);
                Ok(x)
            };
        let b_ty = self.ty(b);
        let b_kind = self.types.kind(b_ty).clone();
        Ok(match (op, kind) {
            (BinOp::Add, TypeKind::List(_)) if !matches!(b_kind, TypeKind::List(_)) => {
                let y = self.get(b)?;
                self.for_each(at, y, b_ty, Vec::new(), |this, at, item, _| {
                    this.push(at, Inst::ListAppend(x, item), TypeId::NONE);
                    Ok(Vec::new())
                })?;
                x
            }
            (BinOp::BitOr, TypeKind::Dict(k, v)) if !matches!(b_kind, TypeKind::Dict(..)) => {
                let y = self.get(b)?;
                self.for_each(at, y, b_ty, Vec::new(), |this, at, pair, _| {
                    let key = this.push(at, Inst::TupleGet(pair, 0), k);
                    let value = this.push(at, Inst::TupleGet(pair, 1), v);
                    this.rt(at, RtFn::DictSetItem, vec![x, key, value], TypeId::NONE);
                    Ok(Vec::new())
                })?;
                x
            }
            (BinOp::Add, TypeKind::List(_)) => {
                let y = self.get(b)?;
                self.rt(at, RtFn::ListExtend, vec![x, y], TypeId::NONE);
                x
            }
            (BinOp::Mul, TypeKind::List(_)) => {
                replace(self, at, RtFn::ListClear, RtFn::ListExtend)?
            }
            (BinOp::BitOr, TypeKind::Set(_)) => {
                let y = self.get(b)?;
                self.rt(at, RtFn::SetUpdate, vec![x, y], TypeId::NONE);
                x
            }
            (BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, TypeKind::Set(_)) => {
                replace(self, at, RtFn::SetClear, RtFn::SetUpdate)?
            }
            (BinOp::BitOr, TypeKind::Dict(..)) => {
                let y = self.get(b)?;
                self.rt(at, RtFn::DictUpdate, vec![x, y], TypeId::NONE);
                x
            }
            _ => self.container_binary(at, op, a, b, ty)?,
        })
    }

    /// `text % args`, a non-tuple `args` wrapped in a 1-tuple.
    pub(super) fn str_mod(&mut self, at: &mut Cursor, text: Value, args: Value) -> Result<Value> {
        let (x, mut y) = (self.get(text)?, self.get(args)?);
        let args_ty = self.ty(args);
        if !matches!(self.types.kind(args_ty), TypeKind::Tuple(_)) {
            let tuple = self
                .types
                .lookup(&TypeKind::Tuple(vec![args_ty]))
                .ok_or_else(|| {
                    InternalError("a `%` argument tuple missing from the table".into())
                })?;
            y = self.push(at, Inst::New(Container::Tuple, vec![y]), tuple);
        }
        Ok(self.rt(at, RtFn::StrMod, vec![x, y], TypeId::STR))
    }

    pub(super) fn container_binary(
        &mut self,
        at: &mut Cursor,
        op: BinOp,
        a: Value,
        b: Value,
        ty: TypeId,
    ) -> Result<Value> {
        let (ka, kb) = (
            self.types.kind(self.ty(a)).clone(),
            self.types.kind(self.ty(b)).clone(),
        );
        let (x, y) = (self.get(a)?, self.get(b)?);
        Ok(match (op, &ka, &kb) {
            (BinOp::Add, TypeKind::List(_), _) => self.rt(at, RtFn::ListConcat, vec![x, y], ty),
            (BinOp::Add, TypeKind::Bytes, _) => self.rt(at, RtFn::BytesConcat, vec![x, y], ty),
            (BinOp::Mul, TypeKind::Bytes, _) => {
                let n = self.int_operand(at, b)?;
                self.rt(at, RtFn::BytesRepeat, vec![x, n], ty)
            }
            (BinOp::Mul, _, TypeKind::Bytes) => {
                let n = self.int_operand(at, a)?;
                self.rt(at, RtFn::BytesRepeat, vec![y, n], ty)
            }
            (BinOp::Add, TypeKind::Tuple(xs), TypeKind::Tuple(ys)) => {
                let mut items = Vec::new();
                for (k, &t) in xs.iter().enumerate() {
                    items.push(self.push(at, Inst::TupleGet(x, k as u32), t));
                }
                for (k, &t) in ys.iter().enumerate() {
                    items.push(self.push(at, Inst::TupleGet(y, k as u32), t));
                }
                self.push(at, Inst::New(Container::Tuple, items), ty)
            }
            (BinOp::Mul, TypeKind::Tuple(ts), _) | (BinOp::Mul, _, TypeKind::Tuple(ts)) => {
                let (tuple, count) = if matches!(ka, TypeKind::Tuple(_)) {
                    (x, b)
                } else {
                    (y, a)
                };
                let n = const_int(&self.generic.func, count).unwrap_or(0).max(0);
                let mut items = Vec::new();
                for _ in 0..n {
                    for (k, &t) in ts.iter().enumerate() {
                        items.push(self.push(at, Inst::TupleGet(tuple, k as u32), t));
                    }
                }
                self.push(at, Inst::New(Container::Tuple, items), ty)
            }
            (BinOp::Mul, TypeKind::List(_), _) => {
                let n = self.int_operand(at, b)?;
                self.rt(at, RtFn::ListRepeat, vec![x, n], ty)
            }
            (BinOp::Mul, _, TypeKind::List(_)) => {
                let n = self.int_operand(at, a)?;
                self.rt(at, RtFn::ListRepeat, vec![y, n], ty)
            }
            (BinOp::BitOr, TypeKind::Dict(..), _) => self.rt(at, RtFn::DictOr, vec![x, y], ty),
            (BinOp::BitOr, ..) => self.rt(at, RtFn::SetUnion, vec![x, y], ty),
            (BinOp::BitAnd, ..) => self.rt(at, RtFn::SetIntersection, vec![x, y], ty),
            (BinOp::Sub, ..) => self.rt(at, RtFn::SetDifference, vec![x, y], ty),
            (BinOp::BitXor, ..) => self.rt(at, RtFn::SetSymmetricDifference, vec![x, y], ty),
            _ => {
                return Err(InternalError(format!(
                    "container operator {op:?} passed inference"
                )))
            }
        })
    }

    /// Calls `body` for each item of `iterable` (a typed value of generic type `ty`),
    /// threading `state` through the loop; returns the final state.
    pub(super) fn for_each(
        &mut self,
        at: &mut Cursor,
        iterable: Value,
        ty: TypeId,
        state: Vec<Value>,
        mut body: impl FnMut(&mut Self, &mut Cursor, Value, &[Value]) -> Result<Vec<Value>>,
    ) -> Result<Vec<Value>> {
        if ty != TypeId::RANGE && self.item_type(ty)? == TypeId::NEVER {
            // An empty display (`[]`): the loop runs zero times, and its body, which would
            // work on a value of no type, is not made.
            return Ok(state);
        }
        let iter_ty = if ty == TypeId::RANGE {
            TypeId::RANGE_ITER
        } else {
            // Interned during inference for every iterable a loop or builtin consumes.
            self.types
                .lookup(&TypeKind::Iter(ty))
                .ok_or_else(|| InternalError("an iterator type missing from the table".into()))?
        };
        let item_ty = self.item_type(ty)?;
        let it0 = self.push(at, Inst::GetIter(iterable), iter_ty);
        let head = self.func.add_block();
        let body_block = self.func.add_block();
        let exit = self.func.add_block();
        let it = self.func.add_param(head, iter_ty, at.span);
        let params: Vec<Value> = state
            .iter()
            .map(|&v| {
                let t = self.func.ty(v);
                self.func.add_param(head, t, at.span)
            })
            .collect();
        let exits: Vec<Value> = state
            .iter()
            .map(|&v| {
                let t = self.func.ty(v);
                self.func.add_param(exit, t, at.span)
            })
            .collect();
        let mut args = vec![it0];
        args.extend(&state);
        self.func.blocks[at.block.index()].term = Terminator::Jump(BlockCall { block: head, args });
        let head_at = Cursor {
            block: head,
            span: at.span,
        };
        let more = self.push(&head_at, Inst::IterHasNext(it), TypeId::BOOL);
        self.func.blocks[head.index()].term = Terminator::Branch {
            cond: more,
            then: BlockCall {
                block: body_block,
                args: Vec::new(),
            },
            otherwise: BlockCall {
                block: exit,
                args: params.clone(),
            },
        };
        let mut inner = Cursor {
            block: body_block,
            span: at.span,
        };
        let item = self.push(&inner, Inst::IterValue(it), item_ty);
        let next = self.push(&inner, Inst::IterAdvance(it), iter_ty);
        let new_state = body(self, &mut inner, item, &params)?;
        let mut args = vec![next];
        args.extend(new_state);
        self.func.blocks[inner.block.index()].term =
            Terminator::Jump(BlockCall { block: head, args });
        at.block = exit;
        Ok(exits)
    }

    fn item_type(&self, ty: TypeId) -> Result<TypeId> {
        self.types
            .known_item_type(ty)
            .ok_or_else(|| InternalError(format!("no item type for {}", self.types.name(ty))))
    }

    /// Builtins over iterables; `None` for the others.
    pub(super) fn container_builtin(
        &mut self,
        at: &mut Cursor,
        builtin: Builtin,
        args: &[Value],
        kwnames: &[String],
    ) -> Result<Option<Value>> {
        let positional = &args[..args.len() - kwnames.len()];
        let keyword = |name: &str| {
            kwnames
                .iter()
                .position(|k| k == name)
                .map(|i| args[positional.len() + i])
        };
        let result_ty = self.result_type();
        Ok(Some(match builtin {
            Builtin::Len => {
                let v = self.get(positional[0])?;
                match self.types.kind(self.ty(positional[0])) {
                    TypeKind::Str => self.push(at, Inst::StrLen(v), TypeId::INT),
                    TypeKind::Range => self.rt(at, RtFn::RangeLen, vec![v], TypeId::INT),
                    _ => self.push(at, Inst::Len(v), TypeId::INT),
                }
            }
            Builtin::List | Builtin::Set | Builtin::FrozenSet | Builtin::Sorted => {
                let ty = result_ty?;
                let kind = if matches!(builtin, Builtin::List | Builtin::Sorted) {
                    Container::List
                } else {
                    Container::Set
                };
                let new = self.push(at, Inst::New(kind, Vec::new()), ty);
                if let Some(&source) = positional.first() {
                    let iterable = self.get(source)?;
                    let source_ty = self.ty(source);
                    self.for_each(at, iterable, source_ty, Vec::new(), |this, at, item, _| {
                        if kind == Container::List {
                            this.push(at, Inst::ListAppend(new, item), TypeId::NONE);
                        } else {
                            this.rt(at, RtFn::SetAdd, vec![new, item], TypeId::NONE);
                        }
                        Ok(Vec::new())
                    })?;
                }
                if builtin == Builtin::Sorted {
                    self.sort(at, new, keyword("key"), keyword("reverse"))?;
                }
                new
            }
            Builtin::Tuple => match positional.first() {
                Some(&v) => self.get(v)?,
                None => self.push(at, Inst::New(Container::Tuple, Vec::new()), result_ty?),
            },
            Builtin::Bytes => {
                // Keywords (`encoding=`, `errors=`) follow the positional arguments in order.
                let positional = args;
                let kinds: Vec<TypeKind> = positional
                    .iter()
                    .map(|&a| self.types.kind(self.ty(a)).clone())
                    .collect();
                match kinds.as_slice() {
                    [] => self.konst(at, Const::Bytes(Vec::new())),
                    [TypeKind::Bytes] => self.get(positional[0])?,
                    [TypeKind::Int | TypeKind::Bool] => {
                        let n = self.int_operand(at, positional[0])?;
                        self.rt(at, RtFn::BytesZeros, vec![n], TypeId::BYTES)
                    }
                    [TypeKind::Str, ..] => {
                        let mut operands = Vec::new();
                        for i in 0..3 {
                            operands.push(match positional.get(i) {
                                Some(&v) => self.get(v)?,
                                None => self.konst(at, Const::None),
                            });
                        }
                        self.rt(at, RtFn::StrEncode, operands, TypeId::BYTES)
                    }
                    [TypeKind::List(TypeId::INT)] => {
                        let list = self.get(positional[0])?;
                        self.rt(at, RtFn::BytesFromList, vec![list], TypeId::BYTES)
                    }
                    _ => {
                        let source = positional[0];
                        let iterable = self.get(source)?;
                        let source_ty = self.ty(source);
                        let list_ty = self
                            .types
                            .lookup(&TypeKind::List(TypeId::INT))
                            .ok_or_else(|| InternalError("list[int] missing".into()))?;
                        let list = self.push(at, Inst::New(Container::List, Vec::new()), list_ty);
                        self.for_each(at, iterable, source_ty, Vec::new(), |this, at, item, _| {
                            let item = if this.func.ty(item) == TypeId::BOOL {
                                this.push(at, Inst::Convert(Conv::BoolToInt, item), TypeId::INT)
                            } else {
                                item
                            };
                            this.push(at, Inst::ListAppend(list, item), TypeId::NONE);
                            Ok(Vec::new())
                        })?;
                        self.rt(at, RtFn::BytesFromList, vec![list], TypeId::BYTES)
                    }
                }
            }
            Builtin::Dict => {
                let ty = result_ty?;
                let new = self.push(at, Inst::New(Container::Dict, Vec::new()), ty);
                if let Some(&source) = positional.first() {
                    let iterable = self.get(source)?;
                    let source_ty = self.ty(source);
                    let TypeKind::Dict(k, v) = self.types.kind(ty).clone() else {
                        return Err(InternalError("dict() of a non-dict type".into()));
                    };
                    if let TypeKind::Dict(..) = self.types.kind(source_ty) {
                        self.rt(at, RtFn::DictUpdate, vec![new, iterable], TypeId::NONE);
                    } else {
                        self.for_each(at, iterable, source_ty, Vec::new(), |this, at, pair, _| {
                            let key = this.push(at, Inst::TupleGet(pair, 0), k);
                            let value = this.push(at, Inst::TupleGet(pair, 1), v);
                            this.rt(at, RtFn::DictSetItem, vec![new, key, value], TypeId::NONE);
                            Ok(Vec::new())
                        })?;
                    }
                }
                for (name, &arg) in kwnames.iter().zip(&args[positional.len()..]) {
                    let key = self.konst(at, Const::Str(name.clone()));
                    let value = self.get(arg)?;
                    self.rt(at, RtFn::DictSetItem, vec![new, key, value], TypeId::NONE);
                }
                new
            }
            Builtin::Sum => {
                let ty = result_ty?;
                let source = positional[0];
                let start = match positional.get(1).copied().or_else(|| keyword("start")) {
                    Some(v) => self.numeric_as(at, v, ty)?,
                    None => {
                        let zero = self.int(at, 0);
                        self.convert_to(at, zero, TypeId::INT, ty)
                    }
                };
                let iterable = self.get(source)?;
                let source_ty = self.ty(source);
                let total = self.for_each(
                    at,
                    iterable,
                    source_ty,
                    vec![start],
                    |this, at, item, state| {
                        let item_ty = this.func.ty(item);
                        let x = this.convert_to(at, item, item_ty, ty);
                        let sum = if ty == TypeId::FLOAT {
                            this.push(
                                at,
                                Inst::FloatBinary(crate::ir::FloatOp::Add, state[0], x),
                                ty,
                            )
                        } else {
                            this.push(at, Inst::IntBinary(crate::ir::IntOp::Add, state[0], x), ty)
                        };
                        Ok(vec![sum])
                    },
                )?;
                total[0]
            }
            Builtin::Any | Builtin::All => {
                let init = self.konst(at, Const::Bool(builtin == Builtin::All));
                let source = positional[0];
                let iterable = self.get(source)?;
                let source_ty = self.ty(source);
                let result = self.for_each(
                    at,
                    iterable,
                    source_ty,
                    vec![init],
                    |this, at, item, state| {
                        let item_ty = this.func.ty(item);
                        let truth = if item_ty == TypeId::NEVER {
                            // No item exists: the loop body never runs.
                            this.konst(at, Const::Bool(false))
                        } else {
                            let plan = typing_truthy(this, item_ty)?;
                            this.apply_typed(at, &plan, item)
                        };
                        let combined = if builtin == Builtin::Any {
                            this.push(
                                at,
                                Inst::BoolBinary(crate::ir::IntOp::Or, state[0], truth),
                                TypeId::BOOL,
                            )
                        } else {
                            this.push(
                                at,
                                Inst::BoolBinary(crate::ir::IntOp::And, state[0], truth),
                                TypeId::BOOL,
                            )
                        };
                        Ok(vec![combined])
                    },
                )?;
                result[0]
            }
            Builtin::Reversed => self.get(positional[0])?,
            Builtin::Enumerate => {
                // `enumerate(xs, start)` is the pair of `xs` and the first count.
                let iterable = self.get(positional[0])?;
                let start = match positional.get(1).copied().or_else(|| keyword("start")) {
                    Some(v) => self.int_operand(at, v)?,
                    None => self.int(at, 0),
                };
                self.push(
                    at,
                    Inst::New(Container::Tuple, vec![iterable, start]),
                    result_ty?,
                )
            }
            Builtin::Min | Builtin::Max if positional.len() == 1 => {
                self.min_max_of(at, builtin, positional[0], keyword("key"))?
            }
            Builtin::Zip => {
                let parts = positional
                    .iter()
                    .map(|v| self.get(*v))
                    .collect::<Result<Vec<_>>>()?;
                self.push(at, Inst::New(Container::Tuple, parts), result_ty?)
            }
            Builtin::Repr | Builtin::Ascii
                if self.types.optional_inner(self.ty(positional[0])).is_some() =>
            {
                let v = positional[0];
                self.opt_split(
                    at,
                    v,
                    TypeId::STR,
                    |this, at| Ok(this.konst(at, Const::Str("None".into()))),
                    |this, at| Ok(this.container_builtin(at, builtin, &[v], &[])?.unwrap_or(v)),
                )?
            }
            Builtin::Repr | Builtin::Ascii if self.ty(positional[0]) == TypeId::RANGE => {
                let v = self.get(positional[0])?;
                self.rt(at, RtFn::RangeRepr, vec![v], TypeId::STR)
            }
            Builtin::Repr | Builtin::Ascii => {
                let v = self.get(positional[0])?;
                let ty = self.ty(positional[0]);
                let desc = self.desc(at, ty);
                let f = if builtin == Builtin::Repr {
                    RtFn::Repr
                } else {
                    RtFn::Ascii
                };
                self.rt(at, f, vec![v, desc], TypeId::STR)
            }
            Builtin::Ord => {
                let v = self.get(positional[0])?;
                let f = if self.ty(positional[0]) == TypeId::BYTES {
                    RtFn::BytesOrd
                } else {
                    RtFn::StrOrd
                };
                self.rt(at, f, vec![v], TypeId::INT)
            }
            Builtin::Chr => {
                let v = self.int_operand(at, positional[0])?;
                self.rt(at, RtFn::StrChr, vec![v], TypeId::STR)
            }
            Builtin::Format => {
                let spec = match positional.get(1) {
                    Some(&s) => self.get(s)?,
                    None => self.konst(at, Const::Str(String::new())),
                };
                let ty = self.ty(positional[0]);
                let (f, v) = match self.types.kind(ty) {
                    TypeKind::Int => (RtFn::FormatInt, self.get(positional[0])?),
                    TypeKind::Bool => (RtFn::FormatBool, self.get(positional[0])?),
                    TypeKind::Float => (RtFn::FormatFloat, self.get(positional[0])?),
                    TypeKind::Str => (RtFn::FormatStr, self.get(positional[0])?),
                    _ => {
                        let text = self.str_of(at, positional[0])?;
                        let name = self.konst(at, Const::Str(python_name(self.types, ty)));
                        return Ok(Some(self.rt(
                            at,
                            RtFn::FormatObject,
                            vec![text, spec, name],
                            TypeId::STR,
                        )));
                    }
                };
                self.rt(at, f, vec![v, spec], TypeId::STR)
            }
            _ => return Ok(None),
        }))
    }

    /// `min(iterable, key=...)` / `max(...)`: the first smallest (largest) item; ValueError
    /// when the iterable is empty.
    fn min_max_of(
        &mut self,
        at: &mut Cursor,
        builtin: Builtin,
        source: Value,
        key: Option<Value>,
    ) -> Result<Value> {
        let iterable = self.get(source)?;
        let source_ty = self.ty(source);
        let elem = self.item_type(source_ty)?;
        let key_fn = match key {
            Some(k) if self.ty(k) != TypeId::NONE => Some(self.key_function()?),
            _ => None,
        };
        let key_ty = key_fn
            .as_ref()
            .map_or(elem, |(f, _)| self.instances[*f].ret);
        // A later item replaces the current one only if strictly smaller (larger): CPython
        // keeps the first of equal items.
        let op = if builtin == Builtin::Min {
            kiln_bytecode::CmpOp::Lt
        } else {
            kiln_bytecode::CmpOp::Gt
        };
        let plan = if key_ty == TypeId::NEVER {
            // No item exists (an empty display): the loop body never runs.
            crate::typing::Plan {
                result: TypeId::BOOL,
                convs: [None, None],
                op: crate::typing::TypedOp::ConstBool(false),
            }
        } else {
            crate::typing::compare(self.types, op, key_ty, key_ty)
                .map_err(|e| InternalError(format!("min/max key comparison: {e}")))?
        };
        let none_item = self.push(at, Inst::Undef, elem);
        let none_key = self.push(at, Inst::Undef, key_ty);
        let empty = self.konst(at, Const::Bool(false));
        let state = vec![none_item, none_key, empty];
        let result = self.for_each(at, iterable, source_ty, state, |this, at, item, state| {
            let key = match &key_fn {
                Some(key_fn) => this.call_key(at, key_fn, item),
                None => item,
            };
            let compare = this.func.add_block();
            let join = this.func.add_block();
            let best = this.func.add_param(join, elem, at.span);
            let best_key = this.func.add_param(join, key_ty, at.span);
            this.func.blocks[at.block.index()].term = Terminator::Branch {
                cond: state[2],
                then: BlockCall {
                    block: compare,
                    args: Vec::new(),
                },
                otherwise: BlockCall {
                    block: join,
                    args: vec![item, key],
                },
            };
            let cmp_at = Cursor {
                block: compare,
                span: at.span,
            };
            let mut operands = [key, state[1]];
            for (slot, conv) in operands.iter_mut().zip(plan.convs) {
                if let Some(conv) = conv {
                    *slot = this.push(
                        &cmp_at,
                        Inst::Convert(conv, *slot),
                        super::conv_result(conv),
                    );
                }
            }
            let better = this.typed_op(&cmp_at, &plan, &operands);
            let new_best = this.push(&cmp_at, Inst::Select(better, item, state[0]), elem);
            let new_key = this.push(&cmp_at, Inst::Select(better, key, state[1]), key_ty);
            this.func.blocks[compare.index()].term = Terminator::Jump(BlockCall {
                block: join,
                args: vec![new_best, new_key],
            });
            at.block = join;
            let seen = this.konst(at, Const::Bool(true));
            Ok(vec![best, best_key, seen])
        })?;
        let fail = self.func.add_block();
        let done = self.func.add_block();
        self.func.blocks[at.block.index()].term = Terminator::Branch {
            cond: result[2],
            then: BlockCall {
                block: done,
                args: Vec::new(),
            },
            otherwise: BlockCall {
                block: fail,
                args: Vec::new(),
            },
        };
        let fail_at = Cursor {
            block: fail,
            span: at.span,
        };
        self.push(
            &fail_at,
            Inst::Raise {
                kind: crate::ir::ExcKind::ValueError,
                message: format!("{}() arg is an empty sequence", builtin.name()),
            },
            TypeId::NONE,
        );
        at.block = done;
        Ok(result[0])
    }

    /// The result type inference gave the builtin call being lowered.
    fn result_type(&self) -> Result<TypeId> {
        self.current_result
            .ok_or_else(|| InternalError("a builtin call without a result type".into()))
    }

    fn numeric_as(&mut self, at: &Cursor, v: Value, ty: TypeId) -> Result<Value> {
        let from = self.ty(v);
        let x = self.get(v)?;
        Ok(self.convert_to(at, x, from, ty))
    }

    /// Converts a typed value between bool, int and float.
    fn convert_to(&mut self, at: &Cursor, v: Value, from: TypeId, to: TypeId) -> Value {
        match (self.types.kind(from), self.types.kind(to)) {
            (TypeKind::Bool, TypeKind::Int) => self.push(at, Inst::Convert(Conv::BoolToInt, v), to),
            (TypeKind::Bool, TypeKind::Float) => {
                self.push(at, Inst::Convert(Conv::BoolToFloat, v), to)
            }
            (TypeKind::Int, TypeKind::Float) => {
                self.push(at, Inst::Convert(Conv::IntToFloat, v), to)
            }
            _ => v,
        }
    }

    /// The `key=` function of the call being lowered, with its parameters.
    fn key_function(&self) -> Result<(InstanceId, Vec<Binding>)> {
        self.instance
            .key_calls
            .get(&self.current_call.unwrap_or_default())
            .cloned()
            .ok_or_else(|| InternalError("a key function without an instance".into()))
    }

    /// `key(item)`, the key function's defaults read from their slots.
    fn call_key(
        &mut self,
        at: &Cursor,
        (target, bindings): &(InstanceId, Vec<Binding>),
        item: Value,
    ) -> Value {
        let mut args = Vec::new();
        for binding in bindings {
            args.push(match binding {
                Binding::Arg(_) => item,
                Binding::Default(slot) => {
                    let ty = self.instances[*target].args[args.len()];
                    self.push(at, Inst::LoadGlobal(*slot), ty)
                }
            });
        }
        let ret = self.instances[*target].ret;
        self.push(
            at,
            Inst::CallDirect(crate::ir::FuncId::new(*target), args),
            ret,
        )
    }

    /// `list.sort(key=..., reverse=...)` on a typed list.
    fn sort(
        &mut self,
        at: &mut Cursor,
        list: Value,
        key: Option<Value>,
        reverse: Option<Value>,
    ) -> Result<()> {
        // With a key function, the items leave the list while the keys are computed (it looks
        // empty to the key function, as in CPython) and come back sorted.
        let keyed = match key {
            Some(k) if self.ty(k) != TypeId::NONE => {
                let key_fn = self.key_function()?;
                let key_ty = self.instances[key_fn.0].ret;
                let keys_ty = self
                    .types
                    .lookup(&TypeKind::List(key_ty))
                    .unwrap_or(TypeId::NEVER);
                let list_ty = self.func.ty(list);
                let saved = self.rt(at, RtFn::ListSortTake, vec![list], list_ty);
                let keys = self.push(at, Inst::New(Container::List, Vec::new()), keys_ty);
                self.for_each(at, saved, list_ty, Vec::new(), |this, at, item, _| {
                    let k = this.call_key(at, &key_fn, item);
                    this.push(at, Inst::ListAppend(keys, k), TypeId::NONE);
                    Ok(Vec::new())
                })?;
                Some((saved, keys))
            }
            _ => None,
        };
        let reverse = match reverse {
            Some(r) => {
                let rt = self.ty(r);
                let v = self.get(r)?;
                match self.types.kind(rt) {
                    TypeKind::Int => self.push(at, Inst::Convert(Conv::IntTruthy, v), TypeId::BOOL),
                    _ => v,
                }
            }
            None => self.konst(at, Const::Bool(false)),
        };
        match keyed {
            Some((saved, keys)) => self.rt(
                at,
                RtFn::ListSortKeyed,
                vec![list, saved, keys, reverse],
                TypeId::NONE,
            ),
            None => {
                let no_keys = self.konst(at, Const::None);
                self.rt(
                    at,
                    RtFn::ListSort,
                    vec![list, no_keys, reverse],
                    TypeId::NONE,
                )
            }
        };
        Ok(())
    }

    fn apply_typed(&mut self, at: &Cursor, plan: &crate::typing::Plan, v: Value) -> Value {
        let v = match plan.convs[0] {
            Some(conv) => self.push(at, Inst::Convert(conv, v), super::conv_result(conv)),
            None => v,
        };
        self.typed_op(at, plan, &[v])
    }

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
        let keyword = |name: &str| {
            kwnames
                .iter()
                .position(|k| k == name)
                .map(|i| args[positional.len() + i])
        };
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
            (TypeKind::List(_), "append") => {
                return Ok(self.push(at, Inst::ListAppend(r, vals[0]), none))
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
}

impl Mono<'_> {
    /// `s.update(*others)`, `s.union(*others)`, ... and the one-argument comparisons, each
    /// argument made a set first if it is another iterable. Several arguments apply the
    /// operation in turn (`s.union(a, b)` is `s | a | b`); none gives a copy (or nothing).
    fn set_operation(
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
    fn as_set(&mut self, at: &mut Cursor, v: Value, like: TypeId) -> Result<Value> {
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

fn typing_truthy(this: &Mono<'_>, ty: TypeId) -> Result<crate::typing::Plan> {
    crate::typing::truthy(this.types, ty).map_err(|m| InternalError(format!("truthiness: {m}")))
}

#[allow(dead_code)]
fn view_of(kind: &TypeKind) -> Option<DictView> {
    match kind {
        TypeKind::DictView(v, _) => Some(*v),
        _ => None,
    }
}
