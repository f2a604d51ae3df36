//! Bytecode emission: walks the AST of one module and produces a [`Program`].
//!
//! [`Emitter`] holds the state of the code object being emitted (instructions, locations,
//! labels, the enclosing loops) plus the program-wide pools. Statements live in `stmt.rs`,
//! expressions in `expr.rs`. Unsupported constructs are reported as diagnostics and replaced
//! by a placeholder that keeps the stack shape valid, so one run reports every problem.

mod class;
mod combinatorics;
mod expr;
mod import;
mod lambda;
mod lazy;
pub(crate) use lazy::lazy_values;
mod stmt;
mod str_format;
mod try_stmt;

use kiln_bytecode::{
    CodeKind, CodeObject, Constant, Diagnostic, Handler, InlineFrame, Instruction, Location,
    Opcode, Program, Span,
};
use ruff_python_ast::Stmt;

use crate::lines::LineIndex;
use crate::scope::{FunctionScope, Scopes};

/// Emits the whole module `body` as a program whose entry is the module's top level.
pub fn program(
    filename: &str,
    source: &str,
    files: Vec<kiln_bytecode::SourceFile>,
    body: &[Stmt],
    scopes: &Scopes,
    inserted: &[crate::stdlib::Inserted],
) -> Result<Program, Vec<Diagnostic>> {
    let mut pools = Pools {
        consts: Vec::new(),
        names: Vec::new(),
        codes: vec![None],
        diagnostics: Vec::new(),
        lines: LineIndex::new(source, files.iter().map(|f| f.start)),
        source: source.to_owned(),
        inline_frames: Vec::new(),
        classes: Vec::new(),
        modules: Vec::new(),
        imported: Vec::new(),
        generated_span: Span::default(),
        inserted: inserted.to_vec(),
        started: std::collections::HashSet::new(),
        program_modules: scopes.modules.clone(),
        class_aliases: Vec::new(),
    };
    let module_span = Span::new(0, u32::try_from(source.len()).unwrap_or(u32::MAX));
    let mut emitter = Emitter::new(
        &mut pools,
        scopes,
        None,
        CodeKind::Module,
        "<module>",
        module_span,
    );
    emitter.declare_imports(body);
    emitter.block(body);
    emitter.emit_return_none();
    let module = emitter.finish(0, 0, Vec::new());
    pools.codes[0] = Some(module);
    if !pools.diagnostics.is_empty() {
        return Err(pools.diagnostics);
    }
    let mut program = Program {
        filename: filename.to_owned(),
        source: Some(source.to_owned()),
        consts: pools.consts,
        names: pools.names,
        codes: pools.codes.into_iter().flatten().collect(),
        inline_frames: pools.inline_frames,
        classes: pools.classes,
        files,
    };
    fill_max_stack(&mut program)?;
    Ok(program)
}

/// Computes each code object's `max_stack` with the verifier's stack analysis.
fn fill_max_stack(program: &mut Program) -> Result<(), Vec<Diagnostic>> {
    for index in 0..program.codes.len() {
        let max =
            kiln_bytecode::verify::max_stack(program, &program.codes[index]).map_err(|err| {
                vec![Diagnostic::error(
                    "internal-error",
                    format!("internal compiler error: emitted bytecode is inconsistent: {err}"),
                    program.codes[index].span,
                )]
            })?;
        program.codes[index].max_stack = max;
    }
    Ok(())
}

/// Program-wide tables shared by every code object.
struct Pools {
    consts: Vec<Constant>,
    names: Vec<String>,
    /// Code objects by index; `None` while one is being emitted.
    codes: Vec<Option<CodeObject>>,
    diagnostics: Vec<Diagnostic>,
    lines: LineIndex,
    source: String,
    inline_frames: Vec<InlineFrame>,
    classes: Vec<kiln_bytecode::ClassDef>,
    /// The modules `import` bound at module level: the global bound (see
    /// `ModuleTable::qualified`), the module.
    modules: Vec<(String, String)>,
    /// The builtins `from ... import` bound at module level: the global bound, the builtin's
    /// (`dataclasses.FrozenInstanceError`).
    imported: Vec<(String, String)>,
    /// The span of the class whose generated dataclass methods are being emitted.
    generated_span: Span,
    /// The standard modules written in Python, inserted past the end of the source.
    inserted: Vec<crate::stdlib::Inserted>,
    /// The program modules whose top level has begun (their `__name__` is set).
    started: std::collections::HashSet<String>,
    /// The program's own modules.
    program_modules: crate::modules::ModuleTable,
    /// The classes `from module import Class` binds under another name: the global bound, the
    /// class's global.
    class_aliases: Vec<(String, String)>,
}

