//! The typing rules of Python operators on kiln's value types.
//!
//! One function per generic operation returns a [`Plan`]: the result type plus how to compute
//! it with typed instructions (operand conversions and the operation). Inference uses the
//! result type and monomorphization the rest, so the two can never disagree.
//! A `TypeError` that CPython would raise at run time is reported at compile time.

use kiln_bytecode::{BinOp, CmpOp, UnaryOp};

use crate::ir::{Conv, DictView, FloatOp, IntOp, TypeId, TypeKind, Types};

#[path = "typing_math.rs"]
mod math;
#[path = "typing_stdlib.rs"]
mod stdlib;

/// How to compute an operation on typed operands.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub result: TypeId,
    /// Conversions applied to the (up to two) operands first.
    pub convs: [Option<Conv>; 2],
    pub op: TypedOp,
}

/// The typed operation a [`Plan`] ends with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TypedOp {
    /// The (converted) first operand itself.
    Identity,
    Int(IntOp),
    IntTrueDiv,
    IntNeg,
    IntInvert,
    /// `int ** int` where the exponent is known to be negative: computed in floats.
    Float(FloatOp),
    FloatNeg,
    Bool(IntOp),
    BoolNot,
    StrConcat,
    /// `str * int`; `swap` when written `int * str`.
    StrRepeat {
        swap: bool,
    },
    IntCompare(CmpOp),
    FloatCompare(CmpOp),
    /// Exact int/float comparison; `swap` when the float is on the left.
    IntFloatCompare {
        op: CmpOp,
        swap: bool,
    },
    StrCompare(CmpOp),
    /// A comparison of two containers of one type, by the runtime.
    ValueCompare(CmpOp),
    /// A comparison whose answer the types decide (`1 == "a"` is False).
    ConstBool(bool),
}

/// A `TypeError` message, as CPython words it.
pub type TypeErrorMessage = String;

fn plan(result: TypeId, convs: [Option<Conv>; 2], op: TypedOp) -> Result<Plan, TypeErrorMessage> {
    Ok(Plan { result, convs, op })
}

/// Python's name for a type in error messages (`int`, `str`, `NoneType`, `function`).
pub fn python_name(types: &Types, ty: TypeId) -> String {
    match types.kind(ty) {
        TypeKind::None => "NoneType".into(),
        TypeKind::Func(_) | TypeKind::Closure(..) | TypeKind::Funcs(_) => "function".into(),
        TypeKind::Builtin(crate::ir::Builtin::Stream(_)) => "TextIOWrapper".into(),
        TypeKind::Builtin(_) | TypeKind::Method(..) => "builtin_function_or_method".into(),
        TypeKind::RangeIter => "range_iterator".into(),
        _ => types.class_name(ty),
    }
}

/// Truthiness (`if x`, `not x`, `and`/`or`).
pub fn truthy(types: &Types, ty: TypeId) -> Result<Plan, TypeErrorMessage> {
    match types.kind(ty) {
        &TypeKind::Instance(c) | &TypeKind::Poly(c)
            if types.class_has(c, "__bool__") || types.class_has(c, "__len__") =>
        {
            Err(format!(
                "kiln calls `__bool__`/`__len__` of '{}' only in conditions, `not`, `bool()` and operators",
                types.class_name_of(c)
            ))
        }
        TypeKind::Bool => plan(TypeId::BOOL, [None, None], TypedOp::Identity),
        TypeKind::Int => plan(
            TypeId::BOOL,
            [Some(Conv::IntTruthy), None],
            TypedOp::Identity,
        ),
        TypeKind::Float => plan(
            TypeId::BOOL,
            [Some(Conv::FloatTruthy), None],
            TypedOp::Identity,
        ),
        TypeKind::Str => plan(
            TypeId::BOOL,
            [Some(Conv::StrTruthy), None],
            TypedOp::Identity,
        ),
        TypeKind::Bytes => plan(
            TypeId::BOOL,
            [Some(Conv::LenTruthy), None],
            TypedOp::Identity,
        ),
        TypeKind::None => plan(TypeId::BOOL, [None, None], TypedOp::ConstBool(false)),
        TypeKind::List(_)
        | TypeKind::Tuple(_)
        | TypeKind::ExcArgs
        | TypeKind::Dict(..)
        | TypeKind::Set(_)
        | TypeKind::FrozenSet(_)
        | TypeKind::DictView(..) => plan(
            TypeId::BOOL,
            [Some(Conv::LenTruthy), None],
            TypedOp::Identity,
        ),
        TypeKind::Range => plan(
            TypeId::BOOL,
            [Some(Conv::RangeTruthy), None],
            TypedOp::Identity,
        ),
        TypeKind::Func(_)
        | TypeKind::Builtin(_)
        | TypeKind::Method(..)
        | TypeKind::RangeIter
        | TypeKind::Enumerate(_)
        | TypeKind::Zip(_)
        | TypeKind::Reversed(_)
        | TypeKind::Iter(_)
        | TypeKind::Slice
        | TypeKind::Traceback
        | TypeKind::Exception
        | TypeKind::ClassOf(_)
        | TypeKind::Class(_)
        | TypeKind::Instance(_)
        | TypeKind::Poly(_)
        | TypeKind::BoundMethod(..)
        | TypeKind::VirtualMethod(..)
        | TypeKind::Closure(..)
        | TypeKind::Funcs(_)
        | TypeKind::Cell(_)
        | TypeKind::Generator(..)
        | TypeKind::Desc => plan(TypeId::BOOL, [None, None], TypedOp::ConstBool(true)),
        TypeKind::Never | TypeKind::Var(_) => plan(TypeId::NEVER, [None, None], TypedOp::Identity),
        // Monomorphization tests for None first, then the truth of the value.
        TypeKind::Optional(_) => plan(TypeId::BOOL, [None, None], TypedOp::Identity),
    }
}

