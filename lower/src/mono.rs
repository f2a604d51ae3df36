//! Monomorphization: one typed function per inferred instance.
//!
//! Each instance's generic SSA is copied block by block (in reverse postorder, so every operand
//! is mapped before it is used) while generic instructions are replaced by typed ones chosen
//! by the [`typing`](crate::typing) plans and the builtin lowerings below. Code that inference
//! proved unreachable (an operand of type `never`) ends its block with `unreachable`.

use std::collections::HashMap;

use kiln_bytecode::{BinOp, CmpOp, InternalError, Span, UnaryOp};

use crate::build::GenericFunction;
use crate::globals::GlobalTable;
use crate::infer::{self, Callee, Inference, Instance};
use crate::ir::{
    Block, BlockCall, Builtin, Const, Conv, ExcKind, FuncId, Function, Global, Inst, Module,
    Terminator, TypeId, TypeKind, Types, Value, ValueDef,
};
use crate::typing::{self, Plan, TypedOp};

#[path = "mono_builtins.rs"]
mod builtins;
#[path = "mono_classes.rs"]
mod classes;
#[path = "mono_containers.rs"]
mod containers;
#[path = "mono_exc.rs"]
pub(crate) mod exc;
#[path = "mono_generators.rs"]
mod generators;
#[path = "mono_math.rs"]
mod math;
#[path = "mono_methods.rs"]
mod methods;
#[path = "mono_optional.rs"]
mod optional;
#[path = "mono_random.rs"]
mod random;
#[path = "mono_str.rs"]
mod strings;
#[path = "mono_sys.rs"]
mod sys;

/// Builds the typed module from the inference results.
pub fn run(
    generics: &[GenericFunction],
    globals: &GlobalTable,
    inference: Inference,
) -> Result<Module, InternalError> {
    let Inference {
        types,
        instances,
        global_types,
        classes,
        field_types,
        specials,
        constructed,
    } = inference;
    let mut funcs = Vec::with_capacity(instances.len());
    for instance in &instances {
        let generic = &generics[instance.code as usize];
        let mut mono = Mono {
            globals,
            generics,
            types: &types,
            instances: &instances,
            instance,
            generic,
            func: Function {
                name: instance_name(&types, &generic.func.python_name, &instance.args),
                python_name: generic.func.python_name.clone(),
                ret: instance.ret,
                span: generic.func.span,
                generator: instance.generator,
                ..Function::default()
            },
            map: HashMap::new(),
            blocks: HashMap::new(),
            current_result: None,
            current_call: None,
            narrowed: HashMap::new(),
            next_values: HashMap::new(),
            unpacked: HashMap::new(),
            own_unwind: std::collections::HashSet::new(),
            global_types: &global_types,
            classes: &classes,
            specials: &specials,
            constructed: &constructed,
            field_types: &field_types,
        };
        mono.translate()?;
        let mut func = mono.func;
        crate::simplify::run(&mut func);
        funcs.push(func);
    }
    let globals = (0..globals.len())
        .map(|i| {
            let id = crate::ir::GlobalId::new(i);
            let name = globals.name(id).to_owned();
            Global {
                name,
                ty: global_types[i],
                checked: globals.is_checked(id),
            }
        })
        .collect();
    let layouts = &classes;
    let classes = classes
        .classes
        .iter()
        .enumerate()
        .map(|(c, layout)| crate::ir::Class {
            name: layout.name.clone(),
            exception: layout.exception,
            fields: layout
                .fields
                .iter()
                .cloned()
                .zip(field_types[c].iter().copied())
                .collect(),
            repr: specials
                .get(&(c as u32, "__repr__"))
                .map(|&i| FuncId::new(i)),
            str: specials
                .get(&(c as u32, "__str__"))
                .map(|&i| FuncId::new(i)),
            eq: specials
                .get(&(c as u32, "__eq__"))
                .filter(|&&i| matches!(instances[i].ret, TypeId::BOOL | TypeId::NEVER))
                .map(|&i| FuncId::new(i)),
            lt: specials
                .get(&(c as u32, "__lt__"))
                .filter(|&&i| matches!(instances[i].ret, TypeId::BOOL | TypeId::NEVER))
                .map(|&i| FuncId::new(i)),
            gt: specials
                .get(&(c as u32, "__gt__"))
                .filter(|&&i| matches!(instances[i].ret, TypeId::BOOL | TypeId::NEVER))
                .map(|&i| FuncId::new(i)),
            unhashable: layouts.hash_kind(c as u32) == Some(false),
            hash: specials
                .get(&(c as u32, "__hash__"))
                .filter(|&&i| matches!(instances[i].ret, TypeId::INT | TypeId::NEVER))
                .map(|&i| FuncId::new(i)),
        })
        .collect();
    Ok(Module {
        types,
        funcs,
        globals,
        entry: FuncId(0),
        inline_frames: Vec::new(),
        classes,
    })
}

/// `fib(int)`, `<module>`.
fn instance_name(types: &Types, name: &str, args: &[TypeId]) -> String {
    if name == "<module>" {
        return name.to_owned();
    }
    let args: Vec<String> = args.iter().map(|&t| types.name(t)).collect();
    format!("{name}({})", args.join(", "))
}

struct Mono<'a> {
    globals: &'a GlobalTable,
    /// Every function's generic SSA (for the names of function values).
    generics: &'a [GenericFunction],
    types: &'a Types,
    instances: &'a [Instance],
    instance: &'a Instance,
    generic: &'a GenericFunction,
    func: Function,
    map: HashMap<Value, Value>,
    blocks: HashMap<Block, Block>,
    /// The result type of the call being lowered (for builtins that make containers).
    current_result: Option<TypeId>,
    /// The generic call being lowered (to find its `key=` instance).
    current_call: Option<Value>,
    /// Optional values checked to be not None, typed as their value while one instruction
    /// that needs the value is lowered.
    narrowed: HashMap<Value, TypeId>,
    /// For a generic iterator over an instance iterator: the typed value its last
    /// `__next__()` gave (`IterValue` reads it).
    next_values: HashMap<Value, Value>,
    /// The items a generator being unpacked gave (`a, b = gen`), as a list: by the generic
    /// generator value.
    unpacked: HashMap<Value, Value>,
    /// Typed blocks whose exception edge lowering chose (a `__next__` call's, to the test
    /// for StopIteration): their generic block's edge is not theirs.
    own_unwind: std::collections::HashSet<Block>,
    global_types: &'a [TypeId],
    classes: &'a crate::infer::classes::ClassTable,
    specials: &'a HashMap<(u32, &'static str), crate::infer::InstanceId>,
    field_types: &'a [Vec<TypeId>],
    constructed: &'a std::collections::BTreeSet<u32>,
}

/// Where typed instructions are being appended.
struct Cursor {
    block: Block,
    span: Span,
}

