//! Monomorphization of `input()`, the standard streams' methods, files and the `time`
//! functions:
//! runtime calls.

use kiln_bytecode::InternalError;

use super::{Cursor, Mono};
use crate::ir::sys::SysFn;
use crate::ir::{Const, Inst, RtFn, TypeId, Value};

impl Mono<'_> {
    /// `<f>(args)`, typed by `typing::sys_call`.
    pub(super) fn sys_call(
        &mut self,
        at: &mut Cursor,
        f: SysFn,
        args: &[Value],
    ) -> Result<Value, InternalError> {
        use SysFn as S;
        Ok(match f {
            S::Input => {
                let prompt = match args.first() {
                    Some(&prompt) => self.str_of(at, prompt)?,
                    None => self.konst(at, Const::None),
                };
                self.rt(at, RtFn::Input, vec![prompt], TypeId::STR)
            }
            S::StdoutWrite | S::StderrWrite => {
                let text = self.get(args[0])?;
                match f {
                    S::StdoutWrite => self.push(at, Inst::Write(text), TypeId::NONE),
                    _ => self.rt(at, RtFn::StderrWrite, vec![text], TypeId::NONE),
                };
                self.push(at, Inst::StrLen(text), TypeId::INT)
            }
            S::StdoutFlush => self.rt(at, RtFn::StdoutFlush, Vec::new(), TypeId::NONE),
            S::StderrFlush => self.konst(at, Const::None),
            S::StdinReadline => self.rt(at, RtFn::StdinReadline, Vec::new(), TypeId::STR),
            S::StdinRead => self.rt(at, RtFn::StdinRead, Vec::new(), TypeId::STR),
            S::StdinReadlines => self.rt(at, RtFn::StdinReadlines, Vec::new(), TypeId::LIST_STR),
            S::Time => self.rt(at, RtFn::TimeTime, Vec::new(), TypeId::FLOAT),
            S::TimeNs => self.rt(at, RtFn::TimeTimeNs, Vec::new(), TypeId::INT),
            S::PerfCounter | S::Monotonic => {
                self.rt(at, RtFn::TimePerfCounter, Vec::new(), TypeId::FLOAT)
            }
            S::PerfCounterNs | S::MonotonicNs => {
                self.rt(at, RtFn::TimePerfCounterNs, Vec::new(), TypeId::INT)
            }
            S::GetRecursionLimit => self.rt(at, RtFn::GetRecursionLimit, Vec::new(), TypeId::INT),
            S::SetRecursionLimit => {
                let limit = self.int_operand(at, args[0])?;
                self.rt(at, RtFn::SetRecursionLimit, vec![limit], TypeId::NONE)
            }
            S::FileOpen => {
                let (path, mode) = (self.get(args[0])?, self.get(args[1])?);
                self.rt(at, RtFn::FileOpen, vec![path, mode], TypeId::INT)
            }
            S::FileRead | S::FileReadline => {
                let handle = self.get(args[0])?;
                let size = self.int_operand(at, args[1])?;
                let f = match f {
                    S::FileRead => RtFn::FileRead,
                    _ => RtFn::FileReadline,
                };
                self.rt(at, f, vec![handle, size], TypeId::STR)
            }
            S::FileWrite => {
                let (handle, text) = (self.get(args[0])?, self.get(args[1])?);
                self.rt(at, RtFn::FileWrite, vec![handle, text], TypeId::INT)
            }
            S::FileFlush | S::FileClose => {
                let handle = self.get(args[0])?;
                let f = match f {
                    S::FileFlush => RtFn::FileFlush,
                    _ => RtFn::FileClose,
                };
                self.rt(at, f, vec![handle], TypeId::NONE)
            }
            S::OsEnviron => {
                let ty = self
                    .types
                    .lookup(&crate::ir::TypeKind::Dict(TypeId::STR, TypeId::STR))
                    .ok_or_else(|| InternalError("os.environ's type was not interned".into()))?;
                let desc = self.desc(at, ty);
                self.rt(at, RtFn::OsEnviron, vec![desc], ty)
            }
            S::OsGetcwd => self.rt(at, RtFn::OsGetcwd, Vec::new(), TypeId::STR),
            S::OsListdir | S::OsStatKind | S::OsGetsize | S::OsRemove | S::OsRmdir => {
                let path = self.get(args[0])?;
                let (f, ty) = match f {
                    S::OsListdir => (RtFn::OsListdir, TypeId::LIST_STR),
                    S::OsStatKind => (RtFn::OsStatKind, TypeId::INT),
                    S::OsGetsize => (RtFn::OsGetsize, TypeId::INT),
                    S::OsRemove => (RtFn::OsRemove, TypeId::NONE),
                    _ => (RtFn::OsRmdir, TypeId::NONE),
                };
                self.rt(at, f, vec![path], ty)
            }
            S::OsMkdir => {
                let path = self.get(args[0])?;
                let mode = self.int_operand(at, args[1])?;
                self.rt(at, RtFn::OsMkdir, vec![path, mode], TypeId::NONE)
            }
            S::OsRename => {
                let (from, to) = (self.get(args[0])?, self.get(args[1])?);
                self.rt(at, RtFn::OsRename, vec![from, to], TypeId::NONE)
            }
            S::JsonDumps => {
                let value = self.get(args[0])?;
                let desc = self.desc(at, self.ty(args[0]));
                let mut operands = vec![value, desc];
                for (i, &arg) in args.iter().enumerate().skip(1) {
                    operands.push(match i {
                        2 | 3 => self.get(arg)?,
                        _ => self.int_operand(at, arg)?,
                    });
                }
                self.rt(at, RtFn::JsonDumps, operands, TypeId::STR)
            }
            S::Sleep => {
                let from = self.ty(args[0]);
                let seconds = self.get(args[0])?;
                let seconds = self.convert_to(at, seconds, from, TypeId::FLOAT);
                self.rt(at, RtFn::TimeSleep, vec![seconds], TypeId::NONE)
            }
        })
    }
}
