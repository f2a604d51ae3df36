//! kiln's SSA IR: functions of basic blocks with block parameters (no phi nodes).
//!
//! Entities are `u32` newtypes into per-function arenas ([`Value`], [`Block`]) or per-module
//! tables ([`FuncId`], [`GlobalId`], [`TypeId`]). One instruction set serves both stages of
//! lowering: [`build`](crate::build) emits the *generic* instructions that mirror the bytecode,
//! and [`mono`](crate::mono) rewrites each specialization into *typed* instructions whose
//! operands have known machine types. The verifier checks that a finished module contains typed
//! instructions only.

/// An enum of a standard module's functions, each with its (qualified) name.
macro_rules! named_fns {
    ($(#[doc = $doc:literal])* $enum:ident { $($variant:ident = $name:literal,)* }) => {
        $(#[doc = $doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $enum {
            $($variant,)*
        }

        impl $enum {
            /// The function named `name`.
            pub fn from_name(name: &str) -> Option<$enum> {
                Some(match name {
                    $($name => $enum::$variant,)*
                    _ => return None,
                })
            }

            /// Its name.
            pub fn name(self) -> &'static str {
                match self {
                    $($enum::$variant => $name,)*
                }
            }
        }
    };
}

mod display;
pub mod math;
pub mod random;
pub mod sys;
mod types;
pub mod verify;

pub use types::{DictView, TypeId, TypeKind, Types};

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
    /// Code compiled inline that CPython runs in frames of its own (for tracebacks).
    pub inline_frames: Vec<kiln_bytecode::InlineFrame>,
    /// The program's classes, by class id.
    pub classes: Vec<Class>,
}

/// A class: its instances' layout and the methods the runtime calls.
#[derive(Clone, Debug, Default)]
pub struct Class {
    pub name: String,
    /// For an exception class, the builtin exception class it derives from: its instances
    /// are exception objects with the fields after the exception's own.
    pub exception: Option<ExcKind>,
    /// The instance fields (inherited ones first) and their types.
    pub fields: Vec<(String, TypeId)>,
    /// `__repr__` and `__str__` specialized for this class's instances, if it has them.
    pub repr: Option<FuncId>,
    pub str: Option<FuncId>,
    /// `__eq__`, `__lt__` and `__gt__` specialized for two instances and returning a bool.
    pub eq: Option<FuncId>,
    pub lt: Option<FuncId>,
    pub gt: Option<FuncId>,
    /// Whether instances are unhashable (the class defines `__eq__` but not `__hash__`).
    pub unhashable: bool,
    /// `__hash__` specialized for this class's instances and returning an int.
    pub hash: Option<FuncId>,
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
    /// For a generator function, the type its body returns: a call makes a generator object
    /// (of type `ret`, a `Generator`) and runs nothing; the body runs as the generator is
    /// iterated, and its `Return`s (of this type) finish it.
    pub generator: Option<TypeId>,
}

/// A basic block: parameters, straight-line instructions and one terminator.
#[derive(Clone, Debug, Default)]
pub struct BlockData {
    pub params: Vec<Value>,
    pub insts: Vec<Value>,
    pub term: Terminator,
    /// Where an exception raised by an instruction of this block goes: a handler block (whose
    /// first instruction is `CaughtException`) with the values of its parameters, which are
    /// defined before any instruction of this block can raise. `None`: out of the function.
    pub unwind: Option<BlockCall>,
}

impl BlockData {
    /// Every outgoing edge: the terminator's, then the exception edge.
    pub fn edges(&self) -> Vec<&BlockCall> {
        let mut edges = self.term.successors();
        edges.extend(self.unwind.as_ref());
        edges
    }

    /// Every outgoing edge, mutably.
    pub fn edges_mut(&mut self) -> Vec<&mut BlockCall> {
        let mut edges = self.term.successors_mut();
        edges.extend(self.unwind.as_mut());
        edges
    }
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
    Bytes(Vec<u8>),
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
    Bytes,
    Pow,
    Divmod,
    Hash,
    Bin,
    Oct,
    Hex,
    List,
    Tuple,
    Set,
    FrozenSet,
    Dict,
    Sorted,
    Sum,
    Any,
    All,
    Enumerate,
    Zip,
    Reversed,
    Repr,
    Ascii,
    Ord,
    Chr,
    Format,
    IsInstance,
    Type,
    /// A builtin exception class (calling it makes an exception).
    Exception(ExcKind),
    /// `BaseException.__init__` (`super().__init__(...)` in an exception class): sets the
    /// exception's `args`.
    ExcInit,
    /// `sys.exit`: raises SystemExit.
    SysExit,
    /// `collections.defaultdict(factory)`: a dict that makes a missing key's value by calling
    /// its factory (one of the builtin classes: `int`, `list`, ...).
    DefaultDict,
    /// `collections.Counter(iterable)`: a `dict[T, int]` counting the items (a missing key
    /// reads 0).
    Counter,
    /// `iter(iterable)`: a new iterator (a loop's state), which only `__iter__` may return.
    Iter,
    /// `object.__setattr__(obj, "name", value)`: a store no `__setattr__` sees.
    ObjectSetAttr,
    /// `next(it)` of an instance iterator: its `__next__()`.
    Next,
    IsSubclass,
    /// A function of the `math` module (`math.sqrt`).
    Math(math::MathFn),
    /// `input`, a standard stream's method (`sys.stdout.write`) or a `time` function.
    Sys(sys::SysFn),
    /// `sys.stdin`, `sys.stdout`, `sys.stderr` as values (`print(..., file=sys.stderr)`).
    Stream(sys::Stream),
    /// `sys.argv`: a `list[str]`.
    SysArgv,
    /// A function of the `random` module.
    Random(random::RandomFn),
    /// `print(*items, ...)`: its one positional argument is the iterable.
    PrintUnpacked,
}

