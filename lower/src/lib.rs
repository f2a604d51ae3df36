//! kiln bytecode → typed SSA.
//!
//! [`lower`] runs the middle of the pipeline: SSA construction for every code object
//! ([`build`]), cleanup ([`simplify`]), whole-program type inference from the module's top level
//! ([`infer`], with the operator rules in [`typing`]), monomorphization into typed functions
//! ([`mono`]) and the IR [`verify`](ir::verify)er. This crate reads only [`kiln_bytecode`]:
//! it never sees Python syntax.

mod assigned;
pub mod build;
mod globals;
pub mod infer;
pub mod ir;
pub mod mono;
pub mod simplify;
pub mod typing;

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
pub fn lower(program: &Program) -> Result<ir::Module, LowerError> {
    let mut diagnostics = Vec::new();
    let mut generics = Vec::with_capacity(program.codes.len());
    for index in 0..program.codes.len() {
        let mut generic = build::function(program, index, &mut diagnostics)?;
        simplify::run(&mut generic.func);
        generics.push(generic);
    }
    if !diagnostics.is_empty() {
        return Err(LowerError::Diagnostics(diagnostics));
    }
    let globals = GlobalTable::new(program);
    // Calls to Python functions need every instance's return type, so all of inference runs
    // before any function is specialized.
    let inference = infer::run(program, &generics, &globals).map_err(LowerError::Diagnostics)?;
    let mut module = mono::run(&generics, &globals, inference)?;
    assigned::run(&mut module);
    for func in &mut module.funcs {
        simplify::run(func);
    }
    ir::verify::module(&module)
        .map_err(|err| InternalError(format!("typed SSA failed verification: {err}")))?;
    Ok(module)
}
