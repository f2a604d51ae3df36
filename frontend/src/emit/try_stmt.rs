//! Exception handling: `try` (with `except`, `else`, `finally`), `raise`, `assert`, and the
//! frame blocks that `return`, `break` and `continue` finish on their way out.
//!
//! The layout follows CPython 3.11 (see "Errors" in `docs/bytecode.md`): a `try` body is
//! covered by a handler; the handler code runs between `PUSH_EXC_INFO` and `POP_EXCEPT` and is
//! itself covered by a cleanup (`POP_EXCEPT`, `RERAISE`); a `finally` body is emitted once per
//! way out of the `try`.

use kiln_bytecode::{Diagnostic, Opcode, Span};
use ruff_python_ast::{self as ast, ExceptHandler};

use super::{Emitter, FrameBlock, FrameKind, Label, Unbind};
use crate::scope::Resolved;
use crate::span_of;

impl Emitter<'_> {
    pub(super) fn push_fblock(&mut self, kind: FrameKind) {
        self.fblocks.push(FrameBlock {
            kind,
            outer_handlers: self.handlers.len(),
        });
    }

    /// Whether the code being emitted runs once per iteration of an enclosing loop.
    pub(super) fn in_loop(&self) -> bool {
        self.fblocks
            .iter()
            .any(|b| matches!(b.kind, FrameKind::Loop(_)))
    }

    /// The operand stack's depth between statements here.
    fn stack_base(&self) -> u32 {
        let kept: usize = self
            .fblocks
            .iter()
            .map(|b| match &b.kind {
                FrameKind::Loop(labels) => labels.iterators,
                FrameKind::FinallyException | FrameKind::PendingReturn | FrameKind::With(_) => 1,
                _ => 0,
            })
            .sum();
        u32::try_from(kept).unwrap_or(u32::MAX)
    }

    /// Finishes the frame blocks from the innermost down to `fblocks[keep]`, as a jump out of
    /// them must: runs `finally` bodies, ends the handling of exceptions, drops what they keep
    /// on the stack; then emits the jump itself (`exit`) under the handlers active outside
    /// them. With `returning`, the value to return stays on top of the stack.
    pub(super) fn leave_frame_blocks(
        &mut self,
        keep: usize,
        returning: bool,
        exit: impl FnOnce(&mut Self),
    ) {
        let saved_blocks = self.fblocks.clone();
        let saved_handlers = self.handlers.clone();
        // Drops the value under the returned one (or the top one when not returning).
        let drop = |e: &mut Self| {
            if returning {
                e.emit(Opcode::RotTwo, 0);
            }
            e.emit(Opcode::PopTop, 0);
        };
        for i in (keep..saved_blocks.len()).rev() {
            let block = &saved_blocks[i];
            self.fblocks.truncate(i);
            self.handlers.truncate(block.outer_handlers);
            match &block.kind {
                FrameKind::Loop(labels) => {
                    if returning {
                        for _ in 0..labels.iterators {
                            drop(self);
                        }
                    }
                }
                FrameKind::Try => {}
                FrameKind::Finally(body) => {
                    // A `return` leaving it keeps its value on the stack meanwhile: a `break`
                    // or `return` in the body drops it.
                    if returning {
                        self.push_fblock(FrameKind::PendingReturn);
                    }
                    self.block(body);
                    if returning {
                        self.fblocks.pop();
                    }
                }
                FrameKind::PendingReturn => drop(self),
                FrameKind::Handler(name) => {
                    self.emit(Opcode::PopExcept, 0);
                    if let Some(name) = *name {
                        self.unbind(name);
                    }
                }
                FrameKind::FinallyException => {
                    self.emit(Opcode::PopExcept, 0);
                    drop(self);
                }
                FrameKind::With(span) => self.at(*span, |e| {
                    if returning {
                        e.emit(Opcode::RotTwo, 0);
                    }
                    e.exit_without_exception();
                }),
            }
        }
        if let Some(block) = saved_blocks.get(keep) {
            self.handlers.truncate(block.outer_handlers);
        }
        exit(self);
        self.fblocks = saved_blocks;
        self.handlers = saved_handlers;
    }

    /// `break` (or `continue`): finishes what lies between it and its loop, then jumps.
    pub(super) fn jump_out(&mut self, span: Span, is_continue: bool) {
        let Some(index) = self
            .fblocks
            .iter()
            .rposition(|b| matches!(b.kind, FrameKind::Loop(_)))
        else {
            let message = if is_continue {
                "'continue' not properly in loop"
            } else {
                "'break' outside loop"
            };
            self.error(Diagnostic::error("syntax-error", message, span).with_label("here"));
            return;
        };
        let FrameKind::Loop(labels) = self.fblocks[index].kind.clone() else {
            return;
        };
        self.leave_frame_blocks(index + 1, false, |e| {
            if is_continue {
                e.emit_jump(Opcode::Jump, labels.continue_to);
            } else {
                // The loop's own iterators go, so only handlers outside the loop apply.
                e.handlers.truncate(e.fblocks[index].outer_handlers);
                for _ in 0..labels.iterators {
                    e.emit(Opcode::PopTop, 0);
                }
                e.emit_jump(Opcode::Jump, labels.break_to);
            }
        });
    }

    pub(super) fn try_stmt(&mut self, s: &ast::StmtTry) {
        if s.is_star {
            self.unsupported("unsupported-try", "`except*`", span_of(s), "");
            return;
        }
        if let Some(bare) = s.handlers[..s.handlers.len().saturating_sub(1)]
            .iter()
            .find(|h| matches!(h, ExceptHandler::ExceptHandler(h) if h.type_.is_none()))
        {
            self.error(
                Diagnostic::error(
                    "syntax-error",
                    "default 'except:' must be last",
                    span_of(bare),
                )
                .with_label(
                    "a bare `except:` catches everything, so the clauses after it never run",
                ),
            );
            return;
        }
        if s.handlers.is_empty() && !s.orelse.is_empty() {
            self.error(
                Diagnostic::error(
                    "syntax-error",
                    "expected 'except' or 'finally' block",
                    span_of(s),
                )
                .with_label("an `else` needs an `except` clause before it"),
            );
            return;
        }
        if s.finalbody.is_empty() {
            self.try_except(s);
        } else {
            self.try_finally(s);
        }
    }

    /// `try: body except ...: ... else: orelse` (no `finally`).
    fn try_except(&mut self, s: &ast::StmtTry) {
        if s.handlers.is_empty() {
            // Only reached through `try_finally`: the body and `else` need no handler.
            self.block(&s.body);
            self.block(&s.orelse);
            return;
        }
        let handler = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let depth = self.stack_base();
        self.push_fblock(FrameKind::Try);
        self.handlers.push((handler, depth));
        self.block(&s.body);
        self.handlers.pop();
        self.fblocks.pop();
        self.emit_jump(Opcode::Jump, orelse);

        // The handler: the exception is on the stack.
        self.bind(handler);
        let cleanup = self.new_label();
        let outer = self.handlers.len();
        self.handlers.push((cleanup, depth));
        self.emit(Opcode::PushExcInfo, 0);
        for clause in &s.handlers {
            let ExceptHandler::ExceptHandler(clause) = clause;
            let next = self.new_label();
            let span = span_of(clause);
            if let Some(class) = &clause.type_ {
                self.expr(class);
                self.at(span, |e| {
                    e.emit(Opcode::CheckExcMatch, 0);
                    e.emit_jump(Opcode::PopJumpIfFalse, next);
                });
            }
            let name = match &clause.name {
                Some(name) => Some(self.at(span, |e| e.store_name(name.as_str()))),
                None => {
                    self.emit(Opcode::PopTop, 0);
                    None
                }
            };
            self.fblocks.push(FrameBlock {
                kind: FrameKind::Handler(name),
                outer_handlers: outer,
            });
            self.block(&clause.body);
            self.fblocks.pop();
            self.emit(Opcode::PopExcept, 0);
            if let Some(name) = name {
                self.unbind(name);
            }
            self.emit_jump(Opcode::Jump, end);
            self.bind(next);
        }
        // No clause matched: the exception goes on.
        self.emit(Opcode::Reraise, 0);
        self.handlers.pop();
        self.bind(cleanup);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 0);

        self.bind(orelse);
        self.block(&s.orelse);
        self.bind(end);
    }

    /// `try: ... finally: finalbody`, with or without `except` clauses.
    fn try_finally(&mut self, s: &ast::StmtTry) {
        let handler = self.new_label();
        let end = self.new_label();
        let depth = self.stack_base();
        self.push_fblock(FrameKind::Finally(s.finalbody.to_vec()));
        self.handlers.push((handler, depth));
        self.try_except(s);
        self.handlers.pop();
        self.fblocks.pop();
        self.block(&s.finalbody);
        self.emit_jump(Opcode::Jump, end);

        // Left by an exception: run the body, then raise the exception again.
        self.bind(handler);
        let cleanup = self.new_label();
        self.push_fblock(FrameKind::FinallyException);
        self.handlers.push((cleanup, depth));
        self.emit(Opcode::PushExcInfo, 0);
        self.block(&s.finalbody);
        self.emit(Opcode::Reraise, 0);
        self.handlers.pop();
        self.fblocks.pop();
        self.bind(cleanup);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 0);
        self.bind(end);
    }

    /// `with a as x, b: body`, as CPython 3.11 runs it: `x = a.__enter__()`, then the body
    /// (and the next item); leaving it normally, or by `return`, `break` or `continue`, calls
    /// `a.__exit__(None, None, None)`; an exception calls `a.__exit__(type(e), e,
    /// e.__traceback__)` and goes on unless that returns something true. The manager stays on
    /// the stack meanwhile.
    pub(super) fn with_stmt(&mut self, s: &ast::StmtWith, items: &[ast::WithItem]) {
        let Some((item, rest)) = items.split_first() else {
            self.block(&s.body);
            return;
        };
        if s.is_async {
            self.unsupported("unsupported-with", "`async with`", span_of(s), "");
            return;
        }
        let span = span_of(s);
        let depth = self.stack_base();
        self.expr(&item.context_expr);
        self.at(span, |e| {
            e.emit(Opcode::DupTop, 0);
            let enter = e.name("__enter__");
            e.emit(Opcode::LoadAttr, enter);
            e.emit(Opcode::Call, 0);
        });
        match &item.optional_vars {
            Some(target) => self.store(target),
            None => self.emit(Opcode::PopTop, 0),
        }
        let handler = self.new_label();
        let end = self.new_label();
        self.push_fblock(FrameKind::With(span));
        self.handlers.push((handler, depth + 1));
        self.with_stmt(s, rest);
        self.handlers.pop();
        self.fblocks.pop();
        self.at(span, |e| e.exit_without_exception());
        self.emit_jump(Opcode::Jump, end);

        // Left by an exception: [manager, exception].
        self.bind(handler);
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.handlers.push((cleanup, depth));
        self.at(span, |e| {
            e.emit(Opcode::PushExcInfo, 0);
            let (exit, type_, traceback) =
                (e.name("__exit__"), e.name("type"), e.name("__traceback__"));
            e.emit(Opcode::RotTwo, 0); // exc, mgr
            e.emit(Opcode::LoadAttr, exit); // exc, exit
            e.emit(Opcode::RotTwo, 0); // exit, exc
            e.emit(Opcode::DupTop, 0); // exit, exc, exc
            e.emit(Opcode::RotThree, 0); // exc, exit, exc
            e.emit(Opcode::DupTop, 0); // exc, exit, exc, exc
            e.emit(Opcode::LoadBuiltin, type_); // exc, exit, exc, exc, type
            e.emit(Opcode::RotTwo, 0); // exc, exit, exc, type, exc
            e.emit(Opcode::Call, 1); // exc, exit, exc, type(exc)
            e.emit(Opcode::RotTwo, 0); // exc, exit, type(exc), exc
            e.emit(Opcode::DupTop, 0); // exc, exit, type(exc), exc, exc
            e.emit(Opcode::LoadAttr, traceback); // ..., exc, tb
            e.emit(Opcode::Call, 3); // exc, result
            e.emit_jump(Opcode::PopJumpIfTrue, suppress); // exc
            e.emit(Opcode::Reraise, 0);
        });
        self.handlers.pop();
        self.bind(cleanup);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 0);
        // `__exit__` returned true: the exception is dropped.
        self.bind(suppress);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::PopTop, 0);
        self.bind(end);
    }

    /// Calls `__exit__(None, None, None)` of the context manager on top of the stack (which
    /// it pops).
    fn exit_without_exception(&mut self) {
        let exit = self.name("__exit__");
        self.emit(Opcode::LoadAttr, exit);
        for _ in 0..3 {
            self.load_const(kiln_bytecode::Constant::None);
        }
        self.emit(Opcode::Call, 3);
        self.emit(Opcode::PopTop, 0);
    }

    /// Stores the top of the stack into variable `name`; returns how to unbind it.
    fn store_name(&mut self, name: &str) -> Unbind {
        match self.resolve(name) {
            Resolved::Local(index) => {
                self.emit(Opcode::StoreFast, index);
                Unbind::Local(index)
            }
            Resolved::Cell(index) => {
                self.unsupported(
                    "unsupported-closure",
                    "an `except ... as` name that a nested function uses",
                    self.current,
                    "assign the exception to another variable in the handler",
                );
                self.emit(Opcode::PopTop, 0);
                Unbind::Local(index)
            }
            _ => {
                let index = self.global_name(name);
                self.emit(Opcode::StoreGlobal, index);
                Unbind::Global(index)
            }
        }
    }

    /// Unbinds an `except ... as` name.
    pub(super) fn unbind(&mut self, name: Unbind) {
        match name {
            Unbind::Local(index) => self.emit(Opcode::DeleteFast, index),
            Unbind::Global(index) => self.emit(Opcode::DeleteGlobal, index),
        }
    }

    pub(super) fn raise_stmt(&mut self, s: &ast::StmtRaise) {
        let count = match (&s.exc, &s.cause) {
            (Some(exc), cause) => {
                self.expr(exc);
                if let Some(cause) = cause {
                    self.expr(cause);
                    2
                } else {
                    1
                }
            }
            (None, _) => 0,
        };
        self.at(span_of(s), |e| e.emit(Opcode::Raise, count));
    }

    /// `assert test, msg`: `if not test: raise AssertionError(msg)`.
    pub(super) fn assert_stmt(&mut self, s: &ast::StmtAssert) {
        let end: Label = self.new_label();
        self.jump_if(&s.test, true, end);
        self.at(span_of(s), |e| {
            let class = e.name("AssertionError");
            e.emit(Opcode::LoadBuiltin, class);
        });
        if let Some(msg) = &s.msg {
            self.expr(msg);
            self.at(span_of(s), |e| e.emit(Opcode::Call, 1));
        }
        self.at(span_of(s), |e| e.emit(Opcode::Raise, 1));
        self.bind(end);
    }
}
