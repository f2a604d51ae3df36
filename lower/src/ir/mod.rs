//! kiln's SSA IR: functions of basic blocks with block parameters (no phi nodes).
//!
//! Entities are `u32` newtypes into per-function arenas ([`Value`], [`Block`]) or per-module
//! tables ([`FuncId`], [`GlobalId`], [`TypeId`]). One instruction set serves both stages of
//! lowering: [`build`](crate::build) emits the *generic* instructions that mirror the bytecode,
//! and [`mono`](crate::mono) rewrites each specialization into *typed* instructions whose
//! operands have known machine types. The verifier checks that a finished module contains typed
//! instructions only.

mod display;
mod types;
pub mod verify;

pub use types::{TypeId, TypeKind, Types};

use kiln_bytecode::{BinOp, CmpOp, Span, UnaryOp};

macro_rules! entity {
    ($(#[doc = $doc:literal])* $name:ident, $prefix:literal) => {
        $(#[doc = $doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);

        impl $name {
            /// The arena index.
            pub fn index(self) -> usize {
                self.0 as usize
            }

            /// The entity for arena index `index`.
            pub fn new(index: usize) -> Self {
                $name(u32::try_from(index).expect("IR arenas hold fewer than 2^32 entities"))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}

entity!(/// An SSA value: a block parameter or an instruction result.
    Value, "v");
entity!(/// A basic block.
    Block, "b");
entity!(/// A function in a [`Module`].
    FuncId, "f");
entity!(/// A module-level variable (or a hidden slot such as a parameter default).
    GlobalId, "g");

/// A whole program in SSA form.
#[derive(Clone, Debug, Default)]
pub struct Module {
    pub types: Types,
    pub funcs: Vec<Function>,
    pub globals: Vec<Global>,
    /// The function that runs the program's top level.
    pub entry: FuncId,
}

/// A module-level storage slot.
#[derive(Clone, Debug)]
pub struct Global {
    pub name: String,
    pub ty: TypeId,
    /// Whether a read must check that the slot was assigned (NameError otherwise).
    pub checked: bool,
}

/// One function (after monomorphization: one specialization of a Python function).
#[derive(Clone, Debug, Default)]
pub struct Function {
    /// The name used in IR text and symbols, e.g. `fib(int)`.
    pub name: String,
    /// The Python-level name, for tracebacks (`fib`, `<module>`).
    pub python_name: String,
    pub entry: Block,
    pub blocks: Vec<BlockData>,
    pub values: Vec<ValueData>,
    pub ret: TypeId,
    pub span: Span,
}

/// A basic block: parameters, straight-line instructions and one terminator.
#[derive(Clone, Debug, Default)]
pub struct BlockData {
    pub params: Vec<Value>,
    pub insts: Vec<Value>,
    pub term: Terminator,
}

/// How a value is defined, with its type and source location.
#[derive(Clone, Debug)]
pub struct ValueData {
    pub def: ValueDef,
    pub ty: TypeId,
    pub span: Span,
}

/// What defines a value.
#[derive(Clone, Debug)]
pub enum ValueDef {
    /// Parameter `index` of `block`.
    Param(Block, u32),
    /// The result of an instruction (instructions without a result have type `None`).
    Inst(Inst),
    /// A value replaced by another (left behind by simplification; never referenced).
    Alias(Value),
}

/// A jump target with the arguments for its block parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct BlockCall {
    pub block: Block,
    pub args: Vec<Value>,
}

/// How a block ends.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Terminator {
    Jump(BlockCall),
    Branch {
        cond: Value,
        then: BlockCall,
        otherwise: BlockCall,
    },
    Return(Value),
    /// Control never gets here (after an instruction that always raises).
    #[default]
    Unreachable,
}

impl Terminator {
    /// The outgoing edges.
    pub fn successors(&self) -> Vec<&BlockCall> {
        match self {
            Terminator::Jump(call) => vec![call],
            Terminator::Branch {
                then, otherwise, ..
            } => vec![then, otherwise],
            Terminator::Return(_) | Terminator::Unreachable => Vec::new(),
        }
    }

    /// The outgoing edges, mutably.
    pub fn successors_mut(&mut self) -> Vec<&mut BlockCall> {
        match self {
            Terminator::Jump(call) => vec![call],
            Terminator::Branch {
                then, otherwise, ..
            } => vec![then, otherwise],
            Terminator::Return(_) | Terminator::Unreachable => Vec::new(),
        }
    }
}

/// A literal.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    /// An integer beyond 64 bits, as canonical decimal text.
    BigInt(String),
    Float(f64),
    Str(String),
}

/// The builtins kiln knows by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Print,
    Int,
    Float,
    Str,
    Bool,
    Abs,
    Min,
    Max,
    Len,
    Round,
    Range,
    Pow,
    Hash,
    Bin,
    Oct,
    Hex,
}

impl Builtin {
    pub fn from_name(name: &str) -> Option<Builtin> {
        Some(match name {
            "print" => Builtin::Print,
            "int" => Builtin::Int,
            "float" => Builtin::Float,
            "str" => Builtin::Str,
            "bool" => Builtin::Bool,
            "abs" => Builtin::Abs,
            "min" => Builtin::Min,
            "max" => Builtin::Max,
            "len" => Builtin::Len,
            "round" => Builtin::Round,
            "range" => Builtin::Range,
            "pow" => Builtin::Pow,
            "hash" => Builtin::Hash,
            "bin" => Builtin::Bin,
            "oct" => Builtin::Oct,
            "hex" => Builtin::Hex,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Builtin::Print => "print",
            Builtin::Int => "int",
            Builtin::Float => "float",
            Builtin::Str => "str",
            Builtin::Bool => "bool",
            Builtin::Abs => "abs",
            Builtin::Min => "min",
            Builtin::Max => "max",
            Builtin::Len => "len",
            Builtin::Round => "round",
            Builtin::Range => "range",
            Builtin::Pow => "pow",
            Builtin::Hash => "hash",
            Builtin::Bin => "bin",
            Builtin::Oct => "oct",
            Builtin::Hex => "hex",
        }
    }
}

/// Methods of builtin types that kiln compiles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    IntBitLength,
}

impl Method {
    /// The method for attribute `name` of a value of type `receiver`, if kiln has it.
    pub fn lookup(receiver: &TypeKind, name: &str) -> Option<Method> {
        match (receiver, name) {
            (TypeKind::Int | TypeKind::Bool, "bit_length") => Some(Method::IntBitLength),
            _ => None,
        }
    }

    /// `int.bit_length`.
    pub fn name(self) -> &'static str {
        match self {
            Method::IntBitLength => "int.bit_length",
        }
    }

    /// The receiver type the method is called on after conversions.
    pub fn receiver(self) -> TypeId {
        match self {
            Method::IntBitLength => TypeId::INT,
        }
    }
}

