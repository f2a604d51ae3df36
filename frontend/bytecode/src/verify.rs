//! The bytecode verifier: the checks that let later stages trust a [`Program`].
//!
//! [`decode`](crate::decode()) runs [`verify`] on every file it loads, and the frontend may run
//! it on what it emits. After `verify` succeeds:
//!
//! - the program has a module entry (code object 0) and every other code object is a function;
//! - every constant fits the format: tuples nest at most [`Constant::MAX_NESTING`] deep, and
//!   big integers are canonical decimal text ([`Constant::is_canonical_decimal`]);
//! - every operand is valid for its kind (pool and local indices in range, jump targets inside
//!   the code object, operator operands that decode, unused operands zero);
//! - every `KW_NAMES` is immediately followed by a `CALL` (which no jump targets) and names a
//!   tuple of distinct strings no longer than that call's argument count;
//! - the operand stack depth before each reachable instruction is the same along every path,
//!   never goes below zero, and its maximum is the code object's `max_stack`;
//! - no path falls off the end of a code object: every one ends in `RETURN_VALUE` or loops;
//! - locations match instructions one-to-one, spans are ordered, and when the source is present
//!   every span lies inside it on character boundaries.
//!
//! [`stack_depths`] exposes the stack analysis itself: the frontend uses it to fill `max_stack`,
//! and `lower` uses it to build SSA.

use crate::opcode::{BinOp, CmpOp, Conversion, Opcode, OperandKind, UnaryOp};
use crate::program::{CodeKind, CodeObject, Constant, Handler, Instruction, Program, Span};
use std::collections::HashSet;
use std::fmt;

/// Why bytecode is invalid: a one-line message naming the code object, and where it applies the
/// instruction index and mnemonic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyError(pub String);

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for VerifyError {}

/// Checks the whole `program`; see the module documentation for what success guarantees.
pub fn verify(program: &Program) -> Result<(), VerifyError> {
    fits_u32(
        program.consts.len(),
        "the constant pool has too many entries",
    )?;
    fits_u32(program.names.len(), "the name pool has too many entries")?;
    fits_u32(program.codes.len(), "the program has too many code objects")?;
    fits_u32(program.filename.len(), "the filename is too long")?;
    if let Some(source) = &program.source {
        fits_u32(source.len(), "the source text is too long")?;
    }
    for (index, constant) in program.consts.iter().enumerate() {
        if constant.nests_deeper_than(Constant::MAX_NESTING) {
            return Err(VerifyError(format!(
                "constant {index} nests tuples more than {} deep",
                Constant::MAX_NESTING
            )));
        }
        check_constant(constant, index)?;
    }
    for (index, name) in program.names.iter().enumerate() {
        fits_u32(name.len(), &format!("name {index} is too long"))?;
    }
    fits_u32(program.files.len(), "the program has too many source files")?;
    let mut previous = 0;
    for (index, file) in program.files.iter().enumerate() {
        fits_u32(
            file.name.len(),
            &format!("source file {index}'s name is too long"),
        )?;
        let past_source = program
            .source
            .as_ref()
            .is_some_and(|source| file.start as usize > source.len());
        if file.start < previous || past_source {
            return Err(VerifyError(format!(
                "source file {index} ({}) starts at {}, before the file before it or past the source",
                file.name, file.start
            )));
        }
        previous = file.start;
    }
    fits_u32(
        program.inline_frames.len(),
        "the program has too many inline frames",
    )?;
    for (index, frame) in program.inline_frames.iter().enumerate() {
        let what = || VerifyError(format!("inline frame {index} ({})", frame.name));
        fits_u32(
            frame.name.len(),
            &format!("the name of inline frame {index} is too long"),
        )?;
        check_span(program, frame.span, what)?;
        check_span(program, frame.outside, what)?;
    }
    fits_u32(program.classes.len(), "the program has too many classes")?;
    for (index, class) in program.classes.iter().enumerate() {
        if class.base.is_some_and(|b| b as usize >= index) {
            return Err(VerifyError(format!(
                "class {index} ({}) has a base that is not an earlier class",
                class.name
            )));
        }
        if let Some(builtin) = &class.builtin_base {
            if class.base.is_some() || !crate::EXCEPTION_BASES.contains(&builtin.as_str()) {
                return Err(VerifyError(format!(
                    "class {index} ({}) has a builtin base `{builtin}` that is not an exception class it may derive from, or a second base",
                    class.name
                )));
            }
        }
        for names in class.name_lists() {
            fits_u32(names.len(), &format!("class {index} has too many names"))?;
        }
    }
    if program.codes.is_empty() {
        return Err(VerifyError(
            "the program has no code objects (code 0 must be the module)".into(),
        ));
    }
    // Every code object's header first: MAKE_FUNCTION's stack effect relies on its target's.
    for (index, code) in program.codes.iter().enumerate() {
        verify_header(
            program,
            &Ctx {
                index: Some(index),
                code,
            },
        )?;
    }
    for (index, code) in program.codes.iter().enumerate() {
        verify_body(
            program,
            &Ctx {
                index: Some(index),
                code,
            },
        )?;
    }
    Ok(())
}

