//! Monomorphization of container instructions, methods and builtins.

use kiln_bytecode::{BinOp, InternalError};

use super::{Cursor, Mono};
use crate::infer::const_int;
use crate::ir::{
    BlockCall, Const, Container, DictView, Inst, RtFn, Terminator, TypeId, TypeKind, Value,
};

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
                    .enumerate()
                    .map(|(i, v)| self.item(at, *v, ty, i))
                    .collect::<Result<Vec<_>>>()?;
                self.push(at, Inst::New(*kind, items), ty)
            }
            Inst::CompAdd(c, items) => {
                let container = self.get(*c)?;
                let container_ty = self.ty(*c);
                let values = items
                    .iter()
                    .enumerate()
                    .map(|(i, v)| self.item(at, *v, container_ty, i))
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
            // An item of a generator being unpacked: of the items collected.
            Inst::GetItem(c, i) if self.unpacked.contains_key(c) => {
                let list = self.unpacked[c];
                let index = self.index_operand(at, *i)?;
                self.push(at, Inst::ListGet(list, index), ty)
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
                let value = match slice {
                    true => self.get(*v),
                    false => self.item(at, *v, self.ty(*c), 1),
                }?;
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
                    TypeKind::Generator(..) => {
                        let items = self.unpack_generator(at, v, self.ty(*value), *before)?;
                        self.unpacked.insert(*value, items);
                        return Ok(self.konst(at, Const::None));
                    }
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
            Inst::Contains(item, container)
                if matches!(
                    self.types.kind(self.ty(*container)),
                    TypeKind::Generator(..)
                ) =>
            {
                self.contains_yielded(at, *item, *container)?
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
                let related = match (
                    self.types.instance_class(elem),
                    self.types.instance_class(it),
                ) {
                    (Some(e), Some(i)) => self.types.common_base(e, i).is_some(),
                    _ => false,
                };
                if crate::typing::functions_overlap(self.types, elem, it) {
                    // A function among several: as the object the container holds.
                    let x = self.upcast(at, x, elem);
                    return Ok(self.rt(at, f, vec![c, x], TypeId::BOOL));
                }
                if elem != it && elem != TypeId::NEVER && !related {
                    return Ok(self.konst(at, Const::Bool(false)));
                }
                self.rt(at, f, vec![c, x], TypeId::BOOL)
            }
            Inst::Is(a, b) => {
                let (ta, tb) = (self.ty(*a), self.ty(*b));
                let optional = |t: TypeId| self.types.optional_inner(t).is_some();
                if let Some(related) = crate::typing::identity(self.types, ta, tb) {
                    return Ok(if related {
                        let (x, y) = (self.get(*a)?, self.get(*b)?);
                        self.identical(at, x, y)
                    } else {
                        self.konst(at, Const::Bool(false))
                    });
                }
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

    /// Generic value `v` as item `position` of a display of type `container` (for a dict,
    /// keys and values alternate), or as a value stored in one: a function as one of the
    /// several functions the container holds.
    pub(super) fn item(
        &mut self,
        at: &Cursor,
        v: Value,
        container: TypeId,
        position: usize,
    ) -> Result<Value> {
        let want = match self.types.kind(container) {
            TypeKind::List(t) | TypeKind::Set(t) | TypeKind::FrozenSet(t) => *t,
            TypeKind::Dict(k, v) => [*k, *v][position % 2],
            _ => return self.get(v),
        };
        match self.types.kind(want) {
            TypeKind::Funcs(_) => self.coerce(at, v, want),
            _ => self.get(v),
        }
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

    pub(super) fn item_type(&self, ty: TypeId) -> Result<TypeId> {
        self.types
            .known_item_type(ty)
            .ok_or_else(|| InternalError(format!("no item type for {}", self.types.name(ty))))
    }

    pub(super) fn apply_typed(
        &mut self,
        at: &Cursor,
        plan: &crate::typing::Plan,
        v: Value,
    ) -> Value {
        let v = match plan.convs[0] {
            Some(conv) => self.push(at, Inst::Convert(conv, v), super::conv_result(conv)),
            None => v,
        };
        self.typed_op(at, plan, &[v])
    }
}

pub(super) fn typing_truthy(this: &Mono<'_>, ty: TypeId) -> Result<crate::typing::Plan> {
    crate::typing::truthy(this.types, ty).map_err(|m| InternalError(format!("truthiness: {m}")))
}
