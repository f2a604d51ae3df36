//! Module and function emission: LLVM declarations for runtime functions, Python globals and
//! specialized functions, the C `main`, and the block/parameter plumbing of each function.
//! Instruction selection lives in `ops.rs`; debug locations come from `debug.rs`, set here
//! once per instruction.

use std::collections::HashMap;

use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::basic_block::BasicBlock;
use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::debug_info::{AsDIScope, DIScope};
use inkwell::intrinsics::Intrinsic;
use inkwell::module::{Linkage, Module};
use inkwell::types::{BasicMetadataTypeEnum, BasicType, BasicTypeEnum, FunctionType};
use inkwell::values::{BasicValueEnum, FunctionValue, GlobalValue, PhiValue, PointerValue};
use inkwell::AddressSpace;
use kiln_lower::ir::{self, Block, TypeId, TypeKind, Value};

use crate::abi::{AbiType, RuntimeFn};
use crate::containers::reference_words;
use crate::debug::{DebugInfo, LineTable};
use crate::{CodegenError, Options};

/// The runtime's global holding Python's recursion limit.
const RECURSION_LIMIT: &str = "kiln_rt_recursion_limit";

/// CPython's default recursion limit (the runtime's global starts at it): the number of
/// frames, the module's included.
const DEFAULT_RECURSION_LIMIT: u64 = 1000;

/// Module-wide LLVM state shared by every function.
pub(crate) struct ModuleCx<'ctx, 'm> {
    pub context: &'ctx Context,
    pub llvm: &'m Module<'ctx>,
    pub module: &'m ir::Module,
    /// Whether the program calls `sys.setrecursionlimit`: frames then compare their depth
    /// with the runtime's global rather than with CPython's default limit.
    pub settable_recursion_limit: bool,
    pub funcs: Vec<FunctionValue<'ctx>>,
    /// Each global's storage and, for checked globals, its "assigned" flag.
    pub globals: Vec<Option<(GlobalValue<'ctx>, Option<GlobalValue<'ctx>>)>>,
    strings: HashMap<String, PointerValue<'ctx>>,
    byte_strings: HashMap<Vec<u8>, PointerValue<'ctx>>,
    /// Big integer literals: globals holding their words, filled in by `main`.
    big_ints: Vec<(String, GlobalValue<'ctx>)>,
    /// The source's line table, when the program kept its source.
    pub(crate) lines: Option<&'m LineTable>,
    /// DWARF under construction (`-g`).
    debug: Option<DebugInfo<'ctx>>,
    /// The script's name as given, for tracebacks.
    pub(crate) file: String,
    /// Traceback sites by function and line.
    pub(crate) sites: HashMap<(String, usize, u32), PointerValue<'ctx>>,
}

/// Emits the whole program into `llvm`.
pub fn emit_module<'ctx>(
    context: &'ctx Context,
    llvm: &Module<'ctx>,
    module: &ir::Module,
    options: &Options,
) -> Result<(), CodegenError> {
    let i64t = context.i64_type();
    let source = options.source.as_ref();
    let debug = source
        .filter(|_| options.debug_info)
        .map(|source| DebugInfo::new(context, llvm, source, options.opt_level > 0));
    let mut cx = ModuleCx {
        context,
        llvm,
        module,
        funcs: Vec::new(),
        globals: Vec::new(),
        strings: HashMap::new(),
        byte_strings: HashMap::new(),
        big_ints: Vec::new(),
        lines: source.map(|s| &s.lines),
        debug,
        file: options.source_name.clone(),
        sites: HashMap::new(),
        settable_recursion_limit: module.funcs.iter().any(|f| {
            f.values.iter().any(|v| {
                matches!(
                    v.def,
                    kiln_lower::ir::ValueDef::Inst(kiln_lower::ir::Inst::Rt(
                        kiln_lower::ir::RtFn::SetRecursionLimit,
                        _
                    ))
                )
            })
        }),
    };
    // Symbols are `<module>.<function>(<argument types>)`, as readable in IR, backtraces and
    // profiles as in Python.
    let prefix = std::path::Path::new(&options.source_name)
        .file_stem()
        .map(|stem| format!("{}.", stem.to_string_lossy()))
        .unwrap_or_default();
    cx.declare_globals();
    for func in &module.funcs {
        // Every function receives the depth of its own frame first: counting frames in a
        // register costs an add and a compare per call, and keeps tail recursion optimizable.
        let params: Vec<BasicMetadataTypeEnum> = std::iter::once(i64t.into())
            .chain(
                func.blocks[func.entry.index()]
                    .params
                    .iter()
                    .map(|&p| cx.llvm_type(func.ty(p)).into()),
            )
            .collect();
        let fn_type = cx.llvm_type(func.ret).fn_type(&params, false);
        let symbol = format!("{prefix}{}", func.name);
        let value = llvm.add_function(&symbol, fn_type, Some(Linkage::Internal));
        value.set_personality_function(cx.runtime(RuntimeFn::Personality));
        // A small function that makes an instance (`Vec3.__add__`) is worth inlining: where
        // the caller does not keep the instance, LLVM then drops the allocation.
        let makes_instance = func.values.iter().any(|v| {
            matches!(
                v.def,
                kiln_lower::ir::ValueDef::Inst(kiln_lower::ir::Inst::InstanceNew(_))
            )
        });
        if makes_instance && func.values.len() <= SMALL_CONSTRUCTOR {
            value.add_attribute(AttributeLoc::Function, cx.enum_attribute("inlinehint"));
        }
        if func.generator.is_some() {
            // LLVM's coroutine passes split it (see `generator.rs`).
            value.add_attribute(
                AttributeLoc::Function,
                cx.enum_attribute("presplitcoroutine"),
            );
        }
        if let Some(debug) = &cx.debug {
            let line = cx.lines.map_or(0, |lines| lines.line(func.span));
            let file = cx.lines.map_or(0, |lines| lines.file_of(func.span.start));
            value.set_subprogram(debug.function(&func.python_name, file, line, false));
        }
        cx.funcs.push(value);
    }
    for (index, func) in module.funcs.iter().enumerate() {
        FnCx::new(&mut cx, index, func).emit()?;
    }
    cx.emit_main()?;
    if let Some(debug) = &cx.debug {
        debug.finalize();
    }
    Ok(())
}