/// Checked integer operations (all raise on overflow or a zero divisor as Python would).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntOp {
    Add,
    Sub,
    Mul,
    FloorDiv,
    Mod,
    Pow,
    Shl,
    Shr,
    And,
    Or,
    Xor,
}

/// Float operations with Python semantics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
}

/// Conversions between value types, each with Python's semantics and errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conv {
    /// `bool` → `int` (0/1).
    BoolToInt,
    /// `int` → `float`, correctly rounded.
    IntToFloat,
    /// `bool` → `float` (0.0/1.0).
    BoolToFloat,
    /// `int(float)`: truncation; raises on inf/nan/out of range.
    FloatToInt,
    /// `round(float)`: half to even; raises like `FloatToInt`.
    FloatRound,
    /// Truthiness of each type.
    IntTruthy,
    FloatTruthy,
    StrTruthy,
    /// `str()` of each type.
    IntToStr,
    FloatToStr,
    BoolToStr,
    NoneToStr,
    /// `int(str)`, `float(str)`.
    StrToInt,
    StrToFloat,
}

/// An instruction. The first group is generic (produced from bytecode, types unknown); the
/// second is typed (produced by monomorphization, consumed by codegen).
#[derive(Clone, Debug, PartialEq)]
pub enum Inst {
    // ---- generic ----
    /// A Python-level operation whose meaning depends on operand types.
    Unary(UnaryOp, Value),
    Binary(BinOp, Value, Value),
    Compare(CmpOp, Value, Value),
    /// Truthiness, for branches.
    Truthy(Value),
    /// A builtin function as a value.
    BuiltinRef(Builtin),
    /// Evaluates a `def`: stores its default values and yields the function.
    MakeFunction {
        code: u32,
        defaults: Vec<Value>,
    },
    /// A call: callee, positional arguments, then keyword arguments named by `kwnames`.
    Call {
        callee: Value,
        args: Vec<Value>,
        kwnames: Vec<String>,
    },
    GetIter(Value),
    /// Whether an iterator has another item.
    IterHasNext(Value),
    /// The current item of an iterator that has one.
    IterValue(Value),
    /// The iterator moved past its current item.
    IterAdvance(Value),
    /// `str(value)` as an f-string field.
    Format(Value),
    /// `object.name`.
    GetAttr(Value, String),