/// The operand stack depth before each instruction of `code`, `None` where unreachable.
///
/// Execution starts at instruction 0 with an empty stack; every instruction's effect comes from
/// [`Program::stack_effect`] (so MAKE_FUNCTION pops the `defaults` of its target code object),
/// taken branches use the jump effect, and `FOR_ITER` continues at its target when the iterator
/// is exhausted. Fails if the depth at an instruction differs between two incoming paths, if an
/// instruction would pop more than the stack holds, if a path falls off the end of the code, if a
/// jump target or MAKE_FUNCTION code index is out of range, or if the code is empty.
///
/// `code` is usually one of `program.codes`; the program supplies the code objects that
/// MAKE_FUNCTION refers to.
pub fn stack_depths(program: &Program, code: &CodeObject) -> Result<Vec<Option<u32>>, VerifyError> {
    let index = program.codes.iter().position(|c| std::ptr::eq(c, code));
    depths(program, &Ctx { index, code })
}

/// The largest stack depth `code` reaches: the maximum of [`stack_depths`], 0 if nothing is
/// reachable. This is the value `max_stack` must have.
///
/// Since every instruction pops before it pushes and its result is the depth before the next
/// instruction (or before its jump target), this maximum is the highest the stack ever gets.
pub fn max_stack(program: &Program, code: &CodeObject) -> Result<u32, VerifyError> {
    Ok(stack_depths(program, code)?
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(0))
}

/// Names a code object (and optionally an instruction) in error messages.
struct Ctx<'a> {
    index: Option<usize>,
    code: &'a CodeObject,
}

impl Ctx<'_> {
    /// `code 1 (fib)`, or `code object fib` when the index is unknown.
    fn what(&self) -> String {
        match self.index {
            Some(index) => format!("code {index} ({})", self.code.name),
            None => format!("code object {}", self.code.name),
        }
    }

    /// An error about the code object as a whole.
    fn error(&self, message: impl fmt::Display) -> VerifyError {
        VerifyError(format!("{}: {message}", self.what()))
    }

    /// An error about instruction `at`.
    fn at(&self, at: usize, message: impl fmt::Display) -> VerifyError {
        let mnemonic = self
            .code
            .code
            .get(at)
            .map_or("?", |inst| inst.op.mnemonic());
        VerifyError(format!(
            "{}, instruction {at} ({mnemonic}): {message}",
            self.what()
        ))
    }
}

/// Fails with `message` if `len` does not fit the format's `u32` lengths.
fn fits_u32(len: usize, message: &str) -> Result<(), VerifyError> {
    if u32::try_from(len).is_err() {
        return Err(VerifyError(format!(
            "{message} for the bytecode format ({len} > {})",
            u32::MAX
        )));
    }
    Ok(())
}