/// The most SSA values a function that makes an instance has to be marked for inlining.
const SMALL_CONSTRUCTOR: usize = 64;

impl<'ctx> ModuleCx<'ctx, '_> {
    /// The LLVM type of a kiln type. Zero-sized types and `never` are an `i8` nobody reads.
    pub fn llvm_type(&self, ty: TypeId) -> BasicTypeEnum<'ctx> {
        let c = self.context;
        match self.module.types.kind(ty) {
            TypeKind::Int => c.i64_type().into(),
            TypeKind::Float => c.f64_type().into(),
            TypeKind::Bool => c.bool_type().into(),
            TypeKind::Str
            | TypeKind::Bytes
            | TypeKind::List(_)
            | TypeKind::Tuple(_)
            | TypeKind::Dict(..)
            | TypeKind::Set(_)
            | TypeKind::FrozenSet(_)
            // A dict view is its dict.
            | TypeKind::DictView(..)
            | TypeKind::Exception
            | TypeKind::ExcArgs
            | TypeKind::Traceback
            | TypeKind::Instance(_)
            | TypeKind::Poly(_)
            | TypeKind::Cell(_)
            | TypeKind::Closure(..)
            | TypeKind::Funcs(_)
            | TypeKind::Generator(..)
            | TypeKind::Desc => c.ptr_type(AddressSpace::default()).into(),
            TypeKind::Range | TypeKind::RangeIter => FnCx::range_type(c).into(),
            // A bound method is its receiver; `reversed(x)` is `x`; `Optional[T]` is a `T` with
            // one bit pattern reserved for None.
            TypeKind::Method(_, t)
            | TypeKind::BoundMethod(_, t)
            | TypeKind::VirtualMethod(_, t)
            | TypeKind::Reversed(t)
            | TypeKind::Optional(t) => self.llvm_type(*t),
            // An exception's class is the exception; other classes are known statically.
            TypeKind::ClassOf(t) if *t == TypeId::EXCEPTION => c.ptr_type(AddressSpace::default()).into(),
            TypeKind::ClassOf(_) | TypeKind::Class(_) => c.i8_type().into(),
            // `enumerate(x, start)` is `x` and the start (an int word).
            TypeKind::Enumerate(t) => {
                let fields = [self.llvm_type(*t), c.i64_type().into()];
                c.struct_type(&fields, false).into()
            }
            // `zip(a, b, ...)` is the struct of its iterables.
            TypeKind::Zip(parts) => {
                let fields: Vec<BasicTypeEnum> = parts.iter().map(|&p| self.llvm_type(p)).collect();
                c.struct_type(&fields, false).into()
            }
            TypeKind::Iter(t) => self.iter_type(*t).into(),
            TypeKind::Slice => self.slice_type(),
            TypeKind::Never
            | TypeKind::None
            | TypeKind::Func(_)
            | TypeKind::Builtin(_)
            | TypeKind::Var(_) => c.i8_type().into(),
        }
    }

    fn declare_globals(&mut self) {
        for global in &self.module.globals {
            if global.ty == TypeId::NEVER {
                self.globals.push(None);
                continue;
            }
            let ty = self.llvm_type(global.ty);
            let storage = self
                .llvm
                .add_global(ty, None, &format!("py.{}", global.name));
            storage.set_linkage(Linkage::Internal);
            storage.set_initializer(&ty.const_zero());
            let flag = global.checked.then(|| {
                let flag = self.llvm.add_global(
                    self.context.bool_type(),
                    None,
                    &format!("py.{}.assigned", global.name),
                );
                flag.set_linkage(Linkage::Internal);
                flag.set_initializer(&self.context.bool_type().const_zero());
                flag
            });
            self.globals.push(Some((storage, flag)));
        }
    }

    /// The declaration of a runtime function, added on first use.
    pub fn runtime(&self, f: RuntimeFn) -> FunctionValue<'ctx> {
        if let Some(existing) = self.llvm.get_function(f.name()) {
            return existing;
        }
        let params: Vec<BasicMetadataTypeEnum> = f
            .params()
            .iter()
            .map(|&t| self.abi_type(t).into())
            .collect();
        let fn_type: FunctionType = match f.ret() {
            AbiType::Void => self.context.void_type().fn_type(&params, false),
            other => self.abi_type(other).fn_type(&params, false),
        };
        let value = self
            .llvm
            .add_function(f.name(), fn_type, Some(Linkage::External));
        if !f.may_raise() {
            value.add_attribute(AttributeLoc::Function, self.enum_attribute("nounwind"));
        }
        if f.never_returns() {
            value.add_attribute(AttributeLoc::Function, self.enum_attribute("noreturn"));
            value.add_attribute(AttributeLoc::Function, self.enum_attribute("cold"));
        }
        if f == RuntimeFn::InstanceNew {
            self.allocation_function(value);
        }
        value
    }

    /// Tells LLVM that `f` allocates: it returns fresh memory (whose words generated code
    /// initializes before reading them) and touches no memory the program can reach. An
    /// instance that does not escape the function it is made in (once methods are inlined)
    /// then needs no allocation at all.
    fn allocation_function(&self, f: FunctionValue<'ctx>) {
        let int_attribute = |name: &str, value: u64| {
            self.context
                .create_enum_attribute(Attribute::get_named_enum_kind_id(name), value)
        };
        f.add_attribute(AttributeLoc::Return, self.enum_attribute("noalias"));
        f.add_attribute(AttributeLoc::Return, self.enum_attribute("nonnull"));
        // `allockind("alloc,uninitialized")`.
        f.add_attribute(AttributeLoc::Function, int_attribute("allockind", 1 | 8));
        f.add_attribute(
            AttributeLoc::Function,
            self.context
                .create_string_attribute("alloc-family", "kiln_gc"),
        );
        // `memory(argmem: read, inaccessiblemem: readwrite)`.
        f.add_attribute(
            AttributeLoc::Function,
            int_attribute("memory", 1 | (3 << 2)),
        );
    }

    pub fn enum_attribute(&self, name: &str) -> Attribute {
        self.context
            .create_enum_attribute(Attribute::get_named_enum_kind_id(name), 0)
    }

    fn abi_type(&self, t: AbiType) -> BasicTypeEnum<'ctx> {
        match t {
            AbiType::I32 => self.context.i32_type().into(),
            AbiType::I64 => self.context.i64_type().into(),
            AbiType::F64 => self.context.f64_type().into(),
            AbiType::Ptr | AbiType::Void => self.context.ptr_type(AddressSpace::default()).into(),
        }
    }

    /// The global holding the word of big literal `digits` (decimal text).
    pub fn big_int(&mut self, digits: &str) -> GlobalValue<'ctx> {
        if let Some((_, global)) = self.big_ints.iter().find(|(d, _)| d == digits) {
            return *global;
        }
        let i64t = self.context.i64_type();
        let global = self.llvm.add_global(i64t, None, "bigint");
        global.set_linkage(Linkage::Internal);
        global.set_initializer(&i64t.const_zero());
        self.big_ints.push((digits.to_owned(), global));
        global
    }

    /// A static `str` object (`{ header, len, nchars, hash, bytes }`, header bit 0 = static,
    /// hash -1: not computed, and never stored into a constant).
    pub fn string(&mut self, text: &str) -> PointerValue<'ctx> {
        if let Some(&existing) = self.strings.get(text) {
            return existing;
        }
        let pointer = self.static_text(text.as_bytes(), text.chars().count(), "str");
        self.strings.insert(text.to_owned(), pointer);
        pointer
    }

    /// A static `bytes` object: laid out as a `str` whose code points are its bytes.
    pub fn bytes(&mut self, data: &[u8]) -> PointerValue<'ctx> {
        if let Some(&existing) = self.byte_strings.get(data) {
            return existing;
        }
        let pointer = self.static_text(data, data.len(), "bytes");
        self.byte_strings.insert(data.to_owned(), pointer);
        pointer
    }

    fn static_text(&mut self, data: &[u8], nchars: usize, name: &str) -> PointerValue<'ctx> {
        let c = self.context;
        let i64t = c.i64_type();
        let bytes = c.const_string(data, false);
        let value = c.const_struct(
            &[
                i64t.const_int(1, false).into(),
                i64t.const_int(data.len() as u64, false).into(),
                i64t.const_int(nchars as u64, false).into(),
                i64t.const_int(u64::MAX, false).into(),
                bytes.into(),
            ],
            false,
        );
        let global = self.llvm.add_global(value.get_type(), None, name);
        global.set_linkage(Linkage::Private);
        global.set_constant(true);
        global.set_unnamed_addr(true);
        global.set_initializer(&value);
        global.set_alignment(8);
        global.as_pointer_value()
    }

    /// `int main(int argc, char **argv)`: start the runtime, run the module, flush and exit.
    fn emit_main(&mut self) -> Result<(), CodegenError> {
        let c = self.context;
        let ptr = c.ptr_type(AddressSpace::default());
        let main_type = c
            .i32_type()
            .fn_type(&[c.i32_type().into(), ptr.into()], false);
        let main = self
            .llvm
            .add_function("main", main_type, Some(Linkage::External));
        let builder = c.create_builder();
        builder.position_at_end(c.append_basic_block(main, "entry"));
        if let Some(debug) = &self.debug {
            // `main` runs the module, so it is placed at the module's first line.
            let scope = debug.function("main", 0, 1, true);
            main.set_subprogram(scope);
            let location = debug.location(c, scope.as_debug_info_scope(), 1, 0);
            builder.set_current_debug_location(location);
        }
        let (argc, argv) = match (main.get_nth_param(0), main.get_nth_param(1)) {
            (Some(argc), Some(argv)) => (argc, argv),
            _ => {
                return Err(CodegenError(
                    "internal compiler error: main has no parameters".into(),
                ))
            }
        };
        // The collector scans the stack conservatively up to main's frame.
        let frame_address = Intrinsic::find("llvm.frameaddress")
            .and_then(|i| i.get_declaration(self.llvm, &[ptr.into()]))
            .ok_or_else(|| CodegenError("LLVM has no llvm.frameaddress".into()))?;
        let stack_top = builder
            .build_call(
                frame_address,
                &[c.i32_type().const_zero().into()],
                "stack_top",
            )?
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| CodegenError("llvm.frameaddress returned nothing".into()))?;
        builder.build_call(
            self.runtime(RuntimeFn::Init),
            &[argc.into(), argv.into(), stack_top.into()],
            "",
        )?;
        // Globals that can hold heap objects are roots for the collector, one word at a time.
        let i64t = c.i64_type();
        for (index, slot) in self.globals.iter().enumerate() {
            let Some((global, _)) = slot else { continue };
            for word in 0..reference_words(&self.module.types, self.module.globals[index].ty) {
                // SAFETY: `word` indexes an i64 field within the global's type.
                let field = unsafe {
                    builder.build_in_bounds_gep(
                        i64t,
                        global.as_pointer_value(),
                        &[i64t.const_int(word, false)],
                        "root",
                    )?
                };
                builder.build_call(self.runtime(RuntimeFn::GcAddRoot), &[field.into()], "")?;
            }
        }
        for (_, global) in &self.big_ints {
            builder.build_call(
                self.runtime(RuntimeFn::GcAddRoot),
                &[global.as_pointer_value().into()],
                "",
            )?;
        }
        // Big integer literals are made once, before the program runs.
        for (digits, global) in self.big_ints.clone() {
            let text = c.const_string(digits.as_bytes(), false);
            let bytes = self.llvm.add_global(text.get_type(), None, "bigint.digits");
            bytes.set_linkage(Linkage::Private);
            bytes.set_constant(true);
            bytes.set_initializer(&text);
            let len = c.i64_type().const_int(digits.len() as u64, false);
            let word = builder.build_call(
                self.runtime(RuntimeFn::IntFromDecimal),
                &[bytes.as_pointer_value().into(), len.into()],
                "bigint",
            )?;
            if let Some(word) = word.try_as_basic_value().basic() {
                builder.build_store(global.as_pointer_value(), word)?;
            }
        }
        // Run the module; an exception nothing handles ends here, reported like CPython.
        main.set_personality_function(self.runtime(RuntimeFn::Personality));
        builder.build_call(self.runtime(RuntimeFn::MainCatches), &[], "")?;
        let first_frame = c.i64_type().const_int(1, false);
        let done = c.append_basic_block(main, "done");
        let uncaught = c.append_basic_block(main, "uncaught");
        builder.build_invoke(
            self.funcs[self.module.entry.index()],
            &[first_frame.into()],
            done,
            uncaught,
            "",
        )?;
        builder.position_at_end(uncaught);
        let catch_all = ptr.const_null();
        let pad = builder.build_landing_pad(
            self.landing_pad_type(),
            self.runtime(RuntimeFn::Personality),
            &[catch_all.into()],
            false,
            "exception",
        )?;
        let header = builder.build_extract_value(pad.into_struct_value(), 0, "header")?;
        builder.build_call(self.runtime(RuntimeFn::Uncaught), &[header.into()], "")?;
        builder.build_unreachable()?;
        builder.position_at_end(done);
        let status = builder.build_call(self.runtime(RuntimeFn::Finish), &[], "status")?;
        let status = status
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| CodegenError("kiln_rt_finish returns nothing".into()))?;
        builder.build_return(Some(&status))?;
        Ok(())
    }
}

