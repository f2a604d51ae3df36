//! The kiln driver: the compilation pipeline as one function, [`compile`], plus the pieces the
//! CLI needs around it (reading inputs, writing outputs atomically, linking, diagnostics).
//!
//! Only this crate and `kiln-codegen` link LLVM.

pub mod diagnostics;
pub mod link;
pub mod target;

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use kiln_bytecode::{Diagnostic, Program};

pub use kiln_codegen::Artifact;

/// What went wrong, and so which exit status `kiln` returns.
#[derive(Debug)]
pub enum Error {
    /// The user's program has errors; rendered with its source.
    Diagnostics {
        diagnostics: Vec<Diagnostic>,
        filename: String,
        /// The script's text, then its modules' (`files`).
        source: String,
        files: Vec<kiln_bytecode::SourceFile>,
    },
    /// Bad input files, missing tools, I/O failures.
    Environment(String),
    /// A bug in kiln.
    Internal(String),
}

impl Error {
    /// The process exit status for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Diagnostics { .. } => 1,
            Error::Environment(_) => 2,
            Error::Internal(_) => 101,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Diagnostics { diagnostics, filename, source, files } => f.write_str(&diagnostics::render(
                diagnostics,
                diagnostics::Sources { filename, source, files },
                diagnostics::Format::Text { color: false },
            )),
            Error::Environment(message) => write!(f, "error: {message}"),
            Error::Internal(message) => write!(
                f,
                "error: internal compiler error: {message}\nnote: this is a bug in kiln; please report it with the program that triggered it"
            ),
        }
    }
}

/// A program to compile: Python source or kiln bytecode.
pub enum Input {
    Source { filename: String, text: String },
    Bytecode { filename: String, bytes: Vec<u8> },
}

impl Input {
    /// Reads `path`, deciding by its extension whether it is bytecode (`.kbc`) or source.
    pub fn read(path: &Path) -> Result<Input, Error> {
        let filename = path.display().to_string();
        let bytes = std::fs::read(path)
            .map_err(|err| Error::Environment(format!("cannot read {filename}: {err}")))?;
        if path.extension().is_some_and(|ext| ext == "kbc") {
            return Ok(Input::Bytecode { filename, bytes });
        }
        let text = String::from_utf8(bytes).map_err(|_| {
            Error::Environment(format!(
                "{filename} is not valid UTF-8 (Python source must be UTF-8)"
            ))
        })?;
        Ok(Input::Source { filename, text })
    }
}

/// How to compile.
#[derive(Clone, Debug)]
pub struct Options {
    pub opt_level: u8,
    /// The target (see [`target::lookup`] for the accepted spellings); `None` for the host.
    pub target: Option<String>,
    /// The CPU to tune and select instructions for (`native` for this machine's); `None` for the
    /// target's baseline, which every machine of its architecture has.
    pub cpu: Option<String>,
    /// Emit DWARF debug information: line tables and function names (`-g`).
    pub debug_info: bool,
    /// Record per-phase timings.
    pub timings: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            opt_level: 2,
            target: None,
            cpu: None,
            debug_info: false,
            timings: false,
        }
    }
}

impl Options {
    /// The target these options name.
    pub fn target(&self) -> Result<&'static target::Target, Error> {
        target::lookup(self.target.as_deref().unwrap_or("native"))
    }
}

/// Everything a compilation produced.
pub struct Compiled {
    pub program: Program,
    pub ssa: kiln_lower::ir::Module,
    pub artifacts: Vec<(Artifact, Vec<u8>)>,
    pub timings: Timings,
}

/// Wall-clock time per pipeline phase.
#[derive(Default, Debug)]
pub struct Timings {
    enabled: bool,
    pub phases: Vec<(&'static str, Duration)>,
}

impl Timings {
    /// Records one phase (when timings are enabled).
    pub fn record(&mut self, name: &'static str, duration: Duration) {
        if self.enabled {
            self.phases.push((name, duration));
        }
    }