/// Checks that every string, bytes, big integer and tuple inside constant `index` fits the format, and
/// that every big integer is canonical decimal text (which `decode` insists on).
fn check_constant(constant: &Constant, index: usize) -> Result<(), VerifyError> {
    match constant {
        Constant::Str(s) => fits_u32(s.len(), &format!("constant {index} is too long")),
        Constant::Bytes(b) => fits_u32(b.len(), &format!("constant {index} is too long")),
        Constant::BigInt(digits) => {
            fits_u32(digits.len(), &format!("constant {index} is too long"))?;
            if !Constant::is_canonical_decimal(digits) {
                return Err(VerifyError(format!(
                    "constant {index} is a big integer whose text is not canonical decimal \
                     (-?[1-9][0-9]* or 0): {}",
                    quote_prefix(digits)
                )));
            }
            Ok(())
        }
        Constant::Tuple(items) => {
            fits_u32(items.len(), &format!("constant {index} is too long"))?;
            items
                .iter()
                .try_for_each(|item| check_constant(item, index))
        }
        Constant::None | Constant::Bool(_) | Constant::Int(_) | Constant::Float(_) => Ok(()),
    }
}

/// `text` quoted for an error message, cut after 40 characters so that a huge value keeps the
/// message one short line.
pub(crate) fn quote_prefix(text: &str) -> String {
    const LIMIT: usize = 40;
    match text.char_indices().nth(LIMIT) {
        Some((end, _)) => format!("{:?}...", text.get(..end).unwrap_or_default()),
        None => format!("{text:?}"),
    }
}

/// Checks one code object's header: lengths, kind, argcount, defaults, span.
fn verify_header(program: &Program, ctx: &Ctx<'_>) -> Result<(), VerifyError> {
    let code = ctx.code;
    fits_u32(
        code.name.len(),
        &format!("{}: the name is too long", ctx.what()),
    )?;
    fits_u32(
        code.locals.len(),
        &format!("{}: too many locals", ctx.what()),
    )?;
    fits_u32(
        code.code.len(),
        &format!("{}: too many instructions", ctx.what()),
    )?;
    for local in &code.locals {
        fits_u32(
            local.len(),
            &format!("{}: a local name is too long", ctx.what()),
        )?;
    }

    if ctx.index == Some(Program::ENTRY as usize) {
        if code.kind != CodeKind::Module {
            return Err(
                ctx.error("the entry code object (code 0) must be a module, not a function")
            );
        }
        if code.argcount != 0 {
            return Err(ctx.error(format!(
                "the module takes no arguments, but argcount is {}",
                code.argcount
            )));
        }
    } else if code.kind != CodeKind::Function {
        return Err(ctx.error("only code 0 may be a module; every other code object is a function"));
    }
    if code.argcount as usize > code.locals.len() {
        return Err(ctx.error(format!(
            "argcount is {} but there are only {} locals (parameters are the first locals)",
            code.argcount,
            code.locals.len()
        )));
    }
    if code.defaults > code.argcount {
        return Err(ctx.error(format!(
            "defaults is {} but argcount is only {}",
            code.defaults, code.argcount
        )));
    }
    if code.varargs && code.argcount as usize >= code.locals.len() {
        return Err(ctx.error(format!(
            "it has a *args parameter but only {} locals for its {} parameters",
            code.locals.len(),
            code.argcount
        )));
    }
    let parameters = code.argcount as usize + usize::from(code.varargs);
    if code.varkeywords && parameters >= code.locals.len() {
        return Err(ctx.error(format!(
            "it has a **kwargs parameter but only {} locals for its {} parameters",
            code.locals.len(),
            parameters
        )));
    }
    if code.kwonly > code.argcount {
        return Err(ctx.error(format!(
            "kwonly is {} but argcount is only {}",
            code.kwonly, code.argcount
        )));
    }
    if let Some(pair) = code.cells.windows(2).find(|pair| pair[0] >= pair[1]) {
        return Err(ctx.error(format!(
            "cells must ascend without repeats, but {} is followed by {}",
            pair[0], pair[1]
        )));
    }
    if let Some(&cell) = code
        .cells
        .iter()
        .find(|&&c| c as usize >= code.locals.len())
    {
        return Err(ctx.error(format!(
            "cell {cell} is not a local (there are {})",
            code.locals.len()
        )));
    }
    fits_u32(
        code.locals.len() + code.freevars.len(),
        &format!("{}: too many free variables", ctx.what()),
    )?;
    if code.kind == CodeKind::Module && !(code.cells.is_empty() && code.freevars.is_empty()) {
        return Err(ctx.error("the module has neither cells nor free variables"));
    }
    if code.kind == CodeKind::Module && code.generator {
        return Err(ctx.error("the module is not a generator"));
    }
    check_span(program, code.span, || ctx.error("the code object's span"))
}