impl Builtin {
    /// Which of `positional` arguments a call of the builtin iterates (`list(x)`: the first;
    /// `zip(a, b)`: all; `min(a, b)`: none).
    pub fn iterated_arguments(self, positional: usize) -> std::ops::Range<usize> {
        use Builtin as B;
        match self {
            B::List
            | B::Tuple
            | B::Set
            | B::FrozenSet
            | B::Dict
            | B::Sorted
            | B::Sum
            | B::Any
            | B::All
            | B::Enumerate => 0..positional.min(1),
            B::Min | B::Max if positional == 1 => 0..1,
            B::Zip => 0..positional,
            _ => 0..0,
        }
    }

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
            "bytes" => Builtin::Bytes,
            "pow" => Builtin::Pow,
            "divmod" => Builtin::Divmod,
            "hash" => Builtin::Hash,
            "bin" => Builtin::Bin,
            "oct" => Builtin::Oct,
            "hex" => Builtin::Hex,
            "list" => Builtin::List,
            "tuple" => Builtin::Tuple,
            "set" => Builtin::Set,
            "frozenset" => Builtin::FrozenSet,
            "dict" => Builtin::Dict,
            "collections.defaultdict" => Builtin::DefaultDict,
            "collections.Counter" => Builtin::Counter,
            "sorted" => Builtin::Sorted,
            "sum" => Builtin::Sum,
            "any" => Builtin::Any,
            "all" => Builtin::All,
            "enumerate" => Builtin::Enumerate,
            "zip" => Builtin::Zip,
            "reversed" => Builtin::Reversed,
            "repr" => Builtin::Repr,
            "ascii" => Builtin::Ascii,
            "ord" => Builtin::Ord,
            "chr" => Builtin::Chr,
            "format" => Builtin::Format,
            "isinstance" => Builtin::IsInstance,
            "type" => Builtin::Type,
            "sys.exit" => Builtin::SysExit,
            "iter" => Builtin::Iter,
            "object.__setattr__" => Builtin::ObjectSetAttr,
            "next" => Builtin::Next,
            "issubclass" => Builtin::IsSubclass,
            _ if name.starts_with("math.") => Builtin::Math(math::MathFn::from_name(&name[5..])?),
            "sys.argv" => Builtin::SysArgv,
            "print.unpacked" => Builtin::PrintUnpacked,
            _ if name.starts_with("random.") => {
                Builtin::Random(random::RandomFn::from_name(&name[7..])?)
            }
            _ if sys::Stream::from_name(name).is_some() => {
                Builtin::Stream(sys::Stream::from_name(name)?)
            }
            _ if sys::SysFn::from_name(name).is_some() => {
                Builtin::Sys(sys::SysFn::from_name(name)?)
            }
            _ if ExcKind::from_name(name).is_some() => {
                Builtin::Exception(ExcKind::from_name(name)?)
            }

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
            Builtin::Bytes => "bytes",
            Builtin::Pow => "pow",
            Builtin::Divmod => "divmod",
            Builtin::Hash => "hash",
            Builtin::Bin => "bin",
            Builtin::Oct => "oct",
            Builtin::Hex => "hex",
            Builtin::List => "list",
            Builtin::Tuple => "tuple",
            Builtin::Set => "set",
            Builtin::FrozenSet => "frozenset",
            Builtin::Dict => "dict",
            Builtin::DefaultDict => "collections.defaultdict",
            Builtin::Counter => "collections.Counter",
            Builtin::Sorted => "sorted",
            Builtin::Sum => "sum",
            Builtin::Any => "any",
            Builtin::All => "all",
            Builtin::Enumerate => "enumerate",
            Builtin::Zip => "zip",
            Builtin::Reversed => "reversed",
            Builtin::Repr => "repr",
            Builtin::Ascii => "ascii",
            Builtin::Ord => "ord",
            Builtin::Chr => "chr",
            Builtin::Format => "format",
            Builtin::IsInstance => "isinstance",
            Builtin::Type => "type",
            Builtin::Exception(kind) => kind.name(),
            Builtin::ExcInit => "__init__",
            Builtin::SysExit => "exit",
            Builtin::Iter => "iter",
            Builtin::ObjectSetAttr => "__setattr__",
            Builtin::Next => "next",
            Builtin::IsSubclass => "issubclass",
            Builtin::Math(f) => f.name(),
            Builtin::Sys(f) => f.name(),
            Builtin::Stream(sys::Stream::Stdin) => "stdin",
            Builtin::Stream(sys::Stream::Stdout) => "stdout",
            Builtin::Stream(sys::Stream::Stderr) => "stderr",
            Builtin::SysArgv => "argv",
            Builtin::Random(f) => f.name(),
            Builtin::PrintUnpacked => "print",
        }
    }
}

/// Methods of builtin types that kiln compiles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    IntBitLength,
    /// A method of a container or `str`, called through the runtime or inline.
    Named(&'static str),
}

