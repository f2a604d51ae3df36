//! Monomorphization of calls to the `random` module: runtime calls on the one generator.

use kiln_bytecode::InternalError;

use super::{Cursor, Mono};
use crate::ir::random::RandomFn;
use crate::ir::{Const, Inst, IntOp, RtFn, TypeId, TypeKind, Value};

impl Mono<'_> {
    /// `random.<f>(args)`, typed by `typing::random_call`.
    pub(super) fn random_call(
        &mut self,
        at: &mut Cursor,
        f: RandomFn,
        args: &[Value],
        kwnames: &[String],
    ) -> Result<Value, InternalError> {
        use RandomFn as R;
        let positional = &args[..args.len() - kwnames.len()];
        let keyword = |name: &str| super::keyword_argument(name, positional, kwnames, args);
        let real = |this: &mut Self, v: Value| -> Result<Value, InternalError> {
            let from = this.ty(v);
            let typed = this.get(v)?;
            Ok(this.convert_to(at, typed, from, TypeId::FLOAT))
        };
        let float = |this: &mut Self, x: f64| this.konst(at, Const::Float(x));
        Ok(match f {
            R::Seed => match positional.first() {
                Some(&a) if self.ty(a) == TypeId::FLOAT => {
                    let a = self.get(a)?;
                    self.rt(at, RtFn::RandomSeedFloat, vec![a], TypeId::NONE)
                }
                Some(&a) if self.ty(a) != TypeId::NONE => {
                    let a = self.int_operand(at, a)?;
                    self.rt(at, RtFn::RandomSeed, vec![a], TypeId::NONE)
                }
                _ => self.rt(at, RtFn::RandomSeedNone, Vec::new(), TypeId::NONE),
            },
            R::Random => self.rt(at, RtFn::RandomRandom, Vec::new(), TypeId::FLOAT),
            R::Getrandbits => {
                let k = self.int_operand(at, positional[0])?;
                self.rt(at, RtFn::RandomGetrandbits, vec![k], TypeId::INT)
            }
            R::Randrange => {
                let mut ints = positional
                    .iter()
                    .map(|&v| self.int_operand(at, v))
                    .collect::<Result<Vec<_>, _>>()?;
                let has_stop = self.konst(at, Const::Bool(ints.len() > 1));
                while ints.len() < 3 {
                    let filler = self.int(at, if ints.len() == 2 { 1 } else { 0 });
                    ints.push(filler);
                }
                ints.push(has_stop);
                self.rt(at, RtFn::RandomRandrange, ints, TypeId::INT)
            }
            R::Randint => {
                let a = self.int_operand(at, positional[0])?;
                let b = self.int_operand(at, positional[1])?;
                self.rt(at, RtFn::RandomRandint, vec![a, b], TypeId::INT)
            }
            R::Choice => {
                let seq = positional[0];
                let ty = self.ty(seq);
                let s = self.get(seq)?;
                let len = match self.types.kind(ty) {
                    TypeKind::Str => self.push(at, Inst::StrLen(s), TypeId::INT),
                    TypeKind::Range => self.rt(at, RtFn::RangeLen, vec![s], TypeId::INT),
                    _ => self.push(at, Inst::Len(s), TypeId::INT),
                };
                let index = self.rt(at, RtFn::RandomChoiceIndex, vec![len], TypeId::INT);
                let result = match self.types.kind(ty) {
                    &TypeKind::List(t) => t,
                    _ => TypeId::INT,
                };
                match self.types.kind(ty) {
                    TypeKind::Str => self.rt(at, RtFn::StrGetItem, vec![s, index], TypeId::STR),
                    TypeKind::Range => self.rt(at, RtFn::RangeGetItem, vec![s, index], TypeId::INT),
                    _ => self.push(at, Inst::ListGet(s, index), result),
                }
            }
            R::Shuffle => {
                let list = self.get(positional[0])?;
                self.rt(at, RtFn::RandomShuffle, vec![list], TypeId::NONE)
            }
            R::Sample => {
                let population = positional[0];
                let k = match positional.get(1).copied().or_else(|| keyword("k")) {
                    Some(k) => self.int_operand(at, k)?,
                    None => return Err(InternalError("sample() without k".into())),
                };
                let p = self.get(population)?;
                match self.types.kind(self.ty(population)) {
                    TypeKind::Range => {
                        self.rt(at, RtFn::RandomSampleRange, vec![p, k], TypeId::LIST_INT)
                    }
                    _ => {
                        let ty = self.ty(population);
                        self.rt(at, RtFn::RandomSample, vec![p, k], ty)
                    }
                }
            }
            R::Choices => {
                let ty = self.ty(positional[0]);
                let population = self.get(positional[0])?;
                let k = match keyword("k") {
                    Some(k) => self.int_operand(at, k)?,
                    None => self.int(at, 1),
                };
                match positional.get(1).copied().or_else(|| keyword("weights")) {
                    Some(w) if self.ty(w) != TypeId::NONE => {
                        let w = self.get(w)?;
                        self.rt(at, RtFn::RandomChoicesWeighted, vec![population, w, k], ty)
                    }
                    _ => self.rt(at, RtFn::RandomChoices, vec![population, k], ty),
                }
            }
            R::Uniform => {
                // `a + (b - a) * random()`, `b - a` with Python's arithmetic.
                let (a, b) = (positional[0], positional[1]);
                let both_ints = [a, b].iter().all(|&v| {
                    matches!(self.types.kind(self.ty(v)), TypeKind::Int | TypeKind::Bool)
                });
                let d = if both_ints {
                    let (x, y) = (self.int_operand(at, b)?, self.int_operand(at, a)?);
                    let d = self.push(at, Inst::IntBinary(IntOp::Sub, x, y), TypeId::INT);
                    self.convert_to(at, d, TypeId::INT, TypeId::FLOAT)
                } else {
                    let (x, y) = (real(self, b)?, real(self, a)?);
                    self.push(
                        at,
                        Inst::FloatBinary(crate::ir::FloatOp::Sub, x, y),
                        TypeId::FLOAT,
                    )
                };
                let a = real(self, a)?;
                self.rt(at, RtFn::RandomUniform, vec![a, d], TypeId::FLOAT)
            }
            R::Gauss | R::Normalvariate => {
                let mu = match positional.first() {
                    Some(&v) => real(self, v)?,
                    None => float(self, 0.0),
                };
                let sigma = match positional.get(1) {
                    Some(&v) => real(self, v)?,
                    None => float(self, 1.0),
                };
                let rt = if f == R::Gauss {
                    RtFn::RandomGauss
                } else {
                    RtFn::RandomNormalvariate
                };
                self.rt(at, rt, vec![mu, sigma], TypeId::FLOAT)
            }
            R::Expovariate => {
                let lambd = real(self, positional[0])?;
                self.rt(at, RtFn::RandomExpovariate, vec![lambd], TypeId::FLOAT)
            }
        })
    }
}