impl Pools {
    /// Whether the code at `span` is in one of kiln's standard modules written in Python.
    fn in_kiln_module(&self, span: Span) -> bool {
        self.inserted
            .iter()
            .any(|i| i.text.start <= span.start && span.end <= i.text.end)
    }

    /// The program module the code at `span` belongs to (`None`: the script, or a standard
    /// module written in Python).
    fn module_at(&self, span: Span) -> Option<String> {
        if self.in_kiln_module(span) {
            return None;
        }
        self.program_modules
            .module_at(self.real(span).start)
            .map(str::to_owned)
    }

    /// `span`, or for code kiln generated (past the end of the source), the statement it is
    /// attributed to: the `import` of a standard module written in Python, the class whose
    /// dataclass methods are being emitted.
    fn real(&self, span: Span) -> Span {
        if !crate::dataclass::is_generated(span, self.source.len()) {
            return span;
        }
        self.inserted
            .iter()
            .find(|i| i.text.start <= span.start && span.end <= i.text.end)
            .map_or(self.generated_span, |i| i.import)
    }
}

/// A forward or backward jump destination inside the current code object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Label(usize);

/// The jump destinations of the innermost enclosing loop.
#[derive(Clone)]
struct LoopLabels {
    continue_to: Label,
    break_to: Label,
    /// The iterators a `for` loop keeps on the stack (one per `for` clause of a lazy
    /// iterable it consumes); `break` must pop them.
    iterators: usize,
}

/// How to unbind a variable: a local's or a global's index.
#[derive(Clone, Copy)]
enum Unbind {
    Local(u32),
    Global(u32),
}

/// A statement-level construct that a `return`, `break` or `continue` leaving it must finish
/// (CPython's compiler calls them frame blocks). Each records how many exception handlers were
/// active outside it, so the code that finishes it is covered by the outer ones only.
#[derive(Clone)]
struct FrameBlock {
    kind: FrameKind,
    outer_handlers: usize,
}

#[derive(Clone)]
enum FrameKind {
    /// A loop body (its iterators are on the stack).
    Loop(LoopLabels),
    /// The body of a `try` with `except` clauses: nothing to finish.
    Try,
    /// The body of a `try` with a `finally`: run the `finally` body.
    Finally(Vec<Stmt>),
    /// An `except` clause: end the handling (and unbind the `as` name).
    Handler(Option<Unbind>),
    /// A `finally` body run for an exception, which is on the stack: end the handling.
    FinallyException,
    /// A `finally` body run for a `return`, whose value is on the stack: a jump out of the
    /// body drops it.
    PendingReturn,
    /// The body of a `with` (its context manager is on the stack): call its
    /// `__exit__(None, None, None)`, located at the `with` statement (its span).
    With(Span),
}

/// Emits one code object.
struct Emitter<'a> {
    pools: &'a mut Pools,
    scopes: &'a Scopes,
    /// The function being emitted, `None` at module level.
    scope: Option<&'a FunctionScope>,
    kind: CodeKind,
    name: String,
    span: Span,
    code: Vec<Instruction>,
    locations: Vec<Location>,
    labels: Vec<Option<u32>>,
    /// Instructions whose operand is a label still to be resolved.
    fixups: Vec<(usize, Label)>,
    /// The enclosing loops, `try` bodies and handlers, innermost last.
    fblocks: Vec<FrameBlock>,
    /// The active exception handlers (target, stack depth), innermost last.
    handlers: Vec<(Label, u32)>,
    /// The innermost handler of each emitted instruction.
    inst_handlers: Vec<Option<(Label, u32)>>,

    /// For a method: its class's base class (for `super()`) and its first parameter's name.
    method: Option<(Option<u32>, String)>,
    /// For a class body or method: the builtin exception class its class derives from (for
    /// `super().__init__`).
    builtin_base: Option<String>,
    /// The class whose body or method is being emitted (for private name mangling).
    class_name: Option<String>,
    /// The span attached to instructions emitted now.
    current: Span,
    /// Locals the source does not name: comprehension variables and temporaries, numbered
    /// after the scope's own locals.
    hidden: Vec<String>,
    /// The variables of the comprehensions being emitted, innermost last.
    comprehensions: Vec<Vec<(String, u32)>>,
    /// The instructions whose operand is a free variable's number: its deref slot follows
    /// the locals, which are numbered only when the code object is finished.
    free_derefs: Vec<usize>,
    /// The program module whose code this is (`None`: the script): its globals are named
    /// `module.name` (see `crate::modules`).
    module: Option<String>,
}

