//! Typing of calls to `input()`, the standard streams' methods, files, `time` and `random`.

use super::{is_printable, is_value, python_name, CallError};
use crate::ir::{TypeId, TypeKind, Types};

/// The result type of a call of `input`, a standard stream's method or a `time` function.
pub(super) fn sys_call(
    types: &Types,
    f: crate::ir::sys::SysFn,
    args: &[TypeId],
) -> Result<TypeId, CallError> {
    use crate::ir::sys::SysFn as S;
    let name = f.name();
    let wrong = || {
        CallError::Unsupported(format!(
            "`{name}()` with these arguments is not supported by kiln (it takes {})",
            match f {
                S::Input => "an optional prompt",
                S::StdoutWrite | S::StderrWrite => "one str",
                S::Sleep => "a number of seconds",
                S::SetRecursionLimit => "one int",
                S::FileOpen => "a path and a mode",
                S::FileRead | S::FileReadline => "a file and a size",
                S::FileWrite => "a file and a str",
                S::FileFlush | S::FileClose => "a file",
                S::OsListdir | S::OsStatKind | S::OsGetsize | S::OsRemove | S::OsRmdir => {
                    "a path (a str)"
                }
                S::OsMkdir => "a path and a mode",
                S::OsRename => "two paths",
                S::JsonDumps => "a value and the encoder's options",
                _ => "no arguments",
            }
        ))
    };
    let kinds: Vec<&TypeKind> = args.iter().map(|&t| types.kind(t)).collect();
    match (f, &kinds[..]) {
        (S::Input, []) => Ok(TypeId::STR),
        (S::Input, [kind]) if is_printable(kind) => Ok(TypeId::STR),
        (S::StdoutWrite | S::StderrWrite, [TypeKind::Str]) => Ok(TypeId::INT),
        (S::StdoutWrite | S::StderrWrite, [kind]) if is_value(kind) => {
            Err(CallError::TypeError(format!(
                "write() argument must be str, not {}",
                python_name(types, args[0])
            )))
        }
        (S::StdoutFlush | S::StderrFlush, []) => Ok(TypeId::NONE),
        (S::StdinReadline | S::StdinRead, []) => Ok(TypeId::STR),
        (S::StdinReadlines, []) => Ok(TypeId::LIST_STR),
        (S::Time | S::PerfCounter | S::Monotonic, []) => Ok(TypeId::FLOAT),
        (S::TimeNs | S::PerfCounterNs | S::MonotonicNs, []) => Ok(TypeId::INT),
        (S::Sleep, [TypeKind::Int | TypeKind::Bool | TypeKind::Float]) => Ok(TypeId::NONE),
        (S::GetRecursionLimit, []) => Ok(TypeId::INT),
        (S::SetRecursionLimit, [TypeKind::Int | TypeKind::Bool]) => Ok(TypeId::NONE),
        (S::FileOpen, [TypeKind::Str, TypeKind::Str]) => Ok(TypeId::INT),
        (S::FileRead | S::FileReadline, [TypeKind::Int, TypeKind::Int | TypeKind::Bool]) => {
            Ok(TypeId::STR)
        }
        (S::FileWrite, [TypeKind::Int, TypeKind::Str]) => Ok(TypeId::INT),
        (S::FileWrite, [TypeKind::Int, kind]) if is_value(kind) => {
            Err(CallError::TypeError(format!(
                "write() argument must be str, not {}",
                python_name(types, args[1])
            )))
        }
        (S::FileFlush | S::FileClose, [TypeKind::Int]) => Ok(TypeId::NONE),
        (S::OsEnviron, []) => types
            .lookup(&TypeKind::Dict(TypeId::STR, TypeId::STR))
            .ok_or_else(wrong),
        (S::OsGetcwd, []) => Ok(TypeId::STR),
        (S::OsListdir, [TypeKind::Str]) => Ok(TypeId::LIST_STR),
        (S::OsStatKind | S::OsGetsize, [TypeKind::Str]) => Ok(TypeId::INT),
        (S::OsMkdir, [TypeKind::Str, TypeKind::Int | TypeKind::Bool]) => Ok(TypeId::NONE),
        (S::OsRemove | S::OsRmdir, [TypeKind::Str]) => Ok(TypeId::NONE),
        (S::OsRename, [TypeKind::Str, TypeKind::Str]) => Ok(TypeId::NONE),
        (S::JsonDumps, [value, ..]) if !json_value(value) => Err(CallError::Unsupported(format!(
            "`json.dumps()` of a `{}` is not supported by kiln yet",
            python_name(types, args[0])
        ))),
        (
            S::JsonDumps,
            [_, TypeKind::Int, TypeKind::Str, TypeKind::Str, TypeKind::Bool | TypeKind::Int, TypeKind::Bool | TypeKind::Int],
        ) => Ok(TypeId::STR),
        _ => Err(wrong()),
    }
}

