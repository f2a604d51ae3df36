//! Linking an object file with the embedded runtime into an executable, atomically.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::Error;

/// The runtime static library for the host, built by `build.rs` and carried inside `kiln`.
static HOST_RUNTIME: &[u8] = include_bytes!(env!("KILN_RUNTIME_HOST"));

/// The triple `kiln` itself was built for: the one target it carries a runtime for today.
pub const HOST_TRIPLE: &str = env!("KILN_HOST_TRIPLE");

/// System libraries the Rust standard library inside the runtime needs.
const SYSTEM_LIBS: &[&str] = &[
    "-lgcc_s",
    "-lutil",
    "-lrt",
    "-lpthread",
    "-lm",
    "-ldl",
    "-lc",
];

/// The embedded runtime archive for the host.
pub fn host_runtime() -> &'static [u8] {
    HOST_RUNTIME
}

/// Links `object` into the executable `output`. The executable appears only when linking
/// succeeded: the linker writes a temporary file in the same directory, which is then renamed.
pub fn link(object: &[u8], output: &Path, linker: Option<&str>) -> Result<(), Error> {
    let work = tempfile::Builder::new()
        .prefix("kiln-link")
        .tempdir()
        .map_err(|err| Error::Environment(format!("cannot create a temporary directory: {err}")))?;
    let object_path = work.path().join("program.o");
    let runtime_path = work.path().join("libkiln_runtime.a");
    write_file(&object_path, object)?;
    write_file(&runtime_path, HOST_RUNTIME)?;

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

    let linker = linker
        .map(str::to_owned)
        .or_else(|| std::env::var("KILN_LINKER").ok())
        .unwrap_or_else(|| "cc".into());
    let result = Command::new(&linker)
        .arg("-o")
        .arg(staged.path())
        .arg(&object_path)
        .arg(&runtime_path)
        .args(SYSTEM_LIBS)
        .output();
    let result = match result {
        Ok(result) => result,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::Environment(format!(
                "cannot link: the linker `{linker}` was not found\n  = help: install a C toolchain (on Debian: `apt-get install gcc`), or name a linker with --linker or KILN_LINKER"
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
            "linking with `{linker}` failed ({}):\n{}",
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
