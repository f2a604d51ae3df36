//! `itertools.product`, `permutations` and `combinations`: their items are tuples whose
//! length kiln must know at compile time (a tuple's length is part of its type), so a call
//! is compiled only where the length is written in it, up to 4, as a call of the generator
//! for that length (`combinations(xs, 2)` is `itertools._combinations_2(xs)`, written in
//! Python in `stdlib/itertools.py`):
//!
//! ```text
//! combinations(xs, 2)            _combinations_2(xs)
//! permutations(xs, 3)            _permutations_3(xs)
//! permutations([1, 2, 3])        _permutations_3([1, 2, 3])   a display: its length
//! product(xs, ys)                _product_2(xs, ys)
//! product(xs, repeat=3)          _product_repeat_3(xs)
//! ```

use ruff_python_ast::{self as ast, Expr};

use super::Emitter;
use crate::span_of;
use kiln_bytecode::{Constant, Opcode};

/// The functions compiled this way.
pub(super) const FIXED_LENGTH: &[&str] = &[
    "itertools.product",
    "itertools.permutations",
    "itertools.combinations",
];

/// The longest tuples they make.
const MAX_LENGTH: usize = 4;

/// The most iterables a `chain` call is compiled for with iterables of different kinds.
const MAX_CHAINED: usize = 4;

impl Emitter<'_> {
    /// Compiles `call` if it calls one of [`FIXED_LENGTH`], or `chain` of a few iterables;
    /// false if it calls something else.
    pub(super) fn fixed_length_call(&mut self, call: &ast::ExprCall) -> bool {
        if self.chain_call(call) {
            return true;
        }
        let Some(function) = self.itertools_function(&call.func) else {
            return false;
        };
        let span = span_of(call);
        let args = &call.arguments.args;
        let keyword = |name: &str| {
            call.arguments
                .keywords
                .iter()
                .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == name))
                .map(|k| &k.value)
        };
        let others = call
            .arguments
            .keywords
            .iter()
            .any(|k| !matches!(k.arg.as_ref().map(|a| a.as_str()), Some("r" | "repeat")));
        let starred = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let plan: Option<(String, Vec<&Expr>)> = match function {
            _ if others || starred => None,
            "combinations" | "permutations" => {
                let length = args.get(1).or_else(|| keyword("r"));
                let n = match (length, args.first()) {
                    (Some(r), _) => literal_length(r),
                    // `permutations(xs)`: as long as `xs`.
                    (None, Some(items)) if function == "permutations" => display_length(items),
                    _ => None,
                };
                match (n, args.first()) {
                    (Some(n), Some(items)) if args.len() <= 2 => {
                        Some((format!("_{function}_{n}"), vec![items]))
                    }
                    _ => None,
                }
            }
            _ => {
                let repeat = keyword("repeat").map_or(Some(1), literal_length);
                match (repeat, &args[..]) {
                    (Some(1), _) if (1..=MAX_LENGTH).contains(&args.len()) => {
                        Some((format!("_product_{}", args.len()), args.iter().collect()))
                    }
                    (Some(k), [items]) => Some((format!("_product_repeat_{k}"), vec![items])),
                    _ => None,
                }
            }
        };
        let Some((helper, operands)) = plan else {
            self.unsupported(
                "unsupported-call",
                &format!("this `itertools.{function}()` call"),
                span,
                &format!(
                    "its items are tuples, whose length kiln must know at compile time: write \
                     the length as a number from 1 to {MAX_LENGTH} (`combinations(items, 2)`, \
                     `product(xs, ys)`, `product(xs, repeat=2)`)"
                ),
            );
            self.load_const(Constant::None);
            return true;
        };
        self.at(span_of(&*call.func), |e| {
            e.load_builtin(&format!("itertools.{helper}"))
        });
        for operand in &operands {
            self.expr(operand);
        }
        let count = u32::try_from(operands.len()).unwrap_or(u32::MAX);
        self.at(span, |e| e.emit(Opcode::Call, count));
        true
    }

    /// `chain(a, b)` of up to [`MAX_CHAINED`] iterables written in the call: a call of the
    /// generator for that many (`_chain_2(a, b)`), whose iterables may be of different kinds
    /// (`chain(range(3), [7])`: a `*iterables` tuple would need one type for its items).
    fn chain_call(&mut self, call: &ast::ExprCall) -> bool {
        let builtin = match &*call.func {
            Expr::Name(name) => self.imported_builtin(name.id.as_str()),
            Expr::Attribute(attribute)
                if self.module_of(&attribute.value).as_deref() == Some("itertools") =>
            {
                Some(format!("itertools.{}", attribute.attr))
            }
            _ => None,
        };
        let args = &call.arguments.args;
        let plain = call.arguments.keywords.is_empty()
            && !args.iter().any(|a| matches!(a, Expr::Starred(_)));
        if builtin.as_deref() != Some("itertools.chain")
            || !plain
            || !(2..=MAX_CHAINED).contains(&args.len())
        {
            return false;
        }
        self.at(span_of(&*call.func), |e| {
            e.load_builtin(&format!("itertools._chain_{}", args.len()))
        });
        for arg in args.iter() {
            self.expr(arg);
        }
        let count = u32::try_from(args.len()).unwrap_or(u32::MAX);
        self.at(span_of(call), |e| e.emit(Opcode::Call, count));
        true
    }

    /// Which of [`FIXED_LENGTH`] `func` names (`combinations`, `itertools.product`).
    fn itertools_function(&self, func: &Expr) -> Option<&'static str> {
        let builtin = match func {
            Expr::Name(name) => self.imported_builtin(name.id.as_str())?,
            Expr::Attribute(attribute)
                if self.module_of(&attribute.value).as_deref() == Some("itertools") =>
            {
                format!("itertools.{}", attribute.attr)
            }
            _ => return None,
        };
        FIXED_LENGTH
            .iter()
            .find(|&&f| f == builtin)
            .and_then(|f| f.strip_prefix("itertools."))
    }
}

/// The length an int literal from 1 to [`MAX_LENGTH`] gives.
fn literal_length(expr: &Expr) -> Option<usize> {
    let Expr::NumberLiteral(number) = expr else {
        return None;
    };
    let ast::Number::Int(int) = &number.value else {
        return None;
    };
    int.as_usize().filter(|n| (1..=MAX_LENGTH).contains(n))
}

/// The length of a list, tuple or string display of 1 to [`MAX_LENGTH`] items.
fn display_length(expr: &Expr) -> Option<usize> {
    let n = match expr {
        Expr::List(list) if !list.elts.iter().any(|e| matches!(e, Expr::Starred(_))) => {
            list.elts.len()
        }
        Expr::Tuple(tuple) if !tuple.elts.iter().any(|e| matches!(e, Expr::Starred(_))) => {
            tuple.elts.len()
        }
        Expr::StringLiteral(s) => s.value.to_str().chars().count(),
        _ => return None,
    };
    (1..=MAX_LENGTH).contains(&n).then_some(n)
}