impl Method {
    /// The method for attribute `name` of a value of type `receiver`, if kiln has it.
    pub fn lookup(receiver: &TypeKind, name: &str) -> Option<Method> {
        const LIST: &[&str] = &[
            "append", "extend", "insert", "pop", "remove", "index", "count", "copy", "clear",
            "reverse", "sort",
        ];
        const DICT: &[&str] = &[
            "most_common",
            "get",
            "setdefault",
            "pop",
            "popitem",
            "items",
            "keys",
            "values",
            "update",
            "copy",
            "clear",
        ];
        const SET: &[&str] = &[
            "add",
            "discard",
            "remove",
            "pop",
            "clear",
            "copy",
            "update",
            "union",
            "intersection",
            "difference",
            "symmetric_difference",
            "issubset",
            "issuperset",
            "isdisjoint",
        ];
        const FROZENSET: &[&str] = &[
            "copy",
            "union",
            "intersection",
            "difference",
            "symmetric_difference",
            "issubset",
            "issuperset",
            "isdisjoint",
        ];
        const TUPLE: &[&str] = &["index", "count"];
        const STR: &[&str] = &[
            "split",
            "rsplit",
            "splitlines",
            "join",
            "strip",
            "lstrip",
            "rstrip",
            "replace",
            "find",
            "rfind",
            "index",
            "rindex",
            "count",
            "startswith",
            "endswith",
            "upper",
            "lower",
            "title",
            "capitalize",
            "swapcase",
            "casefold",
            "isdigit",
            "isalpha",
            "isspace",
            "isalnum",
            "isupper",
            "islower",
            "isdecimal",
            "isnumeric",
            "istitle",
            "isidentifier",
            "isascii",
            "center",
            "ljust",
            "rjust",
            "zfill",
            "partition",
            "rpartition",
            "expandtabs",
            "removeprefix",
            "removesuffix",
            "format",
            "encode",
        ];
        const BYTES: &[&str] = &["decode", "hex"];
        let table = match receiver {
            TypeKind::Int | TypeKind::Bool if name == "bit_length" => {
                return Some(Method::IntBitLength)
            }
            TypeKind::List(_) => LIST,
            TypeKind::Dict(..) => DICT,
            TypeKind::Set(_) => SET,
            TypeKind::FrozenSet(_) => FROZENSET,
            TypeKind::Tuple(_) => TUPLE,
            TypeKind::Str => STR,
            TypeKind::Bytes => BYTES,
            TypeKind::Generator(..) => &["send"],
            _ => return None,
        };
        table
            .iter()
            .find(|&&m| m == name)
            .map(|&m| Method::Named(m))
    }

    /// `int.bit_length`.
    pub fn name(self) -> &'static str {
        match self {
            Method::IntBitLength => "int.bit_length",
            Method::Named(name) => name,
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
    /// Truthiness of each type (`LenTruthy`: a container is true when not empty).
    LenTruthy,
    RangeTruthy,
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
    /// `lhs op= rhs`: like `Binary`, but a mutable container is updated in place.
    Inplace(BinOp, Value, Value),
    Compare(CmpOp, Value, Value),
    /// Truthiness, for branches.
    Truthy(Value),
    /// A builtin function as a value.
    BuiltinRef(Builtin),
    /// Evaluates a `def`: stores its default values and yields the function, which captures
    /// `cells` (the cells of its free variables, in order).
    MakeFunction {
        code: u32,
        defaults: Vec<Value>,
        cells: Vec<Value>,
    },
    /// A call: callee, positional arguments, then keyword arguments named by `kwnames`.
    Call {
        callee: Value,
        args: Vec<Value>,
        kwnames: Vec<String>,
    },
    /// A call with unpacked arguments: the positional ones are the items of `parts` (tuples),
    /// the keyword ones those of `kwargs` (a dict).
    CallEx {
        callee: Value,
        parts: Vec<Value>,
        kwargs: Option<Value>,
    },
    GetIter(Value),
    /// An argument a builtin iterates (`list(x)`, `enumerate(x)`): for an instance whose
    /// class's `__iter__` is a generator function, the generator it makes; otherwise the
    /// value itself. Generic only.
    Iterable(Value),
    /// Whether an iterator has another item.
    IterHasNext(Value),
    /// The current item of an iterator that has one.
    IterValue(Value),
    /// The iterator moved past its current item.
    IterAdvance(Value),
    /// `str(value)` as an f-string field.
    Format(Value),
    /// The value where a branch on `value is None` / `value` has shown it is not None:
    /// inserted by `narrow.rs`, typed `T` for an `Optional[T]` value.
    Narrow(Value),
    /// The value where a branch on `isinstance(value, classes)` has shown its class:
    /// inserted by `narrow.rs`, typed as an instance of that class for a `Poly` value.
    NarrowClass(Value, Value),
    /// `object.name`.
    GetAttr(Value, String),
    /// `object.name = value`.
    SetAttr(Value, String, Value),
    /// The class `classes[n]` as a value.
    MakeClass(u32),
    /// `raise exc` or `raise exc from cause`: `exc` an exception or an exception class.
    RaiseExc {
        exc: Value,
        cause: Option<Value>,
    },
    /// A bare `raise`: the exception being handled, again.
    RaiseHandled,
    /// Raises `exc` again without a traceback entry (the end of a handler that did not match).
    Reraise(Value),
    /// Makes `exc` the exception being handled.
    PushExcInfo(Value),
    /// Ends the handling begun by the matching `PushExcInfo`.
    PopExcept,
    /// Whether exception `exc` is an instance of a class or a tuple of classes.
    ExcMatch(Value, Value),
    /// A list, tuple, set or dict display (a dict's operands alternate key, value).
    Build(Container, Vec<Value>),
    /// Adds items to a comprehension's result (`append`, `add`, or key and value).
    CompAdd(Value, Vec<Value>),
    /// `container[index]`.
    GetItem(Value, Value),
    /// `container[index] = value`.
    SetItem(Value, Value, Value),
    /// `del container[index]`.
    DelItem(Value, Value),
    /// Raises ValueError unless the sequence has exactly `before + after` items, or at least
    /// that many when `starred` (unpacking assignment).
    UnpackCheck {
        value: Value,
        before: u32,
        after: u32,
        starred: bool,
    },
    /// The items of a starred unpacking target: a list of the items `before..len - after`.
    UnpackRest {
        value: Value,
        before: u32,
        after: u32,
    },
    /// `item in container`.
    Contains(Value, Value),
    /// `a is b`.
    Is(Value, Value),

    // ---- shared ----
    /// The exception a handler block was entered with (its first instruction).
    CaughtException,
    /// `yield value` in a generator: gives the value to the code iterating the generator and
    /// suspends until it asks for the next one; the result is the value sent in (an optional
    /// of the generator's sent type: None when resumed by `next()`).
    Yield(Value),
    /// The first half of `generator.send(value)`: `value` (of the generator's sent type, as
    /// an optional) becomes the result of the `yield` the generator is suspended at; raises
    /// CPython's TypeError if it has not started. Resuming it is the iterator's.
    GenSend(Value, Value),
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
    /// Unbinds a global (`del x`; the end of `except ... as x` at module level).
    DeleteGlobal(GlobalId),
    /// Raises UnboundLocalError for local `name` unless `bound` is true.
    CheckBound {
        bound: Value,
        name: String,
    },
    /// Concatenates strings (f-strings).
    BuildString(Vec<Value>),
    /// A slice `start:stop:step`; each operand an int or None.
    BuildSlice(Value, Value, Value),

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
    /// A new list, tuple, set or dict of the instruction's type holding these items (a
    /// dict's alternate key, value).
    New(Container, Vec<Value>),
    /// The length of a list, tuple, dict or set (read from the object).
    Len(Value),
    /// `list[index]` with an int index: bounds-checked, negative indices from the end.
    ListGet(Value, Value),
    /// `list[index] = value` with an int index.
    ListSet(Value, Value, Value),
    /// `list.append(value)`.
    ListAppend(Value, Value),
    /// Field `index` of a tuple.
    TupleGet(Value, u32),
    /// Whether an optional value is None.
    OptIsNone(Value),
    /// The same bits as another type: a `T` as an `Optional[T]` or (once checked) back.
    OptCast(Value),
    /// `None` as an `Optional[T]` (the instruction's type).
    OptNone,
    /// The runtime's description of a type (for calls that need one).
    TypeDesc(TypeId),
    /// A call of a runtime function on values converted to its parameter types.
    Rt(RtFn, Vec<Value>),
    /// A new instance of class `n`, no field set.
    InstanceNew(u32),
    /// Field `index` of an instance (AttributeError if it was never set).
    FieldGet(Value, u32),
    /// Whether the class of an instance is one of these classes.
    IsClass(Value, Vec<u32>),
    /// Whether two object references (or optional ones) are the same object: `a is b`.
    Identical(Value, Value),
    /// Sets field `index` of an instance.
    FieldSet(Value, u32, Value),

    // ---- cells and closures (generic and typed) ----
    /// A new empty cell for this function's variable `name`, which a nested function uses.
    CellNew(String),
    /// The value in a cell; raises UnboundLocalError (`free`: NameError) naming the variable
    /// if the cell is empty.
    CellGet {
        cell: Value,
        name: String,
        free: bool,
    },
    /// Puts a value in a cell.
    CellSet(Value, Value),
    /// Cell `index` of a closure (the function value the running function was called as).
    FreeCell(Value, u32),
    /// A function value capturing these cells (typed: its type says which function).
    ClosureNew(Vec<Value>),
    /// Function `code` as a value of a `Funcs` type: a static object standing for it.
    FuncObject(u32),
    /// Whether a value of a `Funcs` type is the function of this type.
    IsFunc(Value, TypeId),
}

/// The kinds of container displays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Container {
    List,
    Tuple,
    Set,
    Dict,
}

