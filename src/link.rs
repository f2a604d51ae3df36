//! Linking an object file with the embedded runtime into an executable for any supported target,
//! atomically.
//!
//! [`Toolchain::find`] decides, before anything is compiled, whether a target can be linked on
//! this machine: the runtime for it must be embedded in `kiln` (or be in `$KILN_RUNTIME_DIR`)
//! and a linker must be found. glibc targets link with the target's GCC driver (`cc` on the
//! host, `aarch64-linux-gnu-gcc`, ...); musl targets link fully static with `ld.lld` (or GNU
//! `ld`) against the C runtime objects and `libc.a` that `kiln` carries, so no musl toolchain is
//! needed. `--linker` / `KILN_LINKER` override the choice; a name ending in `ld` (`ld`,
//! `ld.lld`, `aarch64-linux-gnu-ld`) is driven as a linker, anything else as a C compiler driver.
//!
//! Links are reproducible: the linker runs in a temporary directory on fixed file names
//! (`program.o`, `libkiln_runtime.a`), so no temporary path reaches the executable, and no
//! build id, timestamp or path is added.

use std::borrow::Cow;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::target::{Libc, Target};
use crate::Error;

/// A runtime `build.rs` built and embedded: the archive, and for musl targets the C runtime
/// files (`crt1.o`, `libc.a`, ...) by name.
pub(crate) struct EmbeddedRuntime {
    pub triple: &'static str,
    pub archive: &'static [u8],
    pub files: &'static [(&'static str, &'static [u8])],
}

include!(concat!(env!("OUT_DIR"), "/runtimes.rs"));

/// The triple `kiln` itself was built for.
pub const HOST_TRIPLE: &str = env!("KILN_HOST_TRIPLE");

/// System libraries the Rust standard library inside the runtime needs on glibc.
const GLIBC_LIBS: &[&str] = &["-lutil", "-lrt", "-lpthread", "-lm", "-ldl", "-lc"];

/// The files of a static musl link around the program, in link order.
const MUSL_START: &[&str] = &["crt1.o", "crti.o", "crtbegin.o"];
const MUSL_LIBS: &[&str] = &["libunwind.a", "libc.a"];
const MUSL_END: &[&str] = &["crtend.o", "crtn.o"];

/// The embedded runtime archive for the host.
pub fn host_runtime() -> &'static [u8] {
    embedded_archive(HOST_TRIPLE).unwrap_or_default()
}

/// The embedded runtime archive for `triple`, if `kiln` carries one.
pub fn embedded_archive(triple: &str) -> Option<&'static [u8]> {
    EMBEDDED
        .iter()
        .find(|r| r.triple == triple)
        .map(|r| r.archive)
}

/// The triples `kiln` carries a runtime for.
pub fn embedded_triples() -> Vec<&'static str> {
    EMBEDDED.iter().map(|r| r.triple).collect()
}

/// A target's runtime: the archive and the extra files static musl links need.
pub struct Runtime {
    archive: Cow<'static, [u8]>,
    files: Vec<(&'static str, Cow<'static, [u8]>)>,
    /// Where it comes from, for `kiln targets`.
    pub origin: String,
}

impl Runtime {
    /// The runtime for `target`: from `$KILN_RUNTIME_DIR/<triple>/` when that variable is set
    /// (to try a freshly built runtime without rebuilding kiln), else the embedded one.
    pub fn find(target: &Target) -> Result<Runtime, Error> {
        if let Some(dir) = std::env::var_os("KILN_RUNTIME_DIR") {
            return Runtime::from_directory(target, &PathBuf::from(dir).join(target.triple));
        }
        let embedded = EMBEDDED
            .iter()
            .find(|r| r.triple == target.triple)
            .ok_or_else(|| {
                Error::Environment(format!(
                    "cannot link for {triple}: this kiln carries no runtime for it (it was built without the Rust standard library for {triple})\n  = help: `rustup target add {triple}`, then rebuild kiln; or pass --no-link to only write the --emit files",
                    triple = target.triple
                ))
            })?;
        Ok(Runtime {
            archive: Cow::Borrowed(embedded.archive),
            files: embedded
                .files
                .iter()
                .map(|&(name, bytes)| (name, Cow::Borrowed(bytes)))
                .collect(),
            origin: "embedded".into(),
        })
    }

    fn from_directory(target: &Target, dir: &Path) -> Result<Runtime, Error> {
        let read = |name: &str| {
            std::fs::read(dir.join(name)).map_err(|err| {
                Error::Environment(format!(
                    "cannot link for {}: no runtime file {} ({err}; KILN_RUNTIME_DIR is set)\n  = help: unset KILN_RUNTIME_DIR to use the runtime embedded in kiln",
                    target.triple,
                    dir.join(name).display()
                ))
            })
        };
        let archive = Cow::Owned(read("libkiln_runtime.a")?);
        let mut files = Vec::new();
        if target.libc == Libc::Musl {
            for &name in MUSL_START.iter().chain(MUSL_LIBS).chain(MUSL_END) {
                files.push((name, Cow::Owned(read(name)?)));
            }
        }
        Ok(Runtime {
            archive,
            files,
            origin: dir.display().to_string(),
        })
    }
}

