//! Source positions in generated code: the line table that maps byte spans to lines, and DWARF
//! debug information (`-g`) built with LLVM's DIBuilder.
//!
//! With debug information every generated function gets a `DISubprogram` named after its Python
//! function (`fib`; its symbol `prog.fib(int)` names the specialization) at the line of its
//! `def`, and every
//! instruction a `DILocation` at the line and column its SSA value comes from, so debuggers
//! break on `prog.py:12`, backtraces show Python names and profilers attribute time to lines.
//! The code generator never depends on the frontend: lines are computed here from the source
//! text the bytecode program keeps.

use std::path::Path;

use inkwell::context::Context;
use inkwell::debug_info::{
    AsDIScope, DICompileUnit, DIFile, DIFlags, DIFlagsConstants, DILocation, DIScope, DISubprogram,
    DISubroutineType, DWARFEmissionKind, DWARFSourceLanguage, DebugInfoBuilder,
};
use inkwell::module::{FlagBehavior, Module};
use kiln_bytecode::Span;

/// The DWARF version kiln emits: 4 is read by every debugger and profiler still in use.
const DWARF_VERSION: u64 = 4;

/// Line starts of a program's source text, to turn byte offsets into 1-based lines and
/// columns of the file they are in (the source holds the script's text, then its modules').
#[derive(Clone, Debug, Default)]
pub struct LineTable {
    starts: Vec<u32>,
    /// Each line's text as a traceback shows it: without indentation or line end.
    texts: Vec<String>,
    /// The files after the first: name, where the text starts, the index of its first line.
    files: Vec<(String, u32, usize)>,
}

impl LineTable {
    /// The line table of `source`, whose files after the first start where `files` say.
    pub fn new(source: &str, files: &[kiln_bytecode::SourceFile]) -> LineTable {
        let mut starts = vec![0];
        for (i, byte) in source.bytes().enumerate() {
            if byte == b'\n' {
                starts.push(u32::try_from(i + 1).unwrap_or(u32::MAX));
            }
        }
        let texts = source
            .split('\n')
            .map(|line| {
                line.trim_end_matches('\r')
                    .trim_start_matches([' ', '\t', '\x0c'])
                    .to_owned()
            })
            .collect();
        let files = files
            .iter()
            .map(|f| {
                let first = starts.partition_point(|&start| start < f.start);
                (f.name.clone(), f.start, first)
            })
            .collect();
        LineTable {
            starts,
            texts,
            files,
        }
    }

    /// The file byte `offset` is in: 0 for the first, `i + 1` for `files[i]`.
    pub fn file_of(&self, offset: u32) -> usize {
        self.files
            .iter()
            .rposition(|&(_, start, _)| start <= offset)
            .map_or(0, |i| i + 1)
    }

    /// The name of file `file` (see [`file_of`](Self::file_of)); `None` for the first.
    pub fn file_name(&self, file: usize) -> Option<&str> {
        let index = file.checked_sub(1)?;
        self.files.get(index).map(|(name, _, _)| name.as_str())
    }

    /// The index of the first line of file `file` among all lines.
    fn first_line(&self, file: usize) -> usize {
        file.checked_sub(1)
            .and_then(|i| self.files.get(i))
            .map_or(0, |&(_, _, first)| first)
    }

    /// The text of 1-based `line` of file `file` as CPython's traceback prints it (empty if
    /// there is none).
    pub fn text(&self, file: usize, line: u32) -> &str {
        let index = self.first_line(file) + (line as usize).wrapping_sub(1);
        self.texts.get(index).map_or("", String::as_str)
    }

    /// The 1-based line (of its file) and byte column of `offset`.
    pub fn position(&self, offset: u32) -> (u32, u32) {
        let index = self.starts.partition_point(|&start| start <= offset).max(1);
        let line_start = self.starts[index - 1];
        let first = self.first_line(self.file_of(offset));
        let line = u32::try_from(index - first).unwrap_or(u32::MAX);
        (line, offset.saturating_sub(line_start) + 1)
    }

    /// The 1-based line where `span` starts.
    pub fn line(&self, span: Span) -> u32 {
        self.position(span.start).0
    }
}

/// The source file a module was compiled from.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The file name as given (`prog.py`, `examples/prog.py`).
    pub name: String,
    /// The absolute directory it is in: DWARF's compilation directory.
    pub directory: String,
    pub lines: LineTable,
}