/// Emission state of one function.
pub(crate) struct FnCx<'a, 'ctx, 'm> {
    pub cx: &'a mut ModuleCx<'ctx, 'm>,
    pub func: &'a ir::Function,
    pub function: FunctionValue<'ctx>,
    pub builder: Builder<'ctx>,
    pub values: HashMap<Value, BasicValueEnum<'ctx>>,
    pub(crate) blocks: HashMap<Block, BasicBlock<'ctx>>,
    pub(crate) phis: HashMap<Value, PhiValue<'ctx>>,
    /// The depth of this function's frame (the module's top level is frame 1).
    pub depth: Option<inkwell::values::IntValue<'ctx>>,
    /// Shared cold blocks, one per raising condition, created on first use.
    pub raise_blocks: HashMap<String, BasicBlock<'ctx>>,
    pub entry_block: Option<BasicBlock<'ctx>>,
    /// The function's debug scope (`-g`).
    scope: Option<DIScope<'ctx>>,
    /// The source line of the instruction being emitted (0 when unknown).
    pub(crate) line: u32,
    /// Its source span.
    pub(crate) span: kiln_bytecode::Span,
    /// Landing pads by the frames they add to the traceback, handler block (`None`: unwind
    /// out of the function) and whether they add any.
    pub(crate) pads: HashMap<crate::unwind::PadKey, BasicBlock<'ctx>>,
    /// The exception edge of the block being emitted.
    pub(crate) unwind: Option<ir::BlockCall>,
    /// The block being emitted.
    pub(crate) current: Option<Block>,
    /// The exception each handler block was entered with, from its landing pads.
    pub(crate) caught: HashMap<Block, PhiValue<'ctx>>,
    /// For a generator function: its coroutine.
    pub(crate) coroutine: Option<crate::generator::Coroutine<'ctx>>,
    /// For a `zip` iterator (by its SSA value): the values its generator parts yielded when
    /// its test resumed them (`None` for other parts), which its value reads.
    pub(crate) zip_yields: HashMap<Value, Vec<Option<BasicValueEnum<'ctx>>>>,
}