impl Mono<'_> {
    fn translate(&mut self) -> Result<(), InternalError> {
        let source = &self.generic.func;
        let order = source.reverse_postorder();
        for &block in &order {
            let new = self.func.add_block();
            self.blocks.insert(block, new);
            for &param in &source.blocks[block.index()].params {
                let ty = self.ty(param);
                let value = self
                    .func
                    .add_param(new, ty, source.values[param.index()].span);
                self.map.insert(param, value);
            }
        }
        self.func.entry = self.blocks[&source.entry];
        // Blocks control can reach once typed: a block after an instruction that never
        // completes (a call that always raises) is dead even where inference saw an edge.
        let mut reached: std::collections::HashSet<Block> =
            std::collections::HashSet::from([source.entry]);
        for &block in &order {
            let mut at = Cursor {
                block: self.blocks[&block],
                span: source.span,
            };
            if self.instance.dead_blocks.contains(&block) || !reached.contains(&block) {
                self.func.blocks[at.block.index()].term = Terminator::Unreachable;
                continue;
            }
            if let Some(call) = &source.blocks[block.index()].unwind {
                reached.insert(call.block);
            }
            // The exception edge's values exist before the block runs; every typed block the
            // generic one becomes unwinds with them.
            let first_new = self.func.blocks.len();
            let unwind = match &source.blocks[block.index()].unwind {
                Some(call) => Some(self.coerce_call(&mut at, call)?),
                None => None,
            };
            let mut reachable = true;
            for &value in &source.blocks[block.index()].insts {
                at.span = source.values[value.index()].span;
                if !self.inst(&mut at, value)? {
                    reachable = false;
                    break;
                }
            }
            let term = if reachable {
                let mut term = source.blocks[block.index()].term.clone();
                if let (
                    Terminator::Branch {
                        then, otherwise, ..
                    },
                    Some(&truth),
                ) = (&term, self.instance.static_branches.get(&block))
                {
                    term = Terminator::Jump(if truth {
                        then.clone()
                    } else {
                        otherwise.clone()
                    });
                }
                reached.extend(term.successors().iter().map(|c| c.block));
                match self.coerce_edges(&mut at, &term)? {
                    // A condition that never completes (a `__bool__` that always raises).
                    Terminator::Branch { cond, .. } if self.func.ty(cond) == TypeId::NEVER => {
                        Terminator::Unreachable
                    }
                    term => term,
                }
            } else {
                Terminator::Unreachable
            };
            self.func.blocks[at.block.index()].term = term;
            if unwind.is_some() {
                let typed = std::iter::once(self.blocks[&block].index())
                    .chain(first_new..self.func.blocks.len());
                for index in typed {
                    if !self.own_unwind.contains(&Block::new(index)) {
                        self.func.blocks[index].unwind.clone_from(&unwind);
                    }
                }
            }
        }
        Ok(())
    }

    /// The typed edge for generic edge `call`, each value converted to its parameter's type.
    fn coerce_call(
        &mut self,
        at: &mut Cursor,
        call: &BlockCall,
    ) -> Result<BlockCall, InternalError> {
        let source = &self.generic.func;
        let mut args = Vec::with_capacity(call.args.len());
        for (k, &arg) in call.args.iter().enumerate() {
            let want = self.ty(source.blocks[call.block.index()].params[k]);
            // A value whose definition is never translated (it follows a call that always
            // raises) cannot reach the handler from here: any value will do.
            if !self.map.contains_key(&arg) {
                args.push(self.push(at, Inst::Undef, want));
                continue;
            }
            args.push(self.coerce(at, arg, want)?);
        }
        Ok(BlockCall {
            block: self.blocks[&call.block],
            args,
        })
    }

    fn ty(&self, value: Value) -> TypeId {
        match self.narrowed.get(&value) {
            Some(&t) => t,
            None => self.instance.types[value.index()],
        }
    }

    fn get(&self, value: Value) -> Result<Value, InternalError> {
        self.map.get(&value).copied().ok_or_else(|| {
            InternalError(format!(
                "{value} used before its definition in {}",
                self.func.name
            ))
        })
    }

    fn push(&mut self, at: &Cursor, inst: Inst, ty: TypeId) -> Value {
        self.func.push_inst(at.block, inst, ty, at.span)
    }

    fn konst(&mut self, at: &Cursor, c: Const) -> Value {
        let ty = infer::const_type(&c);
        self.push(at, Inst::Const(c), ty)
    }

    fn terminator(&self, term: &Terminator) -> Terminator {
        let call = |c: &BlockCall| BlockCall {
            block: self.blocks[&c.block],
            args: c
                .args
                .iter()
                .map(|a| self.map.get(a).copied().unwrap_or(*a))
                .collect(),
        };
        match term {
            Terminator::Jump(c) => Terminator::Jump(call(c)),
            Terminator::Branch {
                cond,
                then,
                otherwise,
            } => Terminator::Branch {
                cond: self.map.get(cond).copied().unwrap_or(*cond),
                then: call(then),
                otherwise: call(otherwise),
            },
            Terminator::Return(v) => Terminator::Return(self.map.get(v).copied().unwrap_or(*v)),
            Terminator::Unreachable => Terminator::Unreachable,
        }
    }

    /// The typed terminator for generic `term`, with each value converted to the type of
    /// what receives it (an `int` passed to an `Optional[int]` parameter or returned from a
    /// function returning one).
    fn coerce_edges(
        &mut self,
        at: &mut Cursor,
        term: &Terminator,
    ) -> Result<Terminator, InternalError> {
        let mut typed = self.terminator(term);
        if let Terminator::Return(v) = term {
            let ret = self.instance.generator.unwrap_or(self.instance.ret);
            typed = Terminator::Return(self.coerce(at, *v, ret)?);
        }
        let source = &self.generic.func;
        for (call, typed_call) in term.successors().into_iter().zip(typed.successors_mut()) {
            for (k, &arg) in call.args.iter().enumerate() {
                let param = source.blocks[call.block.index()].params[k];
                let want = self.ty(param);
                typed_call.args[k] = self.coerce(at, arg, want)?;
            }
        }
        Ok(typed)
    }

    /// Translates one generic instruction; false if control cannot continue past it. Its
    /// optional operands that must be values are checked first: CPython's TypeError (or
    /// AttributeError) when one is None.
    fn inst(&mut self, at: &mut Cursor, value: Value) -> Result<bool, InternalError> {
        let Some(inst) = self.generic.func.inst(value).cloned() else {
            return Ok(true);
        };
        let checked: Vec<Value> = inst
            .value_operands(|v| matches!(self.ty(v), TypeId::STR | TypeId::BYTES))
            .into_iter()
            .filter(|&v| self.types.optional_inner(self.ty(v)).is_some())
            .collect();
        let Some((&first, _)) = checked.split_first() else {
            return self.inst_body(at, value);
        };
        let (kind, message) = self.none_error(&inst, first);
        let (raise, ok) = (self.func.add_block(), self.func.add_block());
        self.check_none(at, first, raise, ok)?;
        self.raise_in(raise, at.span, kind, message);
        at.block = ok;
        self.with_value(at, first, |this, at| this.inst(at, value))
    }

    /// Raises `kind(message)` where `cond` is true; `at` continues where it is false.
    pub(super) fn raise_if(
        &mut self,
        at: &mut Cursor,
        cond: Value,
        kind: ExcKind,
        message: String,
    ) {
        let (raise, ok) = (self.func.add_block(), self.func.add_block());
        let call = |block| BlockCall {
            block,
            args: Vec::new(),
        };
        self.func.blocks[at.block.index()].term = Terminator::Branch {
            cond,
            then: call(raise),
            otherwise: call(ok),
        };
        self.raise_in(raise, at.span, kind, message);
        at.block = ok;
    }

    /// Fills block `block` with the raise of `kind(message)`.
    fn raise_in(&mut self, block: Block, span: Span, kind: ExcKind, message: String) {
        self.raise(&Cursor { block, span }, kind, message);
        self.func.blocks[block.index()].term = Terminator::Unreachable;
    }

    fn inst_body(&mut self, at: &mut Cursor, value: Value) -> Result<bool, InternalError> {
        let ValueDef::Inst(inst) = &self.generic.func.values[value.index()].def else {
            return Ok(true);
        };
        let inst = inst.clone();
        let result_ty = self.ty(value);
        let is_check = matches!(inst, Inst::CheckBound { .. });
        if !is_check && inst.operands().iter().any(|v| self.ty(*v) == TypeId::NEVER) {
            return Ok(false);
        }
        if let Some(Callee::Special(target, operands, post)) =
            self.instance.calls.get(&value).cloned()
        {
            if !matches!(inst, Inst::Call { .. }) {
                let result = self.special(at, &target, &operands, post, result_ty)?;
                self.map.insert(value, result);
                return Ok(true);
            }
        }
        let result = match inst {
            Inst::Const(c) => self.konst(at, c),
            Inst::Undef => self.push(at, Inst::Undef, TypeId::NEVER),
            Inst::CheckBound { bound, name } => {
                let flag = self.get(bound)?;
                if matches!(self.func.inst(flag), Some(Inst::Const(Const::Bool(false)))) {
                    self.raise(
                        at,
                        ExcKind::UnboundLocalError,
                        format!("cannot access local variable '{name}' where it is not associated with a value"),
                    );
                    return Ok(false);
                }
                self.push(at, Inst::CheckBound { bound: flag, name }, TypeId::NONE)
            }
            // A constant index past the end of a tuple (whose length its type gives).
            Inst::GetItem(container, index)
                if result_ty == TypeId::NEVER
                    && matches!(self.types.kind(self.ty(container)), TypeKind::Tuple(_))
                    && matches!(
                        self.types.kind(self.ty(index)),
                        TypeKind::Int | TypeKind::Bool
                    ) =>
            {
                self.raise(at, ExcKind::IndexError, "tuple index out of range".into());
                return Ok(false);
            }
            Inst::LoadGlobal(global) => {
                if result_ty == TypeId::NEVER {
                    // Never assigned anywhere that runs: reading it can only fail.
                    let message = format!("name '{}' is not defined", self.globals.name(global));
                    self.raise(at, ExcKind::NameError, message);
                    return Ok(false);
                }
                if self.globals.is_checked(global) {
                    self.push(at, Inst::CheckGlobal(global), TypeId::NONE);
                }
                self.push(at, Inst::LoadGlobal(global), result_ty)
            }
            Inst::DeleteGlobal(global) => self.push(at, Inst::DeleteGlobal(global), TypeId::NONE),
            Inst::StoreGlobal(global, v) => {
                let v = self.coerce(at, v, self.global_types[global.index()])?;
                self.push(at, Inst::StoreGlobal(global, v), TypeId::NONE)
            }
            Inst::NarrowClass(v, _) => {
                let object = self.get(v)?;
                self.upcast(at, object, result_ty)
            }
            Inst::Narrow(v) => match self.types.optional_inner(self.ty(v)) {
                Some(inner) => {
                    let v = self.get(v)?;
                    self.push(at, Inst::OptCast(v), inner)
                }
                None => self.get(v)?,
            },
            Inst::Unary(UnaryOp::Not, v) if self.types.optional_inner(self.ty(v)).is_some() => self
                .opt_split(
                    at,
                    v,
                    TypeId::BOOL,
                    |this, at| Ok(this.konst(at, Const::Bool(true))),
                    |this, at| {
                        let plan = typing::unary(this.types, UnaryOp::Not, this.ty(v))
                            .map_err(type_bug)?;
                        this.apply(at, &plan, &[v])
                    },
                )?,
            Inst::Truthy(v) if self.types.optional_inner(self.ty(v)).is_some() => self.opt_split(
                at,
                v,
                TypeId::BOOL,
                |this, at| Ok(this.konst(at, Const::Bool(false))),
                |this, at| {
                    let plan = typing::truthy(this.types, this.ty(v)).map_err(type_bug)?;
                    this.apply(at, &plan, &[v])
                },
            )?,
            Inst::BuiltinRef(Builtin::SysArgv) => {
                self.rt(at, crate::ir::RtFn::SysArgv, Vec::new(), TypeId::LIST_STR)
            }
            Inst::BuiltinRef(builtin) => self.push(at, Inst::BuiltinRef(builtin), result_ty),
            Inst::MakeFunction {
                code,
                defaults,
                cells,
            } => {
                for (i, default) in defaults.iter().enumerate() {
                    let v = self.get(*default)?;
                    let slot = self.globals.default_slot(code, i);
                    self.push(at, Inst::StoreGlobal(slot, v), TypeId::NONE);
                }
                if let TypeKind::Func(_) = self.types.kind(result_ty) {
                    self.push(at, Inst::FuncRef(code), result_ty)
                } else {
                    let cells = cells
                        .iter()
                        .map(|&c| self.get(c))
                        .collect::<Result<_, _>>()?;
                    self.push(at, Inst::ClosureNew(cells), result_ty)
                }
            }
            Inst::CellNew(name) => self.push(at, Inst::CellNew(name), result_ty),
            Inst::CellGet { cell, name, free } => {
                if result_ty == TypeId::NEVER {
                    // Nothing that runs stores a value in it.
                    let (kind, message) = unbound_cell(&name, free);
                    self.raise(at, kind, message);
                    return Ok(false);
                }
                let cell = self.get(cell)?;
                self.push(at, Inst::CellGet { cell, name, free }, result_ty)
            }
            Inst::CellSet(cell, v) => {
                let TypeKind::Cell(number) = *self.types.kind(self.ty(cell)) else {
                    return Err(InternalError("a cell of another type".into()));
                };
                let v = self.coerce(at, v, self.types.cell_types[number as usize])?;
                let cell = self.get(cell)?;
                self.push(at, Inst::CellSet(cell, v), TypeId::NONE)
            }
            Inst::FreeCell(closure, index) => {
                let closure = self.get(closure)?;
                self.push(at, Inst::FreeCell(closure, index), result_ty)
            }
            Inst::CallEx { callee, parts, .. } => {
                // The arguments are the items of the parts, which are tuples.
                let mut args = Vec::new();
                for part in parts {
                    let TypeKind::Tuple(items) = self.types.kind(self.ty(part)).clone() else {
                        return Err(InternalError("unpacked arguments of a non-tuple".into()));
                    };
                    let tuple = self.get(part)?;
                    for (j, item) in items.into_iter().enumerate() {
                        let j = u32::try_from(j).unwrap_or(u32::MAX);
                        args.push(self.push(at, Inst::TupleGet(tuple, j), item));
                    }
                }
                let callee = self.get(callee)?;
                match self.instance.calls.get(&value).cloned() {
                    Some(Callee::Instance(target, bindings)) => {
                        self.call_function(at, target, &bindings, (&args, &[]), callee)?
                    }
                    Some(Callee::Funcs(arms)) => {
                        self.call_one_of(at, &arms, (&args, &[]), callee, result_ty)?
                    }
                    _ => return Err(InternalError("an unpacked call of no function".into())),
                }
            }
            Inst::Call { args, kwnames, .. } => {
                let callee = self.instance.calls.get(&value).cloned();
                match callee {
                    Some(Callee::Instance(target, bindings)) => {
                        let callee = self.callee_of(value)?;
                        let args = args
                            .iter()
                            .map(|&a| self.get(a))
                            .collect::<Result<Vec<_>, _>>()?;
                        self.call_function(at, target, &bindings, (&args, &kwnames), callee)?
                    }
                    Some(Callee::Funcs(arms)) => {
                        let callee = self.callee_of(value)?;
                        let args = args
                            .iter()
                            .map(|&a| self.get(a))
                            .collect::<Result<Vec<_>, _>>()?;
                        self.call_one_of(at, &arms, (&args, &kwnames), callee, result_ty)?
                    }
                    Some(Callee::Bound(target)) => {
                        let Inst::Call { callee, .. } =
                            &self.generic.func.values[value.index()].def_inst()
                        else {
                            return Err(InternalError("a method call without a callee".into()));
                        };
                        let receiver = self.get(*callee)?;
                        self.call_target(at, &target, receiver, &args, result_ty)?
                    }
                    Some(Callee::Special(target, operands, post)) => {
                        self.special(at, &target, &operands, post, result_ty)?
                    }
                    Some(Callee::Construct(class, init)) => {
                        let positional = &args[..args.len() - kwnames.len()];
                        self.construct(at, class, init, &args, positional, result_ty)?
                    }
                    Some(Callee::Builtin(builtin)) => {
                        self.current_result = Some(result_ty);
                        self.current_call = Some(value);
                        match typing::builtin_positional(builtin, args.len(), &kwnames)
                            .map_err(type_bug)?
                        {
                            Some(order) => {
                                let ordered: Vec<Value> = order.iter().map(|&i| args[i]).collect();
                                self.builtin(at, builtin, &ordered, &[])?
                            }
                            None => self.builtin(at, builtin, &args, &kwnames)?,
                        }
                    }
                    Some(Callee::Method(method)) => {
                        let Inst::Call { callee, .. } =
                            &self.generic.func.values[value.index()].def_inst()
                        else {
                            return Err(InternalError("a method call without a callee".into()));
                        };
                        let receiver = self.get(*callee)?;
                        match method {
                            crate::ir::Method::Named(name) => {
                                let receiver_ty = match self.types.kind(self.ty(*callee)) {
                                    TypeKind::Method(_, r) => *r,
                                    _ => TypeId::NEVER,
                                };
                                self.named_method(
                                    at,
                                    value,
                                    name,
                                    receiver,
                                    receiver_ty,
                                    &args,
                                    &kwnames,
                                )?
                            }
                            _ => self.method(at, method, receiver),
                        }
                    }
                    Some(Callee::ClassAttr(_)) => {
                        return Err(InternalError(
                            "a class attribute called as a function".into(),
                        ))
                    }
                    None => return Ok(false),
                }
            }
            Inst::Unary(op, v) => {
                let plan = typing::unary(self.types, op, self.ty(v)).map_err(type_bug)?;
                self.apply(at, &plan, &[v])?
            }
            Inst::Binary(BinOp::Mod, a, b) | Inst::Inplace(BinOp::Mod, a, b)
                if self.ty(a) == TypeId::STR =>
            {
                self.str_mod(at, a, b)?
            }
            Inst::Inplace(op, a, b) if self.is_container(a) => {
                self.container_inplace(at, op, a, b, result_ty)?
            }
            Inst::Binary(op, a, b) | Inst::Inplace(op, a, b)
                if self.is_container(a) || self.is_container(b) =>
            {
                self.container_binary(at, op, a, b, result_ty)?
            }
            Inst::Binary(op, a, b) | Inst::Inplace(op, a, b) => self.binary(at, op, a, b)?,
            Inst::Compare(op @ (CmpOp::Eq | CmpOp::Ne), a, b)
                if typing::functions_overlap(self.types, self.ty(a), self.ty(b)) =>
            {
                let (x, y) = (self.get(a)?, self.get(b)?);
                let same = self.identical(at, x, y);
                match op {
                    CmpOp::Eq => same,
                    _ => self.push(at, Inst::BoolNot(same), TypeId::BOOL),
                }
            }
            Inst::Compare(op, a, b) => {
                let plan =
                    typing::compare(self.types, op, self.ty(a), self.ty(b)).map_err(type_bug)?;
                self.apply(at, &plan, &[a, b])?
            }
            Inst::Truthy(v) => {
                let plan = typing::truthy(self.types, self.ty(v)).map_err(type_bug)?;
                self.apply(at, &plan, &[v])?
            }
            Inst::Iterable(v) => match self.instance.calls.get(&value).cloned() {
                Some(Callee::Bound(target)) => {
                    let receiver = self.get(v)?;
                    self.call_target(at, &target, receiver, &[], result_ty)?
                }
                _ => self.get(v)?,
            },
            Inst::GetIter(v) if self.types.instance_class(self.ty(v)).is_some() => {
                let Some(Callee::Bound(target)) = self.instance.calls.get(&value).cloned() else {
                    return Err(InternalError(
                        "iter() of an instance without __iter__".into(),
                    ));
                };
                let receiver = self.get(v)?;
                match *self.types.kind(result_ty) {
                    // `__iter__` is a generator function: iterate over what it makes.
                    TypeKind::Iter(generator)
                        if matches!(self.types.kind(generator), TypeKind::Generator(..)) =>
                    {
                        let made = self.call_target(at, &target, receiver, &[], generator)?;
                        self.push(at, Inst::GetIter(made), result_ty)
                    }
                    _ => self.call_target(at, &target, receiver, &[], result_ty)?,
                }
            }
            Inst::IterHasNext(v) if self.types.instance_class(self.ty(v)).is_some() => {
                self.instance_next(at, value, v)?
            }
            Inst::IterValue(v) if self.types.instance_class(self.ty(v)).is_some() => {
                self.next_values.get(&v).copied().ok_or_else(|| {
                    InternalError("a value of an instance iterator before its test".into())
                })?
            }
            Inst::IterAdvance(v) if self.types.instance_class(self.ty(v)).is_some() => {
                self.get(v)?
            }
            Inst::GetIter(v) => {
                let v = self.get(v)?;
                self.push(at, Inst::GetIter(v), result_ty)
            }
            Inst::IterHasNext(v) => {
                let v = self.get(v)?;
                self.push(at, Inst::IterHasNext(v), TypeId::BOOL)
            }
            Inst::IterValue(v) => {
                let v = self.get(v)?;
                self.push(at, Inst::IterValue(v), result_ty)
            }
            Inst::IterAdvance(v) => {
                let v = self.get(v)?;
                self.push(at, Inst::IterAdvance(v), result_ty)
            }
            Inst::Format(v) => self.str_of(at, v)?,
            Inst::GetAttr(object, ref name)
                if name == "__traceback__" && self.types.is_exception(self.ty(object)) =>
            {
                let object = self.get(object)?;
                self.push(at, Inst::OptCast(object), result_ty)
            }
            Inst::GetAttr(object, ref name)
                if name == "__class__"
                    && matches!(self.types.kind(result_ty), TypeKind::ClassOf(_)) =>
            {
                // `x.__class__`.
                self.type_of(at, object, result_ty)?
            }
            Inst::GetAttr(object, ref name)
                if name == "__name__" && self.types.functions(self.ty(object)).is_some() =>
            {
                let members = self.types.functions(self.ty(object)).unwrap_or_default();
                let names: Vec<String> = members
                    .iter()
                    .map(|&m| {
                        let code = self.types.function_code(m).unwrap_or_default();
                        self.generics[code as usize].func.python_name.clone()
                    })
                    .collect();
                match &names[..] {
                    [name] => self.konst(at, Const::Str(name.clone())),
                    _ => {
                        let function = self.get(object)?;
                        let test = |this: &mut Self, at: &Cursor, i: usize| {
                            this.push(at, Inst::IsFunc(function, members[i]), TypeId::BOOL)
                        };
                        self.switch(at, names.len(), TypeId::STR, test, |this, at, i| {
                            Ok(Some(this.konst(at, Const::Str(names[i].clone()))))
                        })?
                    }
                }
            }
            Inst::GetAttr(object, ref name)
                if name == "__name__"
                    && matches!(
                        self.types.kind(self.ty(object)),
                        TypeKind::ClassOf(_) | TypeKind::Class(_)
                    ) =>
            {
                // `type(x).__name__`, `C.__name__`.
                match *self.types.kind(self.ty(object)) {
                    TypeKind::ClassOf(of) => self.class_name(at, object, of)?,
                    TypeKind::Class(class) => {
                        let name = self.classes.name(class).to_owned();
                        self.konst(at, Const::Str(name))
                    }
                    _ => {
                        return Err(InternalError(
                            "a `__name__` of something else than a class".into(),
                        ))
                    }
                }
            }
            Inst::GetAttr(object, ref name)
                if name == "args"
                    && self.types.is_exception(self.ty(object))
                    && self
                        .types
                        .instance_class(self.ty(object))
                        .is_none_or(|c| self.classes.field(c, "args").is_none()) =>
            {
                let object = self.get(object)?;
                self.rt(at, crate::ir::RtFn::ExcArgs, vec![object], result_ty)
            }
            Inst::GetAttr(object, _)
                if matches!(self.instance.calls.get(&value), Some(Callee::ClassAttr(_))) =>
            {
                let Some(Callee::ClassAttr(globals)) = self.instance.calls.get(&value) else {
                    return Err(InternalError("a class attribute switch vanished".into()));
                };
                self.class_attr_switch(at, object, globals, result_ty)?
            }
            Inst::GetAttr(object, ref name)
                if matches!(
                    self.types.kind(self.ty(object)),
                    TypeKind::Instance(_) | TypeKind::Poly(_) | TypeKind::Class(_)
                ) =>
            {
                self.class_get_attr(at, object, name, result_ty)?
            }
            Inst::SetAttr(object, ref name, v)
                if matches!(self.instance.calls.get(&value), Some(Callee::Bound(_))) =>
            {
                self.call_setattr(at, value, object, name, v)?;
                return Ok(true);
            }
            Inst::SetAttr(object, ref name, v) => {
                self.class_set_attr(at, object, name, v)?;
                return Ok(true);
            }
            Inst::MakeClass(_) => self.push(at, Inst::Undef, result_ty),
            // `ValueError.__init__`.
            Inst::GetAttr(_, _)
                if matches!(
                    self.types.kind(result_ty),
                    TypeKind::Builtin(Builtin::ExcInit)
                ) =>
            {
                self.push(at, Inst::BuiltinRef(Builtin::ExcInit), result_ty)
            }
            Inst::GetAttr(object, _) => {
                // A bound method is represented by its receiver, converted to the type the
                // method works on (`True.bit_length()` works on the int 1).
                let TypeKind::Method(method, _) = self.types.kind(result_ty) else {
                    return Err(InternalError(
                        "an attribute that is not a method passed inference".into(),
                    ));
                };
                let receiver = match method {
                    crate::ir::Method::IntBitLength => TypeId::INT,
                    crate::ir::Method::Named(_) => self.ty(object),
                };
                let v = self.get(object)?;
                if self.ty(object) == TypeId::BOOL && receiver == TypeId::INT {
                    self.push(at, Inst::Convert(Conv::BoolToInt, v), TypeId::INT)
                } else {
                    v
                }
            }
            Inst::BuildString(parts) => {
                let parts = parts
                    .iter()
                    .map(|p| self.get(*p))
                    .collect::<Result<Vec<_>, _>>()?;
                self.push(at, Inst::BuildString(parts), TypeId::STR)
            }
            Inst::Build(..)
            | Inst::CompAdd(..)
            | Inst::GetItem(..)
            | Inst::SetItem(..)
            | Inst::DelItem(..)
            | Inst::UnpackCheck { .. }
            | Inst::UnpackRest { .. }
            | Inst::Contains(..)
            | Inst::Is(..)
            | Inst::BuildSlice(..) => self.container_inst(at, &inst, result_ty)?,
            Inst::Yield(item) => {
                let TypeKind::Generator(yields, _) = *self.types.kind(self.instance.ret) else {
                    return Err(InternalError("`yield` outside a generator".into()));
                };
                let item = self.coerce(at, item, yields)?;
                self.push(at, Inst::Yield(item), result_ty)
            }
            Inst::CaughtException
            | Inst::RaiseExc { .. }
            | Inst::RaiseHandled
            | Inst::Reraise(_)
            | Inst::PushExcInfo(_)
            | Inst::PopExcept
            | Inst::ExcMatch(..) => match self.exception_inst(at, value, &inst)? {
                Some(result) => result,
                None => return Ok(false),
            },
            other => {
                return Err(InternalError(format!(
                    "unexpected instruction {other:?} in generic SSA"
                )))
            }
        };
        self.map.insert(value, result);
        Ok(self.func.ty(result) != TypeId::NEVER
            || matches!(self.func.inst(result), Some(Inst::Undef)))
    }

    fn raise(&mut self, at: &Cursor, kind: ExcKind, message: String) {
        self.push(at, Inst::Raise { kind, message }, TypeId::NEVER);
    }

    /// Emits a typing plan over the generic operands `operands`.
    fn apply(
        &mut self,
        at: &Cursor,
        plan: &Plan,
        operands: &[Value],
    ) -> Result<Value, InternalError> {
        let mut values = Vec::with_capacity(operands.len());
        for (i, &operand) in operands.iter().enumerate() {
            let v = self.get(operand)?;
            values.push(match plan.convs[i] {
                Some(conv) => self.push(at, Inst::Convert(conv, v), conv_result(conv)),
                None => v,
            });
        }
        Ok(self.typed_op(at, plan, &values))
    }

    /// Emits the final operation of a plan on already converted operands.
    fn typed_op(&mut self, at: &Cursor, plan: &Plan, v: &[Value]) -> Value {
        let inst = match plan.op {
            TypedOp::Identity => return v[0],
            TypedOp::ConstBool(b) => return self.konst(at, Const::Bool(b)),
            TypedOp::Int(op) => Inst::IntBinary(op, v[0], v[1]),
            TypedOp::IntTrueDiv => Inst::IntTrueDiv(v[0], v[1]),
            TypedOp::IntNeg => Inst::IntNeg(v[0]),
            TypedOp::IntInvert => Inst::IntInvert(v[0]),
            TypedOp::Float(op) => Inst::FloatBinary(op, v[0], v[1]),
            TypedOp::FloatNeg => Inst::FloatNeg(v[0]),
            TypedOp::Bool(op) => Inst::BoolBinary(op, v[0], v[1]),
            TypedOp::BoolNot => Inst::BoolNot(v[0]),
            TypedOp::StrConcat => Inst::StrConcat(v[0], v[1]),
            TypedOp::StrRepeat { swap: false } => Inst::StrRepeat(v[0], v[1]),
            TypedOp::StrRepeat { swap: true } => Inst::StrRepeat(v[1], v[0]),
            TypedOp::IntCompare(op) => Inst::IntCompare(op, v[0], v[1]),
            TypedOp::FloatCompare(op) => Inst::FloatCompare(op, v[0], v[1]),
            TypedOp::IntFloatCompare { op, swap: false } => Inst::IntFloatCompare(op, v[0], v[1]),
            TypedOp::IntFloatCompare { op, swap: true } => {
                Inst::IntFloatCompare(mirror(op), v[1], v[0])
            }
            TypedOp::StrCompare(op) => Inst::StrCompare(op, v[0], v[1]),
            TypedOp::ValueCompare(op) => {
                let ty = self.func.ty(v[0]);
                let desc = self.push(at, Inst::TypeDesc(ty), TypeId::DESC);
                let op = self.konst(at, Const::Int(op as i64));
                Inst::Rt(crate::ir::RtFn::Compare, vec![v[0], v[1], desc, op])
            }
        };
        self.push(at, inst, plan.result)
    }

    /// `str(value)` of a generic value.
    fn str_of(&mut self, at: &mut Cursor, value: Value) -> Result<Value, InternalError> {
        if self.types.optional_inner(self.ty(value)).is_some() {
            return self.opt_split(
                at,
                value,
                TypeId::STR,
                |this, at| Ok(this.konst(at, Const::Str("None".into()))),
                |this, at| this.str_of(at, value),
            );
        }
        let v = self.get(value)?;
        let conv = match self.types.kind(self.ty(value)) {
            TypeKind::Str => return Ok(v),
            TypeKind::Int => Conv::IntToStr,
            TypeKind::Float => Conv::FloatToStr,
            TypeKind::Bool => Conv::BoolToStr,
            TypeKind::None => Conv::NoneToStr,
            TypeKind::Range => {
                return Ok(self.push(
                    at,
                    Inst::Rt(crate::ir::RtFn::RangeRepr, vec![v]),
                    TypeId::STR,
                ))
            }
            &TypeKind::Instance(class) => return self.instance_text(at, value, class, false),
            &TypeKind::ClassOf(of) => {
                // `<class 'int'>`, `<class '__main__.Point'>`.
                let name = match of == TypeId::EXCEPTION {
                    // A builtin class or one of the program's, known at run time.
                    true => self.rt(at, crate::ir::RtFn::ExcQualName, vec![v], TypeId::STR),
                    false => self.class_name(at, value, of)?,
                };
                // The module of a class of the program: a program module's classes are named
                // `module.Name`.
                let module = match self.types.instance_class(of) {
                    Some(class) => {
                        let full = self
                            .types
                            .class_names
                            .get(class as usize)
                            .map_or("", String::as_str);
                        match full.rsplit_once('.') {
                            Some((module, _)) => format!("{module}."),
                            None => "__main__.".to_owned(),
                        }
                    }
                    None => String::new(),
                };
                let open = self.konst(at, Const::Str(format!("<class '{module}")));
                let close = self.konst(at, Const::Str("'>".into()));
                return Ok(self.push(at, Inst::BuildString(vec![open, name, close]), TypeId::STR));
            }
            _ => {
                let ty = self.ty(value);
                let desc = self.push(at, Inst::TypeDesc(ty), TypeId::DESC);
                return Ok(self.push(
                    at,
                    Inst::Rt(crate::ir::RtFn::StrOf, vec![v, desc]),
                    TypeId::STR,
                ));
            }
        };
        Ok(self.push(at, Inst::Convert(conv, v), TypeId::STR))
    }

    fn builtin(
        &mut self,
        at: &mut Cursor,
        builtin: Builtin,
        args: &[Value],
        kwnames: &[String],
    ) -> Result<Value, InternalError> {
        let positional = &args[..args.len() - kwnames.len()];
        let kinds: Vec<TypeKind> = positional
            .iter()
            .map(|&a| self.types.kind(self.ty(a)).clone())
            .collect();
        if let Some(result) = self.container_builtin(at, builtin, args, kwnames)? {
            return Ok(result);
        }
        let convert =
            |this: &mut Self, at: &Cursor, conv: Conv, v: Value| -> Result<Value, InternalError> {
                let v = this.get(v)?;
                Ok(this.push(at, Inst::Convert(conv, v), conv_result(conv)))
            };
        Ok(match builtin {
            Builtin::Exception(kind) => {
                let tuple = self.exception_args(at, positional)?;
                self.new_exception(at, kind, tuple)
            }
            Builtin::ObjectSetAttr => {
                let Some(Inst::Const(Const::Str(name))) = self.generic.func.inst(args[1]).cloned()
                else {
                    return Err(InternalError(
                        "object.__setattr__ without a literal name".into(),
                    ));
                };
                self.class_set_attr(at, args[0], &name, args[2])?;
                self.konst(at, Const::None)
            }
            Builtin::Math(f) => self.math_call(at, f, args, kwnames)?,
            Builtin::Sys(f) => self.sys_call(at, f, positional)?,
            Builtin::Random(f) => self.random_call(at, f, args, kwnames)?,
            Builtin::Stream(_) | Builtin::SysArgv => {
                return Err(InternalError("a call of a sys value".into()))
            }
            Builtin::SysExit => {
                let tuple = self.exception_args(at, positional)?;
                let exc = self.new_exception(at, crate::ir::ExcKind::SystemExit, tuple);
                self.rt(at, crate::ir::RtFn::RaiseExc, vec![exc], TypeId::NONE)
            }
            Builtin::ExcInit => {
                let (&this, rest) = positional
                    .split_first()
                    .ok_or_else(|| InternalError("__init__ without self".into()))?;
                let tuple = self.exception_args(at, rest)?;
                let this = self.get(this)?;
                self.rt(
                    at,
                    crate::ir::RtFn::ExcSetArgs,
                    vec![this, tuple],
                    TypeId::NONE,
                )
            }
            Builtin::Print | Builtin::PrintUnpacked => {
                let keyword = |name: &str, this: &mut Self| -> Result<Value, InternalError> {
                    match keyword_argument(name, positional, kwnames, args) {
                        Some(v) if this.ty(v) == TypeId::STR => this.get(v),
                        _ => Ok(this.konst(
                            at,
                            Const::Str(if name == "sep" { " " } else { "\n" }.into()),
                        )),
                    }
                };
                let given = |name: &str| keyword_argument(name, positional, kwnames, args);
                let to_stderr = given("file").is_some_and(|file| {
                    *self.types.kind(self.ty(file))
                        == TypeKind::Builtin(Builtin::Stream(crate::ir::sys::Stream::Stderr))
                });
                let sep = keyword("sep", self)?;
                let end = keyword("end", self)?;
                if builtin == Builtin::PrintUnpacked {
                    // The items of a list or tuple, written by the runtime one by one.
                    let items = positional[0];
                    let seq = match self.types.kind(self.ty(items)) {
                        TypeKind::List(_) | TypeKind::Tuple(_) => self.get(items)?,
                        _ => {
                            let list_ty = self
                                .types
                                .known_item_type(self.ty(items))
                                .and_then(|item| self.types.lookup(&TypeKind::List(item)))
                                .ok_or_else(|| InternalError("print(*x) of no list".into()))?;
                            let saved = self.current_result.replace(list_ty);
                            let list = self.container_builtin(at, Builtin::List, &[items], &[]);
                            self.current_result = saved;
                            list?.ok_or_else(|| InternalError("print(*x) of no list".into()))?
                        }
                    };
                    let seq_ty = self.func.ty(seq);
                    let desc = self.desc(at, seq_ty);
                    let stderr = self.konst(at, Const::Bool(to_stderr));
                    self.rt(
                        at,
                        crate::ir::RtFn::PrintItems,
                        vec![seq, desc, sep, end, stderr],
                        TypeId::NONE,
                    );
                    if given("flush").is_some() && !to_stderr {
                        self.rt(at, crate::ir::RtFn::StdoutFlush, Vec::new(), TypeId::NONE);
                    }
                    return Ok(self.konst(at, Const::None));
                }
                let file = given("file")
                    .filter(|&f| typing::text_file_class(self.types, self.ty(f)).is_some());
                if let Some(file) = file {
                    // A file `open()` made: the text goes to it through its handle.
                    let handle = self.class_get_attr(at, file, "_handle", TypeId::INT)?;
                    let write = |this: &mut Self, at: &mut Cursor, text: Value| {
                        this.rt(
                            at,
                            crate::ir::RtFn::FileWrite,
                            vec![handle, text],
                            TypeId::INT,
                        )
                    };
                    for (i, &arg) in positional.iter().enumerate() {
                        if i > 0 {
                            write(self, at, sep);
                        }
                        let text = self.str_of(at, arg)?;
                        write(self, at, text);
                    }
                    write(self, at, end);
                    if given("flush").is_some() {
                        self.rt(at, crate::ir::RtFn::FileFlush, vec![handle], TypeId::NONE);
                    }
                    return Ok(self.konst(at, Const::None));
                }
                if to_stderr {
                    for (i, &arg) in positional.iter().enumerate() {
                        if i > 0 {
                            self.rt(at, crate::ir::RtFn::StderrWrite, vec![sep], TypeId::NONE);
                        }
                        let text = self.str_of(at, arg)?;
                        self.rt(at, crate::ir::RtFn::StderrWrite, vec![text], TypeId::NONE);
                    }
                    self.rt(at, crate::ir::RtFn::StderrWrite, vec![end], TypeId::NONE);
                    return Ok(self.konst(at, Const::None));
                }
                let flush = given("flush").is_some();
                for (i, &arg) in positional.iter().enumerate() {
                    if i > 0 {
                        self.push(at, Inst::Write(sep), TypeId::NONE);
                    }
                    let v = if self.types.optional_inner(self.ty(arg)).is_some()
                        || self.ty(arg) == TypeId::RANGE
                        || matches!(
                            self.types.kind(self.ty(arg)),
                            TypeKind::ClassOf(_) | TypeKind::Instance(_) | TypeKind::Poly(_)
                        ) {
                        self.str_of(at, arg)?
                    } else {
                        self.get(arg)?
                    };
                    self.push(at, Inst::Write(v), TypeId::NONE);
                }
                self.push(at, Inst::Write(end), TypeId::NONE);
                if flush {
                    self.rt(at, crate::ir::RtFn::StdoutFlush, Vec::new(), TypeId::NONE);
                }
                self.konst(at, Const::None)
            }
            Builtin::Int if positional.len() == 2 => {
                let text = self.get(positional[0])?;
                let base = self.int_operand(at, positional[1])?;
                self.push(at, Inst::StrToIntBase(text, base), TypeId::INT)
            }
            Builtin::Int => match kinds.first() {
                None => self.konst(at, Const::Int(0)),
                Some(TypeKind::Int) => self.get(positional[0])?,
                Some(TypeKind::Bool) => convert(self, at, Conv::BoolToInt, positional[0])?,
                Some(TypeKind::Float) => convert(self, at, Conv::FloatToInt, positional[0])?,
                Some(TypeKind::Str) => convert(self, at, Conv::StrToInt, positional[0])?,
                Some(other) => return Err(unexpected(builtin, other)),
            },
            Builtin::Float => match kinds.first() {
                None => self.konst(at, Const::Float(0.0)),
                Some(TypeKind::Float) => self.get(positional[0])?,
                Some(TypeKind::Int) => convert(self, at, Conv::IntToFloat, positional[0])?,
                Some(TypeKind::Bool) => convert(self, at, Conv::BoolToFloat, positional[0])?,
                Some(TypeKind::Str) => convert(self, at, Conv::StrToFloat, positional[0])?,
                Some(other) => return Err(unexpected(builtin, other)),
            },
            Builtin::Str if positional.len() > 1 => {
                let mut operands = Vec::new();
                for i in 0..3 {
                    operands.push(match positional.get(i) {
                        Some(&v) => self.get(v)?,
                        None => self.konst(at, Const::None),
                    });
                }
                self.push(
                    at,
                    Inst::Rt(crate::ir::RtFn::BytesDecode, operands),
                    TypeId::STR,
                )
            }
            Builtin::Str => match positional.first() {
                None => self.konst(at, Const::Str(String::new())),
                Some(&v) => self.str_of(at, v)?,
            },
            Builtin::Bool => match positional.first() {
                None => self.konst(at, Const::Bool(false)),
                Some(&v) if self.types.optional_inner(self.ty(v)).is_some() => self.opt_split(
                    at,
                    v,
                    TypeId::BOOL,
                    |this, at| Ok(this.konst(at, Const::Bool(false))),
                    |this, at| {
                        let plan = typing::truthy(this.types, this.ty(v)).map_err(type_bug)?;
                        this.apply(at, &plan, &[v])
                    },
                )?,
                Some(&v) => {
                    let plan = typing::truthy(self.types, self.ty(v)).map_err(type_bug)?;
                    self.apply(at, &plan, &[v])?
                }
            },
            Builtin::Abs => match &kinds[0] {
                TypeKind::Int => {
                    let v = self.get(positional[0])?;
                    self.push(at, Inst::IntAbs(v), TypeId::INT)
                }
                TypeKind::Bool => convert(self, at, Conv::BoolToInt, positional[0])?,
                TypeKind::Float => {
                    let v = self.get(positional[0])?;
                    self.push(at, Inst::FloatAbs(v), TypeId::FLOAT)
                }
                other => return Err(unexpected(builtin, other)),
            },
            Builtin::Min | Builtin::Max => {
                // CPython keeps the first of equal items: a later item replaces the current one
                // only if it is strictly smaller (min) or larger (max).
                let op = if builtin == Builtin::Min {
                    CmpOp::Lt
                } else {
                    CmpOp::Gt
                };
                let ty = self.ty(positional[0]);
                let plan = typing::compare(self.types, op, ty, ty).map_err(type_bug)?;
                let mut current = self.get(positional[0])?;
                for &arg in &positional[1..] {
                    let item = self.get(arg)?;
                    let mut operands = [item, current];
                    for (slot, conv) in operands.iter_mut().zip(plan.convs) {
                        if let Some(conv) = conv {
                            *slot = self.push(at, Inst::Convert(conv, *slot), conv_result(conv));
                        }
                    }
                    let better = self.typed_op(at, &plan, &operands);
                    current = self.push(at, Inst::Select(better, item, current), ty);
                }
                current
            }
            Builtin::Len => {
                let v = self.get(positional[0])?;
                if self.ty(positional[0]) == TypeId::STR {
                    self.push(at, Inst::StrLen(v), TypeId::INT)
                } else {
                    self.push(at, Inst::Len(v), TypeId::INT)
                }
            }
            Builtin::Round => {
                let x = positional[0];
                match (&kinds[0], positional.get(1)) {
                    (TypeKind::Float, None) => convert(self, at, Conv::FloatRound, x)?,
                    (TypeKind::Int, None) => self.get(x)?,
                    (TypeKind::Bool, None) => convert(self, at, Conv::BoolToInt, x)?,
                    (kind, Some(&digits)) => {
                        let x = match kind {
                            TypeKind::Bool => convert(self, at, Conv::BoolToInt, x)?,
                            _ => self.get(x)?,
                        };
                        let digits = self.int_operand(at, digits)?;
                        let ty = if *kind == TypeKind::Float {
                            TypeId::FLOAT
                        } else {
                            TypeId::INT
                        };
                        self.push(at, Inst::RoundDigits(x, digits), ty)
                    }
                    (other, None) => return Err(unexpected(builtin, other)),
                }
            }
            Builtin::Divmod => {
                let (a, b) = (positional[0], positional[1]);
                if self.types.kind(self.ty(a)) == &TypeKind::Float
                    || self.types.kind(self.ty(b)) == &TypeKind::Float
                {
                    // CPython's float divmod has its own ZeroDivisionError.
                    let from = self.ty(b);
                    let divisor = self.get(b)?;
                    let divisor = self.convert_to(at, divisor, from, TypeId::FLOAT);
                    self.rt(
                        at,
                        crate::ir::RtFn::FloatDivmodCheck,
                        vec![divisor],
                        TypeId::NONE,
                    );
                }
                let quotient = self.binary(at, kiln_bytecode::BinOp::FloorDiv, a, b)?;
                let remainder = self.binary(at, kiln_bytecode::BinOp::Mod, a, b)?;
                let ty = self.current_result.unwrap_or(TypeId::NEVER);
                self.push(
                    at,
                    Inst::New(crate::ir::Container::Tuple, vec![quotient, remainder]),
                    ty,
                )
            }
            Builtin::Pow if positional.len() == 2 => {
                self.binary(at, kiln_bytecode::BinOp::Pow, positional[0], positional[1])?
            }
            Builtin::Pow => {
                let base = self.int_operand(at, positional[0])?;
                let exp = self.int_operand(at, positional[1])?;
                let modulus = self.int_operand(at, positional[2])?;
                self.push(at, Inst::IntPowMod(base, exp, modulus), TypeId::INT)
            }
            Builtin::Hash if matches!(kinds[0], TypeKind::Int | TypeKind::Bool) => {
                let v = self.int_operand(at, positional[0])?;
                self.push(at, Inst::IntHash(v), TypeId::INT)
            }
            Builtin::Type => {
                let ty = self.current_result.unwrap_or(TypeId::NEVER);
                self.type_of(at, positional[0], ty)?
            }
            Builtin::IsInstance
                if self.types.is_exception(self.ty(positional[0]))
                    && exc::caught_classes(self.ty(positional[1]), self.types).is_some() =>
            {
                self.exc_matches(at, positional[0], positional[1])?
            }
            Builtin::IsInstance
                if matches!(self.types.kind(self.ty(positional[0])), TypeKind::Poly(_)) =>
            {
                self.poly_isinstance(at, positional[0], positional[1])?
            }
            Builtin::IsSubclass => {
                let (class, classes) = (positional[0], positional[1]);
                match typing::issubclass(self.types, self.ty(class), self.ty(classes)) {
                    Some(Ok(truth)) => self.konst(at, Const::Bool(truth)),
                    Some(Err(())) => match *self.types.kind(self.ty(class)) {
                        TypeKind::ClassOf(t) if t == TypeId::EXCEPTION => {
                            self.exc_matches(at, class, classes)?
                        }
                        TypeKind::ClassOf(t) => self.poly_isinstance_of(at, class, t, classes)?,
                        _ => return Err(InternalError("issubclass of no class".into())),
                    },
                    None => {
                        return Err(InternalError(
                            "an issubclass() class passed inference unchecked".into(),
                        ))
                    }
                }
            }
            Builtin::IsInstance => {
                let (value, classes) = (positional[0], positional[1]);
                match typing::isinstance(self.types, self.ty(value), self.ty(classes)) {
                    Some(Ok(truth)) => self.konst(at, Const::Bool(truth)),
                    Some(Err(mask)) => {
                        let exc = self.get(value)?;
                        let mask = self.konst(at, Const::Int(mask));
                        self.rt(
                            at,
                            crate::ir::RtFn::ExcMatches,
                            vec![exc, mask],
                            TypeId::BOOL,
                        )
                    }
                    None => {
                        return Err(InternalError(
                            "an isinstance() class passed inference unchecked".into(),
                        ))
                    }
                }
            }
            Builtin::Hash => {
                let v = self.get(positional[0])?;
                let desc = self.desc(at, self.ty(positional[0]));
                self.rt(at, crate::ir::RtFn::HashValue, vec![v, desc], TypeId::INT)
            }
            Builtin::Bin | Builtin::Oct | Builtin::Hex => {
                let v = self.int_operand(at, positional[0])?;
                let base = match builtin {
                    Builtin::Bin => 2,
                    Builtin::Oct => 8,
                    _ => 16,
                };
                self.push(at, Inst::IntToBase(v, base), TypeId::STR)
            }
            Builtin::List
            | Builtin::DefaultDict
            | Builtin::Counter
            | Builtin::Tuple
            | Builtin::Set
            | Builtin::FrozenSet
            | Builtin::Dict
            | Builtin::Sorted
            | Builtin::Sum
            | Builtin::Any
            | Builtin::All
            | Builtin::Enumerate
            | Builtin::Zip
            | Builtin::Reversed
            | Builtin::Iter
            | Builtin::Next
            | Builtin::Repr
            | Builtin::Ascii
            | Builtin::Ord
            | Builtin::Chr
            | Builtin::Format
            | Builtin::Bytes => return Err(unexpected(builtin, &kinds[0])),
            Builtin::Range => {
                let mut ints = Vec::new();
                for &arg in positional {
                    ints.push(self.int_operand(at, arg)?);
                }
                let (start, stop, step) = match ints.as_slice() {
                    [stop] => (
                        self.konst(at, Const::Int(0)),
                        *stop,
                        self.konst(at, Const::Int(1)),
                    ),
                    [start, stop] => (*start, *stop, self.konst(at, Const::Int(1))),
                    [start, stop, step] => (*start, *stop, *step),
                    _ => return Err(InternalError("range() arity passed inference".into())),
                };
                self.push(at, Inst::RangeNew(start, stop, step), TypeId::RANGE)
            }
        })
    }

    /// A binary operator (`x ** 2` with a literal 2 is `x * x`, exactly as for Python ints).
    fn binary(
        &mut self,
        at: &Cursor,
        op: kiln_bytecode::BinOp,
        a: Value,
        b: Value,
    ) -> Result<Value, InternalError> {
        let negative = infer::is_negative_literal(&self.generic.func, b);
        let plan =
            typing::binary(self.types, op, self.ty(a), self.ty(b), negative).map_err(type_bug)?;
        if plan.op == TypedOp::Int(crate::ir::IntOp::Pow)
            && infer::const_int(&self.generic.func, b) == Some(2)
        {
            let x = self.int_operand(at, a)?;
            return Ok(self.push(
                at,
                Inst::IntBinary(crate::ir::IntOp::Mul, x, x),
                TypeId::INT,
            ));
        }
        self.apply(at, &plan, &[a, b])
    }

    /// A call of a builtin type's method on its (converted) receiver.
    fn method(&mut self, at: &Cursor, method: crate::ir::Method, receiver: Value) -> Value {
        match method {
            crate::ir::Method::IntBitLength => {
                self.push(at, Inst::IntBitLength(receiver), TypeId::INT)
            }
            crate::ir::Method::Named(_) => receiver,
        }
    }

    /// The tuple a `*args` parameter of type `ty` gets: the (generic) arguments `items`.
    fn rest_tuple(
        &mut self,
        at: &Cursor,
        items: &[Value],
        ty: TypeId,
    ) -> Result<Value, InternalError> {
        let values = items
            .iter()
            .map(|&v| self.get(v))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(self.push(at, Inst::New(crate::ir::Container::Tuple, values), ty))
    }

    /// A generic int-or-bool operand as an int.
    fn int_operand(&mut self, at: &Cursor, value: Value) -> Result<Value, InternalError> {
        let v = self.get(value)?;
        Ok(if self.ty(value) == TypeId::BOOL {
            self.push(at, Inst::Convert(Conv::BoolToInt, v), TypeId::INT)
        } else {
            v
        })
    }
}

