//! kiln bytecode → typed SSA.
//!
//! [`lower`] runs the middle of the pipeline: SSA construction for every code object
//! ([`build`]), cleanup ([`simplify`]), narrowing of optional values at branches (`narrow`), whole-program type inference from the module's top level
//! ([`infer`], with the operator rules in [`typing`]), monomorphization into typed functions
//! ([`mono`]) and the IR [`verify`](ir::verify)er. This crate reads only [`kiln_bytecode`]:
//! it never sees Python syntax.

mod assigned;
pub mod build;
mod globals;
pub mod infer;
pub mod ir;
pub mod mono;
mod narrow;
pub mod simplify;
pub mod typing;
mod unify;

use kiln_bytecode::timing::{timed, PhaseTimer};
use kiln_bytecode::{Diagnostic, InternalError, Program};

pub use globals::GlobalTable;

/// Why lowering failed.
#[derive(Debug)]
pub enum LowerError {
    /// Problems in the user's program (type errors, unsupported uses).
    Diagnostics(Vec<Diagnostic>),
    /// A bug in kiln.
    Internal(InternalError),
}

impl From<InternalError> for LowerError {
    fn from(err: InternalError) -> LowerError {
        LowerError::Internal(err)
    }
}

/// Lowers a verified bytecode program to a typed, verified SSA module.
pub fn lower(program: &Program, mut timer: PhaseTimer<'_>) -> Result<ir::Module, LowerError> {
    let mut diagnostics = Vec::new();
    let generics = timed(&mut timer, "lower: build SSA", || {
        let mut generics = Vec::with_capacity(program.codes.len());
        for index in 0..program.codes.len() {
            let mut generic = build::function(program, index, &mut diagnostics)?;
            simplify::run(&mut generic.func);
            generics.push(generic);
        }
        let stores: Vec<_> = generics
            .iter()
            .map(|g| narrow::stored_globals(&g.func))
            .collect();
        for (index, generic) in generics.iter_mut().enumerate() {
            let foreign = stores
                .iter()
                .enumerate()
                .filter(|&(other, _)| other != index)
                .flat_map(|(_, s)| s.iter().copied())
                .collect();
            narrow::run(&mut generic.func, &foreign);
            debug_verify(&generic.func, false)?;
        }
        Ok::<_, LowerError>(generics)
    })?;
    if !diagnostics.is_empty() {
        return Err(LowerError::Diagnostics(diagnostics));
    }
    let globals = GlobalTable::new(program);
    // Calls to Python functions need every instance's return type, so all of inference runs
    // before any function is specialized.
    let inference = timed(&mut timer, "lower: infer types", || {
        infer::run(program, &generics, &globals)
    })
    .map_err(LowerError::Diagnostics)?;
    let mut module = timed(&mut timer, "lower: monomorphize", || {
        mono::run(&generics, &globals, inference)
    })?;
    module.inline_frames.clone_from(&program.inline_frames);
    // Definite assignment needs the whole call graph, so it runs on the finished module.
    timed(&mut timer, "lower: definite assignment of globals", || {
        assigned::run(&mut module)
    });
    timed(&mut timer, "lower: simplify", || {
        module.funcs.iter_mut().for_each(simplify::run)
    });
    timed(&mut timer, "lower: verify SSA", || {
        ir::verify::module(&module)
    })
    .map_err(|err| InternalError(format!("typed SSA failed verification: {err}")))?;
    Ok(module)
}

/// In debug builds (and so in tests), verifies the IR between passes.
fn debug_verify(func: &ir::Function, typed: bool) -> Result<(), InternalError> {
    if cfg!(debug_assertions) {
        ir::verify::function(func, typed).map_err(|err| {
            InternalError(format!("SSA of {} failed verification: {err}", func.name))
        })?;
    }
    Ok(())
}