    /// A table for `--timings`.
    pub fn report(&self) -> String {
        let total: Duration = self.phases.iter().map(|(_, d)| *d).sum();
        let mut out = String::new();
        for (name, duration) in &self.phases {
            out.push_str(&format!(
                "{:>9.3} ms  {name}\n",
                duration.as_secs_f64() * 1e3
            ));
        }
        out.push_str(&format!("{:>9.3} ms  total\n", total.as_secs_f64() * 1e3));
        out
    }
}

/// Finds module `module` (dotted: `shop.cart`) of the script `script` among the files beside
/// it: the package `shop/cart/__init__.py`, or `shop/cart.py` (a package wins, as in CPython).
fn load_module(script: &str, module: &str) -> Option<kiln_frontend::Loaded> {
    let dir = Path::new(script).parent().unwrap_or(Path::new(""));
    let mut path = dir.to_path_buf();
    path.extend(module.split('.'));
    let candidates = [
        (path.join("__init__.py"), true),
        (path.with_extension("py"), false),
    ];
    candidates.into_iter().find_map(|(file, package)| {
        let text = std::fs::read_to_string(&file).ok()?;
        Some(kiln_frontend::Loaded {
            file: file.display().to_string(),
            text,
            package,
        })
    })
}

/// Parses source into verified bytecode, or loads and verifies a `.kbc` file.
pub fn bytecode(input: &Input) -> Result<Program, Error> {
    bytecode_timed(input, &mut Timings::default())
}

fn bytecode_timed(input: &Input, timings: &mut Timings) -> Result<Program, Error> {
    match input {
        Input::Source { filename, text } => {
            let mut timer = |name, duration| timings.record(name, duration);
            let load = |module: &str| load_module(filename, module);
            kiln_frontend::compile(filename, text, &load, &mut timer).map_err(|err| match err {
                kiln_frontend::FrontendError::Diagnostics {
                    diagnostics,
                    source,
                    files,
                } => Error::Diagnostics {
                    diagnostics,
                    filename: filename.clone(),
                    source,
                    files,
                },
                kiln_frontend::FrontendError::Internal(err) => Error::Internal(err.0),
            })
        }
        Input::Bytecode { filename, bytes } => {
            let start = Instant::now();
            let program = kiln_bytecode::decode(bytes)
                .map_err(|err| Error::Environment(format!("cannot load {filename}: {err}")));
            timings.record("bytecode: decode and verify", start.elapsed());
            program
        }
    }
}

/// Checks a program without generating code: frontend and lower, with their diagnostics.
pub fn check(input: &Input) -> Result<(), Error> {
    let program = bytecode(input)?;
    kiln_lower::lower(&program, &mut |_, _| {})
        .map(drop)
        .map_err(|err| lower_error(err, &program))
}

fn lower_error(err: kiln_lower::LowerError, program: &Program) -> Error {
    match err {
        kiln_lower::LowerError::Diagnostics(diagnostics) => Error::Diagnostics {
            diagnostics,
            filename: program.filename.clone(),
            source: program.source.clone().unwrap_or_default(),
            files: program.files.clone(),
        },
        kiln_lower::LowerError::Internal(err) => Error::Internal(err.0),
    }
}

/// The whole pipeline: source (or bytecode) → verified bytecode → typed SSA → LLVM → the
/// requested artifacts. Linking is separate ([`link::link`]) because only `build` needs it.
pub fn compile(
    input: &Input,
    options: &Options,
    artifacts: &[Artifact],
) -> Result<Compiled, Error> {
    let mut timings = Timings {
        enabled: options.timings,
        phases: Vec::new(),
    };
    // Bytecode is the contract between the frontend and everything after it: a `.kbc` file and
    // a fresh compilation of its source go through exactly the same later phases.
    let program = bytecode_timed(input, &mut timings)?;
    let ssa = kiln_lower::lower(&program, &mut |name, duration| {
        timings.record(name, duration)
    })
    .map_err(|err| lower_error(err, &program))?;
    let codegen_options = codegen_options(options, &program)?;
    let artifacts =
        kiln_codegen::generate(&ssa, &codegen_options, artifacts, &mut |name, duration| {
            timings.record(name, duration)
        })
        .map_err(|err| Error::Internal(err.0))?;
    Ok(Compiled {
        program,
        ssa,
        artifacts,
        timings,
    })
}

/// The code generator's settings: the target's triple, its CPU and feature baseline (the same
/// as the runtime's, so generated code never assumes more than the runtime does) or the host's
/// CPU for `--cpu native`, and the source for debug information and readable IR.
fn codegen_options(options: &Options, program: &Program) -> Result<kiln_codegen::Options, Error> {
    let target = options.target()?;
    let mut features = target.features.to_owned();
    let cpu = match options.cpu.as_deref() {
        None => target.cpu.to_owned(),
        Some("native") => {
            if target.arch != link::host_arch() {
                return Err(Error::Environment(format!(
                    "--cpu native names this machine's {} CPU, which cannot run {} code",
                    link::host_arch(),
                    target.triple
                )));
            }
            let host = kiln_codegen::host_cpu_features();
            if !host.is_empty() {
                features = if features.is_empty() {
                    host
                } else {
                    format!("{features},{host}")
                };
            }
            kiln_codegen::host_cpu()
        }
        Some(cpu) => cpu.to_owned(),
    };
    let source = program
        .source
        .as_deref()
        .map(|text| kiln_codegen::SourceFile {
            name: program.filename.clone(),
            directory: source_directory(&program.filename),
            lines: kiln_codegen::LineTable::new(text, &program.files),
        });
    Ok(kiln_codegen::Options {
        triple: target.llvm_triple.to_owned(),
        cpu,
        features,
        abi: target.abi.map(str::to_owned),
        opt_level: options.opt_level,
        source_name: program.filename.clone(),
        debug_info: options.debug_info,
        source,
    })
}

/// The absolute directory of the source file, for the debug information's compilation
/// directory (as C compilers record it), so debuggers find the source from anywhere.
fn source_directory(filename: &str) -> String {
    let parent = Path::new(filename).parent().unwrap_or(Path::new(""));
    let absolute = if parent.as_os_str().is_empty() {
        std::env::current_dir()
    } else {
        std::path::absolute(parent)
    };
    absolute
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| ".".into())
}

/// Writes `bytes` to `path` atomically (a temporary file in the same directory, then rename).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    use std::io::Write;
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut file = tempfile::Builder::new()
        .prefix(".kiln-out")
        .tempfile_in(&directory)
        .map_err(|err| {
            Error::Environment(format!("cannot write to {}: {err}", directory.display()))
        })?;
    file.write_all(bytes)
        .map_err(|err| Error::Environment(format!("cannot write {}: {err}", path.display())))?;
    file.persist(path).map_err(|err| {
        Error::Environment(format!("cannot write {}: {}", path.display(), err.error))
    })?;
    Ok(())
}
