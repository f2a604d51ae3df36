//! Exceptions in generated code: every call that may raise is an `invoke` whose landing pad
//! adds the traceback entries of its source line (the function's, and those of the frames
//! CPython would run inline code in), then unwinds on or enters the block's handler; the
//! static sites those entries name. See `runtime/src/unwind.rs` for the other half.

use inkwell::basic_block::BasicBlock;
use inkwell::module::Linkage;
use inkwell::values::{BasicMetadataValueEnum, BasicValueEnum, FunctionValue, PointerValue};
use inkwell::AddressSpace;
use kiln_lower::ir::Block;

use crate::abi::RuntimeFn;
use crate::function::{FnCx, ModuleCx};
use crate::CodegenError;

/// The traceback entries a raise adds in a frame: function names and lines, innermost first.
pub(crate) type Frames = Vec<(String, u32)>;

/// What distinguishes landing pads: the entries they add, the handler block they enter (its
/// block's exception edge decides the values passed), and whether they add entries at all.
pub(crate) type PadKey = (Frames, Option<Block>, bool);

impl<'ctx> ModuleCx<'ctx, '_> {
    /// The static traceback site (`{file, function, line, text}`, see `runtime/src/exception.rs`)
    /// of `line` of source file `file` (see `LineTable::file_of`) in Python function `func`.
    pub fn site(&mut self, func: &str, file: usize, line: u32) -> PointerValue<'ctx> {
        let key = (func.to_owned(), file, line);
        if let Some(&site) = self.sites.get(&key) {
            return site;
        }
        let text = self
            .lines
            .map_or("", |lines| lines.text(file, line))
            .to_owned();
        let name = self
            .lines
            .and_then(|lines| lines.file_name(file))
            .map_or_else(|| self.file.clone(), str::to_owned);
        let file = self.string(&name);
        let name = self.string(func);
        let text = self.string(&text);
        let c = self.context;
        let value = c.const_struct(
            &[
                file.into(),
                name.into(),
                c.i64_type().const_int(u64::from(line), false).into(),
                text.into(),
            ],
            false,
        );
        let global = self.llvm.add_global(value.get_type(), None, "site");
        global.set_linkage(Linkage::Private);
        global.set_constant(true);
        global.set_unnamed_addr(true);
        global.set_initializer(&value);
        let site = global.as_pointer_value();
        self.sites.insert(key, site);
        site
    }

    /// The type of a landing pad's value: the unwinder's exception header and the selector.
    pub fn landing_pad_type(&self) -> inkwell::types::StructType<'ctx> {
        let c = self.context;
        c.struct_type(
            &[
                c.ptr_type(AddressSpace::default()).into(),
                c.i32_type().into(),
            ],
            false,
        )
    }
}

impl<'ctx> FnCx<'_, 'ctx, '_> {
    /// Calls `function`; if it may raise, as an `invoke` whose landing pad adds this line's
    /// traceback entry (unless `adds_entry` is false: a re-raise) and continues to the
    /// block's handler or out of the function.
    pub fn call_function(
        &mut self,
        function: FunctionValue<'ctx>,
        args: &[BasicMetadataValueEnum<'ctx>],
        may_raise: bool,
        adds_entry: bool,
    ) -> Result<inkwell::values::CallSiteValue<'ctx>, CodegenError> {
        // An exception leaving a generator's body goes through a landing pad that marks the
        // generator finished.
        let plain = self.coroutine.is_none();
        if !may_raise || (!adds_entry && self.unwind.is_none() && plain) {
            return Ok(self.builder.build_call(function, args, "")?);
        }
        let args: Vec<BasicValueEnum<'ctx>> = args
            .iter()
            .map(|&a| BasicValueEnum::try_from(a))
            .collect::<Result<_, _>>()
            .map_err(|()| CodegenError("internal compiler error: metadata argument".into()))?;
        let pad = self.landing_pad(adds_entry)?;
        let current = self
            .builder
            .get_insert_block()
            .ok_or_else(|| CodegenError("builder not positioned".into()))?;
        let cont = self.cx.context.insert_basic_block_after(current, "ret");
        let call = self.builder.build_invoke(function, &args, cont, pad, "")?;
        self.builder.position_at_end(cont);
        Ok(call)
    }

