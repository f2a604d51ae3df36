//! The runtime ABI as codegen sees it: every `kiln_rt_*` function the generated code may call,
//! declared once with its signature. A test checks this table against the runtime library.

/// A parameter or result type at the C ABI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbiType {
    I32,
    I64,
    F64,
    Ptr,
    Void,
}

macro_rules! runtime_fns {
    ($( $(#[doc = $doc:literal])* $variant:ident = $name:literal ($($param:ident),*) -> $ret:ident $(, $noreturn:ident)?; )*) => {
        /// A function exported by the runtime library.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RuntimeFn {
            $( $(#[doc = $doc])* $variant, )*
        }

        impl RuntimeFn {
            /// Every runtime function codegen may call.
            pub const ALL: &'static [RuntimeFn] = &[$(RuntimeFn::$variant),*];

            /// The exported symbol name.
            pub fn name(self) -> &'static str {
                match self { $( RuntimeFn::$variant => $name, )* }
            }

            /// Parameter types.
            pub fn params(self) -> &'static [AbiType] {
                match self { $( RuntimeFn::$variant => &[$(AbiType::$param),*], )* }
            }

            /// Result type.
            pub fn ret(self) -> AbiType {
                match self { $( RuntimeFn::$variant => AbiType::$ret, )* }
            }

            /// True if the function never returns (it raises).
            pub fn never_returns(self) -> bool {
                match self { $( RuntimeFn::$variant => false $(|| stringify!($noreturn) == "noreturn")?, )* }
            }
        }
    };
}

runtime_fns! {
    Init = "kiln_rt_init" (I32, Ptr, Ptr) -> Void;
    GcAddRoot = "kiln_rt_gc_add_root" (Ptr) -> Void;
    Finish = "kiln_rt_finish" () -> I32;
    WriteStr = "kiln_rt_write_str" (Ptr) -> Void;
    WriteInt = "kiln_rt_write_int" (I64) -> Void;
    WriteFloat = "kiln_rt_write_float" (F64) -> Void;
    WriteBool = "kiln_rt_write_bool" (I32) -> Void;
    WriteNone = "kiln_rt_write_none" () -> Void;
    StrConcat = "kiln_rt_str_concat" (Ptr, Ptr) -> Ptr;
    StrRepeat = "kiln_rt_str_repeat" (Ptr, I64) -> Ptr;
    StrCompare = "kiln_rt_str_compare" (Ptr, Ptr) -> I32;
    StrEq = "kiln_rt_str_eq" (Ptr, Ptr) -> I32;
    StrJoin = "kiln_rt_str_join" (Ptr, I64) -> Ptr;
    StrFromInt = "kiln_rt_str_from_int" (I64) -> Ptr;
    StrFromFloat = "kiln_rt_str_from_float" (F64) -> Ptr;
    StrFromBool = "kiln_rt_str_from_bool" (I32) -> Ptr;
    StrFromNone = "kiln_rt_str_from_none" () -> Ptr;
    StrToInt = "kiln_rt_str_to_int" (Ptr) -> I64;
    StrToFloat = "kiln_rt_str_to_float" (Ptr) -> F64;
    FloatFloorDiv = "kiln_rt_float_floordiv" (F64, F64) -> F64;
    FloatMod = "kiln_rt_float_mod" (F64, F64) -> F64;
    FloatPow = "kiln_rt_float_pow" (F64, F64) -> F64;
    FloatToInt = "kiln_rt_float_to_int" (F64) -> I64;
    FloatRound = "kiln_rt_float_round" (F64) -> I64;
    FloatRoundDigits = "kiln_rt_float_round_ndigits" (F64, I64) -> F64;
    IntRoundDigits = "kiln_rt_int_round_ndigits" (I64, I64) -> I64;
    IntFloatCmp = "kiln_rt_int_float_cmp" (I64, F64) -> I32;
    IntTrueDiv = "kiln_rt_int_truediv" (I64, I64) -> F64;
    IntAdd = "kiln_rt_int_add" (I64, I64) -> I64;
    IntSub = "kiln_rt_int_sub" (I64, I64) -> I64;
    IntMul = "kiln_rt_int_mul" (I64, I64) -> I64;
    IntFloorDiv = "kiln_rt_int_floordiv" (I64, I64) -> I64;
    IntMod = "kiln_rt_int_mod" (I64, I64) -> I64;
    IntPow = "kiln_rt_int_pow" (I64, I64) -> I64;
    IntPowMod = "kiln_rt_int_pow_mod" (I64, I64, I64) -> I64;
    IntNeg = "kiln_rt_int_neg" (I64) -> I64;
    IntAbs = "kiln_rt_int_abs" (I64) -> I64;
    IntInvert = "kiln_rt_int_invert" (I64) -> I64;
    IntAnd = "kiln_rt_int_and" (I64, I64) -> I64;
    IntOr = "kiln_rt_int_or" (I64, I64) -> I64;
    IntXor = "kiln_rt_int_xor" (I64, I64) -> I64;
    IntShl = "kiln_rt_int_shl" (I64, I64) -> I64;
    IntShr = "kiln_rt_int_shr" (I64, I64) -> I64;
    IntCmp = "kiln_rt_int_cmp" (I64, I64) -> I32;
    IntHash = "kiln_rt_int_hash" (I64) -> I64;
    IntBitLength = "kiln_rt_int_bit_length" (I64) -> I64;
    IntToFloat = "kiln_rt_int_to_float" (I64) -> F64;
    IntToBase = "kiln_rt_int_to_base" (I64, I32) -> Ptr;
    IntFromDecimal = "kiln_rt_int_from_decimal" (Ptr, I64) -> I64;
    StrToIntBase = "kiln_rt_str_to_int_base" (Ptr, I64) -> I64;
    Raise = "kiln_rt_raise" (I32, Ptr) -> Void, noreturn;
    RecursionError = "kiln_rt_recursion_error" () -> Void, noreturn;
}

/// The runtime's exception kind numbers (`ExcKind` in the runtime crate); a test checks that
/// both sides agree.
pub fn exception_code(kind: kiln_lower::ir::ExcKind) -> u32 {
    use kiln_lower::ir::ExcKind;
    match kind {
        ExcKind::ZeroDivisionError => 1,
        ExcKind::OverflowError => 2,
        ExcKind::ValueError => 3,
        ExcKind::TypeError => 4,
        ExcKind::NameError => 5,
        ExcKind::UnboundLocalError => 6,
        ExcKind::RecursionError => 7,
    }
}