impl<'a> Emitter<'a> {
    fn new(
        pools: &'a mut Pools,
        scopes: &'a Scopes,
        scope: Option<&'a FunctionScope>,
        kind: CodeKind,
        name: &str,
        span: Span,
    ) -> Emitter<'a> {
        let module = pools.module_at(span);
        let span = pools.real(span);
        Emitter {
            module,
            pools,
            scopes,
            scope,
            kind,
            name: name.to_owned(),
            span,
            code: Vec::new(),
            locations: Vec::new(),
            labels: Vec::new(),
            fixups: Vec::new(),
            fblocks: Vec::new(),
            handlers: Vec::new(),
            inst_handlers: Vec::new(),

            method: None,
            builtin_base: None,
            class_name: None,
            current: span,
            hidden: Vec::new(),
            comprehensions: Vec::new(),
            free_derefs: Vec::new(),
        }
    }

    /// A slot for a new code object (a function nested in this code, with scope `scope`), and
    /// the emitter of its body.
    fn nested_code<'b>(
        &'b mut self,
        scope: &'b FunctionScope,
        name: &str,
        span: Span,
    ) -> (usize, Emitter<'b>) {
        let index = self.pools.codes.len();
        self.pools.codes.push(None);
        let inner = Emitter::new(
            &mut *self.pools,
            self.scopes,
            Some(scope),
            CodeKind::Function,
            name,
            span,
        );
        (index, inner)
    }

    /// The name-pool index of global `name` of this code's module (`helpers.total` for
    /// `total` in module `helpers`).
    fn global_name(&mut self, name: &str) -> u32 {
        let global = crate::modules::ModuleTable::qualified(self.module.as_deref(), name);
        self.name(&global)
    }

    /// LOAD_DEREF, STORE_DEREF or LOAD_CLOSURE of a cell or free variable.
    fn emit_deref(&mut self, op: Opcode, resolved: crate::scope::Resolved) {
        match resolved {
            crate::scope::Resolved::Cell(index) => self.emit(op, index),
            crate::scope::Resolved::Free(index) => {
                self.free_derefs.push(self.code.len());
                self.emit(op, index);
            }
            // Scope analysis gives a function every variable it passes on.
            _ => self.error(Diagnostic::error(
                "internal-error",
                "internal compiler error: a captured variable is not in a cell",
                self.current,
            )),
        }
    }

    /// Where `name` lives here: a comprehension variable, or as the scopes say.
    fn resolve(&self, name: &str) -> crate::scope::Resolved {
        for scope in self.comprehensions.iter().rev() {
            if let Some((_, index)) = scope.iter().find(|(n, _)| n == name) {
                return crate::scope::Resolved::Local(*index);
            }
        }
        self.scopes
            .resolve(self.scope, self.module.as_deref(), name)
    }

    /// A new local slot the source cannot name (its name is only for messages).
    fn hidden_local(&mut self, name: &str) -> u32 {
        let base = self.scope.map_or(0, |s| s.locals.len());
        self.hidden.push(name.to_owned());
        u32::try_from(base + self.hidden.len() - 1).unwrap_or(u32::MAX)
    }

    /// Resolves labels and packages the code object.
    fn finish(mut self, argcount: u32, defaults: u32, mut locals: Vec<String>) -> CodeObject {
        locals.append(&mut self.hidden);
        let base = u32::try_from(locals.len()).unwrap_or(u32::MAX);
        for at in std::mem::take(&mut self.free_derefs) {
            self.code[at].arg = self.code[at].arg.saturating_add(base);
        }
        for (at, label) in std::mem::take(&mut self.fixups) {
            // Every label used by a jump is bound before the code object is finished.
            self.code[at].arg = self.labels[label.0].unwrap_or(0);
        }
        // Runs of instructions with the same innermost handler become the handler table.
        let mut handlers: Vec<Handler> = Vec::new();
        for (at, handler) in self.inst_handlers.iter().enumerate() {
            let Some((label, depth)) = *handler else {
                continue;
            };
            let at = u32::try_from(at).unwrap_or(u32::MAX);
            let target = self.labels[label.0].unwrap_or(0);
            match handlers.last_mut() {
                Some(last) if last.end == at && last.target == target && last.depth == depth => {
                    last.end = at + 1;
                }
                _ => handlers.push(Handler {
                    start: at,
                    end: at + 1,
                    target,
                    depth,
                }),
            }
        }
        CodeObject {
            kind: self.kind,
            name: self.name,
            argcount,
            defaults,
            kwonly: 0,
            varargs: false,
            varkeywords: false,
            generator: false,
            cells: self.scope.map(|s| s.cells.clone()).unwrap_or_default(),
            freevars: self.scope.map(|s| s.freevars.clone()).unwrap_or_default(),
            locals,
            max_stack: 0,
            code: self.code,
            locations: self.locations,
            handlers,
            span: self.span,
        }
    }

    fn emit(&mut self, op: Opcode, arg: u32) {
        self.code.push(Instruction::new(op, arg));
        self.inst_handlers.push(self.handlers.last().copied());
        let span = self.real(self.current);
        let line = self.pools.lines.line(span.start);
        self.locations.push(Location { line, span });
    }

    /// Records that the code emitted for `span` (but `outside`) runs, in CPython, in a frame
    /// named `name` called from `line` (see [`InlineFrame`]).
    fn inline_frame(&mut self, name: &str, span: Span, outside: Option<Span>, line: u32) {
        // Code kiln generated (a standard module written in Python) shows no frames.
        if crate::dataclass::is_generated(span, self.pools.source.len()) {
            return;
        }
        self.pools.inline_frames.push(InlineFrame {
            name: name.to_owned(),
            span,
            outside: outside.unwrap_or_default(),
            line,
        });
    }

    /// `name` as written inside the current class: `__x` becomes `_Class__x` (CPython's
    /// private name mangling).
    fn mangle(&self, name: &str) -> String {
        match &self.class_name {
            Some(class) if name.starts_with("__") && !name.ends_with("__") => {
                format!("_{}{name}", class.trim_start_matches('_'))
            }
            _ => name.to_owned(),
        }
    }

    fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() - 1)
    }

    fn bind(&mut self, label: Label) {
        self.labels[label.0] = Some(u32::try_from(self.code.len()).unwrap_or(u32::MAX));
    }

    fn emit_jump(&mut self, op: Opcode, label: Label) {
        self.fixups.push((self.code.len(), label));
        self.emit(op, 0);
    }

    /// Runs `f` with `span` as the location of the instructions it emits.
    fn at<T>(&mut self, span: Span, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = std::mem::replace(&mut self.current, span);
        let result = f(self);
        self.current = saved;
        result
    }

    fn constant(&mut self, constant: Constant) -> u32 {
        let existing = self
            .pools
            .consts
            .iter()
            .position(|c| c.is_identical(&constant));
        let index = existing.unwrap_or_else(|| {
            self.pools.consts.push(constant);
            self.pools.consts.len() - 1
        });
        u32::try_from(index).unwrap_or(u32::MAX)
    }

    fn name(&mut self, name: &str) -> u32 {
        let existing = self.pools.names.iter().position(|n| n == name);
        let index = existing.unwrap_or_else(|| {
            self.pools.names.push(name.to_owned());
            self.pools.names.len() - 1
        });
        u32::try_from(index).unwrap_or(u32::MAX)
    }

    fn load_const(&mut self, constant: Constant) {
        let index = self.constant(constant);
        self.emit(Opcode::LoadConst, index);
    }

    fn emit_return_none(&mut self) {
        self.load_const(Constant::None);
        self.emit(Opcode::ReturnValue, 0);
    }

    fn error(&mut self, mut diagnostic: Diagnostic) {
        diagnostic.primary.span = self.real(diagnostic.primary.span);
        self.pools.diagnostics.push(diagnostic);
    }

    /// `span`, or for code generated for a dataclass, the class statement's.
    fn real(&self, span: Span) -> Span {
        self.pools.real(span)
    }

    /// Reports valid Python that kiln does not compile yet.
    fn unsupported(&mut self, id: &'static str, what: &str, span: Span, hint: &str) {
        let mut diagnostic =
            Diagnostic::error(id, format!("{what} is not supported by kiln yet"), span)
                .with_label("not supported");
        if !hint.is_empty() {
            diagnostic = diagnostic.with_hint(hint);
        }
        self.error(diagnostic);
    }
}