/// Unary `-`, `+`, `not`, `~`.
pub fn unary(types: &Types, op: UnaryOp, ty: TypeId) -> Result<Plan, TypeErrorMessage> {
    let kind = types.kind(ty);
    let bad = || {
        format!(
            "bad operand type for unary {}: '{}'",
            op.symbol(),
            python_name(types, ty)
        )
    };
    match (op, kind) {
        (UnaryOp::Not, _) => {
            let inner = truthy(types, ty)?;
            match inner.op {
                TypedOp::ConstBool(value) => {
                    plan(TypeId::BOOL, [None, None], TypedOp::ConstBool(!value))
                }
                _ => plan(TypeId::BOOL, inner.convs, TypedOp::BoolNot),
            }
        }
        (UnaryOp::Neg, TypeKind::Int) => plan(TypeId::INT, [None, None], TypedOp::IntNeg),
        (UnaryOp::Neg, TypeKind::Bool) => {
            plan(TypeId::INT, [Some(Conv::BoolToInt), None], TypedOp::IntNeg)
        }
        (UnaryOp::Neg, TypeKind::Float) => plan(TypeId::FLOAT, [None, None], TypedOp::FloatNeg),
        (UnaryOp::Pos, TypeKind::Int | TypeKind::Float) => {
            plan(ty, [None, None], TypedOp::Identity)
        }
        (UnaryOp::Pos, TypeKind::Bool) => plan(
            TypeId::INT,
            [Some(Conv::BoolToInt), None],
            TypedOp::Identity,
        ),
        (UnaryOp::Invert, TypeKind::Int) => plan(TypeId::INT, [None, None], TypedOp::IntInvert),
        (UnaryOp::Invert, TypeKind::Bool) => plan(
            TypeId::INT,
            [Some(Conv::BoolToInt), None],
            TypedOp::IntInvert,
        ),
        _ => Err(bad()),
    }
}

/// The numeric rank of a type for arithmetic promotion: bool < int < float.
fn numeric(kind: &TypeKind) -> Option<u8> {
    match kind {
        TypeKind::Bool => Some(0),
        TypeKind::Int => Some(1),
        TypeKind::Float => Some(2),
        _ => None,
    }
}

fn to_int(kind: &TypeKind) -> Option<Conv> {
    matches!(kind, TypeKind::Bool).then_some(Conv::BoolToInt)
}

fn to_float(kind: &TypeKind) -> Option<Conv> {
    match kind {
        TypeKind::Bool => Some(Conv::BoolToFloat),
        TypeKind::Int => Some(Conv::IntToFloat),
        _ => None,
    }
}

/// Binary arithmetic and bitwise operators. `negative_exponent` is true when the right operand
/// of `**` is a constant below zero (then CPython's `int ** int` gives a float).
pub fn binary(
    types: &Types,
    op: BinOp,
    lhs: TypeId,
    rhs: TypeId,
    negative_exponent: bool,
) -> Result<Plan, TypeErrorMessage> {
    let (lk, rk) = (types.kind(lhs), types.kind(rhs));
    let unsupported = || {
        format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            python_name(types, lhs),
            python_name(types, rhs)
        )
    };
    if let (Some(l), Some(r)) = (numeric(lk), numeric(rk)) {
        let bitwise = matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor);
        if l == 0 && r == 0 && bitwise {
            return plan(TypeId::BOOL, [None, None], TypedOp::Bool(int_op(op)));
        }
        if l.max(r) == 2 {
            let float_op = match op {
                BinOp::Add => FloatOp::Add,
                BinOp::Sub => FloatOp::Sub,
                BinOp::Mul => FloatOp::Mul,
                BinOp::TrueDiv => FloatOp::Div,
                BinOp::FloorDiv => FloatOp::FloorDiv,
                BinOp::Mod => FloatOp::Mod,
                BinOp::Pow => FloatOp::Pow,
                _ => return Err(unsupported()),
            };
            return plan(
                TypeId::FLOAT,
                [to_float(lk), to_float(rk)],
                TypedOp::Float(float_op),
            );
        }
        let convs = [to_int(lk), to_int(rk)];
        return match op {
            BinOp::TrueDiv => plan(TypeId::FLOAT, convs, TypedOp::IntTrueDiv),
            BinOp::Pow if negative_exponent => plan(
                TypeId::FLOAT,
                [to_float(lk), to_float(rk)],
                TypedOp::Float(FloatOp::Pow),
            ),
            _ => plan(TypeId::INT, convs, TypedOp::Int(int_op(op))),
        };
    }
    match (op, lk, rk) {
        (BinOp::Add, TypeKind::Str, TypeKind::Str) => {
            plan(TypeId::STR, [None, None], TypedOp::StrConcat)
        }
        (BinOp::Add, TypeKind::Str, _) => Err(format!(
            "can only concatenate str (not \"{}\") to str",
            python_name(types, rhs)
        )),
        (BinOp::Mul, TypeKind::Str, TypeKind::Int | TypeKind::Bool) => plan(
            TypeId::STR,
            [None, to_int(rk)],
            TypedOp::StrRepeat { swap: false },
        ),
        (BinOp::Mul, TypeKind::Int | TypeKind::Bool, TypeKind::Str) => plan(
            TypeId::STR,
            [to_int(lk), None],
            TypedOp::StrRepeat { swap: true },
        ),
        (BinOp::Mul, TypeKind::Str, TypeKind::Float)
        | (BinOp::Mul, TypeKind::Float, TypeKind::Str) => {
            Err("can't multiply sequence by non-int of type 'float'".into())
        }
        _ => Err(unsupported()),
    }
}

fn int_op(op: BinOp) -> IntOp {
    match op {
        BinOp::Add => IntOp::Add,
        BinOp::Sub => IntOp::Sub,
        BinOp::Mul => IntOp::Mul,
        BinOp::FloorDiv => IntOp::FloorDiv,
        BinOp::Mod => IntOp::Mod,
        BinOp::Pow => IntOp::Pow,
        BinOp::LShift => IntOp::Shl,
        BinOp::RShift => IntOp::Shr,
        BinOp::BitAnd => IntOp::And,
        BinOp::BitOr => IntOp::Or,
        BinOp::BitXor => IntOp::Xor,
        BinOp::TrueDiv => IntOp::FloorDiv, // never reached: true division has its own plan
    }
}