macro_rules! rt_fns {
    ($($variant:ident = $name:literal, $effect:literal;)*) => {
        /// Runtime functions on containers and strings that typed code calls through
        /// [`Inst::Rt`]. Operands are passed in order: objects as pointers, other values as
        /// the runtime's words (see `docs/runtime.md`); the result is converted to the
        /// instruction's type.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RtFn {
            $($variant,)*
        }

        impl RtFn {
            /// The runtime symbol.
            pub fn symbol(self) -> &'static str {
                match self { $(RtFn::$variant => $name,)* }
            }

            /// False for functions without side effects that cannot raise.
            pub fn has_effect(self) -> bool {
                match self { $(RtFn::$variant => $effect,)* }
            }
        }
    };
}

rt_fns! {
    ExcNew = "kiln_rt_exc_new", true;
    RaiseExc = "kiln_rt_raise_exc", true;
    RaiseFrom = "kiln_rt_raise_from", true;
    RaiseFromNone = "kiln_rt_raise_from_none", true;
    Reraise = "kiln_rt_reraise", true;
    ReraiseHandled = "kiln_rt_reraise_handled", true;
    ExcHandling = "kiln_rt_exc_handling", false;
    ExcPush = "kiln_rt_exc_push", true;
    ExcPop = "kiln_rt_exc_pop", true;
    ExcMatches = "kiln_rt_exc_matches", true;
    ExcClassName = "kiln_rt_exc_class_name", true;
    ExcSetArgs = "kiln_rt_exc_set_args", true;
    ExcArgs = "kiln_rt_exc_args", false;
    Math1 = "kiln_rt_math1", true;
    Math2 = "kiln_rt_math2", true;
    MathLogInt = "kiln_rt_math_log_int", true;
    MathHypot = "kiln_rt_math_hypot", false;
    MathHypot2 = "kiln_rt_math_hypot2", false;
    MathFsum = "kiln_rt_math_fsum", true;
    MathDist = "kiln_rt_math_dist", true;
    PrintItems = "kiln_rt_print_items", true;
    MathProdInt = "kiln_rt_math_prod_int", false;
    MathProdFloat = "kiln_rt_math_prod_float", false;
    MathLdexp = "kiln_rt_math_ldexp", true;
    MathIsClose = "kiln_rt_math_isclose", true;
    MathInt = "kiln_rt_math_int", true;
    SysArgv = "kiln_rt_sys_argv", false;
    RandomSeed = "kiln_rt_random_seed", true;
    RandomSeedFloat = "kiln_rt_random_seed_float", true;
    RandomSeedNone = "kiln_rt_random_seed_none", true;
    RandomRandom = "kiln_rt_random_random", true;
    RandomGetrandbits = "kiln_rt_random_getrandbits", true;
    RandomRandrange = "kiln_rt_random_randrange", true;
    RandomRandint = "kiln_rt_random_randint", true;
    RandomChoiceIndex = "kiln_rt_random_choice_index", true;
    RandomShuffle = "kiln_rt_random_shuffle", true;
    RandomSample = "kiln_rt_random_sample", true;
    RandomSampleRange = "kiln_rt_random_sample_range", true;
    RandomChoices = "kiln_rt_random_choices", true;
    RandomChoicesWeighted = "kiln_rt_random_choices_weighted", true;
    RandomUniform = "kiln_rt_random_uniform", true;
    RandomGauss = "kiln_rt_random_gauss", true;
    RandomNormalvariate = "kiln_rt_random_normalvariate", true;
    RandomExpovariate = "kiln_rt_random_expovariate", true;
    Input = "kiln_rt_input", true;
    StdinReadline = "kiln_rt_stdin_readline", true;
    StdinRead = "kiln_rt_stdin_read", true;
    StdinReadlines = "kiln_rt_stdin_readlines", true;
    FileOpen = "kiln_rt_file_open", true;
    FileRead = "kiln_rt_file_read", true;
    FileReadline = "kiln_rt_file_readline", true;
    FileWrite = "kiln_rt_file_write", true;
    FileFlush = "kiln_rt_file_flush", true;
    FileClose = "kiln_rt_file_close", true;
    OsEnviron = "kiln_rt_os_environ", false;
    JsonDumps = "kiln_rt_json_dumps", true;
    OsGetcwd = "kiln_rt_os_getcwd", true;
    OsListdir = "kiln_rt_os_listdir", true;
    OsStatKind = "kiln_rt_os_stat_kind", false;
    OsGetsize = "kiln_rt_os_getsize", true;
    OsMkdir = "kiln_rt_os_mkdir", true;
    OsRemove = "kiln_rt_os_remove", true;
    OsRmdir = "kiln_rt_os_rmdir", true;
    OsRename = "kiln_rt_os_rename", true;
    StderrWrite = "kiln_rt_stderr_write", true;
    StdoutFlush = "kiln_rt_stdout_flush", true;
    TimeTime = "kiln_rt_time_time", true;
    TimeTimeNs = "kiln_rt_time_time_ns", true;
    TimePerfCounter = "kiln_rt_time_perf_counter", true;
    TimePerfCounterNs = "kiln_rt_time_perf_counter_ns", true;
    TimeSleep = "kiln_rt_time_sleep", true;
    DictMakeDefault = "kiln_rt_dict_make_default", true;
    DictMakeCounter = "kiln_rt_dict_make_counter", true;
    CounterAdd = "kiln_rt_counter_add", true;
    DictMostCommon = "kiln_rt_dict_most_common", true;
    GetRecursionLimit = "kiln_rt_get_recursion_limit", false;
    SetRecursionLimit = "kiln_rt_set_recursion_limit", true;
    ExcQualName = "kiln_rt_exc_qualname", false;
    InstanceClassName = "kiln_rt_instance_class_name", false;
    Repr = "kiln_rt_repr", false;
    Ascii = "kiln_rt_ascii", false;
    StrOf = "kiln_rt_str_of", false;
    Eq = "kiln_rt_eq", false;
    Compare = "kiln_rt_compare", true;
    Hash = "kiln_rt_hash", true;
    HashValue = "kiln_rt_hash_value", true;
    BytesDecode = "kiln_rt_bytes_decode", true;
    StrEncode = "kiln_rt_str_encode", true;
    BytesConcat = "kiln_rt_bytes_concat", false;
    BytesRepeat = "kiln_rt_bytes_repeat", true;
    BytesGetItem = "kiln_rt_bytes_getitem", true;
    BytesSlice = "kiln_rt_bytes_slice", true;
    BytesContains = "kiln_rt_bytes_contains", false;
    BytesContainsInt = "kiln_rt_bytes_contains_int", true;
    BytesFromList = "kiln_rt_bytes_from_list", true;
    BytesZeros = "kiln_rt_bytes_zeros", true;
    BytesHex = "kiln_rt_bytes_hex", false;
    BytesOrd = "kiln_rt_bytes_ord", true;
    RangeLen = "kiln_rt_range_len", false;
    RangeReversed = "kiln_rt_range_reversed", false;
    RangeGetItem = "kiln_rt_range_getitem", true;
    RangeContains = "kiln_rt_range_contains", false;
    RangeRepr = "kiln_rt_range_repr", false;
    ListGetItem = "kiln_rt_list_getitem", true;
    ListSetItem = "kiln_rt_list_setitem", true;
    ListDelItem = "kiln_rt_list_delitem", true;
    ListSlice = "kiln_rt_list_slice", true;
    ListSetSlice = "kiln_rt_list_set_slice", true;
    ListSetSliceFrom = "kiln_rt_list_set_slice_from", true;
    ListDelSlice = "kiln_rt_list_del_slice", true;
    ListExtend = "kiln_rt_list_extend", true;
    ListInsert = "kiln_rt_list_insert", true;
    ListPop = "kiln_rt_list_pop", true;
    ListRemove = "kiln_rt_list_remove", true;
    ListIndex = "kiln_rt_list_index", true;
    ListCount = "kiln_rt_list_count", false;
    ListCopy = "kiln_rt_list_copy", false;
    ListClear = "kiln_rt_list_clear", true;
    ListReverse = "kiln_rt_list_reverse", true;
    ListContains = "kiln_rt_list_contains", false;
    ListConcat = "kiln_rt_list_concat", false;
    ListRepeat = "kiln_rt_list_repeat", true;
    ListSort = "kiln_rt_list_sort", true;
    ListSortTake = "kiln_rt_list_sort_take", true;
    ListSortRestore = "kiln_rt_list_sort_restore", true;
    ListSortKeyed = "kiln_rt_list_sort_keyed", true;
    TupleGetItem = "kiln_rt_tuple_getitem", true;
    FloatDivmodCheck = "kiln_rt_float_divmod_check", true;
    TupleSlice = "kiln_rt_tuple_slice", true;
    TupleContains = "kiln_rt_tuple_contains", false;
    TupleIndex = "kiln_rt_tuple_index", true;
    TupleCount = "kiln_rt_tuple_count", false;
    TupleConcat = "kiln_rt_tuple_concat", false;
    DictGetItem = "kiln_rt_dict_getitem", true;
    DictSetItem = "kiln_rt_dict_setitem", true;
    DictDelItem = "kiln_rt_dict_delitem", true;
    DictContains = "kiln_rt_dict_contains", true;
    DictGet = "kiln_rt_dict_get", true;
    DictSetDefault = "kiln_rt_dict_setdefault", true;
    DictPop = "kiln_rt_dict_pop", true;
    DictPopDefault = "kiln_rt_dict_pop_default", true;
    DictPopItem = "kiln_rt_dict_popitem", true;
    DictUpdate = "kiln_rt_dict_update", true;
    DictCopy = "kiln_rt_dict_copy", false;
    DictClear = "kiln_rt_dict_clear", true;
    DictOr = "kiln_rt_dict_or", true;
    DictKeys = "kiln_rt_dict_keys", false;
    DictValues = "kiln_rt_dict_values", false;
    DictItems = "kiln_rt_dict_items", false;
    SetAdd = "kiln_rt_set_add", true;
    SetDiscard = "kiln_rt_set_discard", true;
    SetRemove = "kiln_rt_set_remove", true;
    SetContains = "kiln_rt_set_contains", true;
    SetPop = "kiln_rt_set_pop", true;
    SetClear = "kiln_rt_set_clear", true;
    SetCopy = "kiln_rt_set_copy", false;
    SetUpdate = "kiln_rt_set_update", true;
    SetUnion = "kiln_rt_set_union", true;
    SetIntersection = "kiln_rt_set_intersection", true;
    SetDifference = "kiln_rt_set_difference", true;
    SetSymmetricDifference = "kiln_rt_set_symmetric_difference", true;
    SetIsSubset = "kiln_rt_set_issubset", true;
    SetIsSuperset = "kiln_rt_set_issuperset", true;
    SetIsDisjoint = "kiln_rt_set_isdisjoint", true;
    StrGetItem = "kiln_rt_str_getitem", true;
    StrSlice = "kiln_rt_str_slice", true;
    StrContains = "kiln_rt_str_contains", false;
    StrSplit = "kiln_rt_str_split", true;
    StrRsplit = "kiln_rt_str_rsplit", true;
    StrSplitlines = "kiln_rt_str_splitlines", false;
    StrJoinList = "kiln_rt_str_join_list", false;
    StrStrip = "kiln_rt_str_strip", false;
    StrLstrip = "kiln_rt_str_lstrip", false;
    StrRstrip = "kiln_rt_str_rstrip", false;
    StrReplace = "kiln_rt_str_replace", true;
    StrFind = "kiln_rt_str_find", false;
    StrRfind = "kiln_rt_str_rfind", false;
    StrIndex = "kiln_rt_str_index", true;
    StrRindex = "kiln_rt_str_rindex", true;
    StrCount = "kiln_rt_str_count", false;
    StrStartswith = "kiln_rt_str_startswith", false;
    StrEndswith = "kiln_rt_str_endswith", false;
    StrUpper = "kiln_rt_str_upper", false;
    StrLower = "kiln_rt_str_lower", false;
    StrTitle = "kiln_rt_str_title", false;
    StrCapitalize = "kiln_rt_str_capitalize", false;
    StrSwapcase = "kiln_rt_str_swapcase", false;
    StrCasefold = "kiln_rt_str_casefold", false;
    StrIsdigit = "kiln_rt_str_isdigit", false;
    StrIsalpha = "kiln_rt_str_isalpha", false;
    StrIsspace = "kiln_rt_str_isspace", false;
    StrIsalnum = "kiln_rt_str_isalnum", false;
    StrIsupper = "kiln_rt_str_isupper", false;
    StrIslower = "kiln_rt_str_islower", false;
    StrIsdecimal = "kiln_rt_str_isdecimal", false;
    StrIsnumeric = "kiln_rt_str_isnumeric", false;
    StrIstitle = "kiln_rt_str_istitle", false;
    StrIsidentifier = "kiln_rt_str_isidentifier", false;
    StrIsascii = "kiln_rt_str_isascii", false;
    StrCenter = "kiln_rt_str_center", true;
    StrLjust = "kiln_rt_str_ljust", true;
    StrRjust = "kiln_rt_str_rjust", true;
    StrZfill = "kiln_rt_str_zfill", true;
    StrPartition = "kiln_rt_str_partition", true;
    StrRpartition = "kiln_rt_str_rpartition", true;
    StrOrd = "kiln_rt_str_ord", true;
    StrChr = "kiln_rt_str_chr", true;
    StrExpandtabs = "kiln_rt_str_expandtabs", true;
    StrRemoveprefix = "kiln_rt_str_removeprefix", false;
    StrRemovesuffix = "kiln_rt_str_removesuffix", false;
    StrMod = "kiln_rt_str_mod", true;
    FormatInt = "kiln_rt_format_int", true;
    FormatFloat = "kiln_rt_format_float", true;
    FormatStr = "kiln_rt_format_str", true;
    FormatBool = "kiln_rt_format_bool", true;
    FormatObject = "kiln_rt_format_object", true;
    UnpackCheck = "kiln_rt_unpack_check", true;
}