/// How a linker is driven.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavor {
    /// A C compiler driver (`cc`, `aarch64-linux-gnu-gcc`): knows the system's start files and
    /// libraries.
    Driver,
    /// A linker proper (`ld.lld`, `ld`): is given every file.
    Ld,
}

/// The linker a target uses on this machine.
#[derive(Clone, Debug)]
pub struct Linker {
    /// What to run (as named, or the path found).
    pub program: PathBuf,
    pub flavor: Flavor,
}

impl Linker {
    /// The linker for `target`: `explicit` (`--linker`), else `$KILN_LINKER`, else the first
    /// default found on `PATH`.
    pub fn find(target: &Target, explicit: Option<&str>) -> Result<Linker, Error> {
        let chosen = explicit
            .map(str::to_owned)
            .or_else(|| std::env::var("KILN_LINKER").ok().filter(|s| !s.is_empty()));
        if let Some(name) = chosen {
            let program = find_program(&name).ok_or_else(|| {
                Error::Environment(format!(
                    "cannot link: the linker `{name}` was not found\n  = help: name an installed linker with --linker or KILN_LINKER"
                ))
            })?;
            let linker = Linker {
                flavor: flavor_of(&name),
                program,
            };
            if target.libc == Libc::Gnu && linker.flavor == Flavor::Ld {
                return Err(Error::Environment(format!(
                    "cannot link for {} with `{name}`: glibc targets link through a C compiler driver (such as `{}-gcc`), which knows the C library's start files",
                    target.triple, target.gnu_prefix
                )));
            }
            return Ok(linker);
        }
        for name in default_linkers(target) {
            if let Some(program) = find_program(&name) {
                return Ok(Linker {
                    flavor: flavor_of(&name),
                    program,
                });
            }
        }
        Err(Error::Environment(missing_linker_message(target)))
    }
}

/// The linkers tried for `target`, in order.
pub fn default_linkers(target: &Target) -> Vec<String> {
    let native = target.arch == host_arch();
    match target.libc {
        Libc::Gnu if native => vec!["cc".into(), format!("{}-gcc", target.gnu_prefix)],
        Libc::Gnu => vec![format!("{}-gcc", target.gnu_prefix)],
        Libc::Musl => {
            let mut names = vec![
                "ld.lld".into(),
                "ld.lld-22".into(),
                "/usr/lib/llvm-22/bin/ld.lld".into(),
                format!("{}-ld", target.gnu_prefix),
            ];
            if native {
                names.push("ld".into());
            }
            names
        }
    }
}

fn missing_linker_message(target: &Target) -> String {
    let (what, package) = match target.libc {
        Libc::Gnu if target.is_host() => ("a C compiler (`cc`)".to_owned(), "gcc".to_owned()),
        Libc::Gnu => (format!("`{}-gcc`", target.gnu_prefix), target.gcc_package()),
        Libc::Musl => ("`ld.lld`".to_owned(), "lld-22".to_owned()),
    };
    format!(
        "cannot link for {}: {what} was not found\n  = help: on Debian: `apt-get install {package}`; or name a linker with --linker or KILN_LINKER; or pass --no-link to only write the --emit files",
        target.triple
    )
}

/// The architecture `kiln` runs on, in the targets' spelling.
pub fn host_arch() -> &'static str {
    HOST_TRIPLE.split('-').next().unwrap_or("")
}

/// `ld`, `ld.lld`, `ld.bfd`, `aarch64-linux-gnu-ld`, `ld.lld-22` are linkers; the rest drivers.
fn flavor_of(name: &str) -> Flavor {
    let file = Path::new(name)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let is_ld = file == "ld"
        || file.starts_with("ld.")
        || file.ends_with("-ld")
        || file.contains("-ld.")
        || file == "rust-lld";
    if is_ld {
        Flavor::Ld
    } else {
        Flavor::Driver
    }
}