/// Comparison operators.
pub fn compare(
    types: &Types,
    op: CmpOp,
    lhs: TypeId,
    rhs: TypeId,
) -> Result<Plan, TypeErrorMessage> {
    let (lk, rk) = (types.kind(lhs), types.kind(rhs));
    if let (Some(l), Some(r)) = (numeric(lk), numeric(rk)) {
        return match (l == 2, r == 2) {
            (false, false) => plan(
                TypeId::BOOL,
                [to_int(lk), to_int(rk)],
                TypedOp::IntCompare(op),
            ),
            (true, true) => plan(TypeId::BOOL, [None, None], TypedOp::FloatCompare(op)),
            (false, true) => plan(
                TypeId::BOOL,
                [to_int(lk), None],
                TypedOp::IntFloatCompare { op, swap: false },
            ),
            (true, false) => plan(
                TypeId::BOOL,
                [None, to_int(rk)],
                TypedOp::IntFloatCompare { op, swap: true },
            ),
        };
    }
    if let (TypeKind::Bytes, TypeKind::Bytes) = (lk, rk) {
        return plan(TypeId::BOOL, [None, None], TypedOp::ValueCompare(op));
    }
    let container = |k: &TypeKind| {
        matches!(
            k,
            TypeKind::List(_)
                | TypeKind::Tuple(_)
                | TypeKind::Dict(..)
                | TypeKind::Set(_)
                | TypeKind::FrozenSet(_)
        )
    };
    if container(lk) || container(rk) {
        let same_class = types.class_name(lhs) == types.class_name(rhs);
        let set_and_frozenset = match (lk, rk) {
            (
                TypeKind::Set(a) | TypeKind::FrozenSet(a),
                TypeKind::Set(b) | TypeKind::FrozenSet(b),
            ) => a == b,
            _ => false,
        };
        return match op {
            _ if lhs == rhs => plan(TypeId::BOOL, [None, None], TypedOp::ValueCompare(op)),
            // A set and a frozenset share their layout: the runtime compares their elements.
            CmpOp::Eq | CmpOp::Ne if set_and_frozenset => {
                plan(TypeId::BOOL, [None, None], TypedOp::ValueCompare(op))
            }
            CmpOp::Eq => plan(TypeId::BOOL, [None, None], TypedOp::ConstBool(false)),
            CmpOp::Ne => plan(TypeId::BOOL, [None, None], TypedOp::ConstBool(true)),
            _ if !same_class => Err(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                python_name(types, lhs),
                python_name(types, rhs)
            )),
            // Refused before this by `infer` (see `unsupported_ordering`).
            _ => Err(format!(
                "kiln cannot order a {} and a {}",
                types.name(lhs),
                types.name(rhs)
            )),
        };
    }
    match (lk, rk) {
        (TypeKind::Str, TypeKind::Str) => plan(TypeId::BOOL, [None, None], TypedOp::StrCompare(op)),
        // `==` of instances: their class's `__eq__` (the runtime calls it), or identity; of
        // exceptions: identity.
        (TypeKind::Exception, TypeKind::Exception) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            plan(TypeId::BOOL, [None, None], TypedOp::ValueCompare(op))
        }
        // Generators compare by identity (those of different functions are never equal).
        (TypeKind::Generator(..), TypeKind::Generator(..))
            if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
        {
            match lhs == rhs {
                true => plan(TypeId::BOOL, [None, None], TypedOp::ValueCompare(op)),
                false => plan(
                    TypeId::BOOL,
                    [None, None],
                    TypedOp::ConstBool(op == CmpOp::Ne),
                ),
            }
        }
        // Functions compare by identity (monomorphization compares two function types that
        // share a function as `is` does).
        (
            TypeKind::Closure(..) | TypeKind::Funcs(_),
            TypeKind::Closure(..) | TypeKind::Funcs(_),
        ) if lhs == rhs && matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            plan(TypeId::BOOL, [None, None], TypedOp::ValueCompare(op))
        }
        _ if matches!(op, CmpOp::Eq | CmpOp::Ne) && functions_overlap(types, lhs, rhs) => {
            plan(TypeId::BOOL, [None, None], TypedOp::ValueCompare(op))
        }
        (TypeKind::Instance(_) | TypeKind::Poly(_), TypeKind::Instance(_) | TypeKind::Poly(_))
            if same_classes(types, lhs, rhs) && matches!(op, CmpOp::Eq | CmpOp::Ne) =>
        {
            plan(TypeId::BOOL, [None, None], TypedOp::ValueCompare(op))
        }
        // Ordering instances (sorting, `min`, `max`): their class's `__lt__`, or the
        // reflected `__gt__`.
        (
            &TypeKind::Instance(c) | &TypeKind::Poly(c),
            TypeKind::Instance(_) | TypeKind::Poly(_),
        ) if same_classes(types, lhs, rhs)
            && matches!(op, CmpOp::Lt | CmpOp::Gt)
            && types.orderable_class(c) =>
        {
            plan(TypeId::BOOL, [None, None], TypedOp::ValueCompare(op))
        }
        (TypeKind::None, TypeKind::None) if matches!(op, CmpOp::Eq | CmpOp::Ne) => plan(
            TypeId::BOOL,
            [None, None],
            TypedOp::ConstBool(op == CmpOp::Eq),
        ),
        _ if lhs == rhs
            && matches!(lk, TypeKind::Func(_) | TypeKind::Builtin(_))
            && matches!(op, CmpOp::Eq | CmpOp::Ne) =>
        {
            plan(
                TypeId::BOOL,
                [None, None],
                TypedOp::ConstBool(op == CmpOp::Eq),
            )
        }
        _ if matches!(op, CmpOp::Eq | CmpOp::Ne) && lhs != rhs => plan(
            TypeId::BOOL,
            [None, None],
            TypedOp::ConstBool(op == CmpOp::Ne),
        ),
        _ => Err(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            python_name(types, lhs),
            python_name(types, rhs)
        )),
    }
}

/// Why a builtin call cannot be compiled.
#[derive(Clone, Debug, PartialEq)]
pub enum CallError {
    /// CPython would raise this TypeError.
    TypeError(String),
    /// Valid Python that kiln does not compile yet.
    Unsupported(String),
}

pub fn is_value(kind: &TypeKind) -> bool {
    matches!(
        kind,
        TypeKind::None
            | TypeKind::Optional(_)
            | TypeKind::Bool
            | TypeKind::Int
            | TypeKind::Float
            | TypeKind::Str
            | TypeKind::Bytes
            | TypeKind::List(_)
            | TypeKind::Tuple(_)
            | TypeKind::Dict(..)
            | TypeKind::Set(_)
            | TypeKind::FrozenSet(_)
    )
}