    // ---- shared ----
    Const(Const),
    /// A value that is never read (an unassigned local); typed `never`.
    Undef,
    /// The function `code` as a value (zero-sized).
    FuncRef(u32),
    /// Reads a global (see `CheckGlobal` for the NameError).
    LoadGlobal(GlobalId),
    /// Raises NameError unless the global has been assigned.
    CheckGlobal(GlobalId),
    StoreGlobal(GlobalId, Value),
    /// Raises UnboundLocalError for local `name` unless `bound` is true.
    CheckBound {
        bound: Value,
        name: String,
    },
    /// Concatenates strings (f-strings).
    BuildString(Vec<Value>),

    // ---- typed ----
    IntBinary(IntOp, Value, Value),
    IntNeg(Value),
    IntInvert(Value),
    IntAbs(Value),
    /// `int / int`, correctly rounded to float.
    IntTrueDiv(Value, Value),
    IntCompare(CmpOp, Value, Value),
    FloatBinary(FloatOp, Value, Value),
    FloatNeg(Value),
    FloatAbs(Value),
    FloatCompare(CmpOp, Value, Value),
    /// Exact comparison of an int (left) with a float (right).
    IntFloatCompare(CmpOp, Value, Value),
    BoolNot(Value),
    /// Bitwise `& | ^` on two bools.
    BoolBinary(IntOp, Value, Value),
    Convert(Conv, Value),
    /// `round(x, n)` for a float or int `x`.
    RoundDigits(Value, Value),
    StrConcat(Value, Value),
    StrRepeat(Value, Value),
    StrCompare(CmpOp, Value, Value),
    StrLen(Value),
    /// `cond ? a : b`.
    Select(Value, Value, Value),
    /// A direct call of a specialized function.
    CallDirect(FuncId, Vec<Value>),
    /// Writes a value's `str()` to stdout (what `print` does per argument).
    Write(Value),
    /// `pow(base, exp, mod)`.
    IntPowMod(Value, Value, Value),
    /// `hash(int)`.
    IntHash(Value),
    /// `int.bit_length()`.
    IntBitLength(Value),
    /// `bin`/`oct`/`hex` (base 2, 8, 16).
    IntToBase(Value, u32),
    /// `int(str, base)`.
    StrToIntBase(Value, Value),
    /// `range(start, stop, step)`; raises ValueError if step is zero.
    RangeNew(Value, Value, Value),
    /// Raises `kind(message)`; control does not continue.
    Raise {
        kind: ExcKind,
        message: String,
    },
}

/// The Python exceptions the generated code raises directly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcKind {
    ZeroDivisionError,
    OverflowError,
    ValueError,
    TypeError,
    NameError,
    UnboundLocalError,
    RecursionError,
}

impl ExcKind {
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::ValueError => "ValueError",
            ExcKind::TypeError => "TypeError",
            ExcKind::NameError => "NameError",
            ExcKind::UnboundLocalError => "UnboundLocalError",
            ExcKind::RecursionError => "RecursionError",
        }
    }
}

impl Inst {
    /// The values this instruction reads.
    pub fn operands(&self) -> Vec<Value> {
        let mut out = Vec::new();
        self.for_each_operand(|v| out.push(*v));
        out
    }

    /// Calls `f` on each operand, allowing it to be replaced.
    pub fn for_each_operand(&self, mut f: impl FnMut(&Value)) {
        let mut copy = self.clone();
        copy.map_operands(|v| {
            f(v);
        });
    }

    /// Calls `f` on each operand slot mutably.
    pub fn map_operands(&mut self, mut f: impl FnMut(&mut Value)) {
        use Inst::*;
        match self {
            Unary(_, a)
            | Truthy(a)
            | GetIter(a)
            | IterHasNext(a)
            | IterValue(a)
            | IterAdvance(a)
            | Format(a)
            | StoreGlobal(_, a)
            | IntNeg(a)
            | IntInvert(a)
            | IntAbs(a)
            | FloatNeg(a)
            | FloatAbs(a)
            | BoolNot(a)
            | Convert(_, a)
            | StrLen(a)
            | GetAttr(a, _)
            | IntHash(a)
            | IntBitLength(a)
            | IntToBase(a, _)
            | Write(a) => f(a),
            CheckBound { bound, .. } => f(bound),
            Binary(_, a, b)
            | Compare(_, a, b)
            | IntBinary(_, a, b)
            | IntTrueDiv(a, b)
            | IntCompare(_, a, b)
            | FloatBinary(_, a, b)
            | FloatCompare(_, a, b)
            | IntFloatCompare(_, a, b)
            | BoolBinary(_, a, b)
            | RoundDigits(a, b)
            | StrConcat(a, b)
            | StrRepeat(a, b)
            | StrToIntBase(a, b)
            | StrCompare(_, a, b) => {
                f(a);
                f(b);
            }
            Select(a, b, c) | RangeNew(a, b, c) | IntPowMod(a, b, c) => {
                f(a);
                f(b);
                f(c);
            }
            MakeFunction {
                defaults: values, ..
            }
            | BuildString(values)
            | CallDirect(_, values) => values.iter_mut().for_each(f),
            Call { callee, args, .. } => {
                f(callee);
                args.iter_mut().for_each(f);
            }
            BuiltinRef(_)
            | Const(_)
            | Undef
            | FuncRef(_)
            | LoadGlobal(_)
            | CheckGlobal(_)
            | Raise { .. } => {}
        }
    }

