//! Monomorphization of calls to the `math` module: runtime calls on floats and ints, and a
//! few tests compiled inline.

use kiln_bytecode::{CmpOp, InternalError};

use super::{Cursor, Mono};
use crate::ir::math::{MathFn, MathKind};
use crate::ir::{Const, Container, Conv, FloatOp, Inst, RtFn, TypeId, TypeKind, Value};

impl Mono<'_> {
    /// `math.<f>(args)` (typed by `typing::math`: the arguments are ints, bools or floats).
    pub(super) fn math_call(
        &mut self,
        at: &Cursor,
        f: MathFn,
        args: &[Value],
        kwnames: &[String],
    ) -> Result<Value, InternalError> {
        use MathFn as M;
        let positional = &args[..args.len() - kwnames.len()];
        let is_float = |this: &Self, v: Value| this.ty(v) == TypeId::FLOAT;
        Ok(match f.kind() {
            MathKind::Float1 => match f {
                M::Floor | M::Ceil if !is_float(self, positional[0]) => {
                    self.int_operand(at, positional[0])?
                }
                M::Floor | M::Ceil => {
                    let r = self.math1(at, f, positional[0])?;
                    self.push(at, Inst::Convert(Conv::FloatToInt, r), TypeId::INT)
                }
                M::Log | M::Log2 | M::Log10 if positional.len() == 1 => {
                    self.log(at, f, positional[0])?
                }
                M::Log => {
                    let x = self.log(at, f, positional[0])?;
                    let base = self.log(at, f, positional[1])?;
                    self.push(at, Inst::FloatBinary(FloatOp::Div, x, base), TypeId::FLOAT)
                }
                _ => self.math1(at, f, positional[0])?,
            },
            MathKind::Float2 => {
                let op = self.int(at, f.code());
                let x = self.float_operand(at, positional[0])?;
                let y = self.float_operand(at, positional[1])?;
                self.rt(at, RtFn::Math2, vec![op, x, y], TypeId::FLOAT)
            }
            MathKind::Other => match f {
                M::Trunc if is_float(self, positional[0]) => {
                    let x = self.get(positional[0])?;
                    self.push(at, Inst::Convert(Conv::FloatToInt, x), TypeId::INT)
                }
                M::Trunc => self.int_operand(at, positional[0])?,
                M::Hypot => match positional {
                    [] => self.konst(at, Const::Float(0.0)),
                    [x] => self.math1(at, M::Fabs, *x)?,
                    [x, y] => {
                        let x = self.float_operand(at, *x)?;
                        let y = self.float_operand(at, *y)?;
                        self.rt(at, RtFn::MathHypot2, vec![x, y], TypeId::FLOAT)
                    }
                    _ => {
                        let items = positional
                            .iter()
                            .map(|&v| self.float_operand(at, v))
                            .collect::<Result<Vec<_>, _>>()?;
                        let list_ty = self.interned(TypeKind::List(TypeId::FLOAT))?;
                        let list = self.push(at, Inst::New(Container::List, items), list_ty);
                        self.rt(at, RtFn::MathHypot, vec![list], TypeId::FLOAT)
                    }
                },
                M::Ldexp => {
                    let x = self.float_operand(at, positional[0])?;
                    let i = self.int_operand(at, positional[1])?;
                    self.rt(at, RtFn::MathLdexp, vec![x, i], TypeId::FLOAT)
                }
                // An int is converted first (OverflowError when it is too big for a float).
                M::IsNan => {
                    let x = self.float_operand(at, positional[0])?;
                    self.push(at, Inst::FloatCompare(CmpOp::Ne, x, x), TypeId::BOOL)
                }
                M::IsInf => {
                    let x = self.float_operand(at, positional[0])?;
                    let magnitude = self.push(at, Inst::FloatAbs(x), TypeId::FLOAT);
                    let inf = self.konst(at, Const::Float(f64::INFINITY));
                    self.push(
                        at,
                        Inst::FloatCompare(CmpOp::Eq, magnitude, inf),
                        TypeId::BOOL,
                    )
                }
                M::IsFinite => {
                    // `x - x` is 0 for a finite `x`, NaN for an infinite or NaN one.
                    let x = self.float_operand(at, positional[0])?;
                    let zero = self.push(at, Inst::FloatBinary(FloatOp::Sub, x, x), TypeId::FLOAT);
                    let z = self.konst(at, Const::Float(0.0));
                    self.push(at, Inst::FloatCompare(CmpOp::Eq, zero, z), TypeId::BOOL)
                }
                M::IsClose => {
                    let a = self.float_operand(at, positional[0])?;
                    let b = self.float_operand(at, positional[1])?;
                    let tolerance = |this: &mut Self, name: &str, default: f64| match kwnames
                        .iter()
                        .position(|k| k == name)
                    {
                        Some(k) => this.float_operand(at, args[positional.len() + k]),
                        None => Ok(this.konst(at, Const::Float(default))),
                    };
                    let rel = tolerance(self, "rel_tol", 1e-9)?;
                    let abs = tolerance(self, "abs_tol", 0.0)?;
                    self.rt(at, RtFn::MathIsClose, vec![a, b, rel, abs], TypeId::BOOL)
                }
                M::Gcd | M::Lcm => match positional {
                    [] => self.int(at, i64::from(f == M::Lcm)),
                    [x] => {
                        let x = self.int_operand(at, *x)?;
                        self.push(at, Inst::IntAbs(x), TypeId::INT)
                    }
                    [first, rest @ ..] => {
                        let mut acc = self.int_operand(at, *first)?;
                        for &v in rest {
                            let v = self.int_operand(at, v)?;
                            acc = self.math_int(at, f, acc, v);
                        }
                        acc
                    }
                },
                M::Dist => {
                    let mut operands = Vec::new();
                    for &point in &positional[..2] {
                        let ty = self.ty(point);
                        operands.push(self.get(point)?);
                        operands.push(self.desc(at, ty));
                    }
                    self.rt(at, RtFn::MathDist, operands, TypeId::FLOAT)
                }
                M::Fsum => {
                    let list = self.get(positional[0])?;
                    self.rt(at, RtFn::MathFsum, vec![list], TypeId::FLOAT)
                }
                M::Prod => {
                    let list = self.get(positional[0])?;
                    let floats = matches!(
                        self.types.kind(self.ty(positional[0])),
                        TypeKind::List(t) if *t == TypeId::FLOAT
                    );
                    match floats {
                        true => self.rt(at, RtFn::MathProdFloat, vec![list], TypeId::FLOAT),
                        false => self.rt(at, RtFn::MathProdInt, vec![list], TypeId::INT),
                    }
                }
                M::Perm if positional.len() == 1 || self.ty(positional[1]) == TypeId::NONE => {
                    let n = self.int_operand(at, positional[0])?;
                    let unused = self.int(at, 0);
                    self.math_int(at, M::Factorial, n, unused)
                }
                M::Factorial | M::Isqrt => {
                    let n = self.int_operand(at, positional[0])?;
                    let unused = self.int(at, 0);
                    self.math_int(at, f, n, unused)
                }
                _ => {
                    let n = self.int_operand(at, positional[0])?;
                    let k = self.int_operand(at, positional[1])?;
                    self.math_int(at, f, n, k)
                }
            },
        })
    }

    /// A generic int, bool or float operand as a float (`OverflowError` for an int too big).
    fn float_operand(&mut self, at: &Cursor, v: Value) -> Result<Value, InternalError> {
        let from = self.ty(v);
        let typed = self.get(v)?;
        Ok(self.convert_to(at, typed, from, TypeId::FLOAT))
    }

    /// A one-argument float function of the runtime.
    fn math1(&mut self, at: &Cursor, f: MathFn, x: Value) -> Result<Value, InternalError> {
        let op = self.int(at, f.code());
        let x = self.float_operand(at, x)?;
        Ok(self.rt(at, RtFn::Math1, vec![op, x], TypeId::FLOAT))
    }

    /// `math.log`, `log2` or `log10` of one argument: an int's is computed from the int
    /// itself, which may be beyond the float range.
    fn log(&mut self, at: &Cursor, f: MathFn, x: Value) -> Result<Value, InternalError> {
        if self.ty(x) == TypeId::FLOAT {
            return self.math1(at, f, x);
        }
        let op = self.int(at, f.code());
        let n = self.int_operand(at, x)?;
        Ok(self.rt(at, RtFn::MathLogInt, vec![op, n], TypeId::FLOAT))
    }

    /// An integer function of the runtime (`factorial`, `gcd`, ...).
    fn math_int(&mut self, at: &Cursor, f: MathFn, a: Value, b: Value) -> Value {
        let op = self.int(at, f.code());
        self.rt(at, RtFn::MathInt, vec![op, a, b], TypeId::INT)
    }
}