/// The builtin exception classes, numbered as the runtime numbers them (`ExcKind` in
/// `runtime/src/exc.rs`; the number is what generated code passes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExcKind {
    Exception = 0,
    ZeroDivisionError = 1,
    OverflowError = 2,
    ValueError = 3,
    TypeError = 4,
    NameError = 5,
    UnboundLocalError = 6,
    RecursionError = 7,
    IndexError = 8,
    KeyError = 9,
    AttributeError = 10,
    MemoryError = 11,
    AssertionError = 12,
    RuntimeError = 13,
    NotImplementedError = 14,
    UnicodeDecodeError = 15,
    UnicodeEncodeError = 16,
    LookupError = 17,
    BaseException = 18,
    ArithmeticError = 19,
    StopIteration = 20,
    KeyboardInterrupt = 21,
    SystemExit = 22,
    UnicodeError = 23,
    GeneratorExit = 24,
    /// `dataclasses.FrozenInstanceError` (a program names it `dataclasses.FrozenInstanceError`).
    FrozenInstanceError = 25,
    EOFError = 26,
    OSError = 27,
    FileNotFoundError = 28,
    FileExistsError = 29,
    PermissionError = 30,
    IsADirectoryError = 31,
    NotADirectoryError = 32,
    BrokenPipeError = 33,
    InterruptedError = 34,
    /// `io.UnsupportedOperation` (reading a file opened for writing, ...).
    UnsupportedOperation = 35,
}