impl<'a, 'ctx, 'm> FnCx<'a, 'ctx, 'm> {
    fn new(cx: &'a mut ModuleCx<'ctx, 'm>, index: usize, func: &'a ir::Function) -> Self {
        let function = cx.funcs[index];
        let builder = cx.context.create_builder();
        FnCx {
            cx,
            func,
            function,
            builder,
            values: HashMap::new(),
            blocks: HashMap::new(),
            phis: HashMap::new(),
            depth: None,
            raise_blocks: HashMap::new(),
            entry_block: None,
            scope: function.get_subprogram().map(|s| s.as_debug_info_scope()),
            line: 0,
            span: kiln_bytecode::Span::default(),
            pads: HashMap::new(),
            unwind: None,
            current: None,
            caught: HashMap::new(),
            coroutine: None,
            zip_yields: HashMap::new(),
        }
    }

    /// The 1-based source line of `block`'s first instruction with a source position.
    fn block_line(&self, block: Block) -> Option<u32> {
        let lines = self.cx.lines?;
        self.func.blocks[block.index()]
            .insts
            .iter()
            .map(|&v| self.func.values[v.index()].span)
            .find(|span| span.end > 0)
            .map(|span| lines.line(span))
    }

    /// Attributes the instructions built from now on to `span` (when it is a real position).
    fn set_location(&mut self, span: kiln_bytecode::Span) {
        if span.end == 0 {
            return;
        }
        if let Some(lines) = self.cx.lines {
            self.line = lines.line(span);
        }
        self.span = span;
        let (Some(debug), Some(scope), Some(lines)) = (&self.cx.debug, self.scope, self.cx.lines)
        else {
            return;
        };
        let (line, column) = lines.position(span.start);
        let location = debug.location(self.cx.context, scope, line, column);
        self.builder.set_current_debug_location(location);
    }

