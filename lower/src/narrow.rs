//! Narrowing at branches: where a branch on `x is None`, `x is not None` or the truth of `x`
//! shows that `x` is not None, the blocks dominated by that edge read `Narrow(x)` instead of
//! `x`. Inference types `Narrow(x)` as `T` when `x` is an `Optional[T]` (and as `x`'s own type
//! otherwise), so `if x is not None: x + 1` compiles to an unchecked add. Likewise a branch on
//! `isinstance(x, C)` makes the blocks it leads to read `NarrowClass(x, C)`, typed as an
//! instance of `C` where `x` is typed by a base class of `C`; so does the match of an
//! exception with an `except C` clause (an exception typed as an instance of `C` in the
//! handler when `C` is an exception class of the program).
//!
//! Runs on generic SSA, after `build` and `simplify`, before inference. An edge into a block
//! with other predecessors is split first, so the narrowed value has a block of its own.

use std::collections::{HashMap, HashSet};

use crate::ir::{
    Block, BlockCall, Const, Function, GlobalId, Inst, Terminator, TypeId, Value, ValueDef,
};

/// Inserts the narrowings of `func`. `foreign` holds the globals some other function
/// assigns (a call may change them, so a test of one says nothing after it).
pub fn run(func: &mut Function, foreign: &HashSet<GlobalId>) {
    forward_globals(func, foreign);
    for block in func.reverse_postorder() {
        let Terminator::Branch { cond, .. } = &func.blocks[block.index()].term else {
            continue;
        };
        let Some((subject, then_not_none)) = tested(func, *cond) else {
            continue;
        };
        let (subject, narrowing) = match isinstance_test(func, subject) {
            Some((object, class)) => (object, Inst::NarrowClass(object, class)),
            None => (subject, Inst::Narrow(subject)),
        };
        let Some(target) = edge_block(func, block, then_not_none) else {
            continue;
        };
        let span = func.values[subject.index()].span;
        let narrowed = func.push_inst(target, narrowing, TypeId::NEVER, span);
        // `push_inst` appended it: move it to the front of the block.
        let insts = &mut func.blocks[target.index()].insts;
        insts.pop();
        insts.insert(0, narrowed);
        let dominated = dominated_by(func, target);
        for &block in &dominated {
            replace_uses(func, block, subject, narrowed);
        }
        // A global read again where the test holds is the value tested, when only this
        // function assigns it and not there.
        if let Some(&Inst::LoadGlobal(global)) = func.inst(subject) {
            let loads = global_loads(func, &dominated, global);
            if !foreign.contains(&global) {
                for (block, load) in loads.unwrap_or_default() {
                    replace_uses(func, block, load, narrowed);
                }
            }
        }
    }
}

