//! Typed SSA → LLVM IR → optimized machine code for a target triple.
//!
//! [`generate`] builds one LLVM module for the whole program (every specialized function, the
//! globals, a C `main` that initializes the runtime and runs the module's top level), verifies
//! it, optimizes it with LLVM's new pass manager at the requested level, and returns the
//! artifacts asked for (object code for linking, textual IR, assembly, bitcode).
//! Values of known type are unboxed (`int` → `i64`, `float` → `double`, `bool` → `i1`);
//! integer arithmetic is overflow-checked inline; calls between Python functions are direct.
//! The target (triple, CPU, features, ABI) is the caller's choice; with `debug_info` the module
//! carries DWARF line tables and function names (`debug.rs`).

pub mod abi;
mod classes;
mod containers;
mod debug;
mod function;
mod generator;
mod int;
mod iter;
mod ops;
mod range;
mod slices;
mod unwind;

use inkwell::context::Context;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{
    CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine,
    TargetMachineOptions, TargetTriple,
};
use inkwell::OptimizationLevel;
use kiln_bytecode::timing::{timed, PhaseTimer};
use kiln_lower::ir;
use std::fmt;

pub use debug::{LineTable, SourceFile};

/// What to produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Artifact {
    Object,
    Assembly,
    LlvmIr,
    Bitcode,
}

/// How to generate code.
#[derive(Clone, Debug)]
pub struct Options {
    /// LLVM target triple, e.g. `x86_64-unknown-linux-gnu`.
    pub triple: String,
    /// CPU name for the target machine (`generic`, `x86-64`, a host CPU name).
    pub cpu: String,
    /// Target features (`+avx2,...`), empty for the CPU's defaults.
    pub features: String,
    /// The ABI name where the architecture has several (`lp64d` for RISC-V with doubles).
    pub abi: Option<String>,
    /// 0 to 3.
    pub opt_level: u8,
    /// Name of the source file, recorded in the module; its stem prefixes function symbols
    /// (`prog.fib(int)`).
    pub source_name: String,
    /// Emit DWARF debug information (needs `source` for line numbers).
    pub debug_info: bool,
    /// The source text's lines, for debug locations and for naming blocks after source lines.
    pub source: Option<SourceFile>,
}

/// A failure in code generation: always a kiln bug or an environment problem (unknown target),
/// never a problem in the user's program.
#[derive(Debug)]
pub struct CodegenError(pub String);

impl fmt::Display for CodegenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CodegenError {}

impl From<inkwell::builder::BuilderError> for CodegenError {
    fn from(err: inkwell::builder::BuilderError) -> CodegenError {
        CodegenError(format!("internal compiler error: LLVM builder: {err}"))
    }
}

/// The host's LLVM target triple.
pub fn host_triple() -> String {
    TargetMachine::get_default_triple()
        .as_str()
        .to_string_lossy()
        .into_owned()
}

/// This machine's CPU name, as LLVM knows it (`--cpu native`).
pub fn host_cpu() -> String {
    TargetMachine::get_host_cpu_name().to_string()
}

/// This machine's CPU features (`+avx2,...`), as LLVM knows them (`--cpu native`).
pub fn host_cpu_features() -> String {
    TargetMachine::get_host_cpu_features().to_string()
}

/// Generates the requested artifacts for `module`, in the order asked.
pub fn generate(
    module: &ir::Module,
    options: &Options,
    artifacts: &[Artifact],
    mut timer: PhaseTimer<'_>,
) -> Result<Vec<(Artifact, Vec<u8>)>, CodegenError> {
    Target::initialize_all(&InitializationConfig::default());
    let triple = TargetTriple::create(&options.triple);
    let target = Target::from_triple(&triple)
        .map_err(|err| CodegenError(format!("unknown target `{}`: {err}", options.triple)))?;
    let level = match options.opt_level {
        0 => OptimizationLevel::None,
        1 => OptimizationLevel::Less,
        2 => OptimizationLevel::Default,
        _ => OptimizationLevel::Aggressive,
    };
    let mut machine_options = TargetMachineOptions::default()
        .set_cpu(&options.cpu)
        .set_features(&options.features)
        .set_level(level)
        .set_reloc_mode(RelocMode::PIC)
        .set_code_model(CodeModel::Default);
    if let Some(abi) = &options.abi {
        machine_options = machine_options.set_abi(abi);
    }
    let machine = target
        .create_target_machine_from_options(&triple, machine_options)
        .ok_or_else(|| {
            CodegenError(format!(
                "LLVM cannot create a target machine for `{}`",
                options.triple
            ))
        })?;

    let context = Context::create();
    let llvm = context.create_module(&options.source_name);
    llvm.set_triple(&triple);
    llvm.set_data_layout(&machine.get_target_data().get_data_layout());
    if let Some(abi) = &options.abi {
        // The backend reads the ABI from the module too, and must agree with the machine's.
        llvm.add_metadata_flag(
            "target-abi",
            inkwell::module::FlagBehavior::Error,
            context.metadata_string(abi),
        );
    }
    timed(&mut timer, "codegen: LLVM IR", || {
        function::emit_module(&context, &llvm, module, options)
    })?;
    timed(&mut timer, "codegen: verify LLVM IR", || llvm.verify()).map_err(|err| {
        CodegenError(format!(
            "internal compiler error: invalid LLVM IR: {}",
            err.to_string_lossy()
        ))
    })?;
    let passes = format!("default<O{}>", options.opt_level.min(3));
    timed(&mut timer, "codegen: optimize", || {
        llvm.run_passes(&passes, &machine, PassBuilderOptions::create())
    })
    .map_err(|err| {
        CodegenError(format!(
            "LLVM optimization failed: {}",
            err.to_string_lossy()
        ))
    })?;

    let start = std::time::Instant::now();
    let mut out = Vec::with_capacity(artifacts.len());
    for &artifact in artifacts {
        let bytes = match artifact {
            Artifact::LlvmIr => llvm.print_to_string().to_bytes().to_vec(),
            Artifact::Bitcode => llvm.write_bitcode_to_memory().as_slice().to_vec(),
            Artifact::Object | Artifact::Assembly => {
                let file_type = if artifact == Artifact::Object {
                    FileType::Object
                } else {
                    FileType::Assembly
                };
                machine
                    .write_to_memory_buffer(&llvm, file_type)
                    .map_err(|err| {
                        CodegenError(format!(
                            "LLVM code generation failed: {}",
                            err.to_string_lossy()
                        ))
                    })?
                    .as_slice()
                    .to_vec()
            }
        };
        out.push((artifact, bytes));
    }
    timer("codegen: emit", start.elapsed());
    Ok(out)
}
