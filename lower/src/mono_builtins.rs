//! Monomorphization of the builtins that take or make containers: loops built in SSA over
//! their iterables, `key=` calls, sorting.

use kiln_bytecode::InternalError;

use super::containers::typing_truthy;
use super::{Cursor, Mono};
use crate::infer::{Binding, InstanceId};
use crate::ir::{
    Block, BlockCall, Builtin, Const, Container, Conv, Inst, RtFn, Terminator, TypeId, TypeKind,
    Value,
};
use crate::typing::python_name;

type Result<T> = std::result::Result<T, InternalError>;

impl Mono<'_> {
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
            Builtin::Counter => {
                let new = self.push(at, Inst::New(Container::Dict, Vec::new()), result_ty?);
                self.rt(at, RtFn::DictMakeCounter, vec![new], TypeId::NONE);
                if let Some(&source) = positional.first() {
                    let iterable = self.get(source)?;
                    let source_ty = self.ty(source);
                    self.for_each(at, iterable, source_ty, Vec::new(), |this, at, item, _| {
                        this.rt(at, RtFn::CounterAdd, vec![new, item], TypeId::NONE);
                        Ok(Vec::new())
                    })?;
                }
                new
            }
            Builtin::DefaultDict => {
                let new = self.push(at, Inst::New(Container::Dict, Vec::new()), result_ty?);
                if !positional.is_empty() {
                    self.rt(at, RtFn::DictMakeDefault, vec![new], TypeId::NONE);
                }
                new
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
                // The loop stops at the first item that decides the result, as CPython's
                // does (a generator is not resumed past it).
                let any = builtin == Builtin::Any;
                let init = self.konst(at, Const::Bool(!any));
                let source = positional[0];
                let iterable = self.get(source)?;
                let source_ty = self.ty(source);
                let done = self.func.add_block();
                let result = self.func.add_param(done, TypeId::BOOL, at.span);
                let state = self.for_each(
                    at,
                    iterable,
                    source_ty,
                    vec![init],
                    |this, at, item, state| {
                        if this.func.ty(item) == TypeId::NEVER {
                            // No item exists: the loop body never runs.
                            return Ok(state.to_vec());
                        }
                        let item_ty = this.func.ty(item);
                        let plan = typing_truthy(this, item_ty)?;
                        let truth = this.apply_typed(at, &plan, item);
                        let decided = this.konst(at, Const::Bool(any));
                        let next = this.func.add_block();
                        let stop = BlockCall {
                            block: done,
                            args: vec![decided],
                        };
                        let go_on = BlockCall {
                            block: next,
                            args: Vec::new(),
                        };
                        let (then, otherwise) = if any { (stop, go_on) } else { (go_on, stop) };
                        this.func.blocks[at.block.index()].term = Terminator::Branch {
                            cond: truth,
                            then,
                            otherwise,
                        };
                        at.block = next;
                        Ok(state.to_vec())
                    },
                )?;
                self.func.blocks[at.block.index()].term = Terminator::Jump(BlockCall {
                    block: done,
                    args: state,
                });
                at.block = done;
                result
            }
            Builtin::Reversed if self.ty(positional[0]) == TypeId::RANGE => {
                let range = self.get(positional[0])?;
                let mut bounds = Vec::new();
                for part in 0..3 {
                    let part = self.konst(at, Const::Int(part));
                    bounds.push(self.rt(at, RtFn::RangeReversed, vec![range, part], TypeId::INT));
                }
                self.push(
                    at,
                    Inst::RangeNew(bounds[0], bounds[1], bounds[2]),
                    TypeId::RANGE,
                )
            }
            Builtin::Reversed if self.ty(positional[0]) == TypeId::STR => {
                let text = self.get(positional[0])?;
                let none = self.konst(at, Const::None);
                let step = self.konst(at, Const::Int(-1));
                let slice = self.push(at, Inst::BuildSlice(none, none, step), TypeId::SLICE);
                self.rt(at, RtFn::StrSlice, vec![text, slice], TypeId::STR)
            }
            Builtin::Reversed => self.get(positional[0])?,
            Builtin::Iter
                if matches!(
                    self.types.kind(self.ty(positional[0])),
                    TypeKind::Generator(..)
                ) =>
            {
                self.get(positional[0])?
            }
            Builtin::Iter => {
                let iterable = self.get(positional[0])?;
                self.push(at, Inst::GetIter(iterable), result_ty?)
            }
            Builtin::Next => self.next_of_generator(at, positional, result_ty?)?,
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
            Builtin::Repr
                if matches!(
                    self.types.kind(self.ty(positional[0])),
                    TypeKind::Instance(_)
                ) =>
            {
                let TypeKind::Instance(class) = *self.types.kind(self.ty(positional[0])) else {
                    return Err(InternalError("repr of an instance".into()));
                };
                self.instance_text(at, positional[0], class, true)?
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
                self.format_value(at, positional[0], spec)?
            }
            _ => return Ok(None),
        }))
    }

    /// `format(value, spec)`: an optional value is formatted as what it holds (None, or its
    /// value).
    fn format_value(&mut self, at: &mut Cursor, value: Value, spec: Value) -> Result<Value> {
        let ty = self.ty(value);
        if self.types.optional_inner(ty).is_some() {
            return self.opt_split(
                at,
                value,
                TypeId::STR,
                |this, at| {
                    let text = this.konst(at, Const::Str("None".into()));
                    let name = this.konst(at, Const::Str("NoneType".into()));
                    Ok(this.rt(at, RtFn::FormatObject, vec![text, spec, name], TypeId::STR))
                },
                |this, at| this.format_value(at, value, spec),
            );
        }
        let f = match self.types.kind(ty) {
            TypeKind::Int => RtFn::FormatInt,
            TypeKind::Bool => RtFn::FormatBool,
            TypeKind::Float => RtFn::FormatFloat,
            TypeKind::Str => RtFn::FormatStr,
            _ => {
                let text = self.str_of(at, value)?;
                let name = self.konst(at, Const::Str(python_name(self.types, ty)));
                return Ok(self.rt(at, RtFn::FormatObject, vec![text, spec, name], TypeId::STR));
            }
        };
        let v = self.get(value)?;
        Ok(self.rt(at, f, vec![v, spec], TypeId::STR))
    }

    /// `min(iterable, key=...)` / `max(...)`: the first smallest (largest) item; ValueError
    /// when the iterable is empty.
    pub(super) fn min_max_of(
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
            Some(k) if self.ty(k) != TypeId::NONE => Some((self.key_function()?, self.get(k)?)),
            _ => None,
        };
        let key_ty = key_fn
            .as_ref()
            .map_or(elem, |((f, _), _)| self.instances[*f].ret);
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
                Some((key_fn, key)) => this.call_key(at, key_fn, *key, item),
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
    pub(super) fn result_type(&self) -> Result<TypeId> {
        self.current_result
            .ok_or_else(|| InternalError("a builtin call without a result type".into()))
    }

    pub(super) fn numeric_as(&mut self, at: &Cursor, v: Value, ty: TypeId) -> Result<Value> {
        let from = self.ty(v);
        let x = self.get(v)?;
        Ok(self.convert_to(at, x, from, ty))
    }

    /// Converts a typed value between bool, int and float.
    pub(super) fn convert_to(&mut self, at: &Cursor, v: Value, from: TypeId, to: TypeId) -> Value {
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
    pub(super) fn key_function(&self) -> Result<(InstanceId, Vec<Binding>)> {
        self.instance
            .key_calls
            .get(&self.current_call.unwrap_or_default())
            .cloned()
            .ok_or_else(|| InternalError("a key function without an instance".into()))
    }

    /// `key(item)`, the key function's defaults read from their slots.
    pub(super) fn call_key(
        &mut self,
        at: &Cursor,
        (target, bindings): &(InstanceId, Vec<Binding>),
        key: Value,
        item: Value,
    ) -> Value {
        let mut args = Vec::new();
        for binding in bindings {
            args.push(match binding {
                Binding::Arg(_) => item,
                Binding::Rest { len, .. } => {
                    let ty = self.instances[*target].args[args.len()];
                    let values = vec![item; *len];
                    self.push(at, Inst::New(Container::Tuple, values), ty)
                }
                Binding::Default(slot) => {
                    let ty = self.instances[*target].args[args.len()];
                    self.push(at, Inst::LoadGlobal(*slot), ty)
                }
                Binding::Closure => key,
                Binding::KwRest(_) => {
                    let ty = self.instances[*target].args[args.len()];
                    self.push(at, Inst::New(crate::ir::Container::Dict, Vec::new()), ty)
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

    /// Ends the current block with a jump to a new one, where `at` continues; returns it.
    fn jump_to_new_block(&mut self, at: &mut Cursor) -> Block {
        let next = self.func.add_block();
        self.func.blocks[at.block.index()].term = Terminator::Jump(BlockCall {
            block: next,
            args: Vec::new(),
        });
        at.block = next;
        next
    }

    /// `list.sort(key=..., reverse=...)` on a typed list.
    pub(super) fn sort(
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
                let key_value = self.get(k)?;
                let key_ty = self.instances[key_fn.0].ret;
                let keys_ty = self
                    .types
                    .lookup(&TypeKind::List(key_ty))
                    .unwrap_or(TypeId::NEVER);
                let list_ty = self.func.ty(list);
                let saved = self.rt(at, RtFn::ListSortTake, vec![list], list_ty);
                let keys = self.push(at, Inst::New(Container::List, Vec::new()), keys_ty);
                // The key loop's blocks lead an exception to a handler that puts the items
                // back before raising it again.
                let first = self.jump_to_new_block(at);
                self.for_each(at, saved, list_ty, Vec::new(), |this, at, item, _| {
                    let k = this.call_key(at, &key_fn, key_value, item);
                    this.push(at, Inst::ListAppend(keys, k), TypeId::NONE);
                    Ok(Vec::new())
                })?;
                let handler = self.func.add_block();
                let edge = BlockCall {
                    block: handler,
                    args: Vec::new(),
                };
                for index in first.index()..self.func.blocks.len() - 1 {
                    self.func.blocks[index].unwind = Some(edge.clone());
                    self.own_unwind.insert(Block::new(index));
                }
                let here = Cursor {
                    block: handler,
                    span: at.span,
                };
                let exc = self.push(&here, Inst::CaughtException, TypeId::EXCEPTION);
                self.rt(
                    &here,
                    RtFn::ListSortRestore,
                    vec![list, saved],
                    TypeId::NONE,
                );
                self.rt(&here, RtFn::Reraise, vec![exc], TypeId::NONE);
                self.func.blocks[handler.index()].term = Terminator::Unreachable;
                self.jump_to_new_block(at);
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
}