/// The class name of values of type `ty` as `type(x).__name__` gives it, when the type alone
/// decides it (an exception's is its own: `Some("")` stands for "at run time").
pub fn class_name(types: &Types, ty: TypeId) -> Option<String> {
    match types.kind(ty) {
        TypeKind::Exception => Some(String::new()),
        TypeKind::Optional(_) => None,
        TypeKind::Poly(_) => Some(String::new()),
        kind if is_value(kind) || matches!(kind, TypeKind::Range | TypeKind::Instance(_)) => {
            Some(types.class_name(ty))
        }
        _ => None,
    }
}

/// Whether instances of types `a` and `b` are of one type, or of classes with a common base
/// one of them stands for (so the runtime compares them with that base's methods).
fn same_classes(types: &Types, a: TypeId, b: TypeId) -> bool {
    if a == b {
        return true;
    }
    match (types.kind(a), types.kind(b)) {
        (&TypeKind::Poly(base), &TypeKind::Instance(c) | &TypeKind::Poly(c))
        | (&TypeKind::Instance(c), &TypeKind::Poly(base)) => types.derives(c, base),
        _ => false,
    }
}

/// What `issubclass(class, classes)` is: decided by the types (`Ok(truth)`), or, for the class
/// of an exception or of a value of several classes (`type(e)`), tested at run time (`Err`).
/// `None` if either is not a class (or a tuple of classes) kiln knows.
pub fn issubclass(types: &Types, class: TypeId, classes: TypeId) -> Option<Result<bool, ()>> {
    use crate::ir::Builtin as B;
    let class_list: Vec<TypeId> = match types.kind(classes) {
        TypeKind::Tuple(items) => items.clone(),
        _ => vec![classes],
    };
    // What `class` is: a program class, a builtin exception class, another builtin class.
    enum Of {
        Program(u32),
        Exception(crate::ir::ExcKind),
        Builtin(B),
    }
    let of = match *types.kind(class) {
        TypeKind::Class(c) => Of::Program(c),
        TypeKind::Builtin(B::Exception(k)) => Of::Exception(k),
        TypeKind::Builtin(
            b @ (B::Int
            | B::Bool
            | B::Float
            | B::Str
            | B::Bytes
            | B::List
            | B::Tuple
            | B::Dict
            | B::Set
            | B::FrozenSet
            | B::Range),
        ) => Of::Builtin(b),
        TypeKind::ClassOf(t)
            if t == TypeId::EXCEPTION || matches!(types.kind(t), TypeKind::Poly(_)) =>
        {
            // Known at run time; each named class must still be a class.
            return class_list
                .iter()
                .all(|&k| matches!(types.kind(k), TypeKind::Class(_) | TypeKind::Builtin(_)))
                .then_some(Err(()));
        }
        TypeKind::ClassOf(t) => return issubclass_of_type(types, t, &class_list),
        _ => return None,
    };
    let mut truth = false;
    for named in class_list {
        truth |= match (&of, types.kind(named)) {
            (Of::Program(c), &TypeKind::Class(d)) => types.derives(*c, d),
            (Of::Program(c), TypeKind::Builtin(B::Exception(k))) => types
                .class_exceptions
                .get(*c as usize)
                .copied()
                .flatten()
                .is_some_and(|e| e.is_subclass(*k)),
            (Of::Exception(e), TypeKind::Builtin(B::Exception(k))) => e.is_subclass(*k),
            (Of::Builtin(b), TypeKind::Builtin(n)) => b == n || (*b == B::Bool && *n == B::Int),
            (_, TypeKind::Class(_) | TypeKind::Builtin(_)) => false,
            _ => return None,
        };
    }
    Some(Ok(truth))
}

/// `issubclass(type(x), classes)` for a value whose type decides its class.
fn issubclass_of_type(types: &Types, of: TypeId, classes: &[TypeId]) -> Option<Result<bool, ()>> {
    let mut truth = false;
    for &named in classes {
        truth |= match isinstance(types, of, named)? {
            Ok(t) => t,
            Err(_) => return Some(Err(())),
        };
    }
    Some(Ok(truth))
}

/// What `isinstance(value, classes)` is for a value of type `value`: decided by the types
/// (`Ok(truth)`), or for an exception, a test of its class against the mask of exception
/// classes (`Err(mask)`). `None` if `classes` is not a builtin class or a tuple of them.
pub fn isinstance(types: &Types, value: TypeId, classes: TypeId) -> Option<Result<bool, i64>> {
    use crate::ir::Builtin as B;
    let class_list: Vec<TypeId> = match types.kind(classes) {
        TypeKind::Tuple(items) => items.clone(),
        _ => vec![classes],
    };
    let mut truth = false;
    let mut mask = 0i64;
    let kind = types.kind(value);
    for class in class_list {
        if let TypeKind::Class(k) = *types.kind(class) {
            truth |= matches!(*kind, TypeKind::Instance(c) if types.derives(c, k));
            continue;
        }
        let TypeKind::Builtin(builtin) = types.kind(class) else {
            return None;
        };
        truth |= match builtin {
            B::Exception(k) => {
                mask |= 1 << k.code();
                // An instance of one of the program's exception classes.
                types
                    .exception_class(value)
                    .is_some_and(|e| e.is_subclass(*k))
            }
            B::Int => matches!(kind, TypeKind::Int | TypeKind::Bool),
            B::Bool => matches!(kind, TypeKind::Bool),
            B::Float => matches!(kind, TypeKind::Float),
            B::Str => matches!(kind, TypeKind::Str),
            B::Bytes => matches!(kind, TypeKind::Bytes),
            B::List => matches!(kind, TypeKind::List(_)),
            B::Tuple => matches!(kind, TypeKind::Tuple(_)),
            B::Dict => matches!(kind, TypeKind::Dict(..)),
            B::Set => matches!(kind, TypeKind::Set(_)),
            B::FrozenSet => matches!(kind, TypeKind::FrozenSet(_)),
            B::Range => matches!(kind, TypeKind::Range),
            _ => return None,
        };
    }
    Some(if *kind == TypeKind::Exception && mask != 0 {
        Err(mask)
    } else {
        Ok(truth)
    })
}