    /// True for instructions that only exist before monomorphization.
    pub fn is_generic(&self) -> bool {
        use Inst::*;
        matches!(
            self,
            Unary(..)
                | Binary(..)
                | Compare(..)
                | Truthy(_)
                | MakeFunction { .. }
                | Call { .. }
                | Format(_)
                | GetAttr(..)
        )
    }

    /// True if the instruction may raise or has an effect, so it must not be removed even if
    /// its result is unused.
    pub fn has_effect(&self) -> bool {
        use Inst::*;
        !matches!(
            self,
            Const(_)
                | Undef
                | FuncRef(_)
                | BuiltinRef(_)
                | LoadGlobal(_)
                | IntInvert(_)
                | IntCompare(..)
                | FloatBinary(FloatOp::Add | FloatOp::Sub | FloatOp::Mul, ..)
                | FloatNeg(_)
                | FloatAbs(_)
                | FloatCompare(..)
                | IntFloatCompare(..)
                | BoolNot(_)
                | BoolBinary(..)
                | StrConcat(..)
                | StrCompare(..)
                | StrLen(_)
                | Select(..)
                | IntHash(_)
                | IntBitLength(_)
                | IntToBase(..)
                | GetIter(_)
                | IterHasNext(_)
                | IterValue(_)
                | IterAdvance(_)
                | BuildString(_)
                | Convert(
                    Conv::BoolToInt
                        | Conv::BoolToFloat
                        | Conv::IntTruthy
                        | Conv::FloatTruthy
                        | Conv::StrTruthy
                        | Conv::IntToStr
                        | Conv::FloatToStr
                        | Conv::BoolToStr
                        | Conv::NoneToStr,
                    _,
                )
        )
    }
}

impl ValueData {
    /// The defining instruction, or `Undef` for parameters and aliases.
    pub fn def_inst(&self) -> &Inst {
        match &self.def {
            ValueDef::Inst(inst) => inst,
            _ => &Inst::Undef,
        }
    }
}

impl Function {
    /// Appends a new block.
    pub fn add_block(&mut self) -> Block {
        self.blocks.push(BlockData::default());
        Block::new(self.blocks.len() - 1)
    }

    /// Appends a parameter of type `ty` to `block`.
    pub fn add_param(&mut self, block: Block, ty: TypeId, span: Span) -> Value {
        let index = u32::try_from(self.blocks[block.index()].params.len()).unwrap_or(u32::MAX);
        let value = self.new_value(ValueDef::Param(block, index), ty, span);
        self.blocks[block.index()].params.push(value);
        value
    }

    /// Appends an instruction to `block` and returns its result.
    pub fn push_inst(&mut self, block: Block, inst: Inst, ty: TypeId, span: Span) -> Value {
        let value = self.new_value(ValueDef::Inst(inst), ty, span);
        self.blocks[block.index()].insts.push(value);
        value
    }

    fn new_value(&mut self, def: ValueDef, ty: TypeId, span: Span) -> Value {
        self.values.push(ValueData { def, ty, span });
        Value::new(self.values.len() - 1)
    }

    /// The instruction defining `value`, if it is an instruction result.
    pub fn inst(&self, value: Value) -> Option<&Inst> {
        match &self.values[value.index()].def {
            ValueDef::Inst(inst) => Some(inst),
            _ => None,
        }
    }

    pub fn ty(&self, value: Value) -> TypeId {
        self.values[value.index()].ty
    }

    /// Blocks in reverse postorder from the entry (unreachable blocks are left out).
    pub fn reverse_postorder(&self) -> Vec<Block> {
        let mut visited = vec![false; self.blocks.len()];
        let mut order = Vec::with_capacity(self.blocks.len());
        let mut stack = vec![(self.entry, 0usize)];
        visited[self.entry.index()] = true;
        while let Some((block, next)) = stack.pop() {
            let succs = self.blocks[block.index()].term.successors();
            if let Some(call) = succs.get(next) {
                let succ = call.block;
                stack.push((block, next + 1));
                if !visited[succ.index()] {
                    visited[succ.index()] = true;
                    stack.push((succ, 0));
                }
            } else {
                order.push(block);
            }
        }
        order.reverse();
        order
    }
}
