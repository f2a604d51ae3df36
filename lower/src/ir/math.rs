//! The functions of the `math` module kiln compiles (the builtins `math.sqrt`, ...).

/// How a `math` function is called and typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathKind {
    /// One real number to a float, through the runtime's `kiln_rt_math1` (`floor` and
    /// `ceil` then become ints).
    Float1,
    /// Two real numbers to a float, through `kiln_rt_math2`.
    Float2,
    /// Anything else: typed and compiled one by one.
    Other,
}

macro_rules! math_fns {
    ($($kind:ident: $($variant:ident = $name:literal),*;)*) => {
        /// A function of the `math` module.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum MathFn {
            $($($variant,)*)*
        }

        impl MathFn {
            /// Every function, in declaration order (a `Float1`'s or `Float2`'s position in its
            /// group is its run-time operation number).
            pub const ALL: &'static [MathFn] = &[$($(MathFn::$variant,)*)*];

            pub fn from_name(name: &str) -> Option<MathFn> {
                Some(match name {
                    $($($name => MathFn::$variant,)*)*
                    _ => return None,
                })
            }

            /// The function's name in the module (`sqrt`).
            pub fn name(self) -> &'static str {
                match self {
                    $($(MathFn::$variant => $name,)*)*
                }
            }

            pub fn kind(self) -> MathKind {
                match self {
                    $($(MathFn::$variant => MathKind::$kind,)*)*
                }
            }
        }
    };
}

math_fns! {
    Float1: Sqrt = "sqrt", Exp = "exp", Exp2 = "exp2", Expm1 = "expm1", Log = "log",
        Log2 = "log2", Log10 = "log10", Log1p = "log1p", Sin = "sin", Cos = "cos", Tan = "tan",
        Asin = "asin", Acos = "acos", Atan = "atan", Sinh = "sinh", Cosh = "cosh", Tanh = "tanh",
        Asinh = "asinh", Acosh = "acosh", Atanh = "atanh", Erf = "erf", Erfc = "erfc",
        Fabs = "fabs", Degrees = "degrees", Radians = "radians", Cbrt = "cbrt", Floor = "floor",
        Ceil = "ceil";
    Float2: Atan2 = "atan2", Copysign = "copysign", Fmod = "fmod", Pow = "pow",
        Remainder = "remainder";
    Other: Hypot = "hypot", Ldexp = "ldexp", IsNan = "isnan", IsInf = "isinf",
        IsFinite = "isfinite", IsClose = "isclose", Trunc = "trunc", Factorial = "factorial",
        Isqrt = "isqrt", Gcd = "gcd", Lcm = "lcm", Comb = "comb", Perm = "perm", Fsum = "fsum",
        Prod = "prod", Dist = "dist";
}

/// The integer functions of the runtime's `kiln_rt_math_int`, by operation number.
const INT_OPS: [MathFn; 6] = [
    MathFn::Factorial,
    MathFn::Isqrt,
    MathFn::Gcd,
    MathFn::Lcm,
    MathFn::Comb,
    MathFn::Perm,
];

impl MathFn {
    /// The run-time operation number of a `Float1` or `Float2` function (its position in its
    /// group), or of an integer function of `kiln_rt_math_int`; -1 for the others.
    pub fn code(self) -> i64 {
        let position = match self.kind() {
            MathKind::Other => INT_OPS.iter().position(|&f| f == self),
            kind => MathFn::ALL
                .iter()
                .filter(|f| f.kind() == kind)
                .position(|&f| f == self),
        };
        position.map_or(-1, |p| p as i64)
    }
}
