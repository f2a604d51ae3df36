//! The IR verifier: structural invariants every pass must keep.
//!
//! Checked: every operand and block argument refers to a value defined in the function and not
//! aliased away; every jump passes exactly one argument per block parameter with matching
//! types; a finished module contains no generic instructions; direct calls match the callee's
//! signature; branch conditions are bools.

use std::collections::HashSet;

use super::{Function, Inst, Module, Terminator, TypeId, TypeKind, Value, ValueDef};

/// Verifies a typed module (after monomorphization).
pub fn module(module: &Module) -> Result<(), String> {
    for func in &module.funcs {
        function(func, true).map_err(|err| format!("in {}: {err}", func.name))?;
        if let Some(returns) = func.generator {
            if !matches!(module.types.kind(func.ret), TypeKind::Generator(..)) {
                return Err(format!("{} makes no generator", func.name));
            }
            for data in &func.blocks {
                if let Terminator::Return(v) = data.term {
                    if func.ty(v) != returns && func.ty(v) != TypeId::NEVER {
                        return Err(format!("in {}: {v} returns the wrong type", func.name));
                    }
                }
            }
        }
        for block in func.reverse_postorder() {
            for &value in &func.blocks[block.index()].insts {
                if let Some(Inst::CallDirect(callee, args)) = func.inst(value) {
                    let target = module
                        .funcs
                        .get(callee.index())
                        .ok_or_else(|| format!("{value} calls missing {callee}"))?;
                    let params = &target.blocks[target.entry.index()].params;
                    if params.len() != args.len() {
                        return Err(format!(
                            "in {}: {value} passes {} arguments to {} which takes {}",
                            func.name,
                            args.len(),
                            target.name,
                            params.len()
                        ));
                    }
                }
            }
        }
    }
    Ok(())
}

/// Verifies one function; with `typed`, also that no generic instruction remains.
pub fn function(func: &Function, typed: bool) -> Result<(), String> {
    let order = func.reverse_postorder();
    let mut defined: HashSet<Value> = HashSet::new();
    for &block in &order {
        let data = &func.blocks[block.index()];
        defined.extend(data.params.iter().copied());
        defined.extend(data.insts.iter().copied());
    }
    let check = |v: Value, what: &str| -> Result<(), String> {
        if v.index() >= func.values.len() || !defined.contains(&v) {
            return Err(format!(
                "{what} uses {v}, which is not defined in a reachable block"
            ));
        }
        if matches!(func.values[v.index()].def, ValueDef::Alias(_)) {
            return Err(format!("{what} uses {v}, which was replaced"));
        }
        Ok(())
    };
    for &block in &order {
        let data = &func.blocks[block.index()];
        for &value in &data.insts {
            let Some(inst) = func.inst(value) else {
                return Err(format!(
                    "{block} lists {value}, which is not an instruction"
                ));
            };
            if typed && inst.is_generic() {
                return Err(format!("{value} is still generic: {inst:?}"));
            }
            for operand in inst.operands() {
                check(operand, &format!("{value}"))?;
            }
        }
        match &data.term {
            Terminator::Branch { cond, .. } => {
                check(*cond, &format!("the branch of {block}"))?;
                if typed && func.ty(*cond) != TypeId::BOOL {
                    return Err(format!(
                        "the branch of {block} tests {cond}, which is not a bool"
                    ));
                }
            }
            Terminator::Return(v) => {
                check(*v, &format!("the return of {block}"))?;
                // A generator's body returns what its StopIteration carries (`module` checks).
                let plain = func.generator.is_none();
                if typed && plain && func.ty(*v) != func.ret && func.ty(*v) != TypeId::NEVER {
                    return Err(format!("{block} returns {v} of the wrong type"));
                }
            }
            Terminator::Jump(_) | Terminator::Unreachable => {}
        }
        if let Some(unwind) = &data.unwind {
            let handler = &func.blocks[unwind.block.index()];
            let first = handler.insts.first().and_then(|&v| func.inst(v));
            if !matches!(first, Some(Inst::CaughtException)) {
                return Err(format!(
                    "{block} unwinds to {}, which does not start with the caught exception",
                    unwind.block
                ));
            }
        }
        for call in data.edges() {
            let params = &func.blocks[call.block.index()].params;
            if params.len() != call.args.len() {
                return Err(format!(
                    "{block} passes {} arguments to {} which has {} parameters",
                    call.args.len(),
                    call.block,
                    params.len()
                ));
            }
            for (&arg, &param) in call.args.iter().zip(params) {
                check(arg, &format!("the jump from {block}"))?;
                if typed && func.ty(arg) != func.ty(param) && func.ty(arg) != TypeId::NEVER {
                    return Err(format!("{block} passes {arg} to {param} of another type"));
                }
            }
        }
    }
    Ok(())
}
