//! The `kiln` command line: build (for any supported target), run, compile to bytecode,
//! disassemble, and list the targets this machine can link for.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use kiln::link::Toolchain;
use kiln::{diagnostics, link, target, Artifact, Error, Input, Options};

#[derive(Parser)]
#[command(
    name = "kiln",
    version,
    about = "Compile Python 3 scripts to standalone native executables"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a script (or a .kbc file) into a standalone executable.
    Build {
        #[command(flatten)]
        common: Common,
        /// Where to write the executable (default: the script's name without `.py`).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Also write these files beside the output (comma-separated or repeated).
        #[arg(long, value_delimiter = ',')]
        emit: Vec<Emit>,
        /// Only write the --emit files (default: `obj`), without linking: needs no linker
        /// and no runtime, so it works for every target.
        #[arg(long)]
        no_link: bool,
    },
    /// Build a script into a cache and run it; the exit status is the program's.
    Run {
        #[command(flatten)]
        common: Common,
        /// Arguments passed to the program (after `--`).
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// Compile a script to kiln's portable bytecode (.kbc).
    Compile {
        input: PathBuf,
        /// Where to write the bytecode (default: the script's name with `.kbc`).
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = DiagnosticsFormat::Text)]
        diagnostics_format: DiagnosticsFormat,
    },
    /// Check a script for errors without generating code.
    Check {
        input: PathBuf,
        #[arg(long, value_enum, default_value_t = DiagnosticsFormat::Text)]
        diagnostics_format: DiagnosticsFormat,
    },
    /// Print the bytecode of a script or a .kbc file.
    Dis {
        input: PathBuf,
        #[arg(long, value_enum, default_value_t = DiagnosticsFormat::Text)]
        diagnostics_format: DiagnosticsFormat,
    },
    /// List the supported targets and whether this machine can link for each right now.
    Targets,
}

#[derive(clap::Args)]
struct Common {
    /// The script (`.py`) or bytecode file (`.kbc`).
    input: PathBuf,
    /// Optimization level.
    #[arg(short = 'O', default_value_t = 2, value_parser = clap::value_parser!(u8).range(0..=3))]
    opt_level: u8,
    /// Target triple (`kiln targets` lists them; default: `native`, this machine).
    #[arg(long)]
    target: Option<String>,
    /// Target CPU (default: the target's baseline; `native` for this machine's).
    #[arg(long)]
    cpu: Option<String>,
    /// The linker (default: found per target; or $KILN_LINKER).
    #[arg(long)]
    linker: Option<String>,
    /// Link a fully static executable (always for musl targets).
    #[arg(long = "static")]
    static_link: bool,
    /// Emit debug information: source lines and Python function names.
    #[arg(short = 'g')]
    debug_info: bool,
    /// Print how long each compilation phase took.
    #[arg(long)]
    timings: bool,
    #[arg(long, value_enum, default_value_t = DiagnosticsFormat::Text)]
    diagnostics_format: DiagnosticsFormat,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DiagnosticsFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Emit {
    Bytecode,
    Ssa,
    LlvmIr,
    Asm,
    Obj,
    Bc,
}

impl Emit {
    fn extension(self) -> &'static str {
        match self {
            Emit::Bytecode => "kbc",
            Emit::Ssa => "ssa",
            Emit::LlvmIr => "ll",
            Emit::Asm => "s",
            Emit::Obj => "o",
            Emit::Bc => "bc",
        }
    }