/// Whether `a is b` compares object identity kiln keeps for values of types `a` and `b`
/// (`Some(false)` when no object can be both): for instances, exceptions and mutable
/// containers, optional or not. `None` for values whose identity CPython leaves to the
/// implementation (ints, strs, tuples, ...).
/// Whether a value of type `a` and one of type `b` may be the same function, their types
/// differing.
pub fn functions_overlap(types: &Types, a: TypeId, b: TypeId) -> bool {
    match (types.functions(a), types.functions(b)) {
        (Some(x), Some(y)) => a != b && x.iter().any(|f| y.contains(f)),
        _ => false,
    }
}

pub fn identity(types: &Types, a: TypeId, b: TypeId) -> Option<bool> {
    let object = |t: TypeId| {
        let t = types.optional_inner(t).unwrap_or(t);
        let kind = types.kind(t);
        matches!(
            kind,
            TypeKind::Instance(_)
                | TypeKind::Poly(_)
                | TypeKind::Func(_)
                | TypeKind::Closure(..)
                | TypeKind::Funcs(_)
                | TypeKind::Exception
                | TypeKind::Generator(..)
                | TypeKind::List(_)
                | TypeKind::Dict(..)
                | TypeKind::Set(_)
        )
        .then_some(t)
    };
    let (x, y) = (object(a)?, object(b)?);
    let related = x == y
        || (types.is_exception(x) && types.is_exception(y))
        || matches!(
            (types.instance_class(x), types.instance_class(y)),
            (Some(c), Some(d)) if types.common_base(c, d).is_some()
        )
        || matches!(
            (types.functions(x), types.functions(y)),
            (Some(p), Some(q)) if p.iter().any(|f| q.contains(f))
        );
    Some(related)
}

/// Whether values of this kind can be printed (and given to `str`, `repr`, `format`): the
/// values, and ranges.
pub fn is_printable(kind: &TypeKind) -> bool {
    is_value(kind)
        || matches!(
            kind,
            TypeKind::Range
                | TypeKind::Exception
                | TypeKind::ExcArgs
                | TypeKind::ClassOf(_)
                | TypeKind::Instance(_)
                | TypeKind::Poly(_)
        )
}

