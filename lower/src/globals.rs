//! The module's global storage slots: one per name in the bytecode's name pool, plus hidden
//! slots holding each function's default parameter values.

use kiln_bytecode::Program;

use crate::ir::GlobalId;

/// Maps globals and default-value slots to [`GlobalId`]s.
#[derive(Clone, Debug)]
pub struct GlobalTable {
    names: Vec<String>,
    /// For each code object, the id of its first default slot.
    default_base: Vec<u32>,
    /// Globals below this id are Python variables; the rest are default-value slots.
    variables: usize,
    len: usize,
}

impl GlobalTable {
    pub fn new(program: &Program) -> GlobalTable {
        let mut next = u32::try_from(program.names.len()).unwrap_or(u32::MAX);
        let mut default_base = Vec::with_capacity(program.codes.len());
        let mut names = program.names.clone();
        for code in &program.codes {
            default_base.push(next);
            for i in 0..code.defaults {
                names.push(format!("{}.default{}", code.name, i));
            }
            next += code.defaults;
        }
        GlobalTable {
            len: names.len(),
            variables: program.names.len(),
            names,
            default_base,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The slot holding default value `index` (counting from the first defaulted parameter).
    pub fn default_slot(&self, code: u32, index: usize) -> GlobalId {
        GlobalId(self.default_base[code as usize] + u32::try_from(index).unwrap_or(u32::MAX))
    }

    /// Whether reading `global` must check that it was assigned: true for Python variables,
    /// false for default-value slots (written by `def` before any call can read them) and for
    /// `__name__` (set before the module's first statement).
    pub fn is_checked(&self, global: GlobalId) -> bool {
        global.index() < self.variables && self.names[global.index()] != "__name__"
    }

    /// The Python variable named `name`, if the program names it.
    pub fn lookup(&self, name: &str) -> Option<GlobalId> {
        self.names[..self.variables]
            .iter()
            .position(|n| n == name)
            .map(|i| GlobalId(u32::try_from(i).unwrap_or(u32::MAX)))
    }

    pub fn name(&self, global: GlobalId) -> &str {
        &self.names[global.index()]
    }

    /// How diagnostics refer to the slot.
    pub fn display_name(&self, global: GlobalId) -> String {
        let name = self.name(global);
        if name.contains(".default") {
            format!("default value `{name}`")
        } else {
            format!("global variable `{name}`")
        }
    }
}
