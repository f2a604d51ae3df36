//! The text form of the IR (`kiln build --emit ssa`, golden tests).
//!
//! ```text
//! fn fib(int) -> int {
//! b0(v0: int):
//!     v3: bool = int.lt v0, v2
//!     br v3, b1(), b2()
//! ...
//! ```

use std::fmt::{self, Write};

use super::{Function, Inst, Module, Terminator, Value, ValueDef};

impl Module {
    /// Renders the whole module.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for (i, global) in self.globals.iter().enumerate() {
            if global.ty != super::TypeId::NEVER {
                let _ = writeln!(
                    out,
                    "global g{i} {}: {}",
                    global.name,
                    self.types.name(global.ty)
                );
            }
        }
        for (i, func) in self.funcs.iter().enumerate() {
            if !out.is_empty() {
                out.push('\n');
            }
            let _ = write_function(&mut out, self, i, func);
        }
        out
    }
}

fn write_function(out: &mut String, module: &Module, index: usize, func: &Function) -> fmt::Result {
    let types = &module.types;
    // A generator's body returns what its StopIteration carries.
    let body_returns = func
        .generator
        .map(|t| format!(" (body returns {})", types.name(t)))
        .unwrap_or_default();
    writeln!(
        out,
        "fn f{index} {} -> {}{body_returns} {{",
        func.name,
        types.name(func.ret)
    )?;
    for block in func.reverse_postorder() {
        let data = &func.blocks[block.index()];
        let params: Vec<String> = data
            .params
            .iter()
            .map(|&p| format!("{p}: {}", types.name(func.ty(p))))
            .collect();
        writeln!(out, "{block}({}):", params.join(", "))?;
        for &value in &data.insts {
            let ValueDef::Inst(inst) = &func.values[value.index()].def else {
                continue;
            };
            let ty = func.ty(value);
            if ty == super::TypeId::NONE && !matches!(inst, Inst::Const(_)) {
                writeln!(out, "    {}", inst_text(module, inst))?;
            } else {
                writeln!(
                    out,
                    "    {value}: {} = {}",
                    types.name(ty),
                    inst_text(module, inst)
                )?;
            }
        }
        let term = match &data.term {
            Terminator::Jump(call) => format!("jump {}", call_text(call)),
            Terminator::Branch {
                cond,
                then,
                otherwise,
            } => {
                format!("br {cond}, {}, {}", call_text(then), call_text(otherwise))
            }
            Terminator::Return(v) => format!("return {v}"),
            Terminator::Unreachable => "unreachable".into(),
        };
        writeln!(out, "    {term}")?;
        if let Some(unwind) = &data.unwind {
            writeln!(out, "    unwind {}", call_text(unwind))?;
        }
    }
    writeln!(out, "}}")
}

fn call_text(call: &super::BlockCall) -> String {
    format!("{}({})", call.block, list(&call.args))
}