/// Makes a read of a global that this function assigned, on every path to the read and with
/// no assignment or deletion between, read the value assigned instead: a module-level
/// variable keeps the type of what was stored (`except C as e` binds `e` to an instance of
/// `C`, even where other handlers bind other exceptions to `e`). Only for globals no other
/// function assigns (`foreign`), which a call could change, and not for literals.
fn forward_globals(func: &mut Function, foreign: &HashSet<GlobalId>) {
    let mut stores = Vec::new();
    for block in func.reverse_postorder() {
        for (pos, &value) in func.blocks[block.index()].insts.iter().enumerate() {
            if let Some(&Inst::StoreGlobal(global, stored)) = func.inst(value) {
                // A literal stays a read of the global: what CPython evaluates as a
                // constant (a set display of literals, a literal index) is told by the source.
                let literal = matches!(func.inst(stored), Some(Inst::Const(_)));
                if !foreign.contains(&global) && !literal {
                    stores.push((block, pos, global, stored));
                }
            }
        }
    }
    let assigns = |func: &Function, value: Value, global: GlobalId| matches!(func.inst(value), Some(Inst::StoreGlobal(g, _) | Inst::DeleteGlobal(g)) if *g == global);
    let mut forwarded: HashMap<Value, Value> = HashMap::new();
    for (block, pos, global, stored) in stores {
        let insts = &func.blocks[block.index()].insts;
        let mut reassigned = false;
        for &value in &insts[pos + 1..] {
            if assigns(func, value, global) {
                reassigned = true;
                break;
            }
            if func.inst(value) == Some(&Inst::LoadGlobal(global)) {
                forwarded.insert(value, stored);
            }
        }
        if reassigned {
            continue;
        }
        let region = after_block(func, block);
        let blocks = || region.iter().map(|b| &func.blocks[b.index()].insts);
        if blocks().flatten().any(|&v| assigns(func, v, global)) {
            continue;
        }
        for &value in blocks().flatten() {
            if func.inst(value) == Some(&Inst::LoadGlobal(global)) {
                forwarded.insert(value, stored);
            }
        }
    }
    if forwarded.is_empty() {
        return;
    }
    let resolve = |mut v: Value| {
        while let Some(&next) = forwarded.get(&v) {
            v = next;
        }
        v
    };
    for index in 0..func.blocks.len() {
        for &value in &func.blocks[index].insts.clone() {
            if let ValueDef::Inst(inst) = &mut func.values[value.index()].def {
                inst.map_operands(|v| *v = resolve(*v));
            }
        }
        let data = &mut func.blocks[index];
        if let Terminator::Branch { cond: v, .. } | Terminator::Return(v) = &mut data.term {
            *v = resolve(*v);
        }
        for call in data.edges_mut() {
            call.args.iter_mut().for_each(|v| *v = resolve(*v));
        }
    }
}

/// The blocks (other than `block`) that run only after `block` ran to its end: every path
/// from the entry to them leaves `block` by its terminator, not by its exception edge.
fn after_block(func: &Function, block: Block) -> Vec<Block> {
    let reachable = |cut: bool| {
        let mut seen = HashSet::new();
        let mut stack = vec![func.entry];
        while let Some(b) = stack.pop() {
            if !seen.insert(b) {
                continue;
            }
            let data = &func.blocks[b.index()];
            if cut && b == block {
                stack.extend(data.unwind.iter().map(|c| c.block));
            } else {
                stack.extend(data.edges().iter().map(|c| c.block));
            }
        }
        seen
    };
    let all = reachable(false);
    let before = reachable(true);
    all.into_iter()
        .filter(|b| *b != block && !before.contains(b))
        .collect()
}

/// The value a branch condition tests for None (or for truth), and whether its `then` edge is
/// the one where that value is not None.
fn tested(func: &Function, cond: Value) -> Option<(Value, bool)> {
    let Inst::Truthy(mut value) = func.inst(cond)? else {
        return None;
    };
    let mut then_not_none = true;
    loop {
        match func.inst(value) {
            Some(Inst::Unary(kiln_bytecode::UnaryOp::Not, inner)) => {
                value = *inner;
                then_not_none = !then_not_none;
            }
            Some(Inst::Is(a, b)) => {
                let subject = match (is_none(func, *a), is_none(func, *b)) {
                    (false, true) => *a,
                    (true, false) => *b,
                    _ => return None,
                };
                return Some((subject, !then_not_none));
            }
            Some(Inst::Const(_)) => return None,
            _ => return Some((value, then_not_none)),
        }
    }
}

/// The reads of `global` in `blocks`, with their blocks; `None` if one of them assigns or
/// deletes it.
fn global_loads(
    func: &Function,
    blocks: &[Block],
    global: GlobalId,
) -> Option<Vec<(Block, Value)>> {
    let mut loads = Vec::new();
    for &block in blocks {
        for &value in &func.blocks[block.index()].insts {
            match func.inst(value) {
                Some(Inst::LoadGlobal(g)) if *g == global => loads.push((block, value)),
                Some(Inst::StoreGlobal(g, _) | Inst::DeleteGlobal(g)) if *g == global => {
                    return None
                }
                _ => {}
            }
        }
    }
    Some(loads)
}