/// The result type of calling builtin `builtin` with positional `args` followed by keyword
/// arguments named `kwnames` (whose types are the last `kwnames.len()` entries of `args`).
pub fn builtin(
    types: &Types,
    builtin: crate::ir::Builtin,
    args: &[TypeId],
    kwnames: &[String],
) -> Result<TypeId, CallError> {
    use crate::ir::Builtin as B;
    let name = builtin.name();
    let positional = &args[..args.len() - kwnames.len()];
    let kinds: Vec<&TypeKind> = positional.iter().map(|&t| types.kind(t)).collect();
    if !matches!(
        builtin,
        B::Print | B::PrintUnpacked | B::Math(_) | B::Random(_)
    ) {
        if let Some(keyword) = kwnames.first() {
            return Err(CallError::Unsupported(format!(
                "keyword argument `{keyword}` of `{name}()` is not supported by kiln yet"
            )));
        }
    }
    let arity = |low: usize, high: usize| -> Result<(), CallError> {
        if kinds.len() < low || kinds.len() > high {
            Err(CallError::TypeError(format!(
                "{name}() takes {} but {} were given",
                if low == high {
                    format!("exactly {low} argument{}", if low == 1 { "" } else { "s" })
                } else {
                    format!("from {low} to {high} arguments")
                },
                kinds.len()
            )))
        } else {
            Ok(())
        }
    };
    let unsupported_arg = |ty: TypeId| {
        CallError::Unsupported(format!(
            "`{name}()` of a value of type `{}` is not supported by kiln yet",
            python_name(types, ty)
        ))
    };
    match builtin {
        B::Math(f) => math::call(types, f, args, kwnames),
        B::Sys(f) => stdlib::sys_call(types, f, positional),
        B::Random(f) => stdlib::random_call(types, f, args, kwnames),
        B::Stream(_) | B::SysArgv => Err(CallError::Unsupported(format!(
            "calling `sys.{name}` is not supported by kiln"
        ))),
        B::Exception(_) => match positional.iter().find(|&&t| !is_printable(types.kind(t))) {
            Some(&arg) => Err(unsupported_arg(arg)),
            None => Ok(TypeId::EXCEPTION),
        },
        B::Next => Err(CallError::Unsupported(format!(
            "`next()` of a `{}` is not supported by kiln yet: kiln's own iterators are values; `next()` works on instances whose class defines `__next__`",
            positional.first().map_or("nothing".into(), |&t| python_name(types, t))
        ))),
        B::SysExit => {
            arity(0, 1)?;
            match positional.iter().find(|&&t| !is_printable(types.kind(t))) {
                Some(&arg) => Err(unsupported_arg(arg)),
                None => Ok(TypeId::NONE),
            }
        }
        B::ExcInit => match positional.split_first() {
            Some((&this, _)) if !types.is_exception(this) => Err(CallError::TypeError(format!(
                "descriptor '__init__' requires a 'BaseException' object but received a '{}'",
                python_name(types, this)
            ))),
            Some((_, rest)) => match rest.iter().find(|&&t| !is_printable(types.kind(t))) {
                Some(&arg) => Err(unsupported_arg(arg)),
                None => Ok(TypeId::NONE),
            },
            None => Err(CallError::TypeError(
                "descriptor '__init__' of 'BaseException' object needs an argument".into(),
            )),
        },
        B::Print => {
            print_keywords(types, kwnames, &args[positional.len()..])?;
            match positional.iter().find(|&&t| !is_printable(types.kind(t))) {
                Some(&ty) => Err(unsupported_arg(ty)),
                None => Ok(TypeId::NONE),
            }
        }
        B::PrintUnpacked => {
            print_keywords(types, kwnames, &args[positional.len()..])?;
            if args[positional.len()..]
                .iter()
                .any(|&t| text_file_class(types, t).is_some())
            {
                return Err(CallError::Unsupported(
                    "`print(*items, file=f)` to a file is not supported by kiln yet; write \
                     `print(' '.join(map(str, items)), file=f)`"
                        .into(),
                ));
            }
            // An empty display's items have no type: nothing is printed.
            let printable = |t: TypeId| {
                is_printable(types.kind(t))
                    || matches!(types.kind(t), TypeKind::Var(_) | TypeKind::Never)
            };
            let ok = match types.kind(positional[0]) {
                TypeKind::Tuple(ts) => ts.iter().all(|&t| printable(t)),
                _ => types.known_item_type(positional[0]).is_some_and(printable),
            };
            match ok {
                true => Ok(TypeId::NONE),
                false => Err(CallError::Unsupported(format!(
                    "`print(*...)` of a `{}` is not supported by kiln yet",
                    python_name(types, positional[0])
                ))),
            }
        }
        B::Int if kinds.len() == 2 => match (kinds[0], kinds[1]) {
            (TypeKind::Str, TypeKind::Int | TypeKind::Bool) => Ok(TypeId::INT),
            (TypeKind::Str, _) => Err(CallError::TypeError(format!(
                "'{}' object cannot be interpreted as an integer",
                python_name(types, positional[1])
            ))),
            _ => Err(CallError::TypeError(
                "int() can't convert non-string with explicit base".into(),
            )),
        },
        B::Int | B::Float => {
            arity(0, 1).map_err(|_| {
                CallError::Unsupported(format!(
                    "`{name}()` with a base argument is not supported by kiln yet"
                ))
            })?;
            let result = if builtin == B::Int {
                TypeId::INT
            } else {
                TypeId::FLOAT
            };
            match kinds.first() {
                None | Some(TypeKind::Bool | TypeKind::Int | TypeKind::Float | TypeKind::Str) => {
                    Ok(result)
                }
                Some(TypeKind::None) => Err(CallError::TypeError(format!(
                    "{name}() argument must be a string or a {}, not 'NoneType'",
                    if builtin == B::Int {
                        "bytes-like object or a real number"
                    } else {
                        "real number"
                    }
                ))),
                Some(_) => Err(unsupported_arg(positional[0])),
            }
        }
        B::Str if kinds.len() > 1 => {
            // `str(b, encoding[, errors])` decodes.
            arity(2, 3)?;
            match kinds.as_slice() {
                [TypeKind::Bytes, rest @ ..] if rest.iter().all(|k| **k == TypeKind::Str) => {
                    Ok(TypeId::STR)
                }
                [TypeKind::Str, ..] => {
                    Err(CallError::TypeError("decoding str is not supported".into()))
                }
                _ => Err(unsupported_arg(positional[0])),
            }
        }
        B::Str => {
            arity(0, 1)?;
            match kinds.first() {
                Some(kind) if !is_printable(kind) => Err(unsupported_arg(positional[0])),
                _ => Ok(TypeId::STR),
            }
        }
        B::Bool => {
            arity(0, 1)?;
            Ok(TypeId::BOOL)
        }
        B::Abs => {
            arity(1, 1)?;
            match kinds[0] {
                TypeKind::Int | TypeKind::Bool => Ok(TypeId::INT),
                TypeKind::Float => Ok(TypeId::FLOAT),
                _ => Err(CallError::TypeError(format!(
                    "bad operand type for abs(): '{}'",
                    python_name(types, positional[0])
                ))),
            }
        }
        B::Min | B::Max => {
            if kinds.len() < 2 {
                return Err(CallError::Unsupported(format!(
                    "`{name}()` of an iterable is not supported by kiln yet; pass two or more values"
                )));
            }
            let first = positional[0];
            let ordered = match kinds[0] {
                TypeKind::Int | TypeKind::Float | TypeKind::Str | TypeKind::Bool => true,
                // Compared by their class's `__lt__` or `__gt__`.
                &TypeKind::Instance(c) | &TypeKind::Poly(c) => types.orderable_class(c),
                _ => false,
            };
            if !ordered {
                return Err(unsupported_arg(first));
            }
            if let Some(&other) = positional.iter().find(|&&t| t != first) {
                return Err(CallError::Unsupported(format!(
                    "`{name}()` of a `{}` and a `{}`: kiln needs all arguments of one type, because the result's type would depend on the values",
                    python_name(types, first),
                    python_name(types, other)
                )));
            }
            Ok(first)
        }
        B::Len => {
            arity(1, 1)?;
            match kinds[0] {
                TypeKind::Str
                | TypeKind::List(_)
                | TypeKind::Tuple(_)
                | TypeKind::ExcArgs
                | TypeKind::Dict(..)
                | TypeKind::Set(_)
                | TypeKind::FrozenSet(_)
                | TypeKind::DictView(..)
                | TypeKind::Range
                | TypeKind::Bytes => Ok(TypeId::INT),
                _ => Err(CallError::TypeError(format!(
                    "object of type '{}' has no len()",
                    python_name(types, positional[0])
                ))),
            }
        }
        B::Round => {
            arity(1, 2)?;
            let digits = kinds.get(1);
            if let Some(kind) = digits {
                if !matches!(kind, TypeKind::Int | TypeKind::Bool) {
                    return Err(CallError::TypeError(format!(
                        "'{}' object cannot be interpreted as an integer",
                        python_name(types, positional[1])
                    )));
                }
            }
            match (kinds[0], digits.is_some()) {
                (TypeKind::Float, false) => Ok(TypeId::INT),
                (TypeKind::Float, true) => Ok(TypeId::FLOAT),
                (TypeKind::Int | TypeKind::Bool, _) => Ok(TypeId::INT),
                _ => Err(CallError::TypeError(format!(
                    "type {} doesn't define __round__ method",
                    python_name(types, positional[0])
                ))),
            }
        }
        B::Divmod => {
            arity(2, 2)?;
            // `(a // b, a % b)`, with `divmod()` in the TypeError.
            let quotient = binary(
                types,
                kiln_bytecode::BinOp::FloorDiv,
                positional[0],
                positional[1],
                false,
            )
            .map_err(|message| CallError::TypeError(message.replace("for //:", "for divmod():")))?
            .result;
            types
                .lookup(&TypeKind::Tuple(vec![quotient, quotient]))
                .ok_or_else(|| CallError::Unsupported("`divmod()` of these types".into()))
        }
        B::Pow => {
            arity(2, 3)?;
            if kinds.len() == 3 {
                return if kinds
                    .iter()
                    .all(|k| matches!(k, TypeKind::Int | TypeKind::Bool))
                {
                    Ok(TypeId::INT)
                } else {
                    Err(CallError::TypeError(
                        "pow() 3rd argument not allowed unless all arguments are integers".into(),
                    ))
                };
            }
            // Two arguments are `base ** exp`; the caller applies the operator's rules.
            binary(
                types,
                kiln_bytecode::BinOp::Pow,
                positional[0],
                positional[1],
                false,
            )
            .map(|plan| plan.result)
            .map_err(CallError::TypeError)
        }
        B::Type => {
            arity(1, 1)?;
            match kinds[0] {
                TypeKind::Optional(_) => Err(unsupported_arg(positional[0])),
                _ if class_name(types, positional[0]).is_some() => Ok(types
                    .lookup(&TypeKind::ClassOf(positional[0]))
                    .unwrap_or(TypeId::NEVER)),
                _ => Err(unsupported_arg(positional[0])),
            }
        }
        B::IsSubclass => {
            arity(2, 2)?;
            match issubclass(types, positional[0], positional[1]) {
                Some(_) => Ok(TypeId::BOOL),
                None => Err(CallError::Unsupported(format!(
                    "`issubclass()` of a `{}` and a `{}` is not supported by kiln yet",
                    python_name(types, positional[0]),
                    python_name(types, positional[1])
                ))),
            }
        }
        B::IsInstance => {
            arity(2, 2)?;
            if matches!(kinds[0], TypeKind::Optional(_)) {
                return Err(unsupported_arg(positional[0]));
            }
            match isinstance(types, positional[0], positional[1]) {
                Some(_) => Ok(TypeId::BOOL),
                None => Err(CallError::Unsupported(format!(
                    "`isinstance()` with a `{}` as the class is not supported by kiln yet",
                    python_name(types, positional[1])
                ))),
            }
        }
        B::Hash => {
            arity(1, 1)?;
            match kinds[0] {
                TypeKind::Int
                | TypeKind::Bool
                | TypeKind::Float
                | TypeKind::Str
                | TypeKind::Bytes
                | TypeKind::None
                | TypeKind::FrozenSet(_)
                // By the class's `__hash__`, or identity (TypeError if unhashable).
                | TypeKind::Instance(_)
                | TypeKind::Poly(_)
                | TypeKind::Exception => Ok(TypeId::INT),
                TypeKind::Tuple(_) if hashable(types, positional[0]) => Ok(TypeId::INT),
                TypeKind::List(_) | TypeKind::Dict(..) | TypeKind::Set(_) | TypeKind::Tuple(_) => {
                    Err(CallError::TypeError(format!(
                        "unhashable type: '{}'",
                        unhashable_part(types, positional[0])
                    )))
                }
                _ => Err(unsupported_arg(positional[0])),
            }
        }
        B::Bin | B::Oct | B::Hex => {
            arity(1, 1)?;
            match kinds[0] {
                TypeKind::Int | TypeKind::Bool => Ok(TypeId::STR),
                _ => Err(CallError::TypeError(format!(
                    "'{}' object cannot be interpreted as an integer",
                    python_name(types, positional[0])
                ))),
            }
        }
        B::List
        | B::DefaultDict
        | B::Counter
        | B::Bytes
        | B::Tuple
        | B::Set
        | B::FrozenSet
        | B::Dict
        | B::Sorted
        | B::Sum
        | B::Any
        | B::All
        | B::Enumerate
        | B::Zip
        | B::Reversed
        | B::Iter
        | B::ObjectSetAttr
        | B::Repr
        | B::Ascii
        | B::Ord
        | B::Chr
        | B::Format => Err(CallError::Unsupported(format!(
            "`{name}()` is typed by inference"
        ))),
        B::Range => {
            if kinds.is_empty() {
                return Err(CallError::TypeError(
                    "range expected at least 1 argument, got 0".into(),
                ));
            }
            if kinds.len() > 3 {
                return Err(CallError::TypeError(format!(
                    "range expected at most 3 arguments, got {}",
                    kinds.len()
                )));
            }
            match positional
                .iter()
                .find(|&&t| !matches!(types.kind(t), TypeKind::Int | TypeKind::Bool))
            {
                Some(&ty) => Err(CallError::TypeError(format!(
                    "'{}' object cannot be interpreted as an integer",
                    python_name(types, ty)
                ))),
                None => Ok(TypeId::RANGE),
            }
        }
    }
}

