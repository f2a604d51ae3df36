//! Builds the runtime static library for the host and embeds it in the `kiln` binary, so an
//! installed `kiln` needs nothing but a C toolchain to link programs.
//!
//! The runtime is built by a nested `cargo build` with its own target directory (so it does not
//! contend with the outer build's lock) and with `panic = "abort"`, which a static library
//! linked into C-style executables wants: no unwinding tables, no landing pads.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let manifest_dir =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let host = env::var("TARGET").expect("cargo sets TARGET");
    for path in ["runtime/src", "runtime/Cargo.toml", "Cargo.lock"] {
        println!(
            "cargo:rerun-if-changed={}",
            manifest_dir.join(path).display()
        );
    }
    let archive = build_runtime(&manifest_dir, &out_dir, &host);
    println!("cargo:rustc-env=KILN_HOST_TRIPLE={host}");
    println!("cargo:rustc-env=KILN_RUNTIME_HOST={}", archive.display());
}

fn build_runtime(manifest_dir: &Path, out_dir: &Path, target: &str) -> PathBuf {
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let target_dir = out_dir.join("runtime");
    let status = Command::new(cargo)
        .current_dir(manifest_dir)
        .args([
            "build",
            "--release",
            "--lib",
            "-p",
            "kiln-runtime",
            "--target",
            target,
        ])
        .arg("--target-dir")
        .arg(&target_dir)
        .args(["--config", "profile.release.panic=\"abort\""])
        // The outer build's settings are for the compiler, not for the runtime.
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET")
        .status()
        .expect("failed to run cargo to build the kiln runtime");
    assert!(
        status.success(),
        "building the kiln runtime for {target} failed"
    );
    let built = target_dir
        .join(target)
        .join("release")
        .join("libkiln_runtime.a");
    let archive = out_dir.join(format!("libkiln_runtime-{target}.a"));
    fs::copy(&built, &archive).expect("the runtime build produced no libkiln_runtime.a");
    archive
}
