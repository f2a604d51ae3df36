//! Typing of calls to the `math` module's functions, with CPython's TypeErrors.

use super::{python_name, CallError};
use crate::ir::math::{MathFn, MathKind};
use crate::ir::{TypeId, TypeKind, Types};

/// What a `math` function accepts of an argument.
#[derive(Clone, Copy, PartialEq)]
enum Accepts {
    /// An int, bool or float.
    Real,
    /// An int or bool.
    Integer,
}

/// The result type of `math.<f>(args)`, the last `kwnames.len()` of them by keyword.
pub(super) fn call(
    types: &Types,
    f: MathFn,
    args: &[TypeId],
    kwnames: &[String],
) -> Result<TypeId, CallError> {
    use MathFn as M;
    let name = f.name();
    let positional = &args[..args.len() - kwnames.len()];
    let n = positional.len();
    if f != M::IsClose {
        if let Some(keyword) = kwnames.first() {
            return Err(CallError::Unsupported(format!(
                "keyword argument `{keyword}` of `math.{name}()` is not supported by kiln"
            )));
        }
    }
    // CPython's arity messages differ by how each function takes its arguments.
    let one_argument = || -> Result<(), CallError> {
        match n {
            1 => Ok(()),
            _ => Err(CallError::TypeError(format!(
                "math.{name}() takes exactly one argument ({n} given)"
            ))),
        }
    };
    let expected = |low: usize, high: usize| -> Result<(), CallError> {
        let message = if low == high && n != low {
            format!("{name} expected {low} arguments, got {n}")
        } else if n < low {
            format!("{name} expected at least {low} argument, got {n}")
        } else if n > high {
            format!("{name} expected at most {high} arguments, got {n}")
        } else {
            return Ok(());
        };
        Err(CallError::TypeError(message))
    };
    let real = || {
        positional
            .iter()
            .try_for_each(|&t| check(types, t, Accepts::Real))
    };
    let integer = || {
        positional
            .iter()
            .try_for_each(|&t| check(types, t, Accepts::Integer))
    };
    match f.kind() {
        MathKind::Float1 if f == M::Log => {
            if !(1..=2).contains(&n) {
                return Err(CallError::TypeError(
                    "math.log requires 1 to 2 arguments".into(),
                ));
            }
            real()?;
            return Ok(TypeId::FLOAT);
        }
        MathKind::Float1 => {
            one_argument()?;
            real()?;
            return Ok(match f {
                M::Floor | M::Ceil => TypeId::INT,
                _ => TypeId::FLOAT,
            });
        }
        MathKind::Float2 => {
            expected(2, 2)?;
            real()?;
            return Ok(TypeId::FLOAT);
        }
        MathKind::Other => {}
    }
    match f {
        M::Hypot => {
            real()?;
            Ok(TypeId::FLOAT)
        }
        M::Ldexp => {
            expected(2, 2)?;
            check(types, positional[0], Accepts::Real)?;
            match types.kind(positional[1]) {
                TypeKind::Int | TypeKind::Bool => Ok(TypeId::FLOAT),
                kind if known_type(kind) => Err(CallError::TypeError(
                    "Expected an int as second argument to ldexp.".into(),
                )),
                _ => Err(unsupported(types, name, positional[1])),
            }
        }
        M::IsNan | M::IsInf | M::IsFinite => {
            one_argument()?;
            real()?;
            Ok(TypeId::BOOL)
        }
        M::IsClose => {
            if let Some(keyword) = kwnames
                .iter()
                .find(|k| !matches!(k.as_str(), "rel_tol" | "abs_tol"))
            {
                return Err(CallError::Unsupported(format!(
                    "keyword argument `{keyword}` of `math.isclose()` is not supported by kiln"
                )));
            }
            let given = n;
            match given {
                0 | 1 => {
                    let (param, pos) = if given == 0 { ("a", 1) } else { ("b", 2) };
                    return Err(CallError::TypeError(format!(
                        "isclose() missing required argument '{param}' (pos {pos})"
                    )));
                }
                2 => {}
                _ => {
                    return Err(CallError::TypeError(format!(
                        "isclose() takes exactly 2 positional arguments ({given} given)"
                    )))
                }
            }
            args.iter()
                .try_for_each(|&t| check(types, t, Accepts::Real))?;
            Ok(TypeId::BOOL)
        }
        M::Trunc => {
            one_argument()?;
            match types.kind(positional[0]) {
                TypeKind::Int | TypeKind::Bool | TypeKind::Float => Ok(TypeId::INT),
                kind if known_type(kind) => Err(CallError::TypeError(format!(
                    "type {} doesn't define __trunc__ method",
                    python_name(types, positional[0])
                ))),
                _ => Err(unsupported(types, name, positional[0])),
            }
        }
        M::Factorial | M::Isqrt => {
            one_argument()?;
            integer()?;
            Ok(TypeId::INT)
        }
        M::Gcd | M::Lcm => {
            integer()?;
            Ok(TypeId::INT)
        }
        M::Dist => {
            expected(2, 2)?;
            // Two sequences of numbers: lists, or tuples (of any length).
            for &point in positional {
                let reals = match types.kind(point) {
                    TypeKind::List(t) => matches!(
                        types.kind(*t),
                        TypeKind::Int | TypeKind::Bool | TypeKind::Float
                    ),
                    TypeKind::Tuple(ts) => ts.iter().all(|&t| {
                        matches!(
                            types.kind(t),
                            TypeKind::Int | TypeKind::Bool | TypeKind::Float
                        )
                    }),
                    _ => false,
                };
                if !reals {
                    return Err(unsupported(types, name, point));
                }
            }
            Ok(TypeId::FLOAT)
        }
        M::Fsum | M::Prod => {
            if f == M::Fsum {
                one_argument()?;
            } else if n != 1 {
                return Err(CallError::Unsupported(
                    "`math.prod()` takes one list here (`start=` is not supported by kiln)".into(),
                ));
            }
            let item = match types.kind(positional[0]) {
                TypeKind::List(t) => *t,
                _ => return Err(unsupported(types, name, positional[0])),
            };
            match (f, types.kind(item)) {
                // An empty list's items have no type (yet): `fsum([])` is 0.0, `prod([])` 1.
                (
                    M::Fsum,
                    TypeKind::Int
                    | TypeKind::Bool
                    | TypeKind::Float
                    | TypeKind::Never
                    | TypeKind::Var(_),
                ) => Ok(TypeId::FLOAT),
                (M::Prod, TypeKind::Int | TypeKind::Bool | TypeKind::Never | TypeKind::Var(_)) => {
                    Ok(TypeId::INT)
                }
                (M::Prod, TypeKind::Float) => Ok(TypeId::FLOAT),
                _ => Err(unsupported(types, name, positional[0])),
            }
        }
        M::Comb => {
            expected(2, 2)?;
            integer()?;
            Ok(TypeId::INT)
        }
        M::Perm => {
            expected(1, 2)?;
            // `perm(n, None)` is `perm(n)`.
            check(types, positional[0], Accepts::Integer)?;
            match positional.get(1) {
                Some(&k) if *types.kind(k) != TypeKind::None => check(types, k, Accepts::Integer)?,
                _ => {}
            }
            Ok(TypeId::INT)
        }
        _ => Err(CallError::Unsupported(format!(
            "`math.{name}()` is not supported by kiln yet"
        ))),
    }
}