/// The DWARF being built for one module.
pub(crate) struct DebugInfo<'ctx> {
    builder: DebugInfoBuilder<'ctx>,
    unit: DICompileUnit<'ctx>,
    /// The source files, as `LineTable::file_of` numbers them: the script's, then its
    /// modules'.
    files: Vec<DIFile<'ctx>>,
    /// Functions are described without parameter types: kiln emits no variable locations yet.
    signature: DISubroutineType<'ctx>,
    optimized: bool,
}

impl<'ctx> DebugInfo<'ctx> {
    /// Starts the debug information of `llvm` for `source`, with the module flags LLVM needs.
    pub fn new(
        context: &'ctx Context,
        llvm: &Module<'ctx>,
        source: &SourceFile,
        optimized: bool,
    ) -> DebugInfo<'ctx> {
        let i32t = context.i32_type();
        llvm.add_basic_value_flag(
            "Debug Info Version",
            FlagBehavior::Warning,
            i32t.const_int(
                u64::from(inkwell::debug_info::debug_metadata_version()),
                false,
            ),
        );
        llvm.add_basic_value_flag(
            "Dwarf Version",
            FlagBehavior::Warning,
            i32t.const_int(DWARF_VERSION, false),
        );
        let file_name = Path::new(&source.name)
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_else(|| source.name.clone());
        let producer = concat!("kiln ", env!("CARGO_PKG_VERSION"));
        let (builder, unit) = llvm.create_debug_info_builder(
            true,
            DWARFSourceLanguage::Python,
            &file_name,
            &source.directory,
            producer,
            optimized,
            "",
            0,
            "",
            DWARFEmissionKind::Full,
            0,
            false,
            false,
            "",
            "",
        );
        let file = unit.get_file();
        let signature = builder.create_subroutine_type(file, None, &[], DIFlags::ZERO);
        let mut files = vec![file];
        for (name, _, _) in &source.lines.files {
            let path = Path::new(name);
            let name = path
                .file_name()
                .map_or_else(|| name.clone(), |f| f.to_string_lossy().into_owned());
            let directory = path
                .parent()
                .and_then(|p| std::path::absolute(p).ok())
                .map_or_else(|| source.directory.clone(), |d| d.display().to_string());
            files.push(builder.create_file(&name, &directory));
        }
        DebugInfo {
            builder,
            unit,
            files,
            signature,
            optimized,
        }
    }

    /// A subprogram for the function Python calls `name`, defined at `line` of source file
    /// `file` (see `LineTable::file_of`).
    pub fn function(
        &self,
        name: &str,
        file: usize,
        line: u32,
        artificial: bool,
    ) -> DISubprogram<'ctx> {
        let file = self.files.get(file).copied().unwrap_or(self.files[0]);
        let flags = if artificial {
            DIFlags::ARTIFICIAL
        } else {
            DIFlags::ZERO
        };
        self.builder.create_function(
            self.unit.as_debug_info_scope(),
            name,
            // No linkage name: debuggers would show it instead of the Python name. The symbol
            // (`prog.fib(int)`) stays in the symbol table for profilers.
            Some(""),
            file,
            line,
            self.signature,
            true,
            true,
            line,
            flags,
            self.optimized,
        )
    }

    /// The location `line:column` in `scope`.
    pub fn location(
        &self,
        context: &'ctx Context,
        scope: DIScope<'ctx>,
        line: u32,
        column: u32,
    ) -> DILocation<'ctx> {
        self.builder
            .create_debug_location(context, line, column, scope, None)
    }

    /// Resolves every node; call once, after the last function.
    pub fn finalize(&self) {
        self.builder.finalize();
    }
}

#[cfg(test)]
mod tests {
    use super::LineTable;

    #[test]
    fn positions_are_one_based() {
        let table = LineTable::new("a\nbc\n\nd", &[]);
        assert_eq!(table.position(0), (1, 1));
        assert_eq!(table.position(2), (2, 1));
        assert_eq!(table.position(3), (2, 2));
        assert_eq!(table.position(5), (3, 1));
        assert_eq!(table.position(6), (4, 1));
        assert_eq!(table.position(99), (4, 94));
    }

    #[test]
    fn lines_count_from_each_file() {
        let module = kiln_bytecode::SourceFile {
            name: "m.py".to_owned(),
            start: 5,
        };
        let table = LineTable::new("a\nbc\nd\nef", &[module]);
        assert_eq!(table.position(2), (2, 1));
        assert_eq!(table.position(5), (1, 1));
        assert_eq!(table.position(8), (2, 2));
        assert_eq!((table.file_of(4), table.file_of(5)), (0, 1));
        assert_eq!(table.text(1, 2), "ef");
        assert_eq!(table.text(0, 2), "bc");
    }
}