/// The result type of calling a bound method of a builtin type.
pub fn method(
    types: &Types,
    method: crate::ir::Method,
    args: &[TypeId],
    kwnames: &[String],
) -> Result<TypeId, CallError> {
    use crate::ir::Method as M;
    if let Some(keyword) = kwnames.first() {
        return Err(CallError::TypeError(format!(
            "{}() takes no keyword arguments (got `{keyword}`)",
            method.name()
        )));
    }
    let _ = types;
    match method {
        M::IntBitLength if args.is_empty() => Ok(TypeId::INT),
        M::IntBitLength => Err(CallError::TypeError(format!(
            "int.bit_length() takes no arguments ({} given)",
            args.len()
        ))),
        M::Named(name) => Err(CallError::Unsupported(format!(
            "the method `{name}` is typed by inference"
        ))),
    }
}

/// Reorders the arguments of a builtin that accepts some parameters by keyword (`int(s,
/// base=16)`, `round(x, ndigits=2)`, `pow(2, 10, mod=7)`) into positional order: the indices of
/// the call's arguments, parameter by parameter. `None` when there is nothing to reorder.
pub fn builtin_positional(
    builtin: crate::ir::Builtin,
    nargs: usize,
    kwnames: &[String],
) -> Result<Option<Vec<usize>>, String> {
    use crate::ir::Builtin as B;
    // Parameter names in order; the first `positional_only` cannot be given by keyword.
    let (params, positional_only): (&[&str], usize) = match builtin {
        B::Int => (&["x", "base"], 1),
        B::Round => (&["number", "ndigits"], 0),
        B::Pow => (&["base", "exp", "mod"], 0),
        _ => return Ok(None),
    };
    if kwnames.is_empty() {
        return Ok(None);
    }
    let name = builtin.name();
    if nargs > params.len() {
        return Err(format!(
            "{name}() takes at most {} arguments ({nargs} given)",
            params.len()
        ));
    }
    let positional = nargs - kwnames.len();
    let mut order: Vec<Option<usize>> = vec![None; params.len().max(positional)];
    for (i, slot) in order.iter_mut().enumerate().take(positional) {
        *slot = Some(i);
    }
    for (k, keyword) in kwnames.iter().enumerate() {
        let index = params
            .iter()
            .position(|p| p == keyword)
            .filter(|&i| i >= positional_only)
            .ok_or_else(|| format!("'{keyword}' is an invalid keyword argument for {name}()"))?;
        if order[index].is_some() {
            return Err(format!(
                "argument for {name}() given by name ('{keyword}') and position ({})",
                index + 1
            ));
        }
        order[index] = Some(positional + k);
    }
    // A gap (a later parameter given while an earlier one is missing) is CPython's missing
    // argument error.
    let given: Vec<usize> = order.iter().map_while(|slot| *slot).collect();
    if given.len() != order.iter().flatten().count() {
        let missing = params[given.len()];
        return Err(format!(
            "{name}() missing required argument '{missing}' (pos {})",
            given.len() + 1
        ));
    }
    Ok(Some(given))
}

