//! Definite assignment of globals: removes NameError checks that can never fail.
//!
//! A global read needs a check only if the read could run before the global's first
//! assignment. Within a function, a global is definitely assigned after a store to it or after a
//! check of it on every path. Across functions, a function may rely on every global that is
//! definitely assigned at *all* of its call sites (its "safe set"); safe sets start unknown,
//! only shrink, and are propagated from the module's top level with a worklist. Globals are
//! never unassigned (kiln rejects `del`), which is what makes this sound.

use std::collections::VecDeque;

use crate::ir::{Block, Function, Inst, Module, Terminator, Value};

/// A set of globals.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Set(Vec<bool>);

impl Set {
    fn empty(n: usize) -> Set {
        Set(vec![false; n])
    }

    fn intersect(&mut self, other: &Set) -> bool {
        let mut changed = false;
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            if *a && !*b {
                *a = false;
                changed = true;
            }
        }
        changed
    }
}

/// Removes the `CheckGlobal`s of `module` that definite assignment proves redundant.
pub fn run(module: &mut Module) {
    let n = module.globals.len();
    // A global some function deletes may be unbound after any call: its reads stay checked.
    let deleted: Vec<bool> = (0..n)
        .map(|g| {
            module.funcs.iter().any(|func| {
                func.values.iter().any(|v| {
                    matches!(&v.def, crate::ir::ValueDef::Inst(Inst::DeleteGlobal(d)) if d.index() == g)
                })
            })
        })
        .collect();
    let mut safe: Vec<Option<Set>> = vec![None; module.funcs.len()];
    safe[module.entry.index()] = Some(Set::empty(n));
    let mut worklist = VecDeque::from([module.entry]);
    while let Some(f) = worklist.pop_front() {
        let Some(entry) = safe[f.index()].clone() else {
            continue;
        };
        let func = &module.funcs[f.index()];
        walk(func, entry, |value, assigned| {
            if let Some(Inst::CallDirect(callee, _)) = func.inst(value) {
                let changed = match &mut safe[callee.index()] {
                    Some(set) => set.intersect(assigned),
                    slot @ None => {
                        *slot = Some(assigned.clone());
                        true
                    }
                };
                if changed {
                    worklist.push_back(*callee);
                }
            }
        });
    }
    for (index, entry) in safe.into_iter().enumerate() {
        let Some(entry) = entry else { continue };
        let func = &module.funcs[index];
        let mut redundant = Vec::new();
        walk(func, entry, |value, assigned| {
            if let Some(Inst::CheckGlobal(g)) = func.inst(value) {
                if assigned.0[g.index()] && !deleted[g.index()] {
                    redundant.push(value);
                }
            }
        });
        let func = &mut module.funcs[index];
        for block in &mut func.blocks {
            block.insts.retain(|v| !redundant.contains(v));
        }
    }
}

/// Runs the forward dataflow over `func` starting from `entry`, calling `visit` before each
/// instruction with the set of globals definitely assigned at that point.
fn walk(func: &Function, entry: Set, mut visit: impl FnMut(Value, &Set)) {
    let order = func.reverse_postorder();
    let mut block_in: Vec<Option<Set>> = vec![None; func.blocks.len()];
    block_in[func.entry.index()] = Some(entry);
    // Iterate to a fixpoint first (loops), then visit with the final sets.
    for pass in 0..2 {
        loop {
            let mut changed = false;
            for &block in &order {
                let Some(mut assigned) = block_in[block.index()].clone() else {
                    continue;
                };
                // An exception may leave the block before any of its stores.
                let mut edges: Vec<(Block, Set)> = Vec::new();
                if let Some(unwind) = &func.blocks[block.index()].unwind {
                    edges.push((unwind.block, assigned.clone()));
                }
                for &value in &func.blocks[block.index()].insts {
                    if pass == 1 {
                        visit(value, &assigned);
                    }
                    match func.inst(value) {
                        Some(Inst::StoreGlobal(g, _) | Inst::CheckGlobal(g)) => {
                            assigned.0[g.index()] = true;
                        }
                        Some(Inst::DeleteGlobal(g)) => assigned.0[g.index()] = false,
                        _ => {}
                    }
                }
                if !matches!(func.blocks[block.index()].term, Terminator::Unreachable) {
                    for call in func.blocks[block.index()].term.successors() {
                        edges.push((call.block, assigned.clone()));
                    }
                }
                for (to, assigned) in edges {
                    changed |= match &mut block_in[to.index()] {
                        Some(set) => set.intersect(&assigned),
                        slot @ None => {
                            *slot = Some(assigned);
                            true
                        }
                    };
                }
            }
            if pass == 1 || !changed {
                break;
            }
        }
    }
}