/// Checks one code object's instructions: locations, operands, KW_NAMES, stack depths.
fn verify_body(program: &Program, ctx: &Ctx<'_>) -> Result<(), VerifyError> {
    let code = ctx.code;

    if code.code.is_empty() {
        return Err(ctx.error("has no instructions"));
    }
    if code.locations.len() != code.code.len() {
        return Err(ctx.error(format!(
            "has {} instructions but {} locations (there must be one per instruction)",
            code.code.len(),
            code.locations.len()
        )));
    }
    for (at, location) in code.locations.iter().enumerate() {
        check_span(program, location.span, || ctx.at(at, "the location's span"))?;
    }

    for (at, &inst) in code.code.iter().enumerate() {
        check_operand(program, ctx, at, inst)?;
    }
    check_kw_names(program, ctx)?;
    check_handlers(program, ctx)?;

    let max = depths(program, ctx)?
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(0);
    if code.max_stack != max {
        return Err(ctx.error(format!(
            "max_stack is {} but the stack reaches a depth of {max}",
            code.max_stack
        )));
    }
    Ok(())
}

/// Checks that `span` is ordered and, when the source is present, lies inside it on character
/// boundaries. `what` builds the error prefix.
fn check_span(
    program: &Program,
    span: Span,
    what: impl Fn() -> VerifyError,
) -> Result<(), VerifyError> {
    let prefix = |message: String| VerifyError(format!("{}: {message}", what().0));
    if span.start > span.end {
        return Err(prefix(format!(
            "{}..{} ends before it starts",
            span.start, span.end
        )));
    }
    if let Some(source) = &program.source {
        for offset in [span.start, span.end] {
            let offset = offset as usize;
            if offset > source.len() {
                return Err(prefix(format!(
                    "{}..{} lies outside the {}-byte source",
                    span.start,
                    span.end,
                    source.len()
                )));
            }
            if !source.is_char_boundary(offset) {
                return Err(prefix(format!(
                    "{}..{}: byte {offset} is inside a UTF-8 character of the source",
                    span.start, span.end
                )));
            }
        }
    }
    Ok(())
}

/// Checks that the operand of instruction `at` is valid for its kind.
fn check_operand(
    program: &Program,
    ctx: &Ctx<'_>,
    at: usize,
    inst: Instruction,
) -> Result<(), VerifyError> {
    let arg = inst.arg as usize;
    let in_range = |len: usize, what: &str| {
        if arg < len {
            Ok(())
        } else {
            Err(ctx.at(
                at,
                format!("{what} index {arg} out of range (there are {len})"),
            ))
        }
    };
    match inst.op.operand_kind() {
        OperandKind::None => {
            if inst.arg != 0 {
                return Err(ctx.at(
                    at,
                    format!("takes no operand, but the operand is {arg} (must be 0)"),
                ));
            }
        }
        OperandKind::Const => in_range(program.consts.len(), "constant")?,
        OperandKind::Name => in_range(program.names.len(), "name")?,
        OperandKind::Local => {
            in_range(ctx.code.locals.len(), "local")?;
            if ctx.code.cells.binary_search(&inst.arg).is_ok() {
                return Err(ctx.at(
                    at,
                    format!("local {arg} is a cell: it is accessed with LOAD_DEREF/STORE_DEREF"),
                ));
            }
        }
        OperandKind::Deref => {
            let locals = ctx.code.locals.len();
            in_range(locals + ctx.code.freevars.len(), "cell slot")?;
            if arg < locals && ctx.code.cells.binary_search(&inst.arg).is_err() {
                return Err(ctx.at(at, format!("local {arg} is not a cell")));
            }
        }
        OperandKind::Code => {
            in_range(program.codes.len(), "code object")?;
            if inst.arg == Program::ENTRY {
                return Err(ctx.at(
                    at,
                    "code 0 is the module and cannot be made into a function",
                ));
            }
        }
        OperandKind::Target => {
            if arg >= ctx.code.code.len() {
                return Err(ctx.at(
                    at,
                    format!(
                        "jump target {arg} out of range (the code has {} instructions)",
                        ctx.code.code.len()
                    ),
                ));
            }
        }
        OperandKind::Count => {}
        OperandKind::BinOp => {
            if BinOp::from_operand(inst.arg).is_none() {
                return Err(ctx.at(at, format!("{arg} is not a binary operator")));
            }
        }
        OperandKind::UnaryOp => {
            if UnaryOp::from_operand(inst.arg).is_none() {
                return Err(ctx.at(at, format!("{arg} is not a unary operator")));
            }
        }
        OperandKind::CmpOp => {
            if CmpOp::from_operand(inst.arg).is_none() {
                return Err(ctx.at(at, format!("{arg} is not a comparison operator")));
            }
        }
        OperandKind::Conversion => {
            if Conversion::from_operand(inst.arg).is_none() {
                return Err(ctx.at(at, format!("{arg} is not a conversion")));
            }
        }
    }
    Ok(())
}