fn list(values: &[Value]) -> String {
    values
        .iter()
        .map(Value::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn inst_text(module: &Module, inst: &Inst) -> String {
    use Inst::*;
    let global = |g: &super::GlobalId| {
        module
            .globals
            .get(g.index())
            .map_or_else(|| g.to_string(), |gl| format!("{g}({})", gl.name))
    };
    match inst {
        Unary(op, a) => format!("unary{} {a}", op.symbol()),
        Binary(op, a, b) => format!("binary{} {a}, {b}", op.symbol()),
        Inplace(op, a, b) => format!("inplace{}= {a}, {b}", op.symbol()),
        Compare(op, a, b) => format!("compare{} {a}, {b}", op.symbol()),
        Truthy(a) => format!("truthy {a}"),
        BuiltinRef(b) => format!("builtin {}", b.name()),
        MakeFunction {
            code,
            defaults,
            cells,
        } if cells.is_empty() => format!("make_function code{code}({})", list(defaults)),
        MakeFunction {
            code,
            defaults,
            cells,
        } => format!(
            "make_function code{code}({}) cells({})",
            list(defaults),
            list(cells)
        ),
        CellNew(name) => format!("cell.new {name:?}"),
        CellGet { cell, name, free } => {
            let kind = if *free { "free" } else { "local" };
            format!("cell.get {cell}, {kind} {name:?}")
        }
        CellSet(cell, value) => format!("cell.set {cell}, {value}"),
        FreeCell(closure, index) => format!("closure.cell {closure}, {index}"),
        ClosureNew(cells) => format!("closure.new({})", list(cells)),
        FuncObject(code) => format!("func.object code{code}"),
        IsFunc(value, ty) => format!("is_func {value}, {}", ty.0),
        CallEx {
            callee,
            parts,
            kwargs,
        } => match kwargs {
            Some(kwargs) => format!("call {callee}(*{}; **{kwargs})", list(parts)),
            None => format!("call {callee}(*{})", list(parts)),
        },
        Call {
            callee,
            args,
            kwnames,
        } => {
            if kwnames.is_empty() {
                format!("call {callee}({})", list(args))
            } else {
                format!("call {callee}({}; kw={})", list(args), kwnames.join(","))
            }
        }
        GetIter(a) => format!("iter {a}"),
        Iterable(a) => format!("iterable {a}"),
        IterHasNext(a) => format!("iter.has_next {a}"),
        IterValue(a) => format!("iter.value {a}"),
        IterAdvance(a) => format!("iter.advance {a}"),
        Format(a) => format!("format {a}"),
        GetAttr(a, name) => format!("getattr {a}, {name:?}"),
        RaiseExc { exc, cause: None } => format!("raise {exc}"),
        RaiseExc {
            exc,
            cause: Some(cause),
        } => format!("raise {exc} from {cause}"),
        RaiseHandled => "raise".into(),
        Reraise(a) => format!("reraise {a}"),
        PushExcInfo(a) => format!("exc.push {a}"),
        PopExcept => "exc.pop".into(),
        ExcMatch(a, b) => format!("exc.match {a}, {b}"),
        CaughtException => "exc.caught".into(),
        Yield(a) => format!("yield {a}"),
        GenSend(g, v) => format!("gen.send {g}, {v}"),
        SetAttr(a, name, b) => format!("setattr {a}, {name:?}, {b}"),
        MakeClass(c) => format!("class {c}"),
        InstanceNew(c) => format!("instance.new class{c}"),
        FieldGet(a, i) => format!("field.get {a}, {i}"),
        IsClass(a, classes) => format!(
            "is.class {a}, [{}]",
            classes
                .iter()
                .map(|c| format!("class{c}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        FieldSet(a, i, b) => format!("field.set {a}, {i}, {b}"),
        IntPowMod(a, b, c) => format!("int.pow_mod {a}, {b}, {c}"),
        IntHash(a) => format!("int.hash {a}"),
        IntBitLength(a) => format!("int.bit_length {a}"),
        IntToBase(a, base) => format!("int.to_base{base} {a}"),
        StrToIntBase(a, b) => format!("str.to_int {a}, {b}"),
        Const(c) => match c {
            super::Const::None => "const None".into(),
            super::Const::Bool(b) => format!("const {}", if *b { "True" } else { "False" }),
            super::Const::Int(i) => format!("const {i}"),
            super::Const::BigInt(digits) => format!("const {digits}"),
            super::Const::Float(f) => format!("const {f:?}"),
            super::Const::Str(s) => format!("const {s:?}"),
            super::Const::Bytes(b) => format!("const {}", kiln_bytecode::dis::bytes_repr(b)),
        },
        Undef => "undef".into(),
        FuncRef(code) => format!("func code{code}"),
        LoadGlobal(g) => format!("load {}", global(g)),
        CheckGlobal(g) => format!("check_assigned {}", global(g)),
        StoreGlobal(g, v) => format!("store {}, {v}", global(g)),
        DeleteGlobal(g) => format!("delete {}", global(g)),
        CheckBound { bound, name } => format!("check_bound {bound}, {name:?}"),
        BuildString(parts) => format!("str.build {}", list(parts)),
        IntBinary(op, a, b) => format!("int.{} {a}, {b}", format!("{op:?}").to_lowercase()),
        IntNeg(a) => format!("int.neg {a}"),
        IntInvert(a) => format!("int.invert {a}"),
        IntAbs(a) => format!("int.abs {a}"),
        IntTrueDiv(a, b) => format!("int.truediv {a}, {b}"),
        IntCompare(op, a, b) => format!("int.cmp{} {a}, {b}", op.symbol()),
        FloatBinary(op, a, b) => format!("float.{} {a}, {b}", format!("{op:?}").to_lowercase()),
        FloatNeg(a) => format!("float.neg {a}"),
        FloatAbs(a) => format!("float.abs {a}"),
        FloatCompare(op, a, b) => format!("float.cmp{} {a}, {b}", op.symbol()),
        IntFloatCompare(op, a, b) => format!("int_float.cmp{} {a}, {b}", op.symbol()),
        BoolNot(a) => format!("bool.not {a}"),
        BoolBinary(op, a, b) => format!("bool.{} {a}, {b}", format!("{op:?}").to_lowercase()),
        Convert(conv, a) => format!("convert.{} {a}", snake(&format!("{conv:?}"))),
        RoundDigits(a, b) => format!("round {a}, {b}"),
        StrConcat(a, b) => format!("str.concat {a}, {b}"),
        StrRepeat(a, b) => format!("str.repeat {a}, {b}"),
        StrCompare(op, a, b) => format!("str.cmp{} {a}, {b}", op.symbol()),
        StrLen(a) => format!("str.len {a}"),
        Select(c, a, b) => format!("select {c}, {a}, {b}"),
        CallDirect(f, args) => {
            let name = module
                .funcs
                .get(f.index())
                .map_or("?", |func| func.name.as_str());
            format!("call {f} {name}({})", list(args))
        }
        Write(a) => format!("write {a}"),
        RangeNew(a, b, c) => format!("range {a}, {b}, {c}"),
        Raise { kind, message } => format!("raise {}({message:?})", kind.name()),
        Build(kind, items) => format!("build.{} {}", snake(&format!("{kind:?}")), list(items)),
        CompAdd(c, items) => format!("comp_add {c}, {}", list(items)),
        GetItem(c, i) => format!("getitem {c}, {i}"),
        SetItem(c, i, v) => format!("setitem {c}, {i}, {v}"),
        DelItem(c, i) => format!("delitem {c}, {i}"),
        UnpackCheck {
            value,
            before,
            after,
            starred,
        } => format!(
            "unpack_check {value}, {before}{}{after}",
            if *starred { "+*+" } else { "+" }
        ),
        UnpackRest {
            value,
            before,
            after,
        } => format!("unpack_rest {value}, {before}, {after}"),
        Contains(a, b) => format!("contains {a}, {b}"),
        Is(a, b) => format!("is {a}, {b}"),
        BuildSlice(a, b, c) => format!("slice {a}, {b}, {c}"),
        New(kind, items) => format!("new.{} {}", snake(&format!("{kind:?}")), list(items)),
        Len(a) => format!("len {a}"),
        ListGet(l, i) => format!("list.get {l}, {i}"),
        ListSet(l, i, v) => format!("list.set {l}, {i}, {v}"),
        ListAppend(l, v) => format!("list.append {l}, {v}"),
        TupleGet(t, i) => format!("tuple.get {t}, {i}"),
        Narrow(a) => format!("narrow {a}"),
        NarrowClass(a, b) => format!("narrow.class {a}, {b}"),
        OptIsNone(a) => format!("opt.is_none {a}"),
        Identical(a, b) => format!("is {a}, {b}"),
        OptCast(a) => format!("opt.cast {a}"),
        OptNone => "opt.none".into(),
        TypeDesc(ty) => format!("desc {}", module.types.name(*ty)),
        Rt(f, args) => format!(
            "rt {}({})",
            f.symbol().trim_start_matches("kiln_rt_"),
            list(args)
        ),
    }
}

/// `IntToStr` → `int_to_str`.
fn snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}