impl ExcKind {
    /// Every class, in number order.
    pub const ALL: [ExcKind; 36] = [
        ExcKind::Exception,
        ExcKind::ZeroDivisionError,
        ExcKind::OverflowError,
        ExcKind::ValueError,
        ExcKind::TypeError,
        ExcKind::NameError,
        ExcKind::UnboundLocalError,
        ExcKind::RecursionError,
        ExcKind::IndexError,
        ExcKind::KeyError,
        ExcKind::AttributeError,
        ExcKind::MemoryError,
        ExcKind::AssertionError,
        ExcKind::RuntimeError,
        ExcKind::NotImplementedError,
        ExcKind::UnicodeDecodeError,
        ExcKind::UnicodeEncodeError,
        ExcKind::LookupError,
        ExcKind::BaseException,
        ExcKind::ArithmeticError,
        ExcKind::StopIteration,
        ExcKind::KeyboardInterrupt,
        ExcKind::SystemExit,
        ExcKind::UnicodeError,
        ExcKind::GeneratorExit,
        ExcKind::FrozenInstanceError,
        ExcKind::EOFError,
        ExcKind::OSError,
        ExcKind::FileNotFoundError,
        ExcKind::FileExistsError,
        ExcKind::PermissionError,
        ExcKind::IsADirectoryError,
        ExcKind::NotADirectoryError,
        ExcKind::BrokenPipeError,
        ExcKind::InterruptedError,
        ExcKind::UnsupportedOperation,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ExcKind::Exception => "Exception",
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::ValueError => "ValueError",
            ExcKind::TypeError => "TypeError",
            ExcKind::NameError => "NameError",
            ExcKind::UnboundLocalError => "UnboundLocalError",
            ExcKind::RecursionError => "RecursionError",
            ExcKind::IndexError => "IndexError",
            ExcKind::KeyError => "KeyError",
            ExcKind::AttributeError => "AttributeError",
            ExcKind::MemoryError => "MemoryError",
            ExcKind::AssertionError => "AssertionError",
            ExcKind::RuntimeError => "RuntimeError",
            ExcKind::NotImplementedError => "NotImplementedError",
            ExcKind::UnicodeDecodeError => "UnicodeDecodeError",
            ExcKind::UnicodeEncodeError => "UnicodeEncodeError",
            ExcKind::LookupError => "LookupError",
            ExcKind::BaseException => "BaseException",
            ExcKind::ArithmeticError => "ArithmeticError",
            ExcKind::StopIteration => "StopIteration",
            ExcKind::KeyboardInterrupt => "KeyboardInterrupt",
            ExcKind::SystemExit => "SystemExit",
            ExcKind::UnicodeError => "UnicodeError",
            ExcKind::GeneratorExit => "GeneratorExit",
            ExcKind::FrozenInstanceError => "FrozenInstanceError",
            ExcKind::EOFError => "EOFError",
            ExcKind::OSError => "OSError",
            ExcKind::FileNotFoundError => "FileNotFoundError",
            ExcKind::FileExistsError => "FileExistsError",
            ExcKind::PermissionError => "PermissionError",
            ExcKind::IsADirectoryError => "IsADirectoryError",
            ExcKind::NotADirectoryError => "NotADirectoryError",
            ExcKind::BrokenPipeError => "BrokenPipeError",
            ExcKind::InterruptedError => "InterruptedError",
            ExcKind::UnsupportedOperation => "UnsupportedOperation",
        }
    }

    /// The class named `name`.
    pub fn from_name(name: &str) -> Option<ExcKind> {
        match name {
            "dataclasses.FrozenInstanceError" => Some(ExcKind::FrozenInstanceError),
            "FrozenInstanceError" | "UnsupportedOperation" => None,
            "IOError" | "EnvironmentError" => Some(ExcKind::OSError),
            _ => ExcKind::ALL.into_iter().find(|k| k.name() == name),
        }
    }

    /// The runtime's number for the class.
    pub fn code(self) -> u32 {
        self as u32
    }

    /// The base class (CPython's hierarchy, as the runtime's `ExcKind::base`); `None` for
    /// `BaseException`.
    pub fn base(self) -> Option<ExcKind> {
        use ExcKind::*;
        Some(match self {
            BaseException => return None,
            Exception | KeyboardInterrupt | SystemExit | GeneratorExit => BaseException,
            ZeroDivisionError | OverflowError => ArithmeticError,
            IndexError | KeyError => LookupError,
            UnboundLocalError => NameError,
            RecursionError | NotImplementedError => RuntimeError,
            UnicodeDecodeError | UnicodeEncodeError => UnicodeError,
            UnicodeError => ValueError,
            FrozenInstanceError => AttributeError,
            ValueError | TypeError | NameError | AttributeError | MemoryError | AssertionError
            | RuntimeError | LookupError | ArithmeticError | StopIteration | EOFError | OSError => {
                Exception
            }
            FileNotFoundError | FileExistsError | PermissionError | IsADirectoryError
            | NotADirectoryError | BrokenPipeError | InterruptedError | UnsupportedOperation => {
                OSError
            }
        })
    }

    /// Whether `self` is `class` or derives from it.
    pub fn is_subclass(self, class: ExcKind) -> bool {
        // `io.UnsupportedOperation` derives from ValueError too.
        if self == ExcKind::UnsupportedOperation && class == ExcKind::ValueError {
            return true;
        }
        std::iter::successors(Some(self), |k| k.base()).any(|k| k == class)
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
            | Iterable(a)
            | IterHasNext(a)
            | IterValue(a)
            | IterAdvance(a)
            | Yield(a)
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
            | Len(a)
            | TupleGet(a, _)
            | Narrow(a)
            | OptIsNone(a)
            | OptCast(a)
            | UnpackCheck { value: a, .. }
            | UnpackRest { value: a, .. }
            | Reraise(a)
            | PushExcInfo(a)
            | FieldGet(a, _)
            | IsClass(a, _)
            | CellGet { cell: a, .. }
            | FreeCell(a, _)
            | IsFunc(a, _)
            | Write(a) => f(a),
            SetAttr(a, _, b) | FieldSet(a, _, b) | CellSet(a, b) | GenSend(a, b) => {
                f(a);
                f(b);
            }
            RaiseExc { exc, cause } => {
                f(exc);
                if let Some(cause) = cause {
                    f(cause);
                }
            }
            CheckBound { bound, .. } => f(bound),
            Binary(_, a, b)
            | Inplace(_, a, b)
            | Compare(_, a, b)
            | NarrowClass(a, b)
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
            | GetItem(a, b)
            | DelItem(a, b)
            | Contains(a, b)
            | Is(a, b)
            | Identical(a, b)
            | ListGet(a, b)
            | ListAppend(a, b)
            | ExcMatch(a, b)
            | StrCompare(_, a, b) => {
                f(a);
                f(b);
            }
            Select(a, b, c)
            | RangeNew(a, b, c)
            | IntPowMod(a, b, c)
            | SetItem(a, b, c)
            | BuildSlice(a, b, c)
            | ListSet(a, b, c) => {
                f(a);
                f(b);
                f(c);
            }
            MakeFunction {
                defaults, cells, ..
            } => {
                defaults.iter_mut().for_each(&mut f);
                cells.iter_mut().for_each(&mut f);
            }
            BuildString(values)
            | ClosureNew(values)
            | Build(_, values)
            | New(_, values)
            | Rt(_, values)
            | CallDirect(_, values) => values.iter_mut().for_each(f),
            CompAdd(container, items) => {
                f(container);
                items.iter_mut().for_each(f);
            }
            Call { callee, args, .. } => {
                f(callee);
                args.iter_mut().for_each(f);
            }
            CallEx {
                callee,
                parts,
                kwargs,
            } => {
                f(callee);
                parts.iter_mut().for_each(&mut f);
                kwargs.iter_mut().for_each(f);
            }
            BuiltinRef(_)
            | Const(_)
            | Undef
            | CellNew(_)
            | FuncObject(_)
            | FuncRef(_)
            | LoadGlobal(_)
            | CheckGlobal(_)
            | DeleteGlobal(_)
            | TypeDesc(_)
            | OptNone
            | CaughtException
            | RaiseHandled
            | PopExcept
            | MakeClass(_)
            | InstanceNew(_)
            | Raise { .. } => {}
        }
    }

    /// The operands of a generic instruction that must not be None: an optional one is
    /// checked (raising CPython's TypeError or AttributeError when it is None) and used as
    /// its value. Other operands take an optional as it is (`is`, truth, `print`, calls).
    pub fn value_operands(&self, is_text: impl Fn(Value) -> bool) -> Vec<Value> {
        use Inst::*;
        match self {
            // `text % None` formats the None.
            Binary(BinOp::Mod, a, _) if is_text(*a) => vec![*a],
            Unary(op, a) if *op != UnaryOp::Not => vec![*a],
            GetIter(a) | GetAttr(a, _) | Contains(_, a) => vec![*a],
            Compare(op, a, b) if !matches!(op, CmpOp::Eq | CmpOp::Ne) => vec![*a, *b],
            Binary(_, a, b) | Inplace(_, a, b) => vec![*a, *b],
            GetItem(a, _) | DelItem(a, _) | SetItem(a, ..) => vec![*a],
            Call { callee, .. } | CallEx { callee, .. } => vec![*callee],
            _ => Vec::new(),
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
                | CallEx { .. }
                | Format(_)
                | GetAttr(..)
                | Build(..)
                | CompAdd(..)
                | GetItem(..)
                | SetItem(..)
                | DelItem(..)
                | UnpackCheck { .. }
                | UnpackRest { .. }
                | Contains(..)
                | Is(..)
                | Narrow(_)
                | NarrowClass(..)
                | RaiseExc { .. }
                | RaiseHandled
                | Reraise(_)
                | PushExcInfo(_)
                | PopExcept
                | ExcMatch(..)
                | SetAttr(..)
                | MakeClass(_)
                | Iterable(_)
        )
    }

    /// True if the instruction may raise or has an effect, so it must not be removed even if
    /// its result is unused.
    pub fn has_effect(&self) -> bool {
        use Inst::*;
        if let Rt(f, _) = self {
            return f.has_effect();
        }
        !matches!(
            self,
            Const(_)
                | Undef
                | CellNew(_)
                | FuncObject(_)
                | IsFunc(..)
                | FreeCell(..)
                | ClosureNew(_)
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
                | BuildSlice(..)
                | New(..)
                | Len(_)
                | TupleGet(..)
                | OptIsNone(_)
                | OptCast(_)
                | OptNone
                | IsClass(..)
                | Identical(..)
                | TypeDesc(_)
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
    /// Whether the function belongs to a standard module kiln writes in Python: its name is
    /// `module.name`, which no `def` of a program can have. Like CPython's functions written
    /// in C, it adds no traceback entry.
    pub fn is_library(&self) -> bool {
        self.python_name.contains('.')
    }

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
            let succs = self.blocks[block.index()].edges();
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
