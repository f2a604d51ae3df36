//! Optional values in monomorphization: converting a `T` or None into an `Optional[T]` where
//! one is expected, splitting code on whether an optional is None, and the exception CPython
//! raises when an instruction needs a value and gets None.

use kiln_bytecode::{BinOp, InternalError};

use super::{Cursor, Mono};
use crate::ir::{Block, BlockCall, ExcKind, Inst, Terminator, TypeId, TypeKind, Value};
use crate::typing;

impl Mono<'_> {
    /// Generic value `value` as a typed value of type `want`: itself, or wrapped in an
    /// optional.
    pub(super) fn coerce(
        &mut self,
        at: &Cursor,
        value: Value,
        want: TypeId,
    ) -> Result<Value, InternalError> {
        let have = self.ty(value);
        let inner = self.types.optional_inner(want).unwrap_or(want);
        if have != want
            && matches!(
                self.types.kind(inner),
                TypeKind::Poly(_)
                    | TypeKind::Funcs(_)
                    | TypeKind::Iter(_)
                    | TypeKind::Reversed(_)
                    | TypeKind::Enumerate(_)
                    | TypeKind::Zip(_)
            )
        {
            // An instance as one of a base class (or its optional), an iterator over
            // instances as one over their base class (`Types::covariant_join`): the same bits.
            let v = self.get(value)?;
            return Ok(self.upcast(at, v, want));
        }
        if have == want
            || self.types.optional_inner(want).is_none()
            || self.types.optional_inner(have).is_some()
        {
            return self.get(value);
        }
        Ok(if have == TypeId::NONE {
            self.push(at, Inst::OptNone, want)
        } else {
            let v = self.get(value)?;
            self.push(at, Inst::OptCast(v), want)
        })
    }

    /// `make(this, at, unwrapped)` for the value inside optional `value`, or `none(this, at)`
    /// when it is None; both give a value of type `ty`.
    pub(super) fn opt_split(
        &mut self,
        at: &mut Cursor,
        value: Value,
        ty: TypeId,
        none: impl FnOnce(&mut Self, &mut Cursor) -> Result<Value, InternalError>,
        make: impl FnOnce(&mut Self, &mut Cursor) -> Result<Value, InternalError>,
    ) -> Result<Value, InternalError> {
        let (none_block, some_block, join) = (
            self.func.add_block(),
            self.func.add_block(),
            self.func.add_block(),
        );
        let result = self.func.add_param(join, ty, at.span);
        self.check_none(at, value, none_block, some_block)?;
        at.block = none_block;
        let r = none(self, at)?;
        self.func.blocks[at.block.index()].term = Terminator::Jump(BlockCall {
            block: join,
            args: vec![r],
        });
        at.block = some_block;
        let r = self.with_value(at, value, |this, at| make(this, at))?;
        self.func.blocks[at.block.index()].term = Terminator::Jump(BlockCall {
            block: join,
            args: vec![r],
        });
        at.block = join;
        Ok(result)
    }

    /// Ends `at`'s block with a branch on whether optional `value` is None.
    pub(super) fn check_none(
        &mut self,
        at: &Cursor,
        value: Value,
        none: Block,
        some: Block,
    ) -> Result<Value, InternalError> {
        let v = self.get(value)?;
        let cond = self.push(at, Inst::OptIsNone(v), TypeId::BOOL);
        self.func.blocks[at.block.index()].term = Terminator::Branch {
            cond,
            then: BlockCall {
                block: none,
                args: Vec::new(),
            },
            otherwise: BlockCall {
                block: some,
                args: Vec::new(),
            },
        };
        Ok(cond)
    }

    /// Runs `f` with optional `value` (known not to be None here) seen as its value.
    pub(super) fn with_value<T>(
        &mut self,
        at: &mut Cursor,
        value: Value,
        f: impl FnOnce(&mut Self, &mut Cursor) -> Result<T, InternalError>,
    ) -> Result<T, InternalError> {
        let ty = self.ty(value);
        let inner = self.types.optional_inner(ty).unwrap_or(ty);
        let v = self.get(value)?;
        let unwrapped = self.push(at, Inst::OptCast(v), inner);
        let saved = self.map.insert(value, unwrapped);
        self.narrowed.insert(value, inner);
        let result = f(self, at);
        self.narrowed.remove(&value);
        if let Some(saved) = saved {
            self.map.insert(value, saved);
        }
        result
    }

    /// The exception CPython raises when operand `none` of `inst` is None.
    pub(super) fn none_error(&self, inst: &Inst, none: Value) -> (ExcKind, String) {
        let other = |a: Value, b: Value| if a == none { b } else { a };
        let name = |v: Value| typing::python_name(self.types, self.ty(v));
        let type_error = |m: String| (ExcKind::TypeError, m);
        match inst {
            Inst::Binary(op, a, b) | Inst::Inplace(op, a, b) => {
                let symbol = if matches!(inst, Inst::Inplace(..)) {
                    format!("{}=", op.symbol())
                } else if *op == BinOp::Pow {
                    "** or pow()".into()
                } else {
                    op.symbol().into()
                };
                let (l, r) = if *a == none {
                    ("NoneType".to_owned(), name(other(*a, *b)))
                } else {
                    (name(*a), "NoneType".to_owned())
                };
                type_error(format!(
                    "unsupported operand type(s) for {symbol}: '{l}' and '{r}'"
                ))
            }
            Inst::Compare(op, a, b) => {
                let (l, r) = if *a == none {
                    ("NoneType".to_owned(), name(other(*a, *b)))
                } else {
                    (name(*a), "NoneType".to_owned())
                };
                type_error(format!(
                    "'{}' not supported between instances of '{l}' and '{r}'",
                    op.symbol()
                ))
            }
            Inst::Unary(op, _) => type_error(format!(
                "bad operand type for unary {}: 'NoneType'",
                op.symbol()
            )),
            Inst::GetIter(_) => type_error("'NoneType' object is not iterable".into()),
            Inst::Call { .. } => type_error("'NoneType' object is not callable".into()),
            Inst::Contains(..) => type_error("argument of type 'NoneType' is not iterable".into()),
            Inst::GetItem(..) => type_error("'NoneType' object is not subscriptable".into()),
            Inst::SetItem(..) => {
                type_error("'NoneType' object does not support item assignment".into())
            }
            Inst::DelItem(..) => {
                type_error("'NoneType' object does not support item deletion".into())
            }
            Inst::GetAttr(_, attr) => (
                ExcKind::AttributeError,
                format!("'NoneType' object has no attribute '{attr}'"),
            ),
            _ => type_error("'NoneType' object cannot be used here".into()),
        }
    }
}