    fn artifact(self) -> Option<Artifact> {
        match self {
            Emit::LlvmIr => Some(Artifact::LlvmIr),
            Emit::Asm => Some(Artifact::Assembly),
            Emit::Obj => Some(Artifact::Object),
            Emit::Bc => Some(Artifact::Bitcode),
            Emit::Bytecode | Emit::Ssa => None,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let format = match &cli.command {
        Command::Build { common, .. } | Command::Run { common, .. } => common.diagnostics_format,
        Command::Compile {
            diagnostics_format, ..
        }
        | Command::Check {
            diagnostics_format, ..
        }
        | Command::Dis {
            diagnostics_format, ..
        } => *diagnostics_format,
        Command::Targets => DiagnosticsFormat::Text,
    };
    match run(cli.command) {
        Ok(code) => code,
        Err(err) => {
            report(&err, format);
            ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(1))
        }
    }
}

fn report(err: &Error, format: DiagnosticsFormat) {
    match err {
        Error::Diagnostics {
            diagnostics,
            filename,
            source,
            files,
        } => {
            let format = match format {
                DiagnosticsFormat::Json => diagnostics::Format::Json,
                DiagnosticsFormat::Text => diagnostics::Format::Text {
                    color: std::io::stderr().is_terminal()
                        && std::env::var_os("NO_COLOR").is_none(),
                },
            };
            eprint!(
                "{}",
                diagnostics::render(
                    diagnostics,
                    diagnostics::Sources {
                        filename,
                        source,
                        files
                    },
                    format
                )
            );
        }
        other => eprintln!("{other}"),
    }
}

fn options(common: &Common) -> Options {
    Options {
        opt_level: common.opt_level,
        target: common.target.clone(),
        cpu: common.cpu.clone(),
        debug_info: common.debug_info,
        timings: common.timings,
    }
}

fn run(command: Command) -> Result<ExitCode, Error> {
    match command {
        Command::Build {
            common,
            output,
            mut emit,
            no_link,
        } => {
            let output = output.unwrap_or_else(|| default_output(&common.input, ""));
            if no_link && emit.is_empty() {
                emit.push(Emit::Obj);
            }
            build(&common, &output, &emit, !no_link)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Targets => {
            print!("{}", targets_report());
            Ok(ExitCode::SUCCESS)
        }
        Command::Run { common, args } => run_program(&common, &args),
        Command::Compile { input, output, .. } => {
            let program = kiln::bytecode(&Input::read(&input)?)?;
            let output = output.unwrap_or_else(|| default_output(&input, "kbc"));
            refuse_overwriting_input(&input, &output)?;
            kiln::write_atomically(&output, &kiln_bytecode::encode(&program))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { input, .. } => {
            kiln::check(&Input::read(&input)?)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Dis { input, .. } => {
            let program = kiln::bytecode(&Input::read(&input)?)?;
            print!("{}", kiln_bytecode::dis::disassemble(&program));
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `prog.py` → `prog` (or `prog.<extension>`).
fn default_output(input: &Path, extension: &str) -> PathBuf {
    let stem = input
        .file_stem()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("a.out"));
    let path = input.parent().map(|p| p.join(&stem)).unwrap_or(stem);
    if extension.is_empty() {
        path
    } else {
        path.with_extension(extension)
    }
}

fn refuse_overwriting_input(input: &Path, output: &Path) -> Result<(), Error> {
    let same = match (input.canonicalize(), output.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        return Err(Error::Environment(format!(
            "refusing to overwrite the input file {} with the output; choose another path with -o",
            input.display()
        )));
    }
    Ok(())
}

fn build(common: &Common, output: &Path, emit: &[Emit], link: bool) -> Result<(), Error> {
    refuse_overwriting_input(&common.input, output)?;
    let options = options(common);
    let target = options.target()?;
    // Whether the target can be linked here is known before compiling, so a missing linker or
    // runtime fails fast and leaves no file behind.
    let toolchain = if link {
        Some(Toolchain::find(
            target,
            common.linker.as_deref(),
            common.static_link,
        )?)
    } else {
        None
    };
    let input = Input::read(&common.input)?;
    let mut artifacts = Vec::new();
    if link {
        artifacts.push(Artifact::Object);
    }
    for artifact in emit.iter().filter_map(|e| e.artifact()) {
        if !artifacts.contains(&artifact) {
            artifacts.push(artifact);
        }
    }
    let compiled = kiln::compile(&input, &options, &artifacts)?;
    for &kind in emit {
        let path = PathBuf::from(format!("{}.{}", output.display(), kind.extension()));
        let bytes = match kind {
            Emit::Bytecode => kiln_bytecode::encode(&compiled.program),
            Emit::Ssa => compiled.ssa.to_text().into_bytes(),
            other => compiled
                .artifacts
                .iter()
                .find(|(a, _)| Some(*a) == other.artifact())
                .map(|(_, bytes)| bytes.clone())
                .unwrap_or_default(),
        };
        kiln::write_atomically(&path, &bytes)?;
    }
    let start = std::time::Instant::now();
    if let Some(toolchain) = toolchain {
        let object = compiled
            .artifacts
            .iter()
            .find(|(a, _)| *a == Artifact::Object)
            .map(|(_, bytes)| bytes.as_slice())
            .ok_or_else(|| Error::Internal("code generation produced no object file".into()))?;
        toolchain.link(object, output)?;
    }
    if common.timings {
        eprint!("{}", compiled.timings.report());
        if link {
            eprintln!("{:>9.3} ms  link", start.elapsed().as_secs_f64() * 1e3);
        }
    }
    Ok(())
}

/// `kiln targets`: every supported triple, and what this machine has to link for it.
fn targets_report() -> String {
    let mut out = format!(
        "{:<29} {:<9} {:<7} {:<48} {}\n",
        "target", "runtime", "libc", "linker", "status"
    );
    for target in target::TARGETS {
        let runtime = link::Runtime::find(target);
        let linker = link::Linker::find(target, None);
        let runtime_text = match &runtime {
            Ok(runtime) if runtime.origin == "embedded" => "embedded".to_owned(),
            Ok(_) => "directory".to_owned(),
            Err(_) => "missing".to_owned(),
        };
        let linker_text = match &linker {
            Ok(linker) => linker.program.display().to_string(),
            Err(_) => match target.libc {
                target::Libc::Gnu if target.is_host() => "missing (apt-get install gcc)".to_owned(),
                target::Libc::Gnu => format!("missing (apt-get install {})", target.gcc_package()),
                target::Libc::Musl => "missing (apt-get install lld-22)".to_owned(),
            },
        };
        let libc = match target.libc {
            target::Libc::Gnu => "glibc",
            target::Libc::Musl => "musl",
        };
        let mut status = if runtime.is_ok() && linker.is_ok() {
            "ready".to_owned()
        } else {
            "emit only (--no-link)".to_owned()
        };
        if target.static_by_default() {
            status.push_str(", static");
        }
        if target.is_host() {
            status.push_str(", host");
        }
        out.push_str(&format!(
            "{:<29} {:<9} {:<7} {:<48} {status}\n",
            target.triple, runtime_text, libc, linker_text
        ));
    }
    out
}

/// Builds into a cache keyed by the program and options, then runs the executable.
fn run_program(common: &Common, args: &[String]) -> Result<ExitCode, Error> {
    use std::hash::{Hash, Hasher};
    let target = options(common).target()?;
    if target.arch != link::host_arch() {
        return Err(Error::Environment(format!(
            "`kiln run` runs programs on this machine, which cannot run {} code\n  = help: `kiln build --target {}`, then run the executable on such a machine (or under qemu-{})",
            target.triple, target.triple, target.arch
        )));
    }
    // The key is the whole program (the script and every module it imports), as bytecode.
    let bytes = kiln_bytecode::encode(&kiln::bytecode(&Input::read(&common.input)?)?);
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (
        env!("CARGO_PKG_VERSION"),
        link::host_runtime().len(),
        &bytes,
        common.opt_level,
        &common.target,
        &common.cpu,
        common.static_link,
        common.debug_info,
        &common.linker,
        std::env::var_os("KILN_RUNTIME_DIR"),
        // A rebuilt compiler (same version number during development) must not reuse old builds.
        compiler_identity(),
    )
        .hash(&mut hasher);
    let cache = cache_dir().join(format!("{:016x}", hasher.finish()));
    std::fs::create_dir_all(&cache).map_err(|err| {
        Error::Environment(format!(
            "cannot create the cache directory {}: {err}",
            cache.display()
        ))
    })?;
    let stem = common
        .input
        .file_stem()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("program"));
    let executable = cache.join(stem);
    if !executable.exists() {
        build(common, &executable, &[], true)?;
    }
    let status = std::process::Command::new(&executable)
        .args(args)
        .status()
        .map_err(|err| Error::Environment(format!("cannot run {}: {err}", executable.display())))?;
    Ok(exit_code_of(status))
}

/// The size and modification time of the running `kiln` executable.
fn compiler_identity() -> Option<(u64, std::time::SystemTime)> {
    let metadata = std::env::current_exe().ok()?.metadata().ok()?;
    Some((metadata.len(), metadata.modified().ok()?))
}

fn cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("KILN_CACHE_DIR") {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(dir).join("kiln");
    }
    match std::env::var_os("HOME") {
        Some(home) => PathBuf::from(home).join(".cache").join("kiln"),
        None => std::env::temp_dir().join("kiln-cache"),
    }
}

/// The exit status of a child, with death by signal `n` reported as `128 + n` like a shell.
fn exit_code_of(status: std::process::ExitStatus) -> ExitCode {
    if let Some(code) = status.code() {
        return ExitCode::from(u8::try_from(code & 0xff).unwrap_or(1));
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return ExitCode::from(u8::try_from(128 + signal).unwrap_or(1));
        }
    }
    ExitCode::from(1)
}