/// Whether values of this kind are what they are (CPython's TypeError for a wrong one is
/// certain); an instance could convert itself (`__float__`, `__index__`) and an optional
/// value may or may not be None, which kiln does not decide here.
fn known_type(kind: &TypeKind) -> bool {
    (super::is_value(kind) && !matches!(kind, TypeKind::Optional(_)))
        || matches!(kind, TypeKind::Range)
}

fn unsupported(types: &Types, name: &str, ty: TypeId) -> CallError {
    CallError::Unsupported(format!(
        "`math.{name}()` of a value of type `{}` is not supported by kiln yet",
        python_name(types, ty)
    ))
}

/// CPython's TypeError for an argument of type `ty` where `accepts` is wanted.
fn check(types: &Types, ty: TypeId, accepts: Accepts) -> Result<(), CallError> {
    let kind = types.kind(ty);
    let fits = match accepts {
        Accepts::Real => matches!(kind, TypeKind::Int | TypeKind::Bool | TypeKind::Float),
        Accepts::Integer => matches!(kind, TypeKind::Int | TypeKind::Bool),
    };
    if fits {
        return Ok(());
    }
    if !known_type(kind) {
        return Err(CallError::Unsupported(format!(
            "a `math` function of a value of type `{}` is not supported by kiln yet",
            python_name(types, ty)
        )));
    }
    let type_name = python_name(types, ty);
    Err(CallError::TypeError(match accepts {
        Accepts::Real => format!("must be real number, not {type_name}"),
        Accepts::Integer => format!("'{type_name}' object cannot be interpreted as an integer"),
    }))
}
