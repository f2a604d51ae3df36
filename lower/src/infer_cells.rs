//! Cells and closures.
//!
//! A variable that a nested function uses lives in a cell (`CellNew` in the entry block of the
//! function that owns it). Each cell variable of each instance is typed like a global: its
//! type is the join of every value stored in it, by the instance or by a nested function
//! (`nonlocal`), and the instances that read it are analysed again when it changes. A function
//! value capturing cells is a `Closure` naming them, so calling it specializes the nested
//! function to the types of the cells it was made with.

use std::collections::HashSet;

use kiln_bytecode::Span;

use super::{Cx, InstanceId};
use crate::ir::{Block, Function, TypeId, TypeKind, Value};

/// One cell variable of one instance.
pub(super) struct CellVar {
    /// The variable's name (for messages).
    name: String,
    ty: TypeId,
    first_store: Option<Span>,
    readers: HashSet<InstanceId>,
}

/// Whether instruction `value` of `func` is in a loop: its block can reach itself.
pub(super) fn in_loop(func: &Function, value: Value) -> bool {
    let Some(home) = func
        .blocks
        .iter()
        .position(|b| b.insts.contains(&value))
        .map(Block::new)
    else {
        return false;
    };
    let mut seen = vec![false; func.blocks.len()];
    let mut stack: Vec<Block> = func.blocks[home.index()]
        .edges()
        .iter()
        .map(|e| e.block)
        .collect();
    while let Some(block) = stack.pop() {
        if block == home {
            return true;
        }
        if std::mem::replace(&mut seen[block.index()], true) {
            continue;
        }
        stack.extend(func.blocks[block.index()].edges().iter().map(|e| e.block));
    }
    false
}

impl Cx<'_> {
    /// The type of the cell `CellNew` `value` of instance `id` makes for variable `name`.
    pub(super) fn cell_new(&mut self, id: InstanceId, value: Value, name: &str) -> TypeId {
        let cell = match self.cell_numbers.get(&(id, value)) {
            Some(&cell) => cell,
            None => {
                let cell = u32::try_from(self.cells.len()).unwrap_or(u32::MAX);
                self.cells.push(CellVar {
                    name: name.to_owned(),
                    ty: TypeId::NEVER,
                    first_store: None,
                    readers: HashSet::new(),
                });
                self.cell_numbers.insert((id, value), cell);
                cell
            }
        };
        self.types.intern(TypeKind::Cell(cell))
    }

    /// The type of the value read from a cell of type `cell` by instance `id`.
    pub(super) fn cell_get(&mut self, id: InstanceId, cell: TypeId) -> TypeId {
        let TypeKind::Cell(cell) = *self.types.kind(cell) else {
            return TypeId::NEVER;
        };
        let var = &mut self.cells[cell as usize];
        var.readers.insert(id);
        var.ty
    }

    /// Stores a value of type `ty` in a cell of type `cell`.
    pub(super) fn cell_set(&mut self, cell: TypeId, ty: TypeId, span: Span) {
        let TypeKind::Cell(cell) = *self.types.kind(cell) else {
            return;
        };
        let var = &self.cells[cell as usize];
        let (have, first) = (var.ty, var.first_store);
        let name = format!("variable `{}`", var.name);
        let Some(joined) = self.join_stored(have, first, ty, span, &name) else {
            return;
        };
        let var = &mut self.cells[cell as usize];
        var.ty = joined;
        if have == TypeId::NEVER {
            var.first_store = Some(span);
        }
        for reader in var.readers.clone() {
            self.enqueue(reader);
        }
    }

    /// The type of cell `index` of a closure of type `closure`.
    pub(super) fn free_cell(&mut self, closure: TypeId, index: u32) -> TypeId {
        match self.types.kind(closure) {
            TypeKind::Closure(_, cells) => match cells.get(index as usize) {
                Some(&cell) => self.types.intern(TypeKind::Cell(cell)),
                None => TypeId::NEVER,
            },
            _ => TypeId::NEVER,
        }
    }

    /// The type of function `code` made capturing cells of types `cells`.
    pub(super) fn closure(&mut self, code: u32, cells: &[TypeId]) -> TypeId {
        let mut numbers = Vec::with_capacity(cells.len());
        for &cell in cells {
            match *self.types.kind(cell) {
                TypeKind::Cell(number) => numbers.push(number),
                _ => return TypeId::NEVER,
            }
        }
        self.types.intern(TypeKind::Closure(code, numbers))
    }

    /// The type of the value each cell variable holds, once inference is done.
    pub(super) fn cell_types(&self) -> Vec<TypeId> {
        self.cells.iter().map(|var| var.ty).collect()
    }
}