/// The argument passed as keyword `name`, if any (`args` holds the positional arguments, then
/// the keyword ones in `kwnames` order).
pub(crate) fn keyword_argument(
    name: &str,
    positional: &[Value],
    kwnames: &[String],
    args: &[Value],
) -> Option<Value> {
    kwnames
        .iter()
        .position(|k| k == name)
        .map(|i| args[positional.len() + i])
}

/// The comparison with its operands swapped: `a < b` is `b > a`.
fn mirror(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        CmpOp::Eq | CmpOp::Ne => op,
    }
}

/// The type a conversion produces.
pub fn conv_result(conv: Conv) -> TypeId {
    match conv {
        Conv::BoolToInt | Conv::FloatToInt | Conv::FloatRound | Conv::StrToInt => TypeId::INT,
        Conv::IntToFloat | Conv::BoolToFloat | Conv::StrToFloat => TypeId::FLOAT,
        Conv::IntTruthy
        | Conv::FloatTruthy
        | Conv::StrTruthy
        | Conv::LenTruthy
        | Conv::RangeTruthy => TypeId::BOOL,
        Conv::IntToStr | Conv::FloatToStr | Conv::BoolToStr | Conv::NoneToStr => TypeId::STR,
    }
}

/// What reading an empty cell raises: the variable is this function's (`free` false) or an
/// enclosing function's.
pub fn unbound_cell(name: &str, free: bool) -> (ExcKind, String) {
    match free {
        false => (
            ExcKind::UnboundLocalError,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        ),
        true => (
            ExcKind::NameError,
            format!(
                "cannot access free variable '{name}' where it is not associated with a value in \
                 enclosing scope"
            ),
        ),
    }
}

fn type_bug(message: String) -> InternalError {
    InternalError(format!("a type error passed inference: {message}"))
}

fn unexpected(builtin: Builtin, kind: &TypeKind) -> InternalError {
    InternalError(format!("{}() of {kind:?} passed inference", builtin.name()))
}