/// Checks `print`'s keyword arguments (`sep`, `end`, `file`, `flush`) of these types.
fn print_keywords(types: &Types, kwnames: &[String], kw_types: &[TypeId]) -> Result<(), CallError> {
    use crate::ir::sys::Stream;
    use crate::ir::Builtin as B;
    for (keyword, &ty) in kwnames.iter().zip(kw_types) {
        let kind = types.kind(ty);
        match keyword.as_str() {
            "sep" | "end" if matches!(kind, TypeKind::Str | TypeKind::None) => {}
            "sep" | "end" => {
                return Err(CallError::TypeError(format!(
                    "{keyword} must be None or a string, not {}",
                    python_name(types, ty)
                )))
            }
            "file"
                if matches!(
                    kind,
                    TypeKind::None | TypeKind::Builtin(B::Stream(Stream::Stdout | Stream::Stderr))
                ) || text_file_class(types, ty).is_some() => {}
            "flush" if matches!(kind, TypeKind::Bool) => {}
            "file" | "flush" => {
                return Err(CallError::Unsupported(format!(
                    "`print(..., {keyword}=...)` given a value of type `{}` is not supported \
                     by kiln yet",
                    python_name(types, ty)
                )))
            }
            _ => {
                return Err(CallError::TypeError(format!(
                    "'{keyword}' is an invalid keyword argument for print()"
                )))
            }
        }
    }
    Ok(())
}

/// The class of a file `open()` made (kiln's `_io.TextIOWrapper`), if `ty` is one.
pub fn text_file_class(types: &Types, ty: TypeId) -> Option<u32> {
    match *types.kind(ty) {
        TypeKind::Instance(class) if types.class_names[class as usize] == "_io.TextIOWrapper" => {
            Some(class)
        }
        _ => None,
    }
}

/// Whether `lhs == rhs` between containers (or dict views) of these two different types depends on the
/// values in a way kiln does not compute (`[1] == [1.0]` is true, and so is `[] == []` for
/// a `list[int]` and a `list[str]`): both of one class (a set and a frozenset count as one)
/// and not tuples of different lengths.
pub fn undecidable_equality(types: &Types, lhs: TypeId, rhs: TypeId) -> bool {
    let family = |t: TypeId| match types.kind(t) {
        TypeKind::List(_) => Some("list"),
        TypeKind::Tuple(ts) => Some(if ts.is_empty() { "()" } else { "tuple" }),
        TypeKind::Dict(..) => Some("dict"),
        TypeKind::Set(_) | TypeKind::FrozenSet(_) => Some("set"),
        _ => None,
    };
    let different_lengths = match (types.kind(lhs), types.kind(rhs)) {
        (TypeKind::Tuple(a), TypeKind::Tuple(b)) => a.len() != b.len(),
        _ => false,
    };
    // A keys or items view is set-like: it equals a set (or view) of the same elements.
    let set_like = |t: TypeId| {
        matches!(
            types.kind(t),
            TypeKind::Set(_)
                | TypeKind::FrozenSet(_)
                | TypeKind::DictView(DictView::Keys | DictView::Items, _)
        )
    };
    let view = |t: TypeId| matches!(types.kind(t), TypeKind::DictView(..));
    if (view(lhs) || view(rhs)) && set_like(lhs) && set_like(rhs) {
        return true;
    }
    let same_elements = match (types.kind(lhs), types.kind(rhs)) {
        (TypeKind::Set(a) | TypeKind::FrozenSet(a), TypeKind::Set(b) | TypeKind::FrozenSet(b)) => {
            a == b
        }
        _ => false,
    };
    lhs != rhs
        && !different_lengths
        && !same_elements
        && family(lhs).is_some()
        && family(lhs) == family(rhs)
        && !has_var(types, lhs)
        && !has_var(types, rhs)
}

/// Whether a type still contains an inference variable.
fn has_var(types: &Types, t: TypeId) -> bool {
    match types.kind(t) {
        TypeKind::Var(_) => true,
        TypeKind::List(a) | TypeKind::Set(a) | TypeKind::FrozenSet(a) => has_var(types, *a),
        TypeKind::Dict(k, v) => has_var(types, *k) || has_var(types, *v),
        TypeKind::Tuple(ts) => ts.iter().any(|&t| has_var(types, t)),
        _ => false,
    }
}

/// Whether ordering (`<`, `<=`, `>`, `>=`) `lhs` and `rhs` needs what kiln does not compute:
/// two containers of one class but different types (`(1, 2) < (1, 2, 3)`, `[1] < [1.5]`).
pub fn unsupported_ordering(types: &Types, lhs: TypeId, rhs: TypeId) -> bool {
    let class = |t: TypeId| match types.kind(t) {
        TypeKind::List(_) => Some("list"),
        TypeKind::Tuple(_) => Some("tuple"),
        TypeKind::Set(_) | TypeKind::FrozenSet(_) => Some("set"),
        _ => None,
    };
    lhs != rhs && class(lhs).is_some() && class(lhs) == class(rhs)
}

/// Whether values of type `ty` can be hashed (a tuple if all its items can).
fn hashable(types: &Types, ty: TypeId) -> bool {
    unhashable_part(types, ty).is_empty()
}

/// The class name of the first unhashable part of `ty` (`list` for `tuple[int, list[int]]`),
/// empty if there is none.
fn unhashable_part(types: &Types, ty: TypeId) -> String {
    match types.kind(ty) {
        TypeKind::List(_) | TypeKind::Dict(..) | TypeKind::Set(_) => python_name(types, ty),
        TypeKind::Tuple(ts) => ts
            .iter()
            .map(|&t| unhashable_part(types, t))
            .find(|part| !part.is_empty())
            .unwrap_or_default(),
        _ => String::new(),
    }
}
