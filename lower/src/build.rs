//! Bytecode → generic SSA for one code object.
//!
//! Blocks start at bytecode leaders (jump targets and the instructions after branches). Locals,
//! their "is bound" flags and operand-stack slots are all SSA *variables*, renamed with Braun et
//! al.'s algorithm ("Simple and Efficient Construction of Static Single Assignment Form"):
//! reading a variable in a block with several predecessors adds a block parameter, and blocks are
//! sealed once all their predecessors are filled. Trivial parameters are removed afterwards by
//! [`simplify`](crate::simplify).

use std::collections::HashMap;

use kiln_bytecode::{CodeObject, Constant, Conversion, Diagnostic, Opcode, Program, Span};

use crate::ir::{
    Block, BlockCall, Builtin, Const, Container, Function, GlobalId, Inst, Terminator, TypeId,
    Value,
};

/// A function in generic SSA plus what diagnostics need to know about it.
#[derive(Clone, Debug)]
pub struct GenericFunction {
    pub func: Function,
    /// For each block parameter, the variable it merges.
    pub param_origin: HashMap<Value, Var>,
    /// The code object's local names (for messages).
    pub local_names: Vec<String>,
}

/// An SSA variable of the bytecode: a local, a local's bound flag, or a stack slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Var {
    Local(u32),
    Bound(u32),
    Stack(u32),
}

/// Builds the generic SSA of code object `index`.
pub fn function(
    program: &Program,
    index: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<GenericFunction, kiln_bytecode::InternalError> {
    let code = &program.codes[index];
    let depths = kiln_bytecode::verify::stack_depths(program, code).map_err(|err| {
        kiln_bytecode::InternalError(format!("bytecode passed to lower is invalid: {err}"))
    })?;
    let mut builder = Builder::new(program, code, depths, diagnostics);
    builder.run();
    Ok(GenericFunction {
        func: builder.func,
        param_origin: builder.param_origin,
        local_names: code.locals.clone(),
    })
}

struct Builder<'a> {
    program: &'a Program,
    code: &'a CodeObject,
    depths: Vec<Option<u32>>,
    diagnostics: &'a mut Vec<Diagnostic>,
    func: Function,
    /// The block starting at each leader instruction.
    block_at: HashMap<usize, Block>,
    /// For each FOR_ITER, the block that fetches the next item and continues the loop body.
    for_body: HashMap<usize, Block>,
    preds: Vec<Vec<Block>>,
    filled: Vec<bool>,
    sealed: Vec<bool>,
    defs: Vec<HashMap<Var, Value>>,
    incomplete: Vec<Vec<(Var, Value)>>,
    param_origin: HashMap<Value, Var>,
    undef: Value,
    true_value: Value,
    false_value: Value,
    /// The cell of each cell slot (made or taken from the closure in the entry block).
    cells: HashMap<u32, Value>,
}