    fn emit(mut self) -> Result<(), CodegenError> {
        let order = self.func.reverse_postorder();
        let context = self.cx.context;
        for &block in &order {
            // Block names carry their source line (`b3.L12`), so `--emit llvm-ir` reads
            // against the program.
            let name = match self.block_line(block) {
                Some(line) => format!("{block}.L{line}"),
                None => block.to_string(),
            };
            let bb = context.append_basic_block(self.function, &name);
            self.blocks.insert(block, bb);
        }
        self.set_location(self.func.span);
        let entry = self.blocks[&self.func.entry];
        self.entry_block = Some(entry);
        for (i, &param) in self.func.blocks[self.func.entry.index()]
            .params
            .iter()
            .enumerate()
        {
            let value = self
                .function
                .get_nth_param(u32::try_from(i + 1).unwrap_or(u32::MAX))
                .ok_or_else(|| {
                    CodegenError(format!("{} has too few LLVM parameters", self.func.name))
                })?;
            self.values.insert(param, value);
        }
        let handlers: std::collections::HashSet<Block> = self
            .func
            .blocks
            .iter()
            .filter_map(|b| b.unwind.as_ref().map(|u| u.block))
            .collect();
        for &block in &order {
            if block == self.func.entry {
                continue;
            }
            self.builder.position_at_end(self.blocks[&block]);
            if handlers.contains(&block) {
                let ptr = self.cx.context.ptr_type(AddressSpace::default());
                let phi = self.builder.build_phi(ptr, "caught")?;
                self.caught.insert(block, phi);
            }
            for &param in &self.func.blocks[block.index()].params {
                let ty = self.cx.llvm_type(self.func.ty(param));
                let phi = self.builder.build_phi(ty, &param.to_string())?;
                self.phis.insert(param, phi);
                self.values.insert(param, phi.as_basic_value());
            }
        }
        self.builder.position_at_end(entry);
        if self.func.generator.is_some() {
            self.coroutine_start(entry)?;
        }
        self.enter_frame()?;
        let mut incoming: Vec<(Value, Value, BasicBlock<'ctx>)> = Vec::new();
        for &block in &order {
            let bb = self.blocks[&block];
            if block != self.func.entry {
                self.builder.position_at_end(bb);
            }
            let data = &self.func.blocks[block.index()];
            self.unwind.clone_from(&data.unwind);
            self.current = Some(block);
            for &value in &data.insts {
                self.set_location(self.func.values[value.index()].span);
                if let ir::ValueDef::Inst(inst) = &self.func.values[value.index()].def {
                    let result = match self.inst(value, inst)? {
                        Some(result) => Some(result),
                        // A method that returns None (`r = xs.append(1)`) still has a value.
                        None if self.func.ty(value) == TypeId::NONE => {
                            Some(self.cx.context.i8_type().const_zero().into())
                        }
                        None => None,
                    };
                    if let Some(result) = result {
                        self.values.insert(value, result);
                    }
                }
            }
            let current = self.builder.get_insert_block().unwrap_or(bb);
            for call in data.term.successors() {
                let params = &self.func.blocks[call.block.index()].params;
                for (&param, &arg) in params.iter().zip(&call.args) {
                    incoming.push((param, arg, current));
                }
            }
            self.terminator(&data.term)?;
        }
        for (param, arg, from) in incoming {
            let value = self.value_as(arg, self.func.ty(param))?;
            if let Some(phi) = self.phis.get(&param) {
                phi.add_incoming(&[(&value, from)]);
            }
        }
        Ok(())
    }

    /// Counts the frame against Python's recursion limit.
    /// Reads this frame's depth and enforces Python's recursion limit on it.
    fn enter_frame(&mut self) -> Result<(), CodegenError> {
        let depth = self
            .function
            .get_nth_param(0)
            .ok_or_else(|| CodegenError(format!("{} has no depth parameter", self.func.name)))?
            .into_int_value();
        self.depth = Some(depth);
        if self.func.python_name == "<module>" {
            return Ok(());
        }
        let i64t = self.cx.context.i64_type();
        let limit = if self.cx.settable_recursion_limit {
            // The limit `sys.setrecursionlimit` sets (the runtime's global).
            let global = match self.cx.llvm.get_global(RECURSION_LIMIT) {
                Some(global) => global,
                None => {
                    let global = self.cx.llvm.add_global(i64t, None, RECURSION_LIMIT);
                    global.set_linkage(Linkage::External);
                    global
                }
            };
            self.builder
                .build_load(i64t, global.as_pointer_value(), "limit")?
                .into_int_value()
        } else {
            i64t.const_int(DEFAULT_RECURSION_LIMIT, false)
        };
        let too_deep =
            self.builder
                .build_int_compare(inkwell::IntPredicate::SGT, depth, limit, "too_deep")?;
        self.cold_check(too_deep, "recursion", |this| {
            this.builder
                .build_call(this.cx.runtime(RuntimeFn::RecursionError), &[], "")?;
            Ok(())
        })
    }

    fn terminator(&mut self, term: &ir::Terminator) -> Result<(), CodegenError> {
        match term {
            ir::Terminator::Jump(call) => {
                self.builder
                    .build_unconditional_branch(self.blocks[&call.block])?;
            }
            ir::Terminator::Branch {
                cond,
                then,
                otherwise,
            } => {
                let cond = self.value(*cond)?.into_int_value();
                self.builder.build_conditional_branch(
                    cond,
                    self.blocks[&then.block],
                    self.blocks[&otherwise.block],
                )?;
            }
            ir::Terminator::Return(_) if self.func.generator.is_some() => {
                self.coroutine_return()?;
            }
            ir::Terminator::Return(value) => {
                let value = self.value_as(*value, self.func.ret)?;
                self.builder.build_return(Some(&value))?;
            }
            ir::Terminator::Unreachable => {
                self.builder.build_unreachable()?;
            }
        }
        Ok(())
    }

    /// The LLVM value of an IR value.
    pub fn value(&self, value: Value) -> Result<BasicValueEnum<'ctx>, CodegenError> {
        self.values.get(&value).copied().ok_or_else(|| {
            CodegenError(format!(
                "internal compiler error: {value} has no LLVM value in {}",
                self.func.name
            ))
        })
    }

