//! The targets kiln compiles for: one table ([`TARGETS`]) with, per Rust-style triple, the LLVM
//! triple, the CPU and feature baseline (the same one rustc builds the embedded runtime with, so
//! generated code never assumes more than the runtime does), the C library, and the tools that
//! link for it with the Debian packages that provide them.
//!
//! `build.rs` builds a runtime for every triple of this table whose Rust standard library is
//! installed (`rules::build_script_targets` keeps its list equal to this one); `docs/targets.md`
//! explains how to add a target.

use crate::Error;

/// The C library a target links against, which decides how it is linked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Libc {
    /// glibc: linked with the target's GCC driver (dynamic by default, `--static` on request).
    Gnu,
    /// musl: always fully static, linked with `ld.lld` (or GNU `ld`) against the C runtime
    /// objects and `libc.a` that Rust's musl target ships, which kiln embeds.
    Musl,
}

/// One supported target.
#[derive(Debug, PartialEq, Eq)]
pub struct Target {
    /// The Rust-style triple users name (`riscv64gc-unknown-linux-gnu`).
    pub triple: &'static str,
    /// The triple LLVM knows (`riscv64-unknown-linux-gnu`).
    pub llvm_triple: &'static str,
    /// The architecture as `uname -m`, GNU tool prefixes and QEMU name it.
    pub arch: &'static str,
    pub libc: Libc,
    /// The baseline CPU: every machine of the architecture has it.
    pub cpu: &'static str,
    /// The baseline features, as rustc's target specification enables them.
    pub features: &'static str,
    /// The calling convention's ABI name, where the architecture has several.
    pub abi: Option<&'static str>,
    /// The GNU cross toolchain prefix (`aarch64-linux-gnu`): `<prefix>-gcc`, `<prefix>-ld`, and
    /// `/usr/<prefix>` holds the target's libraries.
    pub gnu_prefix: &'static str,
    /// `ld`'s emulation name for the architecture (`-m`).
    pub ld_emulation: &'static str,
}

impl Target {
    /// The Debian package with the GCC cross driver for this target's architecture.
    pub fn gcc_package(&self) -> String {
        format!("gcc-{}", self.gnu_prefix.replace('_', "-"))
    }

    /// Whether executables for this target are fully static unless asked otherwise.
    pub fn static_by_default(&self) -> bool {
        self.libc == Libc::Musl
    }

    /// Whether this is the target `kiln` itself runs on.
    pub fn is_host(&self) -> bool {
        self.triple == crate::link::HOST_TRIPLE
    }
}

/// Every target kiln supports, the host's first among equals.
pub const TARGETS: &[Target] = &[
    Target {
        triple: "x86_64-unknown-linux-gnu",
        llvm_triple: "x86_64-unknown-linux-gnu",
        arch: "x86_64",
        libc: Libc::Gnu,
        cpu: "x86-64",
        features: "",
        abi: None,
        gnu_prefix: "x86_64-linux-gnu",
        ld_emulation: "elf_x86_64",
    },
    Target {
        triple: "aarch64-unknown-linux-gnu",
        llvm_triple: "aarch64-unknown-linux-gnu",
        arch: "aarch64",
        libc: Libc::Gnu,
        cpu: "generic",
        features: "+v8a,+neon,+fp-armv8",
        abi: None,
        gnu_prefix: "aarch64-linux-gnu",
        ld_emulation: "aarch64linux",
    },
    Target {
        triple: "x86_64-unknown-linux-musl",
        llvm_triple: "x86_64-unknown-linux-musl",
        arch: "x86_64",
        libc: Libc::Musl,
        cpu: "x86-64",
        features: "",
        abi: None,
        gnu_prefix: "x86_64-linux-gnu",
        ld_emulation: "elf_x86_64",
    },
    Target {
        triple: "aarch64-unknown-linux-musl",
        llvm_triple: "aarch64-unknown-linux-musl",
        arch: "aarch64",
        libc: Libc::Musl,
        cpu: "generic",
        features: "+v8a,+neon,+fp-armv8",
        abi: None,
        gnu_prefix: "aarch64-linux-gnu",
        ld_emulation: "aarch64linux",
    },
    Target {
        triple: "riscv64gc-unknown-linux-gnu",
        llvm_triple: "riscv64-unknown-linux-gnu",
        arch: "riscv64",
        libc: Libc::Gnu,
        cpu: "generic-rv64",
        features: "+m,+a,+f,+d,+c",
        abi: Some("lp64d"),
        gnu_prefix: "riscv64-linux-gnu",
        ld_emulation: "elf64lriscv",
    },
];

/// The target `kiln` runs on.
pub fn host() -> Result<&'static Target, Error> {
    TARGETS.iter().find(|t| t.is_host()).ok_or_else(|| {
        Error::Environment(format!(
            "this kiln was built for `{}`, which is not one of its targets",
            crate::link::HOST_TRIPLE
        ))
    })
}

/// The target a `--target` argument names: a Rust-style triple, LLVM's spelling of one
/// (`riscv64-unknown-linux-gnu`), the short GNU form (`aarch64-linux-gnu`), or `native`/`host`.
pub fn lookup(name: &str) -> Result<&'static Target, Error> {
    if name == "native" || name == "host" {
        return host();
    }
    let normalized = name.replace("-pc-linux", "-unknown-linux");
    let found = TARGETS.iter().find(|t| {
        t.triple == normalized
            || t.llvm_triple == normalized
            || short_form(t.triple) == normalized
            || short_form(t.llvm_triple) == normalized
    });
    found.ok_or_else(|| {
        let known: Vec<&str> = TARGETS.iter().map(|t| t.triple).collect();
        Error::Environment(format!(
            "the target `{name}` is not supported\n  = help: kiln compiles for {} (see `kiln targets`)",
            known.join(", ")
        ))
    })
}

/// `aarch64-unknown-linux-gnu` → `aarch64-linux-gnu`.
fn short_form(triple: &str) -> String {
    triple.replacen("-unknown-", "-", 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triples_in_every_spelling() {
        let riscv = lookup("riscv64gc-unknown-linux-gnu").map(|t| t.llvm_triple);
        assert_eq!(riscv.ok(), Some("riscv64-unknown-linux-gnu"));
        for alias in ["riscv64-unknown-linux-gnu", "riscv64-linux-gnu"] {
            assert_eq!(
                lookup(alias).map(|t| t.triple).ok(),
                Some("riscv64gc-unknown-linux-gnu")
            );
        }
        assert_eq!(
            lookup("x86_64-pc-linux-gnu").map(|t| t.triple).ok(),
            Some("x86_64-unknown-linux-gnu")
        );
        assert!(lookup("mips-unknown-linux-gnu").is_err());
    }

    #[test]
    fn packages() {
        let aarch64 = lookup("aarch64-unknown-linux-gnu").map(|t| t.gcc_package());
        assert_eq!(aarch64.ok().as_deref(), Some("gcc-aarch64-linux-gnu"));
        let x86 = lookup("x86_64-unknown-linux-gnu").map(|t| t.gcc_package());
        assert_eq!(x86.ok().as_deref(), Some("gcc-x86-64-linux-gnu"));
    }
}