impl<'a> Builder<'a> {
    fn new(
        program: &'a Program,
        code: &'a CodeObject,
        depths: Vec<Option<u32>>,
        diagnostics: &'a mut Vec<Diagnostic>,
    ) -> Builder<'a> {
        let mut func = Function {
            name: code.name.clone(),
            python_name: code.name.clone(),
            span: code.span,
            ..Function::default()
        };
        let entry = func.add_block();
        func.entry = entry;
        let undef = func.push_inst(entry, Inst::Undef, TypeId::NEVER, code.span);
        let true_value = func.push_inst(
            entry,
            Inst::Const(Const::Bool(true)),
            TypeId::BOOL,
            code.span,
        );
        let false_value = func.push_inst(
            entry,
            Inst::Const(Const::Bool(false)),
            TypeId::BOOL,
            code.span,
        );
        Builder {
            program,
            code,
            depths,
            diagnostics,
            func,
            block_at: HashMap::new(),
            for_body: HashMap::new(),
            preds: Vec::new(),
            filled: Vec::new(),
            sealed: Vec::new(),
            defs: Vec::new(),
            incomplete: Vec::new(),
            param_origin: HashMap::new(),
            undef,
            true_value,
            false_value,
            cells: HashMap::new(),
        }
    }

    /// How many locals are parameters: the named ones, `*args` and `**kwargs`.
    fn parameters(&self) -> u32 {
        self.code.argcount + u32::from(self.code.varargs) + u32::from(self.code.varkeywords)
    }

    /// The cell of deref slot `slot` (the verifier checked it exists).
    fn cell(&self, slot: u32) -> Value {
        self.cells.get(&slot).copied().unwrap_or(self.undef)
    }

    fn run(&mut self) {
        let leaders = self.leaders();
        for &leader in &leaders {
            let block = self.func.add_block();
            self.block_at.insert(leader, block);
        }
        for (i, inst) in self.code.code.iter().enumerate() {
            if inst.op == Opcode::ForIter && self.depths[i].is_some() {
                let body = self.func.add_block();
                self.for_body.insert(i, body);
            }
        }
        let blocks = self.func.blocks.len();
        self.preds = vec![Vec::new(); blocks];
        self.filled = vec![false; blocks];
        self.sealed = vec![false; blocks];
        self.defs = vec![HashMap::new(); blocks];
        self.incomplete = vec![Vec::new(); blocks];
        self.compute_preds(&leaders);

        // The entry block defines the parameters and the initial state of every local.
        let entry = self.func.entry;
        self.sealed[entry.index()] = true;
        for i in 0..self.code.locals.len() as u32 {
            let is_param = i < self.parameters();
            let value = if is_param {
                self.func.add_param(entry, TypeId::NEVER, self.code.span)
            } else {
                self.undef
            };
            let bound = if is_param {
                self.true_value
            } else {
                self.false_value
            };
            self.write(entry, Var::Local(i), value);
            self.write(entry, Var::Bound(i), bound);
        }
        // A function with free variables takes the closure it was called as after its
        // parameters; the locals nested functions use live in cells made here.
        let span = self.code.span;
        if !self.code.freevars.is_empty() {
            let closure = self.func.add_param(entry, TypeId::NEVER, span);
            let locals = self.code.locals.len() as u32;
            for index in 0..self.code.freevars.len() as u32 {
                let cell =
                    self.func
                        .push_inst(entry, Inst::FreeCell(closure, index), TypeId::NEVER, span);
                self.cells.insert(locals + index, cell);
            }
        }
        for &local in &self.code.cells {
            let name = self.code.locals[local as usize].clone();
            let cell = self
                .func
                .push_inst(entry, Inst::CellNew(name), TypeId::NEVER, span);
            if local < self.parameters() {
                let param = self.read(entry, Var::Local(local));
                self.func
                    .push_inst(entry, Inst::CellSet(cell, param), TypeId::NEVER, span);
            }
            self.cells.insert(local, cell);
        }
        if self.code.kind == kiln_bytecode::CodeKind::Module {
            if let Some(index) = self.program.names.iter().position(|n| n == "__name__") {
                let span = self.code.span;
                let name = self.func.push_inst(
                    entry,
                    Inst::Const(Const::Str("__main__".into())),
                    TypeId::NEVER,
                    span,
                );
                self.func.push_inst(
                    entry,
                    Inst::StoreGlobal(GlobalId::new(index), name),
                    TypeId::NEVER,
                    span,
                );
            }
        }
        let first = self.block_at[&0];
        self.func.blocks[entry.index()].term = Terminator::Jump(BlockCall {
            block: first,
            args: Vec::new(),
        });
        self.filled[entry.index()] = true;
        self.seal_ready();

        for &leader in &leaders {
            let block = self.block_at[&leader];
            self.fill(block, leader);
            self.filled[block.index()] = true;
            self.seal_ready();
        }
        for block in 0..blocks {
            if !self.sealed[block] {
                self.seal(Block::new(block));
            }
        }
    }

    /// Reachable instructions that start a block, in bytecode order.
    fn leaders(&self) -> Vec<usize> {
        let mut is_leader = vec![false; self.code.code.len()];
        is_leader[0] = true;
        for (i, inst) in self.code.code.iter().enumerate() {
            if self.depths[i].is_none() {
                continue;
            }
            if inst.op.is_branch() {
                is_leader[inst.arg as usize] = true;
            }
            if (inst.op.is_branch() || inst.op.is_terminator()) && i + 1 < is_leader.len() {
                is_leader[i + 1] = true;
            }
            // Under a handler, a block's variables must not change after an instruction that
            // can raise (the handler receives their values at the block's end), so a store
            // starts a block.
            if matches!(inst.op, Opcode::StoreFast | Opcode::DeleteFast)
                && self.handler_of(i).is_some()
            {
                is_leader[i] = true;
            }
        }
        // Each handler's range is whole blocks; its target starts one.
        for h in &self.code.handlers {
            for at in [h.start, h.end, h.target] {
                if let Some(slot) = is_leader.get_mut(at as usize) {
                    *slot = true;
                }
            }
        }
        (0..is_leader.len())
            .filter(|&i| is_leader[i] && self.depths[i].is_some())
            .collect()
    }

    /// The block of the handler covering instruction `at`, if any.
    fn handler_of(&self, at: usize) -> Option<usize> {
        let at = u32::try_from(at).ok()?;
        kiln_bytecode::Handler::covering(&self.code.handlers, at).map(|h| h.target as usize)
    }

    /// Gives `block` (starting at or fetching the item of instruction `at`) the exception edge
    /// of the handler covering `at`.
    fn add_unwind(&mut self, block: Block, at: usize) {
        let Some(target) = self.handler_of(at) else {
            return;
        };
        let Some(&handler) = self.block_at.get(&target) else {
            return;
        };
        self.preds[handler.index()].push(block);
        self.func.blocks[block.index()].unwind = Some(BlockCall {
            block: handler,
            args: Vec::new(),
        });
    }

    fn compute_preds(&mut self, leaders: &[usize]) {
        self.preds[self.block_at[&0].index()].push(self.func.entry);
        for (&at, &body) in &self.for_body.clone() {
            self.add_unwind(body, at);
        }
        for &start in leaders {
            let block = self.block_at[&start];
            self.add_unwind(block, start);
            let end = self.block_end(start);
            let last = self.code.code[end];
            if last.op.is_branch() {
                let target = self.block_at[&(last.arg as usize)];
                self.preds[target.index()].push(block);
            }
            // A FOR_ITER falls through via the block that fetches the item.
            let fall_from = match self.for_body.get(&end) {
                Some(&body) => {
                    self.preds[body.index()].push(block);
                    body
                }
                None => block,
            };
            if !last.op.is_terminator() {
                if let Some(next) = self.block_at.get(&(end + 1)).copied() {
                    self.preds[next.index()].push(fall_from);
                }
            }
        }
    }

    /// The last instruction of the block starting at `start`: its first branch or terminator,
    /// or the instruction before the next leader.
    fn block_end(&self, start: usize) -> usize {
        let mut i = start;
        loop {
            let op = self.code.code[i].op;
            if op.is_branch()
                || op.is_terminator()
                || i + 1 >= self.code.code.len()
                || self.block_at.contains_key(&(i + 1))
            {
                return i;
            }
            i += 1;
        }
    }

    /// Seals every block whose predecessors are all filled.
    fn seal_ready(&mut self) {
        for block in 0..self.func.blocks.len() {
            if !self.sealed[block] && self.preds[block].iter().all(|p| self.filled[p.index()]) {
                self.seal(Block::new(block));
            }
        }
    }

    fn seal(&mut self, block: Block) {
        for (var, param) in std::mem::take(&mut self.incomplete[block.index()]) {
            self.add_param_args(block, var, param);
        }
        self.sealed[block.index()] = true;
    }

    fn write(&mut self, block: Block, var: Var, value: Value) {
        self.defs[block.index()].insert(var, value);
    }

    fn read(&mut self, block: Block, var: Var) -> Value {
        if let Some(&value) = self.defs[block.index()].get(&var) {
            return value;
        }
        let value = if !self.sealed[block.index()] {
            let param = self.new_param(block, var);
            self.incomplete[block.index()].push((var, param));
            param
        } else if self.preds[block.index()].len() == 1 {
            let pred = self.preds[block.index()][0];
            self.read(pred, var)
        } else if self.preds[block.index()].is_empty() {
            self.undef
        } else {
            let param = self.new_param(block, var);
            self.write(block, var, param);
            self.add_param_args(block, var, param);
            param
        };
        self.write(block, var, value);
        value
    }

    fn new_param(&mut self, block: Block, var: Var) -> Value {
        let param = self.func.add_param(block, TypeId::NEVER, self.code.span);
        self.param_origin.insert(param, var);
        param
    }

    /// Passes the value of `var` from every predecessor of `block` to `param`.
    fn add_param_args(&mut self, block: Block, var: Var, param: Value) {
        let preds = self.preds[block.index()].clone();
        let index = self.func.blocks[block.index()]
            .params
            .iter()
            .position(|&p| p == param);
        debug_assert!(index.is_some());
        let mut seen = Vec::new();
        for pred in preds {
            if seen.contains(&pred) {
                continue;
            }
            seen.push(pred);
            let value = self.read(pred, var);
            for call in self.func.blocks[pred.index()].edges_mut() {
                if call.block == block {
                    call.args.push(value);
                }
            }
        }
    }

    /// Translates the instructions of the block that starts at `start`.
    fn fill(&mut self, mut block: Block, start: usize) {
        let mut depth = self.depths[start].unwrap_or(0);
        let mut kwnames: Vec<String> = Vec::new();
        let mut i = start;
        if self
            .code
            .handlers
            .iter()
            .any(|h| h.target as usize == start)
        {
            // A handler starts with the exception on top of the stack.
            let span = self
                .code
                .locations
                .get(start)
                .map(|l| l.span)
                .unwrap_or_default();
            let exc = self
                .func
                .push_inst(block, Inst::CaughtException, TypeId::NEVER, span);
            self.write(block, Var::Stack(depth - 1), exc);
        }
        loop {
            let inst = self.code.code[i];
            let span = self
                .code
                .locations
                .get(i)
                .map(|l| l.span)
                .unwrap_or_default();
            let arg = inst.arg;
            macro_rules! pop {
                () => {{
                    depth -= 1;
                    self.read(block, Var::Stack(depth))
                }};
            }
            macro_rules! push {
                ($v:expr) => {{
                    let value = $v;
                    self.write(block, Var::Stack(depth), value);
                    depth += 1;
                }};
            }
            macro_rules! inst {
                ($inst:expr) => {
                    self.func.push_inst(block, $inst, TypeId::NEVER, span)
                };
            }
            match inst.op {
                Opcode::Nop => {}
                Opcode::LoadConst => {
                    let value = self.constant(arg, block, span);
                    push!(value);
                }
                Opcode::LoadFast => {
                    let value = self.read(block, Var::Local(arg));
                    let bound = self.read(block, Var::Bound(arg));
                    let name = self
                        .code
                        .locals
                        .get(arg as usize)
                        .cloned()
                        .unwrap_or_default();
                    inst!(Inst::CheckBound { bound, name });
                    push!(value);
                }
                Opcode::StoreFast => {
                    let value = pop!();
                    self.write(block, Var::Local(arg), value);
                    self.write(block, Var::Bound(arg), self.true_value);
                }
                Opcode::LoadGlobal => push!(inst!(Inst::LoadGlobal(GlobalId(arg)))),
                Opcode::StoreGlobal => {
                    let value = pop!();
                    inst!(Inst::StoreGlobal(GlobalId(arg), value));
                }
                Opcode::LoadBuiltin => {
                    let name = self
                        .program
                        .names
                        .get(arg as usize)
                        .map(String::as_str)
                        .unwrap_or("");
                    let value = match Builtin::from_name(name) {
                        Some(builtin) => inst!(Inst::BuiltinRef(builtin)),
                        None => {
                            self.diagnostics.push(
                                Diagnostic::error(
                                    "unsupported-builtin",
                                    format!("the builtin `{name}` is not supported by kiln yet"),
                                    span,
                                )
                                .with_label("not supported"),
                            );
                            self.undef
                        }
                    };
                    push!(value);
                }
                Opcode::PopTop => {
                    pop!();
                }
                Opcode::DupTop => {
                    let value = pop!();
                    push!(value);
                    push!(value);
                }
                Opcode::RotTwo => {
                    let a = pop!();
                    let b = pop!();
                    push!(a);
                    push!(b);
                }
                Opcode::RotThree => {
                    let c = pop!();
                    let b = pop!();
                    let a = pop!();
                    push!(c);
                    push!(a);
                    push!(b);
                }
                Opcode::Unary => {
                    let value = pop!();
                    let op = kiln_bytecode::UnaryOp::from_operand(arg)
                        .unwrap_or(kiln_bytecode::UnaryOp::Pos);
                    push!(inst!(Inst::Unary(op, value)));
                }
                Opcode::Binary | Opcode::Inplace => {
                    let rhs = pop!();
                    let lhs = pop!();
                    let op = kiln_bytecode::BinOp::from_operand(arg)
                        .unwrap_or(kiln_bytecode::BinOp::Add);
                    if inst.op == Opcode::Inplace {
                        push!(inst!(Inst::Inplace(op, lhs, rhs)));
                    } else {
                        push!(inst!(Inst::Binary(op, lhs, rhs)));
                    }
                }
                Opcode::Compare => {
                    let rhs = pop!();
                    let lhs = pop!();
                    let op =
                        kiln_bytecode::CmpOp::from_operand(arg).unwrap_or(kiln_bytecode::CmpOp::Eq);
                    push!(inst!(Inst::Compare(op, lhs, rhs)));
                }
                Opcode::Jump => {
                    let target = self.block_at[&(arg as usize)];
                    self.set_term(
                        block,
                        Terminator::Jump(BlockCall {
                            block: target,
                            args: Vec::new(),
                        }),
                    );
                    return;
                }
                Opcode::PopJumpIfFalse
                | Opcode::PopJumpIfTrue
                | Opcode::JumpIfFalseOrPop
                | Opcode::JumpIfTrueOrPop => {
                    // The POP_ forms drop the tested value on both edges; the OR_POP forms keep
                    // it on the jump and drop it on the fall-through (the stack depths of the
                    // two targets say which, so one read serves both).
                    let value = self.read(block, Var::Stack(depth - 1));
                    let cond = inst!(Inst::Truthy(value));
                    let jump_if_true =
                        matches!(inst.op, Opcode::PopJumpIfTrue | Opcode::JumpIfTrueOrPop);
                    let target = self.call(arg as usize);
                    let next = self.call(i + 1);
                    let (then, otherwise) = if jump_if_true {
                        (target, next)
                    } else {
                        (next, target)
                    };
                    self.set_term(
                        block,
                        Terminator::Branch {
                            cond,
                            then,
                            otherwise,
                        },
                    );
                    return;
                }
                Opcode::GetIter => {
                    let value = pop!();
                    push!(inst!(Inst::GetIter(value)));
                }
                Opcode::ForIter => {
                    let iter = self.read(block, Var::Stack(depth - 1));
                    let cond = inst!(Inst::IterHasNext(iter));
                    let body = self.for_body[&i];
                    let exhausted = self.call(arg as usize);
                    let then = BlockCall {
                        block: body,
                        args: Vec::new(),
                    };
                    self.set_term(
                        block,
                        Terminator::Branch {
                            cond,
                            then,
                            otherwise: exhausted,
                        },
                    );
                    self.seal_ready();
                    block = body;
                    let item = inst!(Inst::IterValue(iter));
                    let advanced = inst!(Inst::IterAdvance(iter));
                    self.write(block, Var::Stack(depth - 1), advanced);
                    push!(item);
                }
                Opcode::Call => {
                    let mut args = Vec::with_capacity(arg as usize);
                    for _ in 0..arg {
                        args.push(pop!());
                    }
                    args.reverse();
                    let callee = pop!();
                    let kwnames = std::mem::take(&mut kwnames);
                    // What a builtin iterates may be an instance iterable through a generator
                    // `__iter__`, which typing turns into that generator.
                    if let Inst::BuiltinRef(builtin) = self.func.values[callee.index()].def_inst() {
                        let positional = args.len().saturating_sub(kwnames.len());
                        for i in builtin.iterated_arguments(positional) {
                            args[i] = inst!(Inst::Iterable(args[i]));
                        }
                    }
                    push!(inst!(Inst::Call {
                        callee,
                        args,
                        kwnames
                    }));
                }
                Opcode::KwNames => {
                    if let Some(Constant::Tuple(names)) = self.program.consts.get(arg as usize) {
                        kwnames = names
                            .iter()
                            .map(|n| match n {
                                Constant::Str(s) => s.clone(),
                                _ => String::new(),
                            })
                            .collect();
                    }
                }
                Opcode::MakeFunction => {
                    let (count, free) = self
                        .program
                        .codes
                        .get(arg as usize)
                        .map_or((0, 0), |c| (c.defaults, c.freevars.len()));
                    let mut cells: Vec<Value> = (0..free).map(|_| pop!()).collect();
                    cells.reverse();
                    let mut defaults: Vec<Value> = (0..count).map(|_| pop!()).collect();
                    defaults.reverse();
                    push!(inst!(Inst::MakeFunction {
                        code: arg,
                        defaults,
                        cells,
                    }));
                }
                Opcode::LoadDeref => {
                    let cell = self.cell(arg);
                    let locals = self.code.locals.len();
                    let free = arg as usize >= locals;
                    let name = match free {
                        true => self.code.freevars.get(arg as usize - locals),
                        false => self.code.locals.get(arg as usize),
                    };
                    let name = name.cloned().unwrap_or_default();
                    push!(inst!(Inst::CellGet { cell, name, free }));
                }
                Opcode::StoreDeref => {
                    let value = pop!();
                    let cell = self.cell(arg);
                    inst!(Inst::CellSet(cell, value));
                }
                Opcode::LoadClosure => push!(self.cell(arg)),
                Opcode::CallEx => {
                    let kwargs = (arg & 1 == 1).then(|| pop!());
                    let mut parts: Vec<Value> = (0..arg >> 1).map(|_| pop!()).collect();
                    parts.reverse();
                    let callee = pop!();
                    push!(inst!(Inst::CallEx {
                        callee,
                        parts,
                        kwargs
                    }));
                }
                Opcode::ReturnValue => {
                    let value = pop!();
                    self.set_term(block, Terminator::Return(value));
                    return;
                }
                Opcode::FormatValue => {
                    let value = pop!();
                    push!(inst!(Inst::Format(value)));
                }
                Opcode::ConvertValue | Opcode::FormatWithSpec => {
                    // `!s`/`!r`/`!a` and `format(value, spec)` are calls of the builtins.
                    let (builtin, args) = match Conversion::from_operand(arg) {
                        _ if inst.op == Opcode::FormatWithSpec => {
                            let spec = pop!();
                            (Builtin::Format, vec![pop!(), spec])
                        }
                        Some(Conversion::Str) => (Builtin::Str, vec![pop!()]),
                        Some(Conversion::Repr) => (Builtin::Repr, vec![pop!()]),
                        _ => (Builtin::Ascii, vec![pop!()]),
                    };
                    let callee = inst!(Inst::BuiltinRef(builtin));
                    push!(inst!(Inst::Call {
                        callee,
                        args,
                        kwnames: Vec::new()
                    }));
                }
                Opcode::BuildString => {
                    let mut parts = Vec::new();
                    for _ in 0..arg {
                        parts.push(pop!());
                    }
                    parts.reverse();
                    push!(inst!(Inst::BuildString(parts)));
                }
                Opcode::BuildList | Opcode::BuildTuple | Opcode::BuildSet | Opcode::BuildMap => {
                    let (kind, count) = match inst.op {
                        Opcode::BuildList => (Container::List, arg),
                        Opcode::BuildTuple => (Container::Tuple, arg),
                        Opcode::BuildSet => (Container::Set, arg),
                        _ => (Container::Dict, arg.saturating_mul(2)),
                    };
                    let mut items = Vec::with_capacity(count as usize);
                    for _ in 0..count {
                        items.push(pop!());
                    }
                    items.reverse();
                    push!(inst!(Inst::Build(kind, items)));
                }
                Opcode::ListAppend | Opcode::SetAdd | Opcode::MapAdd => {
                    let mut items = vec![pop!()];
                    if inst.op == Opcode::MapAdd {
                        items.insert(0, pop!());
                    }
                    let container = self.read(block, Var::Stack(depth - arg));
                    inst!(Inst::CompAdd(container, items));
                }
                Opcode::BinarySubscr => {
                    let index = pop!();
                    let container = pop!();
                    push!(inst!(Inst::GetItem(container, index)));
                }
                Opcode::StoreSubscr => {
                    let index = pop!();
                    let container = pop!();
                    let value = pop!();
                    inst!(Inst::SetItem(container, index, value));
                }
                Opcode::DeleteSubscr => {
                    let index = pop!();
                    let container = pop!();
                    inst!(Inst::DelItem(container, index));
                }
                Opcode::BuildSlice => {
                    let step = if arg == 3 {
                        pop!()
                    } else {
                        inst!(Inst::Const(Const::None))
                    };
                    let stop = pop!();
                    let start = pop!();
                    push!(inst!(Inst::BuildSlice(start, stop, step)));
                }
                Opcode::UnpackSequence | Opcode::UnpackEx => {
                    let value = pop!();
                    let (before, after, starred) = if inst.op == Opcode::UnpackEx {
                        (arg & 0xff, arg >> 8, true)
                    } else {
                        (arg, 0, false)
                    };
                    inst!(Inst::UnpackCheck {
                        value,
                        before,
                        after,
                        starred
                    });
                    // Pushed last item first, so the first is on top.
                    for k in (0..i64::from(after)).rev() {
                        let index = inst!(Inst::Const(Const::Int(k - i64::from(after))));
                        push!(inst!(Inst::GetItem(value, index)));
                    }
                    if starred {
                        push!(inst!(Inst::UnpackRest {
                            value,
                            before,
                            after
                        }));
                    }
                    for k in (0..i64::from(before)).rev() {
                        let index = inst!(Inst::Const(Const::Int(k)));
                        push!(inst!(Inst::GetItem(value, index)));
                    }
                }
                Opcode::ContainsOp | Opcode::IsOp => {
                    let rhs = pop!();
                    let lhs = pop!();
                    let test = if inst.op == Opcode::ContainsOp {
                        inst!(Inst::Contains(lhs, rhs))
                    } else {
                        inst!(Inst::Is(lhs, rhs))
                    };
                    let result = if arg == 1 {
                        inst!(Inst::Unary(kiln_bytecode::UnaryOp::Not, test))
                    } else {
                        test
                    };
                    push!(result);
                }
                Opcode::MakeClass => push!(inst!(Inst::MakeClass(arg))),
                Opcode::YieldValue => {
                    let value = pop!();
                    push!(inst!(Inst::Yield(value)));
                }
                Opcode::StoreAttr => {
                    let object = pop!();
                    let value = pop!();
                    let name = self.name(arg);
                    inst!(Inst::SetAttr(object, name, value));
                }
                Opcode::DeleteGlobal => {
                    inst!(Inst::DeleteGlobal(GlobalId(arg)));
                }
                Opcode::DeleteFast => {
                    self.write(block, Var::Local(arg), self.undef);
                    self.write(block, Var::Bound(arg), self.false_value);
                }
                Opcode::Raise => {
                    let raise = match arg {
                        0 => Inst::RaiseHandled,
                        1 => Inst::RaiseExc {
                            exc: pop!(),
                            cause: None,
                        },
                        _ => {
                            let cause = pop!();
                            Inst::RaiseExc {
                                exc: pop!(),
                                cause: Some(cause),
                            }
                        }
                    };
                    inst!(raise);
                    self.set_term(block, Terminator::Unreachable);
                    return;
                }
                Opcode::Reraise => {
                    let exc = pop!();
                    inst!(Inst::Reraise(exc));
                    self.set_term(block, Terminator::Unreachable);
                    return;
                }
                Opcode::PushExcInfo => {
                    let exc = self.read(block, Var::Stack(depth - 1));
                    inst!(Inst::PushExcInfo(exc));
                }
                Opcode::PopExcept => {
                    inst!(Inst::PopExcept);
                }
                Opcode::CheckExcMatch => {
                    let class = pop!();
                    let exc = self.read(block, Var::Stack(depth - 1));
                    push!(inst!(Inst::ExcMatch(exc, class)));
                }
                Opcode::LoadAttr => {
                    let object = pop!();
                    let name = self.name(arg);
                    push!(inst!(Inst::GetAttr(object, name)));
                }
            }
            i += 1;
            if let Some(&next) = self.block_at.get(&i) {
                self.set_term(
                    block,
                    Terminator::Jump(BlockCall {
                        block: next,
                        args: Vec::new(),
                    }),
                );
                return;
            }
            if i >= self.code.code.len() {
                // The verifier guarantees every path ends in a terminator.
                return;
            }
        }
    }

    /// Name `index` of the program's name pool (verified to exist).
    fn name(&self, index: u32) -> String {
        self.program
            .names
            .get(index as usize)
            .cloned()
            .unwrap_or_default()
    }

    fn call(&self, target: usize) -> BlockCall {
        BlockCall {
            block: self.block_at[&target],
            args: Vec::new(),
        }
    }

    fn set_term(&mut self, block: Block, term: Terminator) {
        self.func.blocks[block.index()].term = term;
        self.filled[block.index()] = true;
    }

    fn constant(&mut self, index: u32, block: Block, span: Span) -> Value {
        let constant = match self.program.consts.get(index as usize) {
            Some(Constant::None) | None | Some(Constant::Tuple(_)) => Const::None,
            Some(Constant::Bool(b)) => Const::Bool(*b),
            Some(Constant::Int(i)) => Const::Int(*i),
            Some(Constant::BigInt(digits)) => Const::BigInt(digits.clone()),
            Some(Constant::Float(f)) => Const::Float(*f),
            Some(Constant::Str(s)) => Const::Str(s.clone()),
            Some(Constant::Bytes(b)) => Const::Bytes(b.clone()),
        };
        self.func
            .push_inst(block, Inst::Const(constant), TypeId::NEVER, span)
    }
}