    /// The value as type `ty`: a `never` value (one that cannot exist at run time) becomes poison.
    pub(crate) fn value_as(
        &self,
        value: Value,
        ty: TypeId,
    ) -> Result<BasicValueEnum<'ctx>, CodegenError> {
        if self.func.ty(value) == TypeId::NEVER && ty != TypeId::NEVER {
            return Ok(poison(self.cx.llvm_type(ty)));
        }
        self.value(value)
    }

    /// Branches to a shared cold block (keyed by `key` and the line) when `cond` holds; `raise`
    /// fills that block on first use and must end in a call that never returns.
    pub fn cold_check(
        &mut self,
        cond: inkwell::values::IntValue<'ctx>,
        key: &str,
        raise: impl FnOnce(&mut Self) -> Result<(), CodegenError>,
    ) -> Result<(), CodegenError> {
        // Under a handler, the raise passes the block's values to it: one cold block per
        // block (and line, for the traceback).
        let block = self.unwind.as_ref().and(self.current).map(|b| b.index());
        let key = &format!("{key}.L{}.{block:?}", self.line);
        let context = self.cx.context;
        let current = self
            .builder
            .get_insert_block()
            .ok_or_else(|| CodegenError("builder not positioned".into()))?;
        let cold = match self.raise_blocks.get(key) {
            Some(&block) => block,
            None => {
                let block = context.append_basic_block(self.function, key);
                self.builder.position_at_end(block);
                raise(self)?;
                self.builder.build_unreachable()?;
                self.raise_blocks.insert(key.to_owned(), block);
                block
            }
        };
        let cont = context.insert_basic_block_after(current, "ok");
        self.builder.position_at_end(current);
        self.builder.build_conditional_branch(cond, cold, cont)?;
        self.builder.position_at_end(cont);
        Ok(())
    }
}

/// A poison value of any basic type.
pub(crate) fn poison(ty: BasicTypeEnum<'_>) -> BasicValueEnum<'_> {
    match ty {
        BasicTypeEnum::IntType(t) => t.get_poison().into(),
        BasicTypeEnum::FloatType(t) => t.get_poison().into(),
        BasicTypeEnum::PointerType(t) => t.get_poison().into(),
        BasicTypeEnum::StructType(t) => t.get_poison().into(),
        BasicTypeEnum::ArrayType(t) => t.get_poison().into(),
        BasicTypeEnum::VectorType(t) => t.get_poison().into(),
        BasicTypeEnum::ScalableVectorType(t) => t.get_poison().into(),
    }
}