/// `name` if it is a path to a file, else its location on `PATH`.
pub fn find_program(name: &str) -> Option<PathBuf> {
    if name.contains('/') {
        let path = PathBuf::from(name);
        return path.is_file().then_some(path);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// Everything needed to link for one target.
pub struct Toolchain {
    pub target: &'static Target,
    pub runtime: Runtime,
    pub linker: Linker,
    /// Link a fully static executable.
    pub static_link: bool,
}

impl Toolchain {
    /// Checks that `target` can be linked here; the error names what is missing and its package.
    pub fn find(
        target: &'static Target,
        linker: Option<&str>,
        static_link: bool,
    ) -> Result<Toolchain, Error> {
        let runtime = Runtime::find(target)?;
        let linker = Linker::find(target, linker)?;
        Ok(Toolchain {
            target,
            runtime,
            linker,
            static_link: static_link || target.static_by_default(),
        })
    }

    /// Links `object` into the executable `output`. The executable appears only when linking
    /// succeeded: the linker writes a temporary file in the same directory, which is renamed.
    pub fn link(&self, object: &[u8], output: &Path) -> Result<(), Error> {
        let work = tempfile::Builder::new()
            .prefix("kiln-link")
            .tempdir()
            .map_err(|err| {
                Error::Environment(format!("cannot create a temporary directory: {err}"))
            })?;
        write_file(&work.path().join("program.o"), object)?;
        write_file(
            &work.path().join("libkiln_runtime.a"),
            &self.runtime.archive,
        )?;
        for (name, bytes) in &self.runtime.files {
            write_file(&work.path().join(name), bytes)?;
        }

        let directory = match output.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let staged = tempfile::Builder::new()
            .prefix(".kiln-out")
            .tempfile_in(&directory)
            .map_err(|err| {
                Error::Environment(format!("cannot write to {}: {err}", directory.display()))
            })?;
        let staged_path = std::path::absolute(staged.path()).map_err(|err| {
            Error::Environment(format!("cannot write to {}: {err}", directory.display()))
        })?;

        let mut command = Command::new(&self.linker.program);
        // Fixed, relative file names: nothing about the temporary directory can reach the output.
        command.current_dir(work.path());
        command.args(self.arguments(&staged_path));
        let linker = self.linker.program.display();
        let result = match command.output() {
            Ok(result) => result,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::Environment(format!(
                    "cannot link: the linker `{linker}` was not found"
                )));
            }
            Err(err) => {
                return Err(Error::Environment(format!(
                    "cannot run the linker `{linker}`: {err}"
                )))
            }
        };
        if !result.status.success() {
            return Err(Error::Environment(format!(
                "linking for {} with `{linker}` failed ({}):\n{}",
                self.target.triple,
                result.status,
                String::from_utf8_lossy(&result.stderr).trim_end()
            )));
        }
        staged.persist(output).map_err(|err| {
            Error::Environment(format!("cannot write {}: {}", output.display(), err.error))
        })?;
        set_executable(output)?;
        Ok(())
    }

    /// The linker's command line, with file names relative to the work directory.
    fn arguments(&self, output: &Path) -> Vec<String> {
        let mut args: Vec<String> = Vec::new();
        let out = output.display().to_string();
        let (driver, musl) = (
            self.linker.flavor == Flavor::Driver,
            self.target.libc == Libc::Musl,
        );
        // A linker option, passed through `-Wl,` by a driver.
        let ld = |args: &mut Vec<String>, option: &str| {
            if driver {
                args.push(format!("-Wl,{option}"));
            } else {
                args.push(option.to_owned());
            }
        };
        if musl {
            if driver {
                args.extend(["-nostdlib", "-nostartfiles"].map(String::from));
            } else {
                args.extend(["-m", self.target.ld_emulation].map(String::from));
            }
            args.push("-static".into());
            ld(&mut args, "--eh-frame-hdr");
            ld(&mut args, "--gc-sections");
            ld(&mut args, "-znoexecstack");
            args.extend(["-o".to_owned(), out]);
            args.extend(MUSL_START.iter().map(|s| (*s).to_owned()));
            args.push("program.o".into());
            ld(&mut args, "--start-group");
            args.push("libkiln_runtime.a".into());
            args.extend(MUSL_LIBS.iter().map(|s| (*s).to_owned()));
            ld(&mut args, "--end-group");
            args.extend(MUSL_END.iter().map(|s| (*s).to_owned()));
            return args;
        }
        if self.static_link {
            args.push("-static".into());
        }
        args.extend([
            "-o".to_owned(),
            out,
            "program.o".into(),
            "libkiln_runtime.a".into(),
        ]);
        ld(&mut args, "--gc-sections");
        if !self.static_link {
            // The standard library's unwinder; a static link gets libgcc_eh from the driver.
            args.push("-lgcc_s".into());
        }
        args.extend(GLIBC_LIBS.iter().map(|s| (*s).to_owned()));
        args
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    std::fs::File::create(path)
        .and_then(|mut file| file.write_all(bytes))
        .map_err(|err| Error::Environment(format!("cannot write {}: {err}", path.display())))
}

#[cfg(unix)]
fn set_executable(path: &Path) -> Result<(), Error> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).map_err(|err| {
        Error::Environment(format!("cannot make {} executable: {err}", path.display()))
    })
}

#[cfg(not(unix))]
fn set_executable(_: &Path) -> Result<(), Error> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flavors() {
        for ld in [
            "ld",
            "ld.lld",
            "/usr/lib/llvm-22/bin/ld.lld",
            "ld.bfd",
            "aarch64-linux-gnu-ld",
            "ld.lld-22",
        ] {
            assert_eq!(flavor_of(ld), Flavor::Ld, "{ld}");
        }
        for driver in ["cc", "gcc", "aarch64-linux-gnu-gcc", "clang", "/usr/bin/cc"] {
            assert_eq!(flavor_of(driver), Flavor::Driver, "{driver}");
        }
    }
}
