//! Cleanup passes on one function: trivial block parameters, bound checks that always pass,
//! dead pure instructions and unreachable blocks.
//!
//! Run after SSA construction (Braun's algorithm leaves trivial parameters behind) and after
//! monomorphization.

use std::collections::{HashMap, HashSet};

use crate::ir::{Block, Const, Container, Function, Inst, RtFn, Terminator, Value, ValueDef};

/// Simplifies `func` in place.
pub fn run(func: &mut Function) {
    remove_unreachable_blocks(func);
    remove_trivial_params(func);
    remove_passing_bound_checks(func);
    remove_dead_params(func);
    fuse_slice_copies(func);
    forward_tuple_items(func);
    remove_dead_code(func);
}

/// Removes block parameters whose values are never used, except to be passed on to other
/// dead parameters. (A stack slot that a chained comparison drops, for example, must not force
/// the values flowing into it to share a type.)
fn remove_dead_params(func: &mut Function) {
    let mut live: HashSet<Value> = HashSet::new();
    for block in &func.blocks {
        for &value in &block.insts {
            if let Some(inst) = func.inst(value) {
                inst.for_each_operand(|v| {
                    live.insert(*v);
                });
            }
        }
        match &block.term {
            Terminator::Branch { cond, .. } => {
                live.insert(*cond);
            }
            Terminator::Return(value) => {
                live.insert(*value);
            }
            _ => {}
        }
    }
    // A value passed to a live parameter is live too.
    loop {
        let mut changed = false;
        for block in &func.blocks {
            for call in block.edges() {
                let params = &func.blocks[call.block.index()].params;
                for (param, arg) in params.iter().zip(&call.args) {
                    if live.contains(param) && live.insert(*arg) {
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    let entry = func.entry;
    for index in 0..func.blocks.len() {
        if Block::new(index) == entry {
            continue;
        }
        let dead: Vec<usize> = func.blocks[index]
            .params
            .iter()
            .enumerate()
            .filter(|(_, p)| !live.contains(p))
            .map(|(k, _)| k)
            .collect();
        for &k in dead.iter().rev() {
            func.blocks[index].params.remove(k);
            for pred in func.blocks.iter_mut() {
                for call in pred.edges_mut() {
                    if call.block.index() == index {
                        call.args.remove(k);
                    }
                }
            }
        }
    }
}

/// Empties blocks that cannot be reached from the entry.
fn remove_unreachable_blocks(func: &mut Function) {
    let reachable: HashSet<Block> = func.reverse_postorder().into_iter().collect();
    for (index, block) in func.blocks.iter_mut().enumerate() {
        if !reachable.contains(&Block::new(index)) {
            block.params.clear();
            block.insts.clear();
            block.term = Terminator::Unreachable;
            block.unwind = None;
        }
    }
}

/// Removes block parameters whose incoming arguments are all one value (or the parameter itself).
fn remove_trivial_params(func: &mut Function) {
    let mut replaced: HashMap<Value, Value> = HashMap::new();
    loop {
        let mut changed = false;
        for block in func.reverse_postorder() {
            let mut k = 0;
            while k < func.blocks[block.index()].params.len() {
                let param = func.blocks[block.index()].params[k];
                let mut unique = None;
                let mut trivial = true;
                for pred in func.blocks.iter() {
                    for call in pred.edges() {
                        if call.block != block {
                            continue;
                        }
                        let arg = resolve(&replaced, call.args[k]);
                        if arg == param || Some(arg) == unique {
                            continue;
                        }
                        if unique.is_some() {
                            trivial = false;
                        }
                        unique = Some(arg);
                    }
                }
                match unique {
                    Some(value) if trivial && block != func.entry => {
                        replaced.insert(param, value);
                        func.values[param.index()].def = ValueDef::Alias(value);
                        func.blocks[block.index()].params.remove(k);
                        for pred in func.blocks.iter_mut() {
                            for call in pred.edges_mut() {
                                if call.block == block {
                                    call.args.remove(k);
                                }
                            }
                        }
                        changed = true;
                    }
                    _ => k += 1,
                }
            }
        }
        if !changed {
            break;
        }
    }
    if !replaced.is_empty() {
        rewrite_uses(func, &replaced);
    }
}

fn resolve(replaced: &HashMap<Value, Value>, mut value: Value) -> Value {
    while let Some(&next) = replaced.get(&value) {
        value = next;
    }
    value
}

/// Replaces every use of a key of `replaced` by its (resolved) value.
pub(crate) fn rewrite_uses(func: &mut Function, replaced: &HashMap<Value, Value>) {
    for block in 0..func.blocks.len() {
        for &value in &func.blocks[block].insts.clone() {
            if let ValueDef::Inst(inst) = &mut func.values[value.index()].def {
                inst.map_operands(|v| *v = resolve(replaced, *v));
            }
        }
        match &mut func.blocks[block].term {
            Terminator::Branch { cond, .. } => *cond = resolve(replaced, *cond),
            Terminator::Return(value) => *value = resolve(replaced, *value),
            Terminator::Jump(_) | Terminator::Unreachable => {}
        }
        for call in func.blocks[block].edges_mut() {
            call.args
                .iter_mut()
                .for_each(|v| *v = resolve(replaced, *v));
        }
    }
}

/// Reading an item of a tuple made in this function reads the value it was made from, so
/// `a, b = b, a` makes no tuple (the tuple itself goes if nothing else uses it).
fn forward_tuple_items(func: &mut Function) {
    let mut replaced = HashMap::new();
    for block in &func.blocks {
        for &value in &block.insts {
            let Some(Inst::TupleGet(tuple, k)) = func.inst(value) else {
                continue;
            };
            if let Some(Inst::New(Container::Tuple, items)) = func.inst(*tuple) {
                if let Some(&item) = items.get(*k as usize) {
                    replaced.insert(value, item);
                }
            }
        }
    }
    if !replaced.is_empty() {
        for block in &mut func.blocks {
            block.insts.retain(|v| !replaced.contains_key(v));
        }
        rewrite_uses(func, &replaced);
    }
}

/// Drops `CheckBound` whose flag is the constant `true`.
fn remove_passing_bound_checks(func: &mut Function) {
    for block in 0..func.blocks.len() {
        let insts = std::mem::take(&mut func.blocks[block].insts);
        let kept = insts
            .into_iter()
            .filter(|&value| match func.inst(value) {
                Some(Inst::CheckBound { bound, .. }) => {
                    !matches!(func.inst(*bound), Some(Inst::Const(Const::Bool(true))))
                }
                _ => true,
            })
            .collect();
        func.blocks[block].insts = kept;
    }
}

/// `l[a:b] = m[c:d]` copies the items directly: a `ListSlice` whose only use is the
/// `ListSetSlice` right after it (with nothing between them that could touch a list: pure
/// instructions and int arithmetic, which raises at most ZeroDivisionError) becomes part of
/// a `ListSetSliceFrom`, and the right-hand list is never made.
fn fuse_slice_copies(func: &mut Function) {
    let mut uses: HashMap<Value, usize> = HashMap::new();
    let mut count = |v: &Value| *uses.entry(*v).or_default() += 1;
    for block in &func.blocks {
        for &value in &block.insts {
            if let Some(inst) = func.inst(value) {
                inst.for_each_operand(&mut count);
            }
        }
        match &block.term {
            Terminator::Branch { cond, .. } => count(cond),
            Terminator::Return(value) => count(value),
            _ => {}
        }
        for call in block.edges() {
            call.args.iter().for_each(&mut count);
        }
    }
    for block in 0..func.blocks.len() {
        let mut fused = Vec::new();
        let insts = func.blocks[block].insts.clone();
        for (at, &value) in insts.iter().enumerate() {
            let Some(Inst::Rt(RtFn::ListSetSlice, args)) = func.inst(value) else {
                continue;
            };
            let &[list, slice, items] = &args[..] else {
                continue;
            };
            let Some(made) = insts[..at].iter().rposition(|&v| v == items) else {
                continue;
            };
            let Some(Inst::Rt(RtFn::ListSlice, source)) = func.inst(items) else {
                continue;
            };
            let between_pure = insts[made + 1..at].iter().all(|&v| {
                func.inst(v).is_some_and(|i| {
                    !i.has_effect() || matches!(i, Inst::IntBinary(..) | Inst::IntNeg(_))
                })
            });
            if uses.get(&items) != Some(&1) || !between_pure {
                continue;
            }
            let operands = vec![list, slice, source[0], source[1]];
            if let ValueDef::Inst(inst) = &mut func.values[value.index()].def {
                *inst = Inst::Rt(RtFn::ListSetSliceFrom, operands);
                fused.push(items);
            }
        }
        func.blocks[block].insts.retain(|v| !fused.contains(v));
    }
}

/// Removes pure instructions whose results are never used.
fn remove_dead_code(func: &mut Function) {
    loop {
        let mut used = HashSet::new();
        for block in &func.blocks {
            for &value in &block.insts {
                if let Some(inst) = func.inst(value) {
                    inst.for_each_operand(|v| {
                        used.insert(*v);
                    });
                }
            }
            match &block.term {
                Terminator::Branch { cond, .. } => {
                    used.insert(*cond);
                }
                Terminator::Return(value) => {
                    used.insert(*value);
                }
                _ => {}
            }
            for call in block.edges() {
                used.extend(call.args.iter().copied());
            }
        }
        let mut changed = false;
        for block in 0..func.blocks.len() {
            let before = func.blocks[block].insts.len();
            let insts = std::mem::take(&mut func.blocks[block].insts);
            func.blocks[block].insts = insts
                .into_iter()
                .filter(|value| {
                    used.contains(value) || func.inst(*value).is_some_and(Inst::has_effect)
                })
                .collect();
            changed |= func.blocks[block].insts.len() != before;
        }
        if !changed {
            break;
        }
    }
}
