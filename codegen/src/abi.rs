//! The runtime ABI as codegen sees it: every `kiln_rt_*` function the generated code may call,
//! declared once with its signature. A test checks this table against the runtime library.

impl RuntimeFn {
    /// True if calling the function may raise a Python exception (unwind). Only the start-up,
    /// collector and exception-handling entry points cannot.
    pub fn may_raise(self) -> bool {
        use RuntimeFn::*;
        !matches!(
            self,
            Init | GcAddRoot
                // The exact-int slow paths: a MemoryError there ends the program
                // (`exception::raising_is_fatal`), so hot loops keep no exception edge.
                | IntAdd
                | IntSub
                | IntMul
                | IntNeg
                | IntAbs
                | IntCmp
                | IntFloatCmp
                | IntHash
                | Finish
                | TbAdd
                | Catch
                | Uncaught
                | MainCatches
                | Personality
                | ExcPush
                | ExcPop
                | ExcMatches
                | InstanceClassName
                | ExcArgs
                | ExcQualName
                | MathHypot
                | MathHypot2
                | ExcHandling
        )
    }

    /// False for the functions that raise an exception again, which passes through the frame
    /// that caught it without a new traceback entry.
    pub fn adds_traceback_entry(self) -> bool {
        !matches!(self, RuntimeFn::Reraise | RuntimeFn::ReraiseHandled)
    }
}

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
    FloatDivmodCheck = "kiln_rt_float_divmod_check" (F64) -> Void;
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
    // Containers and strings (`Inst::Rt`; see `docs/runtime.md`). Words are I64.
    ListNew = "kiln_rt_list_new" (Ptr, I64) -> Ptr;
    ListAppend = "kiln_rt_list_append" (Ptr, I64) -> Void;
    TupleNew = "kiln_rt_tuple_new" (Ptr, I64) -> Ptr;
    DictNew = "kiln_rt_dict_new" (Ptr, I64) -> Ptr;
    SetNew = "kiln_rt_set_new" (Ptr, I64) -> Ptr;
    DictIterNext = "kiln_rt_dict_iter_next" (Ptr, I64, I64) -> I64;
    DictEntryKey = "kiln_rt_dict_entry_key" (Ptr, I64) -> I64;
    DictEntryValue = "kiln_rt_dict_entry_value" (Ptr, I64) -> I64;
    SetIterNext = "kiln_rt_set_iter_next" (Ptr, I64, I64) -> I64;
    SetEntry = "kiln_rt_set_entry" (Ptr, I64) -> I64;
    StrCharAt = "kiln_rt_str_char_at" (Ptr, I64) -> Ptr;
    Repr = "kiln_rt_repr" (I64, Ptr) -> Ptr;
    Ascii = "kiln_rt_ascii" (I64, Ptr) -> Ptr;
    StrOf = "kiln_rt_str_of" (I64, Ptr) -> Ptr;
    Eq = "kiln_rt_eq" (I64, I64, Ptr) -> I32;
    Compare = "kiln_rt_compare" (I64, I64, Ptr, I32) -> I32;
    Hash = "kiln_rt_hash" (I64, Ptr) -> I64;
    HashValue = "kiln_rt_hash_value" (I64, Ptr) -> I64;
    BytesDecode = "kiln_rt_bytes_decode" (Ptr, Ptr, Ptr) -> Ptr;
    StrEncode = "kiln_rt_str_encode" (Ptr, Ptr, Ptr) -> Ptr;
    BytesConcat = "kiln_rt_bytes_concat" (Ptr, Ptr) -> Ptr;
    BytesRepeat = "kiln_rt_bytes_repeat" (Ptr, I64) -> Ptr;
    BytesGetItem = "kiln_rt_bytes_getitem" (Ptr, I64) -> I64;
    BytesSlice = "kiln_rt_bytes_slice" (Ptr, I64, I64, I64) -> Ptr;
    BytesContains = "kiln_rt_bytes_contains" (Ptr, Ptr) -> I32;
    BytesContainsInt = "kiln_rt_bytes_contains_int" (Ptr, I64) -> I32;
    BytesFromList = "kiln_rt_bytes_from_list" (Ptr) -> Ptr;
    BytesZeros = "kiln_rt_bytes_zeros" (I64) -> Ptr;
    BytesHex = "kiln_rt_bytes_hex" (Ptr) -> Ptr;
    BytesOrd = "kiln_rt_bytes_ord" (Ptr) -> I64;
    RangeLen = "kiln_rt_range_len" (I64, I64, I64) -> I64;
    RangeReversed = "kiln_rt_range_reversed" (I64, I64, I64, I64) -> I64;
    RangeGetItem = "kiln_rt_range_getitem" (I64, I64, I64, I64) -> I64;
    RangeContains = "kiln_rt_range_contains" (I64, I64, I64, I64) -> I32;
    RangeRepr = "kiln_rt_range_repr" (I64, I64, I64) -> Ptr;
    ListGetItem = "kiln_rt_list_getitem" (Ptr, I64) -> I64;
    ListSetItem = "kiln_rt_list_setitem" (Ptr, I64, I64) -> Void;
    ListDelItem = "kiln_rt_list_delitem" (Ptr, I64) -> Void;
    ListSlice = "kiln_rt_list_slice" (Ptr, I64, I64, I64) -> Ptr;
    ListSetSlice = "kiln_rt_list_set_slice" (Ptr, I64, I64, I64, Ptr) -> Void;
    ListSetSliceFrom = "kiln_rt_list_set_slice_from" (Ptr, I64, I64, I64, Ptr, I64, I64, I64) -> Void;
    ListDelSlice = "kiln_rt_list_del_slice" (Ptr, I64, I64, I64) -> Void;
    ListExtend = "kiln_rt_list_extend" (Ptr, Ptr) -> Void;
    ListInsert = "kiln_rt_list_insert" (Ptr, I64, I64) -> Void;
    ListPop = "kiln_rt_list_pop" (Ptr, I64) -> I64;
    ListRemove = "kiln_rt_list_remove" (Ptr, I64) -> Void;
    ListIndex = "kiln_rt_list_index" (Ptr, I64, I64, I64) -> I64;
    ListCount = "kiln_rt_list_count" (Ptr, I64) -> I64;
    ListCopy = "kiln_rt_list_copy" (Ptr) -> Ptr;
    ListClear = "kiln_rt_list_clear" (Ptr) -> Void;
    ListReverse = "kiln_rt_list_reverse" (Ptr) -> Void;
    ListContains = "kiln_rt_list_contains" (Ptr, I64) -> I32;
    ListConcat = "kiln_rt_list_concat" (Ptr, Ptr) -> Ptr;
    ListRepeat = "kiln_rt_list_repeat" (Ptr, I64) -> Ptr;
    ListSort = "kiln_rt_list_sort" (Ptr, Ptr, I32) -> Void;
    ListSortTake = "kiln_rt_list_sort_take" (Ptr) -> Ptr;
    ListSortRestore = "kiln_rt_list_sort_restore" (Ptr, Ptr) -> Void;
    ListSortKeyed = "kiln_rt_list_sort_keyed" (Ptr, Ptr, Ptr, I32) -> Void;
    TupleGetItem = "kiln_rt_tuple_getitem" (Ptr, I64) -> I64;
    TupleContains = "kiln_rt_tuple_contains" (Ptr, I64, Ptr) -> I32;
    TupleIndex = "kiln_rt_tuple_index" (Ptr, I64, Ptr) -> I64;
    TupleCount = "kiln_rt_tuple_count" (Ptr, I64, Ptr) -> I64;
    DictGetItem = "kiln_rt_dict_getitem" (Ptr, I64) -> I64;
    DictMakeDefault = "kiln_rt_dict_make_default" (Ptr) -> Void;
    DictMakeCounter = "kiln_rt_dict_make_counter" (Ptr) -> Void;
    CounterAdd = "kiln_rt_counter_add" (Ptr, I64) -> Void;
    DictMostCommon = "kiln_rt_dict_most_common" (Ptr, I64, Ptr) -> Ptr;
    DictSetItem = "kiln_rt_dict_setitem" (Ptr, I64, I64) -> Void;
    DictDelItem = "kiln_rt_dict_delitem" (Ptr, I64) -> Void;
    DictContains = "kiln_rt_dict_contains" (Ptr, I64) -> I32;
    DictGet = "kiln_rt_dict_get" (Ptr, I64, I64) -> I64;
    DictSetDefault = "kiln_rt_dict_setdefault" (Ptr, I64, I64) -> I64;
    DictPop = "kiln_rt_dict_pop" (Ptr, I64) -> I64;
    DictPopDefault = "kiln_rt_dict_pop_default" (Ptr, I64, I64) -> I64;
    DictPopItem = "kiln_rt_dict_popitem" (Ptr, Ptr) -> Ptr;
    DictUpdate = "kiln_rt_dict_update" (Ptr, Ptr) -> Void;
    DictCopy = "kiln_rt_dict_copy" (Ptr) -> Ptr;
    DictClear = "kiln_rt_dict_clear" (Ptr) -> Void;
    DictOr = "kiln_rt_dict_or" (Ptr, Ptr) -> Ptr;
    SetAdd = "kiln_rt_set_add" (Ptr, I64) -> Void;
    SetDiscard = "kiln_rt_set_discard" (Ptr, I64) -> Void;
    SetRemove = "kiln_rt_set_remove" (Ptr, I64) -> Void;
    SetContains = "kiln_rt_set_contains" (Ptr, I64) -> I32;
    SetPop = "kiln_rt_set_pop" (Ptr) -> I64;
    SetClear = "kiln_rt_set_clear" (Ptr) -> Void;
    SetCopy = "kiln_rt_set_copy" (Ptr, Ptr) -> Ptr;
    SetDisplay = "kiln_rt_set_display" (Ptr, Ptr) -> Ptr;
    SetUpdate = "kiln_rt_set_update" (Ptr, Ptr) -> Void;
    SetUnion = "kiln_rt_set_union" (Ptr, Ptr) -> Ptr;
    SetIntersection = "kiln_rt_set_intersection" (Ptr, Ptr) -> Ptr;
    SetDifference = "kiln_rt_set_difference" (Ptr, Ptr) -> Ptr;
    SetSymmetricDifference = "kiln_rt_set_symmetric_difference" (Ptr, Ptr) -> Ptr;
    SetIsSubset = "kiln_rt_set_issubset" (Ptr, Ptr) -> I32;
    SetIsSuperset = "kiln_rt_set_issuperset" (Ptr, Ptr) -> I32;
    SetIsDisjoint = "kiln_rt_set_isdisjoint" (Ptr, Ptr) -> I32;
    StrGetItem = "kiln_rt_str_getitem" (Ptr, I64) -> Ptr;
    StrSlice = "kiln_rt_str_slice" (Ptr, I64, I64, I64) -> Ptr;
    StrContains = "kiln_rt_str_contains" (Ptr, Ptr) -> I32;
    StrSplit = "kiln_rt_str_split" (Ptr, Ptr, I64) -> Ptr;
    StrRsplit = "kiln_rt_str_rsplit" (Ptr, Ptr, I64) -> Ptr;
    StrSplitlines = "kiln_rt_str_splitlines" (Ptr, I32) -> Ptr;
    StrJoinList = "kiln_rt_str_join_list" (Ptr, Ptr) -> Ptr;
    StrStrip = "kiln_rt_str_strip" (Ptr, Ptr) -> Ptr;
    StrLstrip = "kiln_rt_str_lstrip" (Ptr, Ptr) -> Ptr;
    StrRstrip = "kiln_rt_str_rstrip" (Ptr, Ptr) -> Ptr;
    StrReplace = "kiln_rt_str_replace" (Ptr, Ptr, Ptr, I64) -> Ptr;
    StrFind = "kiln_rt_str_find" (Ptr, Ptr, I64, I64) -> I64;
    StrRfind = "kiln_rt_str_rfind" (Ptr, Ptr, I64, I64) -> I64;
    StrIndex = "kiln_rt_str_index" (Ptr, Ptr, I64, I64) -> I64;
    StrRindex = "kiln_rt_str_rindex" (Ptr, Ptr, I64, I64) -> I64;
    StrCount = "kiln_rt_str_count" (Ptr, Ptr, I64, I64) -> I64;
    StrStartswith = "kiln_rt_str_startswith" (Ptr, Ptr, I64, I64) -> I32;
    StrEndswith = "kiln_rt_str_endswith" (Ptr, Ptr, I64, I64) -> I32;
    StrUpper = "kiln_rt_str_upper" (Ptr) -> Ptr;
    StrLower = "kiln_rt_str_lower" (Ptr) -> Ptr;
    StrTitle = "kiln_rt_str_title" (Ptr) -> Ptr;
    StrCapitalize = "kiln_rt_str_capitalize" (Ptr) -> Ptr;
    StrSwapcase = "kiln_rt_str_swapcase" (Ptr) -> Ptr;
    StrCasefold = "kiln_rt_str_casefold" (Ptr) -> Ptr;
    StrIsdigit = "kiln_rt_str_isdigit" (Ptr) -> I32;
    StrIsalpha = "kiln_rt_str_isalpha" (Ptr) -> I32;
    StrIsspace = "kiln_rt_str_isspace" (Ptr) -> I32;
    StrIsalnum = "kiln_rt_str_isalnum" (Ptr) -> I32;
    StrIsupper = "kiln_rt_str_isupper" (Ptr) -> I32;
    StrIslower = "kiln_rt_str_islower" (Ptr) -> I32;
    StrIsdecimal = "kiln_rt_str_isdecimal" (Ptr) -> I32;
    StrIsnumeric = "kiln_rt_str_isnumeric" (Ptr) -> I32;
    StrIstitle = "kiln_rt_str_istitle" (Ptr) -> I32;
    StrIsidentifier = "kiln_rt_str_isidentifier" (Ptr) -> I32;
    StrIsascii = "kiln_rt_str_isascii" (Ptr) -> I32;
    StrCenter = "kiln_rt_str_center" (Ptr, I64, Ptr) -> Ptr;
    StrLjust = "kiln_rt_str_ljust" (Ptr, I64, Ptr) -> Ptr;
    StrRjust = "kiln_rt_str_rjust" (Ptr, I64, Ptr) -> Ptr;
    StrZfill = "kiln_rt_str_zfill" (Ptr, I64) -> Ptr;
    StrPartition = "kiln_rt_str_partition" (Ptr, Ptr, Ptr) -> Ptr;
    StrRpartition = "kiln_rt_str_rpartition" (Ptr, Ptr, Ptr) -> Ptr;
    StrOrd = "kiln_rt_str_ord" (Ptr) -> I64;
    StrChr = "kiln_rt_str_chr" (I64) -> Ptr;
    StrExpandtabs = "kiln_rt_str_expandtabs" (Ptr, I64) -> Ptr;
    StrRemoveprefix = "kiln_rt_str_removeprefix" (Ptr, Ptr) -> Ptr;
    StrRemovesuffix = "kiln_rt_str_removesuffix" (Ptr, Ptr) -> Ptr;
    FormatInt = "kiln_rt_format_int" (I64, Ptr) -> Ptr;
    FormatFloat = "kiln_rt_format_float" (F64, Ptr) -> Ptr;
    FormatStr = "kiln_rt_format_str" (Ptr, Ptr) -> Ptr;
    FormatBool = "kiln_rt_format_bool" (I32, Ptr) -> Ptr;
    FormatObject = "kiln_rt_format_object" (Ptr, Ptr, Ptr) -> Ptr;
    StrMod = "kiln_rt_str_mod" (Ptr, Ptr) -> Ptr;
    UnpackCheck = "kiln_rt_unpack_check" (I64, I64, I32) -> Void;
    Raise = "kiln_rt_raise" (I32, Ptr) -> Void, noreturn;
    RecursionError = "kiln_rt_recursion_error" () -> Void, noreturn;
    TbAdd = "kiln_rt_tb_add" (Ptr, Ptr) -> Void;
    Catch = "kiln_rt_catch" (Ptr) -> Ptr;
    Uncaught = "kiln_rt_uncaught" (Ptr) -> Void, noreturn;
    MainCatches = "kiln_rt_main_catches" () -> Void;
    ExcNew = "kiln_rt_exc_new" (I64, Ptr) -> Ptr;
    RaiseExc = "kiln_rt_raise_exc" (Ptr) -> Void, noreturn;
    RaiseFrom = "kiln_rt_raise_from" (Ptr, Ptr) -> Void, noreturn;
    RaiseFromNone = "kiln_rt_raise_from_none" (Ptr) -> Void, noreturn;
    Reraise = "kiln_rt_reraise" (Ptr) -> Void, noreturn;
    ReraiseHandled = "kiln_rt_reraise_handled" () -> Void, noreturn;
    ExcHandling = "kiln_rt_exc_handling" () -> I32;
    ExcPush = "kiln_rt_exc_push" (Ptr) -> Void;
    ExcPop = "kiln_rt_exc_pop" () -> Void;
    ExcMatches = "kiln_rt_exc_matches" (Ptr, I64) -> I32;
    ExcClassName = "kiln_rt_exc_class_name" (Ptr) -> Ptr;
    InstanceClassName = "kiln_rt_instance_class_name" (Ptr) -> Ptr;
    InstanceNew = "kiln_rt_instance_new" (Ptr) -> Ptr;
    GeneratorNew = "kiln_rt_generator_new" (I64) -> Ptr;
    GeneratorUnwind = "kiln_rt_generator_unwind" (Ptr) -> Void;
    ExcInstanceNew = "kiln_rt_exc_instance_new" (Ptr) -> Ptr;
    ExcSetArgs = "kiln_rt_exc_set_args" (Ptr, Ptr) -> Void;
    ExcArgs = "kiln_rt_exc_args" (Ptr) -> Ptr;
    Math1 = "kiln_rt_math1" (I64, F64) -> F64;
    Math2 = "kiln_rt_math2" (I64, F64, F64) -> F64;
    MathLogInt = "kiln_rt_math_log_int" (I64, I64) -> F64;
    MathHypot = "kiln_rt_math_hypot" (Ptr) -> F64;
    MathHypot2 = "kiln_rt_math_hypot2" (F64, F64) -> F64;
    MathFsum = "kiln_rt_math_fsum" (Ptr) -> F64;
    MathDist = "kiln_rt_math_dist" (Ptr, Ptr, Ptr, Ptr) -> F64;
    PrintItems = "kiln_rt_print_items" (Ptr, Ptr, Ptr, Ptr, I32) -> Void;
    MathProdInt = "kiln_rt_math_prod_int" (Ptr) -> I64;
    MathProdFloat = "kiln_rt_math_prod_float" (Ptr) -> F64;
    MathLdexp = "kiln_rt_math_ldexp" (F64, I64) -> F64;
    MathIsClose = "kiln_rt_math_isclose" (F64, F64, F64, F64) -> I32;
    MathInt = "kiln_rt_math_int" (I64, I64, I64) -> I64;
    SysArgv = "kiln_rt_sys_argv" () -> Ptr;
    RandomSeed = "kiln_rt_random_seed" (I64) -> Void;
    RandomSeedFloat = "kiln_rt_random_seed_float" (F64) -> Void;
    RandomSeedNone = "kiln_rt_random_seed_none" () -> Void;
    RandomRandom = "kiln_rt_random_random" () -> F64;
    RandomGetrandbits = "kiln_rt_random_getrandbits" (I64) -> I64;
    RandomRandrange = "kiln_rt_random_randrange" (I64, I64, I64, I32) -> I64;
    RandomRandint = "kiln_rt_random_randint" (I64, I64) -> I64;
    RandomChoiceIndex = "kiln_rt_random_choice_index" (I64) -> I64;
    RandomShuffle = "kiln_rt_random_shuffle" (Ptr) -> Void;
    RandomSample = "kiln_rt_random_sample" (Ptr, I64) -> Ptr;
    RandomSampleRange = "kiln_rt_random_sample_range" (I64, I64, I64, I64) -> Ptr;
    RandomChoices = "kiln_rt_random_choices" (Ptr, I64) -> Ptr;
    RandomChoicesWeighted = "kiln_rt_random_choices_weighted" (Ptr, Ptr, I64) -> Ptr;
    RandomUniform = "kiln_rt_random_uniform" (F64, F64) -> F64;
    RandomGauss = "kiln_rt_random_gauss" (F64, F64) -> F64;
    RandomNormalvariate = "kiln_rt_random_normalvariate" (F64, F64) -> F64;
    RandomExpovariate = "kiln_rt_random_expovariate" (F64) -> F64;
    Input = "kiln_rt_input" (Ptr) -> Ptr;
    StdinReadline = "kiln_rt_stdin_readline" () -> Ptr;
    StdinRead = "kiln_rt_stdin_read" () -> Ptr;
    StdinReadlines = "kiln_rt_stdin_readlines" () -> Ptr;
    FileOpen = "kiln_rt_file_open" (Ptr, Ptr) -> I64;
    FileRead = "kiln_rt_file_read" (I64, I64) -> Ptr;
    FileReadline = "kiln_rt_file_readline" (I64, I64) -> Ptr;
    FileWrite = "kiln_rt_file_write" (I64, Ptr) -> I64;
    FileFlush = "kiln_rt_file_flush" (I64) -> Void;
    FileClose = "kiln_rt_file_close" (I64) -> Void;
    OsEnviron = "kiln_rt_os_environ" (Ptr) -> Ptr;
    JsonDumps = "kiln_rt_json_dumps" (I64, Ptr, I64, Ptr, Ptr, I64, I64) -> Ptr;
    OsGetcwd = "kiln_rt_os_getcwd" () -> Ptr;
    OsListdir = "kiln_rt_os_listdir" (Ptr) -> Ptr;
    OsStatKind = "kiln_rt_os_stat_kind" (Ptr) -> I64;
    OsGetsize = "kiln_rt_os_getsize" (Ptr) -> I64;
    OsMkdir = "kiln_rt_os_mkdir" (Ptr, I64) -> Void;
    OsRemove = "kiln_rt_os_remove" (Ptr) -> Void;
    OsRmdir = "kiln_rt_os_rmdir" (Ptr) -> Void;
    OsRename = "kiln_rt_os_rename" (Ptr, Ptr) -> Void;
    StderrWrite = "kiln_rt_stderr_write" (Ptr) -> Void;
    StdoutFlush = "kiln_rt_stdout_flush" () -> Void;
    TimeTime = "kiln_rt_time_time" () -> F64;
    TimeTimeNs = "kiln_rt_time_time_ns" () -> I64;
    TimePerfCounter = "kiln_rt_time_perf_counter" () -> F64;
    TimePerfCounterNs = "kiln_rt_time_perf_counter_ns" () -> I64;
    TimeSleep = "kiln_rt_time_sleep" (F64) -> Void;
    GetRecursionLimit = "kiln_rt_get_recursion_limit" () -> I64;
    SetRecursionLimit = "kiln_rt_set_recursion_limit" (I64) -> Void;
    ExcQualName = "kiln_rt_exc_qualname" (Ptr) -> Ptr;
    Personality = "kiln_rt_personality" (I32, I32, I64, Ptr, Ptr) -> I32;
}

impl RuntimeFn {
    /// The runtime function with this symbol (for `Inst::Rt`).
    pub fn by_symbol(symbol: &str) -> Option<RuntimeFn> {
        RuntimeFn::ALL.iter().copied().find(|f| f.name() == symbol)
    }
}

/// The runtime's exception kind numbers (`ExcKind` in the runtime crate); a test checks that
/// both sides agree.
pub fn exception_code(kind: kiln_lower::ir::ExcKind) -> u32 {
    kind.code()
}