    /// The landing pad of the current line and block: records the traceback entry (when
    /// `adds_entry`), then enters the block's handler, or unwinds on out of the function.
    fn landing_pad(&mut self, adds_entry: bool) -> Result<BasicBlock<'ctx>, CodegenError> {
        let handler = self.unwind.as_ref().map(|u| u.block);
        let frames = self.frames();
        let key = (frames.clone(), handler.and(self.current), adds_entry);
        if let Some(&pad) = self.pads.get(&key) {
            return Ok(pad);
        }
        let saved = self.builder.get_insert_block();
        let pad = self
            .cx
            .context
            .append_basic_block(self.function, &format!("unwind.L{}", self.line));
        self.builder.position_at_end(pad);
        let catch_all = self
            .cx
            .context
            .ptr_type(AddressSpace::default())
            .const_null();
        let clauses: Vec<BasicValueEnum<'ctx>> = match handler {
            Some(_) => vec![catch_all.into()],
            None => Vec::new(),
        };
        let value = self.builder.build_landing_pad(
            self.cx.landing_pad_type(),
            self.cx.runtime(RuntimeFn::Personality),
            &clauses,
            handler.is_none(),
            "exception",
        )?;
        let header = self
            .builder
            .build_extract_value(value.into_struct_value(), 0, "header")?;
        if adds_entry {
            let file = self
                .cx
                .lines
                .map_or(0, |lines| lines.file_of(self.span.start));
            for (name, line) in &frames {
                let site = self.cx.site(name, file, *line);
                self.builder.build_call(
                    self.cx.runtime(RuntimeFn::TbAdd),
                    &[header.into(), site.into()],
                    "",
                )?;
            }
        }
        match self.unwind.clone() {
            None => {
                self.coroutine_unwind()?;
                // A StopIteration leaving a generator's body becomes a RuntimeError (PEP 479).
                if self.coroutine.is_some() {
                    self.builder.build_call(
                        self.cx.runtime(RuntimeFn::GeneratorUnwind),
                        &[header.into()],
                        "",
                    )?;
                }
                self.builder.build_resume(value)?;
            }
            Some(call) => {
                let exc = self
                    .builder
                    .build_call(
                        self.cx.runtime(RuntimeFn::Catch),
                        &[header.into()],
                        "caught",
                    )?
                    .try_as_basic_value()
                    .basic()
                    .ok_or_else(|| CodegenError("kiln_rt_catch returns nothing".into()))?;
                let params = self.func.blocks[call.block.index()].params.clone();
                for (&param, &arg) in params.iter().zip(&call.args) {
                    let value = self.value_as(arg, self.func.ty(param))?;
                    if let Some(phi) = self.phis.get(&param) {
                        phi.add_incoming(&[(&value, pad)]);
                    }
                }
                if let Some(phi) = self.caught.get(&call.block) {
                    phi.add_incoming(&[(&exc, pad)]);
                }
                self.builder
                    .build_unconditional_branch(self.blocks[&call.block])?;
            }
        }
        if let Some(block) = saved {
            self.builder.position_at_end(block);
        }
        self.pads.insert(key, pad);
        Ok(pad)
    }

    /// The traceback entries an exception raised by the current instruction adds, innermost
    /// first: the frames CPython would run it in (comprehensions and lambdas kiln compiled
    /// inline), then this function's, each with its line; none in a library function.
    fn frames(&self) -> Frames {
        if self.func.is_library() {
            return Frames::new();
        }
        let within = |outer: kiln_bytecode::Span, inner: kiln_bytecode::Span| {
            outer.start <= inner.start && inner.end <= outer.end
        };
        let mut inline: Vec<&kiln_bytecode::InlineFrame> = self
            .cx
            .module
            .inline_frames
            .iter()
            .filter(|f| f.contains(self.span) && within(self.func.span, f.span))
            .collect();
        inline.sort_by_key(|f| f.span.end - f.span.start);
        let mut frames = Vec::with_capacity(inline.len() + 1);
        let mut line = self.line;
        for frame in inline {
            frames.push((frame.name.clone(), line));
            line = frame.line;
        }
        frames.push((self.func.python_name.clone(), line));
        frames
    }

    /// The exception the current handler block was entered with.
    pub fn caught_exception(&self) -> Result<BasicValueEnum<'ctx>, CodegenError> {
        self.current
            .and_then(|b| self.caught.get(&b))
            .map(|phi| phi.as_basic_value())
            .ok_or_else(|| {
                CodegenError("internal compiler error: a caught exception outside a handler".into())
            })
    }
}
