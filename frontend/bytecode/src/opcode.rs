//! The opcode table: the single source of truth for every bytecode instruction.
//!
//! One macro invocation defines the `Opcode` enum, its byte values, mnemonics, operand kinds and
//! stack effects. `docs/bytecode.md` carries the same table; a test keeps the two in step.

/// What an instruction's 32-bit operand means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OperandKind {
    /// The operand is unused and must be zero.
    None,
    /// Index into the module's constant pool.
    Const,
    /// Index into the module's name pool.
    Name,
    /// Index into the code object's local variable table.
    Local,
    /// Index into the module's code object table.
    Code,
    /// Instruction index inside the same code object.
    Target,
    /// A count (of arguments, of parts).
    Count,
    /// A [`BinOp`] discriminant.
    BinOp,
    /// A [`UnaryOp`] discriminant.
    UnaryOp,
    /// A [`CmpOp`] discriminant.
    CmpOp,
    /// A [`Conversion`] discriminant.
    Conversion,
    /// A cell slot: local `n` (one of the code object's `cells`), or for `n` past the locals,
    /// free variable `n - locals`.
    Deref,
}

impl OperandKind {
    /// The name used for this operand kind in `docs/bytecode.md`.
    pub fn name(self) -> &'static str {
        match self {
            OperandKind::None => "-",
            OperandKind::Const => "const",
            OperandKind::Name => "name",
            OperandKind::Local => "local",
            OperandKind::Code => "code",
            OperandKind::Target => "target",
            OperandKind::Count => "count",
            OperandKind::BinOp => "binop",
            OperandKind::UnaryOp => "unaryop",
            OperandKind::CmpOp => "cmpop",
            OperandKind::Conversion => "conversion",
            OperandKind::Deref => "deref",
        }
    }
}

/// How an instruction changes the operand stack, as a function of its operand `n`.
///
/// `pop`/`push` apply when execution falls through to the next instruction; `jump` (for branch
/// instructions) gives the `(pop, push)` when the branch is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StackEffect {
    /// Values popped when execution continues with the next instruction.
    pub pop: u32,
    /// Values pushed when execution continues with the next instruction.
    pub push: u32,
    /// `(pop, push)` when the branch is taken; `None` for instructions that do not branch.
    pub jump: Option<(u32, u32)>,
}

macro_rules! opcodes {
    (operand $n:ident; $(
        $(#[doc = $doc:literal])*
        $name:ident = $byte:literal, $mnemonic:literal, $operand:ident,
        pop: $pop:expr, push: $push:expr $(, jump: ($jpop:expr, $jpush:expr))? $(, text: $text:literal)?;
    )*) => {
        /// A bytecode operation. The discriminant is the byte stored in `.kbc` files.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name = $byte, )*
        }

        impl Opcode {
            /// Every opcode, in byte order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];

            /// Decodes a byte; `None` for bytes that name no opcode.
            pub fn from_byte(byte: u8) -> Option<Opcode> {
                match byte {
                    $( $byte => Some(Opcode::$name), )*
                    _ => None,
                }
            }

            /// The upper-case name used by the disassembler and the spec.
            pub fn mnemonic(self) -> &'static str {
                match self { $( Opcode::$name => $mnemonic, )* }
            }

            /// What the operand means.
            pub fn operand_kind(self) -> OperandKind {
                match self { $( Opcode::$name => OperandKind::$operand, )* }
            }

            /// The stack effect for operand `n`, as far as the opcode and operand alone determine it.
            ///
            /// One exception: MAKE_FUNCTION pops as many values as its target code object
            /// declares `defaults`, which only the program knows, so here its `pop` is 0. Use
            /// [`Program::stack_effect`](crate::program::Program::stack_effect), which resolves it.
            ///
            /// Counts are computed without overflow and saturate at `u32::MAX` (`CALL 4294967295`
            /// pops `u32::MAX` values); no verified program comes near that.
            #[allow(unused_variables)]
            pub fn stack_effect(self, $n: u32) -> StackEffect {
                let $n = u64::from($n);
                match self {
                    $( Opcode::$name => StackEffect {
                        pop: saturate($pop),
                        push: saturate($push),
                        jump: None $(.or(Some((saturate($jpop), saturate($jpush)))))?,
                    }, )*
                }
            }

            /// The stack effect written as in the spec, e.g. `n+1 -> 1`, with `; jump: 1 -> 0`
            /// for branches. MAKE_FUNCTION reads `defaults(n) -> 1`: it pops the `defaults` of
            /// code object `n`.
            pub fn stack_effect_text(self) -> String {
                match self {
                    $( Opcode::$name => {
                        #[allow(unused_mut)]
                        let mut text = format!("{} -> {}", spec_expr(stringify!($pop)), spec_expr(stringify!($push)));
                        $( text.push_str(&format!("; jump: {} -> {}", spec_expr(stringify!($jpop)), spec_expr(stringify!($jpush)))); )?
                        $( text = String::from($text); )?
                        text
                    } )*
                }
            }
        }
    };
}