/// The globals `func` assigns or deletes.
pub fn stored_globals(func: &Function) -> HashSet<GlobalId> {
    func.values
        .iter()
        .filter_map(|v| match &v.def {
            ValueDef::Inst(Inst::StoreGlobal(g, _) | Inst::DeleteGlobal(g)) => Some(*g),
            _ => None,
        })
        .collect()
}

/// `(x, classes)` when `value` is the result of `isinstance(x, classes)` or tests whether
/// exception `x` matches an `except classes` clause.
fn isinstance_test(func: &Function, value: Value) -> Option<(Value, Value)> {
    if let Some(&Inst::ExcMatch(exc, classes)) = func.inst(value) {
        return Some((exc, classes));
    }
    let Inst::Call {
        callee,
        args,
        kwnames,
    } = func.inst(value)?
    else {
        return None;
    };
    let builtin = matches!(
        func.inst(*callee),
        Some(Inst::BuiltinRef(crate::ir::Builtin::IsInstance))
    );
    (builtin && args.len() == 2 && kwnames.is_empty()).then(|| (args[0], args[1]))
}

fn is_none(func: &Function, value: Value) -> bool {
    matches!(func.inst(value), Some(Inst::Const(Const::None)))
}

/// The block that the `then` (or `otherwise`) edge of `block`'s branch enters, split off so
/// that `block` is its only predecessor.
fn edge_block(func: &mut Function, block: Block, then: bool) -> Option<Block> {
    let entry = func.entry;
    let mut predecessors = 0;
    let target = {
        let Terminator::Branch {
            then: t,
            otherwise: o,
            ..
        } = &func.blocks[block.index()].term
        else {
            return None;
        };
        if then {
            t.block
        } else {
            o.block
        }
    };
    for data in &func.blocks {
        predecessors += data.edges().iter().filter(|c| c.block == target).count();
    }
    if predecessors == 1 && target != entry {
        return Some(target);
    }
    let split = func.add_block();
    let Terminator::Branch {
        then: t,
        otherwise: o,
        ..
    } = &mut func.blocks[block.index()].term
    else {
        return None;
    };
    let edge = if then { t } else { o };
    let original = std::mem::replace(
        edge,
        BlockCall {
            block: split,
            args: Vec::new(),
        },
    );
    func.blocks[split.index()].term = Terminator::Jump(original);
    Some(split)
}

/// The blocks `target` dominates: those every path from the entry to them passes through it.
fn dominated_by(func: &Function, target: Block) -> Vec<Block> {
    let reachable = |skip: Option<Block>| {
        let mut seen = HashSet::new();
        let mut stack = vec![func.entry];
        while let Some(block) = stack.pop() {
            if Some(block) == skip || !seen.insert(block) {
                continue;
            }
            stack.extend(func.blocks[block.index()].edges().iter().map(|c| c.block));
        }
        seen
    };
    let all = reachable(None);
    let avoiding = reachable(Some(target));
    all.into_iter().filter(|b| !avoiding.contains(b)).collect()
}

/// Makes `block`'s instructions (but `replacement`'s own) and terminator read `replacement`
/// instead of `old`.
fn replace_uses(func: &mut Function, block: Block, old: Value, replacement: Value) {
    let swap = |v: &mut Value| {
        if *v == old {
            *v = replacement;
        }
    };
    for &value in &func.blocks[block.index()].insts.clone() {
        if value == replacement {
            continue;
        }
        if let ValueDef::Inst(inst) = &mut func.values[value.index()].def {
            inst.map_operands(swap);
        }
    }
    match &mut func.blocks[block.index()].term {
        Terminator::Branch { cond, .. } => swap(cond),
        Terminator::Return(value) => swap(value),
        Terminator::Jump(_) | Terminator::Unreachable => {}
    }
    for call in func.blocks[block.index()].edges_mut() {
        call.args.iter_mut().for_each(swap);
    }
}