/// Whether `json.dumps` takes values of this kind (its runtime raises CPython's TypeError for
/// the ones inside containers that JSON cannot hold).
fn json_value(kind: &TypeKind) -> bool {
    (is_value(kind) && !matches!(kind, TypeKind::Optional(_)))
        || matches!(kind, TypeKind::Instance(_))
}

/// The result type of a call of a `random` function (`k=` and `weights=` by keyword).
pub(super) fn random_call(
    types: &Types,
    f: crate::ir::random::RandomFn,
    args: &[TypeId],
    kwnames: &[String],
) -> Result<TypeId, CallError> {
    use crate::ir::random::RandomFn as R;
    let name = f.name();
    let positional = &args[..args.len() - kwnames.len()];
    let keyword = |k: &str| {
        kwnames
            .iter()
            .position(|n| n == k)
            .map(|i| positional.len() + i)
    };
    let allowed: &[&str] = match f {
        R::Sample => &["k"],
        R::Choices => &["weights", "k"],
        _ => &[],
    };
    if let Some(k) = kwnames.iter().find(|k| !allowed.contains(&k.as_str())) {
        return Err(CallError::Unsupported(format!(
            "keyword argument `{k}` of `random.{name}()` is not supported by kiln"
        )));
    }
    let kind = |t: TypeId| types.kind(t);
    let int = |t: TypeId| matches!(kind(t), TypeKind::Int | TypeKind::Bool);
    let real = |t: TypeId| matches!(kind(t), TypeKind::Int | TypeKind::Bool | TypeKind::Float);
    let wrong = || {
        CallError::Unsupported(format!(
            "`random.{name}()` with arguments of these types is not supported by kiln"
        ))
    };
    let check = |ok: bool, result: TypeId| if ok { Ok(result) } else { Err(wrong()) };
    match f {
        R::Seed => match positional {
            [] => Ok(TypeId::NONE),
            [a] => check(real(*a) || kind(*a) == &TypeKind::None, TypeId::NONE),
            _ => Err(wrong()),
        },
        R::Random => check(positional.is_empty(), TypeId::FLOAT),
        R::Getrandbits => check(matches!(positional, [k] if int(*k)), TypeId::INT),
        R::Randrange => check(
            (1..=3).contains(&positional.len()) && positional.iter().all(|&t| int(t)),
            TypeId::INT,
        ),
        R::Randint => check(
            positional.len() == 2 && positional.iter().all(|&t| int(t)),
            TypeId::INT,
        ),
        R::Choice => match positional {
            [seq] => match kind(*seq) {
                TypeKind::List(t) => Ok(*t),
                TypeKind::Str => Ok(TypeId::STR),
                TypeKind::Range => Ok(TypeId::INT),
                _ => Err(wrong()),
            },
            _ => Err(wrong()),
        },
        R::Shuffle => check(
            matches!(positional, [x] if matches!(kind(*x), TypeKind::List(_))),
            TypeId::NONE,
        ),
        R::Sample => {
            let k = positional
                .get(1)
                .copied()
                .or_else(|| keyword("k").map(|i| args[i]));
            match (positional.first().map(|&t| kind(t)), k) {
                (Some(TypeKind::List(_)), Some(k)) if int(k) && positional.len() <= 2 => {
                    Ok(positional[0])
                }
                (Some(TypeKind::Range), Some(k)) if int(k) && positional.len() <= 2 => {
                    Ok(TypeId::LIST_INT)
                }
                _ => Err(wrong()),
            }
        }
        R::Choices => {
            let weights = positional
                .get(1)
                .copied()
                .or_else(|| keyword("weights").map(|i| args[i]));
            let k = keyword("k").map(|i| args[i]);
            let weights_ok = weights.is_none_or(|w| {
                matches!(kind(w), TypeKind::List(t) if matches!(kind(*t), TypeKind::Int | TypeKind::Float))
            });
            match positional.first().map(|&t| kind(t)) {
                Some(TypeKind::List(_))
                    if positional.len() <= 2 && weights_ok && k.is_none_or(int) =>
                {
                    Ok(positional[0])
                }
                _ => Err(wrong()),
            }
        }
        R::Uniform => check(
            positional.len() == 2 && positional.iter().all(|&t| real(t)),
            TypeId::FLOAT,
        ),
        R::Gauss | R::Normalvariate => check(
            positional.len() <= 2 && positional.iter().all(|&t| real(t)),
            TypeId::FLOAT,
        ),
        R::Expovariate => check(matches!(positional, [l] if real(*l)), TypeId::FLOAT),
    }
}