/// Narrows a stack count computed in 64 bits, saturating at `u32::MAX`.
fn saturate(count: u64) -> u32 {
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// Normalises a stringified stack-effect expression (`n + 1`) to the spec's spelling (`n+1`).
fn spec_expr(expr: &str) -> String {
    expr.chars().filter(|c| !c.is_whitespace()).collect()
}

opcodes! {
    operand n;
    /// Does nothing.
    Nop = 0, "NOP", None, pop: 0, push: 0;
    /// Pushes constant `n`.
    LoadConst = 1, "LOAD_CONST", Const, pop: 0, push: 1;
    /// Pushes local variable `n`; raises UnboundLocalError if it has no value.
    LoadFast = 2, "LOAD_FAST", Local, pop: 0, push: 1;
    /// Pops a value into local variable `n`.
    StoreFast = 3, "STORE_FAST", Local, pop: 1, push: 0;
    /// Pushes the module global named `n`; raises NameError if it has no value yet.
    LoadGlobal = 4, "LOAD_GLOBAL", Name, pop: 0, push: 1;
    /// Pops a value into the module global named `n`.
    StoreGlobal = 5, "STORE_GLOBAL", Name, pop: 1, push: 0;
    /// Pushes the builtin named `n` (`print`, `len`, ...).
    LoadBuiltin = 6, "LOAD_BUILTIN", Name, pop: 0, push: 1;
    /// Discards the top of the stack.
    PopTop = 7, "POP_TOP", None, pop: 1, push: 0;
    /// Duplicates the top of the stack.
    DupTop = 8, "DUP_TOP", None, pop: 1, push: 2;
    /// Swaps the two topmost values.
    RotTwo = 9, "ROT_TWO", None, pop: 2, push: 2;
    /// Moves the top value two places down: `a b c -> c a b`.
    RotThree = 10, "ROT_THREE", None, pop: 3, push: 3;
    /// Applies unary operator `n` to the top of the stack.
    Unary = 11, "UNARY", UnaryOp, pop: 1, push: 1;
    /// Pops `rhs` then `lhs`, pushes `lhs op rhs` for binary operator `n`.
    Binary = 12, "BINARY", BinOp, pop: 2, push: 1;
    /// Like BINARY, for augmented assignment (`x op= y`), which may update `lhs` in place.
    Inplace = 13, "INPLACE", BinOp, pop: 2, push: 1;
    /// Pops `rhs` then `lhs`, pushes the comparison `lhs op rhs` for comparison operator `n`.
    Compare = 14, "COMPARE", CmpOp, pop: 2, push: 1;
    /// Continues at instruction `n`.
    Jump = 15, "JUMP", Target, pop: 0, push: 0, jump: (0, 0);
    /// Pops a value; continues at `n` if it is false.
    PopJumpIfFalse = 16, "POP_JUMP_IF_FALSE", Target, pop: 1, push: 0, jump: (1, 0);
    /// Pops a value; continues at `n` if it is true.
    PopJumpIfTrue = 17, "POP_JUMP_IF_TRUE", Target, pop: 1, push: 0, jump: (1, 0);
    /// If the top is false, continues at `n` keeping it; otherwise pops it (`and`).
    JumpIfFalseOrPop = 18, "JUMP_IF_FALSE_OR_POP", Target, pop: 1, push: 0, jump: (1, 1);
    /// If the top is true, continues at `n` keeping it; otherwise pops it (`or`).
    JumpIfTrueOrPop = 19, "JUMP_IF_TRUE_OR_POP", Target, pop: 1, push: 0, jump: (1, 1);
    /// Replaces the top of the stack with an iterator over it.
    GetIter = 20, "GET_ITER", None, pop: 1, push: 1;
    /// With an iterator on top: pushes its next item, or when exhausted pops it and continues at `n`.
    ForIter = 21, "FOR_ITER", Target, pop: 1, push: 2, jump: (1, 0);
    /// Calls the callable below `n` arguments; pushes the result.
    Call = 22, "CALL", Count, pop: n + 1, push: 1;
    /// Names the keyword arguments (a tuple-of-str constant `n`) of the CALL that follows.
    KwNames = 23, "KW_NAMES", Const, pop: 0, push: 0;
    /// Pops the default values of code object `n` (as many as it declares), then the cells of
    /// its free variables (on top, one per free variable, in order), and pushes a function.
    ///
    /// The pop count is `defaults + freevars` of `program.codes[n]`, which the table cannot
    /// express: its `pop` is 0 and
    /// [`Program::stack_effect`](crate::program::Program::stack_effect) resolves it.
    MakeFunction = 24, "MAKE_FUNCTION", Code, pop: 0, push: 1, text: "defaults(n)+freevars(n) -> 1";
    /// Returns the top of the stack from the current function.
    ReturnValue = 25, "RETURN_VALUE", None, pop: 1, push: 0;
    /// Replaces the top of the stack with `format(value, '')`, i.e. its `str()`.
    FormatValue = 26, "FORMAT_VALUE", None, pop: 1, push: 1;
    /// Concatenates the `n` strings on top of the stack into one.
    BuildString = 27, "BUILD_STRING", Count, pop: n, push: 1;
    /// Replaces the object on top of the stack with its attribute named `n` (format 1.1).
    LoadAttr = 28, "LOAD_ATTR", Name, pop: 1, push: 1;
    /// Replaces the top `n` values with a list of them, first pushed first (format 1.2).
    BuildList = 29, "BUILD_LIST", Count, pop: n, push: 1;
    /// Replaces the top `n` values with a tuple of them (format 1.2).
    BuildTuple = 30, "BUILD_TUPLE", Count, pop: n, push: 1;
    /// Replaces the top `2n` values (key, value, key, value, ...) with a dict (format 1.2).
    BuildMap = 31, "BUILD_MAP", Count, pop: 2 * n, push: 1;
    /// Replaces the top `n` values with a set of them (format 1.2).
    BuildSet = 32, "BUILD_SET", Count, pop: n, push: 1;
    /// Pops an item and appends it to the list `n` entries down the stack (comprehensions; format 1.2).
    ListAppend = 33, "LIST_APPEND", Count, pop: 1, push: 0;
    /// Pops an item and adds it to the set `n` entries down the stack (format 1.2).
    SetAdd = 34, "SET_ADD", Count, pop: 1, push: 0;
    /// Pops a value, then a key, and stores them in the dict `n` entries down (format 1.2).
    MapAdd = 35, "MAP_ADD", Count, pop: 2, push: 0;
    /// `container[index]`: pops the index, then the container (format 1.2).
    BinarySubscr = 36, "BINARY_SUBSCR", None, pop: 2, push: 1;
    /// `container[index] = value`: pops the index, the container, then the value (format 1.2).
    StoreSubscr = 37, "STORE_SUBSCR", None, pop: 3, push: 0;
    /// `del container[index]`: pops the index, then the container (format 1.2).
    DeleteSubscr = 38, "DELETE_SUBSCR", None, pop: 2, push: 0;
    /// Replaces the top `n` (2 or 3) values, start, stop[, step], with a slice (format 1.2).
    BuildSlice = 39, "BUILD_SLICE", Count, pop: n, push: 1;
    /// Replaces a sequence of exactly `n` items with its items, the first on top (format 1.2).
    UnpackSequence = 40, "UNPACK_SEQUENCE", Count, pop: 1, push: n;
    /// Starred unpacking: `n & 0xff` items before the starred target and `n >> 8` after it;
    /// pushes the items after, a list of the middle, then the items before, the first on top
    /// (format 1.2).
    UnpackEx = 41, "UNPACK_EX", Count, pop: 1, push: (n & 0xff) + (n >> 8) + 1;
    /// `a in b` (n = 0) or `a not in b` (n = 1): pops `b`, then `a` (format 1.2).
    ContainsOp = 42, "CONTAINS_OP", Count, pop: 2, push: 1;
    /// `a is b` (n = 0) or `a is not b` (n = 1) (format 1.2).
    IsOp = 43, "IS_OP", Count, pop: 2, push: 1;
    /// Replaces the top of the stack with its `str()`, `repr()` or `ascii()`: an f-string's
    /// `!s`, `!r`, `!a` (format 1.3).
    ConvertValue = 44, "CONVERT_VALUE", Conversion, pop: 1, push: 1;
    /// `format(value, spec)`: pops the spec (a str), then the value (format 1.3).
    FormatWithSpec = 45, "FORMAT_WITH_SPEC", None, pop: 2, push: 1;
    /// `raise`: n = 0 re-raises the exception being handled; n = 1 pops an exception (or an
    /// exception class, instantiated without arguments) and raises it; n = 2 pops the cause,
    /// then the exception: `raise exc from cause` (format 1.5).
    Raise = 46, "RAISE", Count, pop: n, push: 0;
    /// Pops an exception and raises it again without a new traceback entry: the end of a
    /// handler that did not match, or of a `finally` entered by an exception (format 1.5).
    Reraise = 47, "RERAISE", None, pop: 1, push: 0;
    /// At the start of a handler: makes the exception on top of the stack (left there) the one
    /// being handled, the `__context__` of exceptions raised meanwhile (format 1.5).
    PushExcInfo = 48, "PUSH_EXC_INFO", None, pop: 1, push: 1;
    /// Ends the handling of the exception pushed by the matching PUSH_EXC_INFO (format 1.5).
    PopExcept = 49, "POP_EXCEPT", None, pop: 0, push: 0;
    /// Pops an exception class (or a tuple of them) and pushes whether the exception below it,
    /// which stays, is an instance of it (format 1.5).
    CheckExcMatch = 50, "CHECK_EXC_MATCH", None, pop: 2, push: 2;
    /// Unbinds local variable `n` (`del x`; the end of `except ... as x`) (format 1.5).
    DeleteFast = 51, "DELETE_FAST", Local, pop: 0, push: 0;
    /// Unbinds the module global named `n` (format 1.5).
    DeleteGlobal = 52, "DELETE_GLOBAL", Name, pop: 0, push: 0;
    /// Pops an object, then a value: `object.name = value` (format 1.5).
    StoreAttr = 53, "STORE_ATTR", Name, pop: 2, push: 0;
    /// Pushes the class `classes[n]` of the program (format 1.5).
    MakeClass = 54, "MAKE_CLASS", Count, pop: 0, push: 1;
    /// Pushes the value in cell slot `n`; raises `UnboundLocalError` (a local) or `NameError`
    /// (a free variable) if it is empty (format 1.8).
    LoadDeref = 55, "LOAD_DEREF", Deref, pop: 0, push: 1;
    /// Pops a value into cell slot `n` (format 1.8).
    StoreDeref = 56, "STORE_DEREF", Deref, pop: 1, push: 0;
    /// Pushes the cell of slot `n` itself, for a MAKE_FUNCTION that follows (format 1.8).
    LoadClosure = 57, "LOAD_CLOSURE", Deref, pop: 0, push: 1;
    /// A call with unpacked arguments, `f(*a, x, *b, **kw)`: below `n >> 1` values (each a
    /// tuple of plain arguments or a value unpacked with `*`) is the callable; with `n & 1`, a
    /// dict of keyword arguments is on top (format 1.8).
    CallEx = 58, "CALL_EX", Count, pop: (n >> 1) + (n & 1) + 1, push: 1;
    /// Pops a value and suspends the generator, which gives it to the code resuming it; when
    /// resumed, pushes the value sent in (None for `next()`) (format 1.9; generator code
    /// objects only).
    YieldValue = 59, "YIELD_VALUE", None, pop: 1, push: 1;
}

impl Opcode {
    /// The format minor version that introduced this opcode; older files may not use it.
    pub fn since_minor(self) -> u16 {
        match self {
            Opcode::LoadAttr => 1,
            Opcode::Nop
            | Opcode::LoadConst
            | Opcode::LoadFast
            | Opcode::StoreFast
            | Opcode::LoadGlobal
            | Opcode::StoreGlobal
            | Opcode::LoadBuiltin
            | Opcode::PopTop
            | Opcode::DupTop
            | Opcode::RotTwo
            | Opcode::RotThree
            | Opcode::Unary
            | Opcode::Binary
            | Opcode::Inplace
            | Opcode::Compare
            | Opcode::Jump
            | Opcode::PopJumpIfFalse
            | Opcode::PopJumpIfTrue
            | Opcode::JumpIfFalseOrPop
            | Opcode::JumpIfTrueOrPop
            | Opcode::GetIter
            | Opcode::ForIter
            | Opcode::Call
            | Opcode::KwNames
            | Opcode::MakeFunction
            | Opcode::ReturnValue
            | Opcode::FormatValue
            | Opcode::BuildString => 0,
            Opcode::ConvertValue | Opcode::FormatWithSpec => 3,
            Opcode::Raise
            | Opcode::Reraise
            | Opcode::PushExcInfo
            | Opcode::PopExcept
            | Opcode::CheckExcMatch
            | Opcode::DeleteFast
            | Opcode::DeleteGlobal
            | Opcode::StoreAttr
            | Opcode::MakeClass => 5,
            Opcode::LoadDeref | Opcode::StoreDeref | Opcode::LoadClosure | Opcode::CallEx => 8,
            Opcode::YieldValue => 9,
            _ => 2,
        }
    }

    /// True if the instruction never continues to the next one.
    pub fn is_terminator(self) -> bool {
        matches!(
            self,
            Opcode::Jump | Opcode::ReturnValue | Opcode::Raise | Opcode::Reraise
        )
    }

    /// True if the operand is an instruction index.
    pub fn is_branch(self) -> bool {
        self.operand_kind() == OperandKind::Target
    }
}

macro_rules! operator_enum {
    ($(#[doc = $doc:literal])* $enum:ident { $($name:ident = $value:literal => $symbol:literal,)* }) => {
        $(#[doc = $doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum $enum {
            $( $name = $value, )*
        }

        impl $enum {
            /// Every operator, in operand order.
            pub const ALL: &'static [$enum] = &[$($enum::$name),*];

            /// Decodes an operand; `None` if it names no operator.
            pub fn from_operand(operand: u32) -> Option<$enum> {
                match operand {
                    $( $value => Some($enum::$name), )*
                    _ => None,
                }
            }

            /// The Python spelling of the operator.
            pub fn symbol(self) -> &'static str {
                match self { $( $enum::$name => $symbol, )* }
            }
        }
    };
}

operator_enum! {
    /// Binary arithmetic and bitwise operators (the operand of BINARY and INPLACE).
    BinOp {
        Add = 0 => "+",
        Sub = 1 => "-",
        Mul = 2 => "*",
        TrueDiv = 3 => "/",
        FloorDiv = 4 => "//",
        Mod = 5 => "%",
        Pow = 6 => "**",
        LShift = 7 => "<<",
        RShift = 8 => ">>",
        BitAnd = 9 => "&",
        BitOr = 10 => "|",
        BitXor = 11 => "^",
    }
}

operator_enum! {
    /// Unary operators (the operand of UNARY).
    UnaryOp {
        Neg = 0 => "-",
        Pos = 1 => "+",
        Not = 2 => "not",
        Invert = 3 => "~",
    }
}

operator_enum! {
    /// Comparison operators (the operand of COMPARE).
    CmpOp {
        Lt = 0 => "<",
        Le = 1 => "<=",
        Eq = 2 => "==",
        Ne = 3 => "!=",
        Gt = 4 => ">",
        Ge = 5 => ">=",
    }
}

operator_enum! {
    /// Conversions of an f-string field (the operand of CONVERT_VALUE).
    Conversion {
        Str = 1 => "!s",
        Repr = 2 => "!r",
        Ascii = 3 => "!a",
    }
}
