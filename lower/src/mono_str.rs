//! Monomorphization of `str` method calls: runtime calls with omitted optional arguments
//! filled in.

use kiln_bytecode::InternalError;

use super::{keyword_argument, Cursor, Mono};
use crate::ir::{Const, Container, Inst, RtFn, TypeId, TypeKind, Value};

type Result<T> = std::result::Result<T, InternalError>;

impl Mono<'_> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn str_method(
        &mut self,
        at: &mut Cursor,
        name: &str,
        s: Value,
        positional: &[Value],
        vals: &[Value],
        kwnames: &[String],
        args: &[Value],
        ty: TypeId,
    ) -> Result<Value> {
        let keyword = |n: &str| keyword_argument(n, positional, kwnames, args);
        let none = |this: &mut Self| this.konst(at, Const::None);
        let start_end = |this: &mut Self, from: usize| -> Vec<Value> {
            let start = vals.get(from).copied().unwrap_or_else(|| this.int(at, 0));
            let end = vals
                .get(from + 1)
                .copied()
                .unwrap_or_else(|| this.int(at, 1 << 61));
            vec![start, end]
        };
        let (f, mut operands) = match name {
            "split" | "rsplit" => {
                let sep = match vals
                    .first()
                    .copied()
                    .or_else(|| keyword("sep").and_then(|k| self.get(k).ok()))
                {
                    Some(v) => v,
                    None => none(self),
                };
                let max = match vals.get(1).copied() {
                    Some(v) => v,
                    None => match keyword("maxsplit") {
                        Some(k) => self.int_operand(at, k)?,
                        None => self.int(at, -1),
                    },
                };
                let f = if name == "split" {
                    RtFn::StrSplit
                } else {
                    RtFn::StrRsplit
                };
                (f, vec![sep, max])
            }
            "splitlines" => {
                let keep = match vals
                    .first()
                    .copied()
                    .or_else(|| keyword("keepends").and_then(|k| self.get(k).ok()))
                {
                    Some(v) => v,
                    None => self.konst(at, Const::Bool(false)),
                };
                (RtFn::StrSplitlines, vec![keep])
            }
            "join" => {
                let source = positional[0];
                let list = match self.types.kind(self.ty(source)) {
                    TypeKind::List(_) => vals[0],
                    _ => {
                        let list_ty = self
                            .types
                            .lookup(&TypeKind::List(TypeId::STR))
                            .ok_or_else(|| InternalError("list[str] missing".into()))?;
                        let new = self.push(at, Inst::New(Container::List, Vec::new()), list_ty);
                        let source_ty = self.ty(source);
                        let empty = matches!(self.types.kind(source_ty), TypeKind::Tuple(ts) if ts.is_empty());
                        if !empty {
                            self.for_each(
                                at,
                                vals[0],
                                source_ty,
                                Vec::new(),
                                |this, at, item, _| {
                                    this.push(at, Inst::ListAppend(new, item), TypeId::NONE);
                                    Ok(Vec::new())
                                },
                            )?;
                        }
                        new
                    }
                };
                (RtFn::StrJoinList, vec![list])
            }
            "strip" | "lstrip" | "rstrip" => {
                let chars = match vals.first() {
                    Some(&v) => v,
                    None => none(self),
                };
                let f = match name {
                    "strip" => RtFn::StrStrip,
                    "lstrip" => RtFn::StrLstrip,
                    _ => RtFn::StrRstrip,
                };
                (f, vec![chars])
            }
            "replace" => {
                let count = match vals.get(2) {
                    Some(&v) => v,
                    None => self.int(at, -1),
                };
                (RtFn::StrReplace, vec![vals[0], vals[1], count])
            }
            "find" | "rfind" | "index" | "rindex" | "count" | "startswith" | "endswith" => {
                let f = match name {
                    "find" => RtFn::StrFind,
                    "rfind" => RtFn::StrRfind,
                    "index" => RtFn::StrIndex,
                    "rindex" => RtFn::StrRindex,
                    "count" => RtFn::StrCount,
                    "startswith" => RtFn::StrStartswith,
                    _ => RtFn::StrEndswith,
                };
                let bounds = start_end(self, 1);
                if let TypeKind::Tuple(ts) = self.types.kind(self.ty(positional[0])).clone() {
                    // `s.startswith((a, b))`: any of them.
                    let mut result = self.konst(at, Const::Bool(false));
                    for k in 0..ts.len() {
                        let prefix = self.push(at, Inst::TupleGet(vals[0], k as u32), TypeId::STR);
                        let hit =
                            self.rt(at, f, vec![s, prefix, bounds[0], bounds[1]], TypeId::BOOL);
                        result = self.push(
                            at,
                            Inst::BoolBinary(crate::ir::IntOp::Or, result, hit),
                            TypeId::BOOL,
                        );
                    }
                    return Ok(result);
                }
                (f, vec![vals[0], bounds[0], bounds[1]])
            }
            "center" | "ljust" | "rjust" => {
                let fill = match vals.get(1) {
                    Some(&v) => v,
                    None => none(self),
                };
                let f = match name {
                    "center" => RtFn::StrCenter,
                    "ljust" => RtFn::StrLjust,
                    _ => RtFn::StrRjust,
                };
                (f, vec![vals[0], fill])
            }
            "zfill" => (RtFn::StrZfill, vec![vals[0]]),
            "expandtabs" => {
                let size = match vals.first().copied() {
                    Some(v) => v,
                    None => match keyword("tabsize") {
                        Some(k) => self.int_operand(at, k)?,
                        None => self.int(at, 8),
                    },
                };
                (RtFn::StrExpandtabs, vec![size])
            }
            "partition" | "rpartition" => {
                let desc = self.desc(at, ty);
                let f = if name == "partition" {
                    RtFn::StrPartition
                } else {
                    RtFn::StrRpartition
                };
                (f, vec![vals[0], desc])
            }
            "encode" => (RtFn::StrEncode, self.codec_arguments(at, vals, &keyword)),
            "removeprefix" => (RtFn::StrRemoveprefix, vec![vals[0]]),
            "removesuffix" => (RtFn::StrRemovesuffix, vec![vals[0]]),
            other => {
                let f = match other {
                    "upper" => RtFn::StrUpper,
                    "lower" => RtFn::StrLower,
                    "title" => RtFn::StrTitle,
                    "capitalize" => RtFn::StrCapitalize,
                    "swapcase" => RtFn::StrSwapcase,
                    "casefold" => RtFn::StrCasefold,
                    "isdigit" => RtFn::StrIsdigit,
                    "isalpha" => RtFn::StrIsalpha,
                    "isspace" => RtFn::StrIsspace,
                    "isalnum" => RtFn::StrIsalnum,
                    "isupper" => RtFn::StrIsupper,
                    "islower" => RtFn::StrIslower,
                    "isdecimal" => RtFn::StrIsdecimal,
                    "isnumeric" => RtFn::StrIsnumeric,
                    "istitle" => RtFn::StrIstitle,
                    "isidentifier" => RtFn::StrIsidentifier,
                    "isascii" => RtFn::StrIsascii,
                    _ => return Err(InternalError(format!("str.{other} passed inference"))),
                };
                (f, Vec::new())
            }
        };
        operands.insert(0, s);
        Ok(self.rt(at, f, operands, ty))
    }

    /// A call of a `bytes` method.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn bytes_method(
        &mut self,
        at: &mut Cursor,
        name: &str,
        b: Value,
        positional: &[Value],
        vals: &[Value],
        kwnames: &[String],
        args: &[Value],
        ty: TypeId,
    ) -> Result<Value> {
        let keyword = |n: &str| keyword_argument(n, positional, kwnames, args);
        Ok(match name {
            "decode" => {
                let mut operands = self.codec_arguments(at, vals, &keyword);
                operands.insert(0, b);
                self.rt(at, RtFn::BytesDecode, operands, ty)
            }
            _ => self.rt(at, RtFn::BytesHex, vec![b], ty),
        })
    }

    /// The `encoding` and `errors` arguments of `encode` / `decode`, None where omitted.
    fn codec_arguments(
        &mut self,
        at: &Cursor,
        vals: &[Value],
        keyword: &dyn Fn(&str) -> Option<Value>,
    ) -> Vec<Value> {
        ["encoding", "errors"]
            .iter()
            .enumerate()
            .map(|(i, name)| {
                match vals
                    .get(i)
                    .copied()
                    .or_else(|| keyword(name).and_then(|k| self.get(k).ok()))
                {
                    Some(v) => v,
                    None => self.konst(at, Const::None),
                }
            })
            .collect()
    }
}