/// Checks every KW_NAMES: followed by a CALL that no jump targets, naming a tuple of distinct
/// strings no longer than the call's argument count. Operands are already range-checked.
fn check_kw_names(program: &Program, ctx: &Ctx<'_>) -> Result<(), VerifyError> {
    let code = &ctx.code.code;
    for (at, inst) in code.iter().enumerate() {
        if inst.op != Opcode::KwNames {
            continue;
        }
        let Some(call) = code.get(at + 1).filter(|next| next.op == Opcode::Call) else {
            return Err(ctx.at(at, "must be immediately followed by CALL"));
        };
        let Some(Constant::Tuple(items)) = program.consts.get(inst.arg as usize) else {
            return Err(ctx.at(
                at,
                format!("constant {} is not a tuple of keyword names", inst.arg),
            ));
        };
        if items.len() > call.arg as usize {
            return Err(ctx.at(
                at,
                format!(
                    "names {} keyword arguments but the CALL that follows passes only {}",
                    items.len(),
                    call.arg
                ),
            ));
        }
        let mut names: HashSet<&str> = HashSet::with_capacity(items.len());
        for item in items {
            let Constant::Str(name) = item else {
                return Err(ctx.at(
                    at,
                    format!(
                        "constant {} holds a keyword name that is not a string",
                        inst.arg
                    ),
                ));
            };
            if !names.insert(name) {
                return Err(ctx.at(at, format!("keyword name {name:?} appears twice")));
            }
        }
    }
    for (at, inst) in code.iter().enumerate() {
        if inst.op.is_branch() {
            let target = inst.arg as usize;
            if target > 0
                && code
                    .get(target - 1)
                    .is_some_and(|prev| prev.op == Opcode::KwNames)
            {
                return Err(ctx.at(
                    at,
                    format!(
                        "jumps to {target}, the CALL of a KW_NAMES; jump to the KW_NAMES instead"
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Checks the exception handler table: ranges inside the code, not empty, sorted and not
/// overlapping, targets inside the code; and that `RAISE` has at most two operands.
fn check_handlers(program: &Program, ctx: &Ctx<'_>) -> Result<(), VerifyError> {
    let len = ctx.code.code.len();
    let mut previous_end = 0;
    for (i, h) in ctx.code.handlers.iter().enumerate() {
        if h.start >= h.end || h.end as usize > len {
            return Err(ctx.error(format!(
                "handler {i} covers {}..{}, not a non-empty range of the {len} instructions",
                h.start, h.end
            )));
        }
        if h.start < previous_end {
            return Err(ctx.error(format!(
                "handler {i} ({}..{}) overlaps or precedes the handler before it",
                h.start, h.end
            )));
        }
        if h.target as usize >= len {
            return Err(ctx.error(format!(
                "handler {i} targets instruction {} (the code has {len} instructions)",
                h.target
            )));
        }
        previous_end = h.end;
    }
    for (at, inst) in ctx.code.code.iter().enumerate() {
        if inst.op == Opcode::Raise && inst.arg > 2 {
            return Err(ctx.at(
                at,
                format!("RAISE takes 0, 1 or 2 values, not {}", inst.arg),
            ));
        }
        if inst.op == Opcode::YieldValue && !ctx.code.generator {
            return Err(ctx.at(at, "YIELD_VALUE outside a generator function"));
        }
        if inst.op == Opcode::MakeClass && inst.arg as usize >= program.classes.len() {
            return Err(ctx.at(
                at,
                format!(
                    "class index {} out of range (there are {})",
                    inst.arg,
                    program.classes.len()
                ),
            ));
        }
    }
    Ok(())
}

/// The stack analysis behind [`stack_depths`]: a worklist over instructions, propagating the
/// depth along the fall-through edge, the branch edge and the exception edge (to its handler,
/// with the stack cut to the handler's depth plus the exception) of each reachable instruction.
fn depths(program: &Program, ctx: &Ctx<'_>) -> Result<Vec<Option<u32>>, VerifyError> {
    let code = &ctx.code.code;
    if code.is_empty() {
        return Err(ctx.error("has no instructions"));
    }
    let mut depths: Vec<Option<u32>> = vec![None; code.len()];
    let mut work = vec![0usize];
    if let Some(first) = depths.first_mut() {
        *first = Some(0);
    }
    while let Some(at) = work.pop() {
        let (Some(&inst), Some(&Some(depth))) = (code.get(at), depths.get(at)) else {
            continue;
        };
        let Some(effect) = program.stack_effect(inst) else {
            return Err(ctx.at(
                at,
                format!(
                    "code object index {} out of range (there are {})",
                    inst.arg,
                    program.codes.len()
                ),
            ));
        };
        let most_popped = effect
            .jump
            .map_or(effect.pop, |(pop, _)| pop.max(effect.pop));
        if most_popped > depth {
            return Err(ctx.at(
                at,
                format!(
                    "stack underflow: pops {most_popped} values but the stack holds only {depth}"
                ),
            ));
        }
        let mut edges: [Option<(usize, u32, u32)>; 3] = [None, None, None];
        if let Some(h) = Handler::covering(&ctx.code.handlers, at as u32) {
            if depth < h.depth {
                return Err(ctx.at(
                    at,
                    format!(
                        "the stack holds {depth} values, fewer than the {} of its handler",
                        h.depth
                    ),
                ));
            }
            // Cut to the handler's depth, then push the exception.
            edges[2] = Some((h.target as usize, depth - h.depth, 1));
        }
        if !inst.op.is_terminator() {
            if at + 1 >= code.len() {
                return Err(ctx.at(
                    at,
                    "execution falls off the end of the code; every path must end in RETURN_VALUE",
                ));
            }
            edges[0] = Some((at + 1, effect.pop, effect.push));
        }
        if let Some((pop, push)) = effect.jump {
            let target = inst.arg as usize;
            if target >= code.len() {
                return Err(ctx.at(
                    at,
                    format!(
                        "jump target {target} out of range (the code has {} instructions)",
                        code.len()
                    ),
                ));
            }
            edges[1] = Some((target, pop, push));
        }
        for (to, pop, push) in edges.into_iter().flatten() {
            let Some(after) = depth
                .checked_sub(pop)
                .and_then(|rest| rest.checked_add(push))
            else {
                return Err(ctx.at(at, "stack depth overflows"));
            };
            let Some(slot) = depths.get_mut(to) else {
                continue;
            };
            match *slot {
                None => {
                    *slot = Some(after);
                    work.push(to);
                }
                Some(existing) if existing != after => {
                    let target = code.get(to).map_or("?", |inst| inst.op.mnemonic());
                    return Err(ctx.at(
                        at,
                        format!(
                            "inconsistent stack depth at instruction {to} ({target}): {after} \
                             coming from here but {existing} along another path"
                        ),
                    ));
                }
                Some(_) => {}
            }
        }
    }
    Ok(depths)
}
