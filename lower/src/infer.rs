//! Whole-program type inference with monomorphization keys.
//!
//! Starting from the module's top level, every call of a Python function with a tuple of
//! argument types creates (or reuses) an *instance*: the function specialized to those types.
//! Each instance is analysed by forward propagation over its SSA until nothing changes; types
//! only ever move from `never` (unknown) to one concrete type, so the worklist terminates.
//! When an instance's return type or a global's type becomes known, the instances that read it
//! are analysed again. A value that would need two different types is a `type-mismatch`
//! diagnostic naming both places.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

use kiln_bytecode::{CmpOp, Diagnostic, Program, Span};

use crate::build::{GenericFunction, Var};
use crate::globals::GlobalTable;
use crate::ir::{
    Block, Builtin, Const, GlobalId, Inst, Terminator, TypeId, TypeKind, Types, Value, ValueDef,
};
use crate::typing;
use crate::unify::Vars;

#[path = "infer_builtins.rs"]
mod builtins;
#[path = "infer_calls.rs"]
mod calls;
pub use calls::bind_arguments;
#[path = "infer_cells.rs"]
mod cells;
#[path = "infer_classes.rs"]
pub(crate) mod classes;
#[path = "infer_containers.rs"]
mod containers;
#[path = "infer_methods.rs"]
mod methods;
#[path = "infer_special.rs"]
pub(crate) mod special;
#[path = "infer_str.rs"]
mod strings;

/// Index of an instance (a specialized function).
pub type InstanceId = usize;

/// A Python function specialized to argument types.
#[derive(Clone, Debug)]
pub struct Instance {
    pub code: u32,
    pub args: Vec<TypeId>,
    /// The type of every value of the generic function.
    pub types: Vec<TypeId>,
    pub ret: TypeId,
    /// What each generic `Call` resolves to.
    pub calls: HashMap<Value, Callee>,
    /// The instance a `key=` function of a call (`sorted`, `min`, `max`, `list.sort`) is,
    /// with its parameters: the item, then defaults.
    pub key_calls: HashMap<Value, (InstanceId, Vec<Binding>)>,
    /// Branches whose condition the types decide (`x is None` with `x: None`, `while True`),
    /// with the outcome: only that edge is followed.
    pub static_branches: HashMap<Block, bool>,
    /// Blocks no followed edge reaches; their code is not typed.
    pub dead_blocks: HashSet<Block>,
    /// For an instance of a generator function, the type its body returns (what its
    /// StopIteration carries); its `ret` is then `Generator(t)`, `t` a variable bound by its
    /// `yield`s.
    pub generator: Option<TypeId>,
}

/// The target of a call.
#[derive(Clone, Debug, PartialEq)]
pub enum Callee {
    Instance(InstanceId, Vec<Binding>),
    /// A method bound to its receiver (the callee value): argument 0 of the bindings is the
    /// receiver, argument `i` the call's argument `i - 1`.
    Bound(classes::Target),
    /// `Class(args)`: a new instance of the class, then its `__init__` (bound like a method).
    Construct(u32, Option<(InstanceId, Vec<Binding>)>),
    /// An operator calling a special method: its instance and bindings (argument `i` is
    /// `operands[i]`, the receiver first), and what to do with its result.
    Special(classes::Target, Vec<Value>, special::Post),
    /// `object.name` of a `Poly` object: the class attribute (a global) of each class it
    /// may have.
    ClassAttr(Vec<(u32, GlobalId)>),
    Builtin(Builtin),
    /// A method of a builtin type; the callee value is its receiver.
    Method(crate::ir::Method),
    /// A value that is one of several functions: for each, its type, instance and bindings.
    Funcs(Vec<(TypeId, InstanceId, Vec<Binding>)>),
}

/// Where a parameter's value comes from at one call site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    /// The call's argument at this index (positional and keyword arguments in source order).
    Arg(usize),
    /// The parameter's default value, stored in this global slot.
    Default(GlobalId),
    /// A `*args` parameter: the tuple of the call's arguments `start..start + len`.
    Rest { start: usize, len: usize },
    /// A `**kwargs` parameter: the dict of the keyword arguments whose bits are set (bit `k`:
    /// the call's keyword argument `k`).
    KwRest(u64),
    /// The closure called, which a function with free variables takes after its parameters.
    Closure,
}

/// The result of inference.
pub struct Inference {
    pub types: Types,
    pub instances: Vec<Instance>,
    pub global_types: Vec<TypeId>,
    pub classes: classes::ClassTable,
    /// Each class's field types, in layout order.
    pub field_types: Vec<Vec<TypeId>>,
    /// `__repr__` / `__str__` specialized for each class's instances.
    pub specials: HashMap<(u32, &'static str), InstanceId>,
    /// The classes the program makes instances of.
    pub constructed: BTreeSet<u32>,
}

/// Infers types for the whole program, starting at its top level.
pub fn run(
    program: &Program,
    generics: &[GenericFunction],
    globals: &GlobalTable,
) -> Result<Inference, Vec<Diagnostic>> {
    let mut cx = Cx {
        program,
        generics,
        globals,
        types: Types::default(),
        instances: Vec::new(),
        keys: HashMap::new(),
        worklist: VecDeque::new(),
        queued: HashSet::new(),
        global_types: vec![TypeId::NEVER; globals.len()],
        global_first_store: vec![None; globals.len()],
        global_readers: HashMap::new(),
        callers: HashMap::new(),
        call_sites: HashMap::new(),
        diagnostics: BTreeMap::new(),
        instance_diagnostics: HashMap::new(),
        analysing: None,
        vars: Vars::default(),
        site_vars: HashMap::new(),
        analysed_at: Vec::new(),
        field_types: Vec::new(),
        field_readers: HashMap::new(),
        specials: HashMap::new(),
        constructed: BTreeSet::new(),
        dispatch_readers: HashSet::new(),
        settled: false,
        exc_args: HashMap::new(),
        exc_args_readers: HashSet::new(),
        cells: Vec::new(),
        cell_numbers: HashMap::new(),
        classes: classes::ClassTable::new(program),
    };
    cx.types.class_names = program.classes.iter().map(|c| c.name.clone()).collect();
    cx.types.class_bases = program.classes.iter().map(|c| c.base).collect();
    cx.types.class_exceptions = cx.classes.classes.iter().map(|c| c.exception).collect();
    cx.types.class_specials = (0..program.classes.len() as u32)
        .map(|c| {
            [
                "__eq__", "__lt__", "__gt__", "__bool__", "__len__", "__hash__",
            ]
            .into_iter()
            .filter(|name| match *name {
                "__hash__" => cx.classes.hash_kind(c) == Some(true),
                _ => cx.classes.method(c, name).is_some(),
            })
            .collect()
        })
        .collect();
    cx.field_types = cx
        .classes
        .classes
        .iter()
        .map(|c| vec![TypeId::NEVER; c.fields.len()])
        .collect();
    cx.instance(Program::ENTRY, Vec::new());
    loop {
        while let Some(id) = cx.worklist.pop_front() {
            cx.queued.remove(&id);
            cx.analysed_at[id] = cx.vars.epoch;
            cx.analyse(id);
        }
        // A variable bound since an instance was analysed may make more of it known.
        let stale: Vec<InstanceId> = (0..cx.instances.len())
            .filter(|&id| cx.analysed_at[id] != cx.vars.epoch)
            .collect();
        if stale.is_empty() {
            if cx.settled {
                break;
            }
            // One more pass over everything, knowing that the variables still unbound stay
            // so (`sum([])` is its start).
            cx.settled = true;
            (0..cx.instances.len()).for_each(|id| cx.enqueue(id));
            continue;
        }
        stale.into_iter().for_each(|id| cx.enqueue(id));
    }
    cx.check_text_methods();
    for reported in std::mem::take(&mut cx.instance_diagnostics).into_values() {
        // An expression refused by kiln keeps the type an earlier pass gave it, so an error
        // on an expression around it may only follow from that: it is left out.
        let refused: Vec<Span> = reported
            .values()
            .filter(|d| d.id.starts_with("unsupported-"))
            .map(|d| d.primary.span)
            .collect();
        let follows = |d: &Diagnostic| {
            !d.id.starts_with("unsupported-")
                && refused.iter().any(|r| {
                    d.primary.span.start <= r.start
                        && r.end <= d.primary.span.end
                        && d.primary.span != *r
                })
        };
        for (key, diagnostic) in reported {
            if !follows(&diagnostic) {
                cx.diagnostics.entry(key).or_insert(diagnostic);
            }
        }
    }
    if !cx.diagnostics.is_empty() {
        return Err(cx.diagnostics.into_values().collect());
    }
    cx.types.cell_types = cx.cell_types();
    let Cx {
        mut types,
        mut instances,
        mut global_types,
        mut vars,
        classes,
        mut field_types,
        specials,
        constructed,
        ..
    } = cx;
    for ty in field_types.iter_mut().flatten() {
        *ty = vars.finish(&mut types, *ty);
    }
    for instance in &mut instances {
        for ty in instance
            .types
            .iter_mut()
            .chain(&mut instance.args)
            .chain(std::iter::once(&mut instance.ret))
            .chain(instance.generator.as_mut())
        {
            *ty = vars.finish(&mut types, *ty);
        }
    }
    for ty in &mut global_types {
        *ty = vars.finish(&mut types, *ty);
    }
    let mut cell_types = std::mem::take(&mut types.cell_types);
    for ty in &mut cell_types {
        *ty = vars.finish(&mut types, *ty);
    }
    types.cell_types = cell_types;
    let unstorable = unstorable_items(&types, generics, &instances);
    if !unstorable.is_empty() {
        return Err(unstorable);
    }
    // Monomorphization looks up the iterator, list and tuple types that inference interned
    // for loops over iterables and `%` arguments; they must exist in their resolved form too
    // (and strings are always iterable: starred unpacking walks one).
    types.intern(TypeKind::Iter(TypeId::STR));
    for id in 0..types.len() {
        let id = TypeId(u32::try_from(id).unwrap_or(u32::MAX));
        if let TypeKind::Iter(_) | TypeKind::List(_) | TypeKind::Tuple(_) = types.kind(id) {
            vars.finish(&mut types, id);
        }
    }
    Ok(Inference {
        types,
        instances,
        global_types,
        classes,
        field_types,
        specials,
        constructed,
    })
}

/// Containers hold ints, floats, bools, strings, None, instances, closures, generators and
/// containers; a
/// container that would hold anything else (an optional, a range, a dict view, an iterator, a
/// function without captured variables) is refused
/// where it is made, once per source position.
fn unstorable_items(
    types: &Types,
    generics: &[GenericFunction],
    instances: &[Instance],
) -> Vec<Diagnostic> {
    fn unstorable(types: &Types, ty: TypeId) -> Option<TypeId> {
        let items: Vec<TypeId> = match types.kind(ty) {
            TypeKind::List(t) | TypeKind::Set(t) | TypeKind::FrozenSet(t) => vec![*t],
            TypeKind::Dict(k, v) => vec![*k, *v],
            TypeKind::Tuple(ts) => ts.clone(),
            _ => return None,
        };
        items.into_iter().find_map(|t| match types.kind(t) {
            TypeKind::Never
            | TypeKind::None
            | TypeKind::Bool
            | TypeKind::Int
            | TypeKind::Float
            | TypeKind::Str
            | TypeKind::Exception
            | TypeKind::Instance(_)
            | TypeKind::Poly(_)
            | TypeKind::Func(_)
            | TypeKind::Closure(..)
            | TypeKind::Funcs(_)
            | TypeKind::Generator(..)
            | TypeKind::Bytes => None,
            TypeKind::List(_)
            | TypeKind::Set(_)
            | TypeKind::FrozenSet(_)
            | TypeKind::Dict(..)
            | TypeKind::Tuple(_) => unstorable(types, t),
            _ => Some(t),
        })
    }
    let mut seen = HashSet::new();
    let mut diagnostics = Vec::new();
    for instance in instances {
        let func = &generics[instance.code as usize].func;
        // A tuple of exception classes exists only for `except (A, B):`, which reads nothing
        // but its type.
        let mut matched_classes = HashSet::new();
        let mut other_uses = HashSet::new();
        let is_isinstance = |v: &Value| {
            matches!(
                func.inst(*v),
                Some(Inst::BuiltinRef(Builtin::IsInstance | Builtin::IsSubclass))
            )
        };
        for value in &func.values {
            match &value.def {
                crate::ir::ValueDef::Inst(
                    Inst::ExcMatch(exc, class) | Inst::NarrowClass(exc, class),
                ) => {
                    matched_classes.insert(*class);
                    other_uses.insert(*exc);
                }
                crate::ir::ValueDef::Inst(Inst::Call { callee, args, .. })
                    if is_isinstance(callee) && args.len() == 2 =>
                {
                    matched_classes.insert(args[1]);
                    other_uses.insert(args[0]);
                }
                crate::ir::ValueDef::Inst(inst) => other_uses.extend(inst.operands()),
                _ => {}
            }
        }
        for block in &func.blocks {
            for call in block.edges() {
                other_uses.extend(call.args.iter().copied());
            }
            if let Terminator::Return(v) | Terminator::Branch { cond: v, .. } = &block.term {
                other_uses.insert(*v);
            }
        }
        for (index, (value, &ty)) in func.values.iter().zip(&instance.types).enumerate() {
            let v = Value::new(index);
            if matched_classes.contains(&v) && !other_uses.contains(&v) {
                continue;
            }
            let Some(item) = unstorable(types, ty) else {
                continue;
            };
            if !seen.insert(value.span) {
                continue;
            }
            let hint = match types.kind(item) {
                TypeKind::Optional(_) => {
                    "narrow the value first (`if x is not None:`), or store a sentinel such as -1"
                }
                TypeKind::Range | TypeKind::DictView(..) => "convert it with `list(...)` first",
                TypeKind::Builtin(_) => {
                    "a tuple of classes works where it is written: `except (ValueError, KeyError):`, `isinstance(x, (int, float))`"
                }
                _ => "",
            };
            let mut diagnostic = Diagnostic::error(
                "unsupported-item",
                format!(
                    "`{}`: a container holding `{}` values is not supported by kiln yet",
                    types.name(ty),
                    types.name(item)
                ),
                value.span,
            )
            .with_label("made here");
            if !hint.is_empty() {
                diagnostic = diagnostic.with_hint(hint);
            }
            diagnostics.push(diagnostic);
        }
    }
    diagnostics.sort_by_key(|d| (d.primary.span.start, d.primary.span.end));
    diagnostics
}

struct Cx<'a> {
    program: &'a Program,
    generics: &'a [GenericFunction],
    globals: &'a GlobalTable,
    types: Types,
    instances: Vec<Instance>,
    keys: HashMap<(u32, Vec<TypeId>), InstanceId>,
    worklist: VecDeque<InstanceId>,
    queued: HashSet<InstanceId>,
    global_types: Vec<TypeId>,
    global_first_store: Vec<Option<Span>>,
    global_readers: HashMap<GlobalId, HashSet<InstanceId>>,
    callers: HashMap<InstanceId, HashSet<InstanceId>>,
    /// Where each instance is first called: the calling instance and the call's span.
    call_sites: HashMap<InstanceId, (InstanceId, Span)>,
    /// Keyed by position and text so each problem is reported once, in source order.
    diagnostics: BTreeMap<(u32, u32, String), Diagnostic>,
    /// What the last analysis of each instance reported: an analysis of types not yet final
    /// (a variable still `None` before the loop that assigns it a str is typed) may report
    /// what a later one, with the final types, does not.
    instance_diagnostics: HashMap<InstanceId, BTreeMap<(u32, u32, String), Diagnostic>>,
    /// The instance being analysed.
    analysing: Option<InstanceId>,
    vars: Vars,
    /// The type variables created at one instruction of one instance (the element types
    /// of an empty display), so re-analysis finds the same ones.
    site_vars: HashMap<(InstanceId, Value, u8), TypeId>,
    /// The variable epoch at each instance's last analysis.
    analysed_at: Vec<u64>,
    classes: classes::ClassTable,
    /// Each class's field types (joined over every assignment, like globals).
    field_types: Vec<Vec<TypeId>>,
    field_readers: HashMap<(u32, usize), HashSet<InstanceId>>,
    specials: HashMap<(u32, &'static str), InstanceId>,
    /// The classes constructed so far, and the instances that depend on them (calls through
    /// a `Poly` value).
    constructed: BTreeSet<u32>,
    dispatch_readers: HashSet<InstanceId>,
    /// Set once nothing changes any more: element variables still unbound then belong to
    /// containers that never get items (see the last pass in `run`).
    settled: bool,
    /// The `args` tuple types each exception class of the program is made with (by its
    /// constructions, `raise C` and `BaseException.__init__` calls), and the instances that
    /// read them.
    exc_args: HashMap<u32, BTreeSet<TypeId>>,
    exc_args_readers: HashSet<InstanceId>,
    /// The cell variables, numbered by the instance and `CellNew` that make them.
    cells: Vec<cells::CellVar>,
    cell_numbers: HashMap<(InstanceId, Value), u32>,
}

impl Cx<'_> {
    fn instance(&mut self, code: u32, args: Vec<TypeId>) -> InstanceId {
        let args: Vec<TypeId> = args
            .into_iter()
            .map(|t| self.vars.resolve(&mut self.types, t))
            .collect();
        if let Some(&id) = self.keys.get(&(code, args.clone())) {
            return id;
        }
        // An instance created before some of its argument types were known may match now.
        for id in 0..self.instances.len() {
            if self.instances[id].code == code && self.instances[id].args.len() == args.len() {
                let same = (0..args.len()).all(|i| {
                    let have = self.instances[id].args[i];
                    self.vars.resolve(&mut self.types, have) == args[i]
                });
                if same {
                    return id;
                }
            }
        }
        let values = self.generics[code as usize].func.values.len();
        let id = self.instances.len();
        let (generator, ret) = if self.program.codes[code as usize].generator {
            // What it yields is known as its `yield`s are typed, and what is sent to it as
            // `send()`s are, like a list's items.
            let yields = self.vars.fresh(&mut self.types);
            let sent = self.vars.fresh(&mut self.types);
            (
                Some(TypeId::NEVER),
                self.types.intern(TypeKind::Generator(yields, sent)),
            )
        } else {
            (None, TypeId::NEVER)
        };
        self.instances.push(Instance {
            code,
            args: args.clone(),
            types: vec![TypeId::NEVER; values],
            ret,
            calls: HashMap::new(),
            key_calls: HashMap::new(),
            static_branches: HashMap::new(),
            dead_blocks: HashSet::new(),
            generator,
        });
        self.analysed_at.push(u64::MAX);
        self.keys.insert((code, args), id);
        self.enqueue(id);
        id
    }

    /// The type of a `*args` parameter given arguments of these types (`never` until they are
    /// all known).
    fn rest_type(&mut self, items: &[TypeId]) -> TypeId {
        if items.contains(&TypeId::NEVER) {
            return TypeId::NEVER;
        }
        self.types.intern(TypeKind::Tuple(items.to_vec()))
    }

    /// Refuses attribute `name` of a value of type `ty` (kiln does not compile it).
    fn unsupported_attribute(&mut self, ty: TypeId, name: &str, span: Span) -> TypeId {
        let type_name = typing::python_name(&self.types, ty);
        self.report(
            Diagnostic::error(
                "unsupported-attribute",
                format!("attribute `{name}` of `{type_name}` is not supported by kiln yet"),
                span,
            )
            .with_label("not supported"),
        );
        TypeId::NEVER
    }

    fn enqueue(&mut self, id: InstanceId) {
        if self.queued.insert(id) {
            self.worklist.push_back(id);
        }
    }

    fn report(&mut self, mut diagnostic: Diagnostic) {
        // A problem inside one of kiln's modules written in Python is the program's call's.
        let mut within = self.analysing;
        while let Some(id) = within.filter(|&id| self.is_library(id)) {
            within = self.call_sites.get(&id).map(|&(caller, span)| {
                diagnostic.primary.span = span;
                caller
            });
        }
        let key = (
            diagnostic.primary.span.start,
            diagnostic.primary.span.end,
            diagnostic.message.clone(),
        );
        let reported = match self.analysing {
            Some(id) => self.instance_diagnostics.entry(id).or_default(),
            None => &mut self.diagnostics,
        };
        reported.entry(key).or_insert(diagnostic);
    }

    /// Records that instance `caller` calls instance `target` at `span` (a problem inside
    /// `target` is reported at its first call if it is a library function, see `report`).
    fn record_call_site(&mut self, caller: InstanceId, target: InstanceId, span: Span) {
        if span != Span::default() {
            self.call_sites.entry(target).or_insert((caller, span));
        }
    }

    /// The span of value `value` of instance `id`.
    fn value_span(&self, id: InstanceId, value: Value) -> Span {
        self.generics[self.instances[id].code as usize].func.values[value.index()].span
    }

    /// Whether values of type `ty` are instances of a class of one of kiln's modules written
    /// in Python (`_io.TextIOWrapper`), whose methods are library functions: an attribute it
    /// lacks is one kiln does not have yet, not one CPython's class lacks.
    fn is_library_class(&self, ty: TypeId) -> bool {
        let Some(class) = self.types.instance_class(ty) else {
            return false;
        };
        // Their methods are named after the class (`_io.TextIOWrapper.read`).
        let prefix = format!("{}.", self.classes.classes[class as usize].name);
        self.program
            .codes
            .iter()
            .any(|code| code.name.starts_with(&prefix))
    }

    /// Whether instance `id` is of a function of one of kiln's modules written in Python
    /// (see `ir::Function::is_library`).
    fn is_library(&self, id: InstanceId) -> bool {
        self.program.codes[self.instances[id].code as usize]
            .name
            .contains('.')
    }

    fn analyse(&mut self, id: InstanceId) {
        self.instance_diagnostics.remove(&id);
        self.analysing = Some(id);
        self.analyse_types(id);
        self.analysing = None;
    }

    fn analyse_types(&mut self, id: InstanceId) {
        let generics = self.generics;
        let generic = &generics[self.instances[id].code as usize];
        let func = &generic.func;
        let mut types = std::mem::take(&mut self.instances[id].types);
        for (param, &ty) in func.blocks[func.entry.index()]
            .params
            .iter()
            .zip(&self.instances[id].args)
        {
            types[param.index()] = ty;
        }
        let order = func.reverse_postorder();
        // A generator's `return`s give the value its StopIteration carries, not the call's.
        let generator = self.instances[id].generator;
        let mut ret = generator.unwrap_or(self.instances[id].ret);
        let yields = match *self.types.kind(self.instances[id].ret) {
            TypeKind::Generator(t, _) if generator.is_some() => t,
            _ => TypeId::NEVER,
        };
        let mut live: HashSet<Block> = HashSet::from([func.entry]);
        let mut static_branches = HashMap::new();
        loop {
            // Only the last pass, over the final types, reports.
            self.instance_diagnostics.remove(&id);
            let epoch = self.vars.epoch;
            let mut changed = false;
            for &block in &order {
                if !live.contains(&block) {
                    continue;
                }
                let data = &func.blocks[block.index()];
                for &value in &data.insts {
                    let ty = self.eval(id, generic, value, &types);
                    if ty != TypeId::NEVER && types[value.index()] != ty {
                        types[value.index()] = ty;
                        changed = true;
                    }
                    if let ValueDef::Inst(Inst::Yield(item)) = func.values[value.index()].def {
                        self.admit_yield(func, yields, item, types[item.index()]);
                    }
                }
                let mut successors = data.term.successors();
                if let Terminator::Branch { cond, .. } = data.term {
                    if types[cond.index()] == TypeId::NEVER {
                        // Not known yet, or control never gets past the condition.
                        successors.clear();
                    } else if let Some(truth) = self.static_truth(func, &types, cond) {
                        static_branches.insert(block, truth);
                        successors.remove(usize::from(truth));
                    } else {
                        static_branches.remove(&block);
                    }
                }
                // An exception can leave any live block, whatever its types.
                successors.extend(data.unwind.as_ref());
                for call in successors {
                    changed |= live.insert(call.block);
                    let params = &func.blocks[call.block.index()].params;
                    for (&param, &arg) in params.iter().zip(&call.args) {
                        changed |= self.join_param(generic, &mut types, param, arg);
                    }
                }
                if let Terminator::Return(value) = data.term {
                    let ty = types[value.index()];
                    if let Some(joined) = self.vars.join(&mut self.types, ret, ty) {
                        ret = joined;
                    } else {
                        let message = format!(
                            "function `{}` returns a {} here but a {} elsewhere",
                            func.python_name,
                            self.types.name(ty),
                            self.types.name(ret)
                        );
                        let span = func.values[value.index()].span;
                        self.report(
                            Diagnostic::error("type-mismatch", message, span)
                                .with_label(format!("returns {}", self.types.name(ty)))
                                .with_hint("kiln gives every function one return type; a function that falls off its end returns None"),
                        );
                    }
                }
            }
            if !changed && epoch == self.vars.epoch {
                break;
            }
        }
        self.instances[id].types = types;
        self.instances[id].static_branches = static_branches;
        self.instances[id].dead_blocks = order.into_iter().filter(|b| !live.contains(b)).collect();
        let ret = self.vars.resolve(&mut self.types, ret);
        if generator.is_some() {
            // Only monomorphization reads what a generator's body returns.
            self.instances[id].generator = Some(ret);
            return;
        }
        if ret != self.instances[id].ret {
            self.instances[id].ret = ret;
            for caller in self.callers.get(&id).cloned().unwrap_or_default() {
                self.enqueue(caller);
            }
        }
    }

    /// The type of a `yield` in instance `id` of a generator function: the optional of what
    /// `send()` sends it (None when nothing is sent).
    fn sent_type(&mut self, id: InstanceId, span: Span) -> Result<TypeId, String> {
        let TypeKind::Generator(_, sent) = *self.types.kind(self.instances[id].ret) else {
            return Ok(TypeId::NONE);
        };
        let sent = self.vars.resolve(&mut self.types, sent);
        if matches!(
            self.types.kind(sent),
            TypeKind::Never | TypeKind::Var(_) | TypeKind::None
        ) {
            return Ok(TypeId::NONE);
        }
        match self.types.optional(sent) {
            Some(optional) => Ok(optional),
            None => {
                self.report(
                    Diagnostic::error(
                        "unsupported-generator",
                        format!(
                            "a `yield` receiving `{}` values from `send()` is not supported by kiln yet",
                            self.types.name(sent)
                        ),
                        span,
                    )
                    .with_label("its value may also be None (from `next()`)"),
                );
                Ok(TypeId::NEVER)
            }
        }
    }

    /// Lets `item` (of type `ty`) be a value of a generator that yields `yields` (a
    /// variable), as an item goes into a list.
    fn admit_yield(&mut self, func: &crate::ir::Function, yields: TypeId, item: Value, ty: TypeId) {
        if self.vars.admit(&mut self.types, yields, ty) {
            return;
        }
        let yields = self.vars.resolve(&mut self.types, yields);
        let message = format!(
            "generator `{}` yields `{}` here but `{}` elsewhere",
            func.python_name,
            self.types.name(ty),
            self.types.name(yields)
        );
        let span = func.values[item.index()].span;
        self.report(
            Diagnostic::error("type-mismatch", message, span)
                .with_label(format!("yields {}", self.types.name(ty)))
                .with_hint("kiln gives the values of a generator one type"),
        );
    }

    /// The outcome of a branch on `cond` when the types decide it: `x is None` for an `x` of
    /// type None (true) or of a type that cannot hold None (false); constants (`while True`);
    /// `not` of those.
    fn static_truth(
        &self,
        func: &crate::ir::Function,
        types: &[TypeId],
        cond: Value,
    ) -> Option<bool> {
        let Some(Inst::Truthy(value)) = func.inst(cond) else {
            return None;
        };
        self.truth_of(func, types, *value)
    }

    fn truth_of(&self, func: &crate::ir::Function, types: &[TypeId], value: Value) -> Option<bool> {
        // Some(true): always None; Some(false): never None.
        let always_none = |v: Value| match self.types.kind(types[v.index()]) {
            TypeKind::None => Some(true),
            TypeKind::Optional(_) | TypeKind::Never | TypeKind::Var(_) => None,
            _ => Some(false),
        };
        match func.inst(value)? {
            Inst::Const(Const::Bool(b)) => Some(*b),
            Inst::Const(Const::Int(n)) => Some(*n != 0),
            Inst::Const(Const::None) => Some(false),
            Inst::Unary(kiln_bytecode::UnaryOp::Not, inner) => {
                self.truth_of(func, types, *inner).map(|t| !t)
            }
            Inst::Is(a, b) => match (always_none(*a)?, always_none(*b)?) {
                (true, true) => Some(true),
                (false, false) => None,
                _ => Some(false),
            },
            // `isinstance(x, C)` where the type of `x` decides it (not for exceptions and
            // values of several classes, whose class is tested at run time).
            Inst::Call { callee, args, .. }
                if args.len() == 2
                    && matches!(
                        func.inst(*callee),
                        Some(Inst::BuiltinRef(Builtin::IsInstance))
                    ) =>
            {
                let of = types[args[0].index()];
                let decided = !self.types.is_exception(of)
                    && !matches!(
                        self.types.kind(of),
                        TypeKind::Poly(_)
                            | TypeKind::Optional(_)
                            | TypeKind::Never
                            | TypeKind::Var(_)
                    );
                match typing::isinstance(&self.types, of, types[args[1].index()]) {
                    Some(Ok(truth)) if decided => Some(truth),
                    _ => None,
                }
            }
            _ if types[value.index()] == TypeId::NONE => Some(false),
            _ => None,
        }
    }

    /// Merges an incoming argument's type into a block parameter's; true if it changed.
    fn join_param(
        &mut self,
        generic: &GenericFunction,
        types: &mut [TypeId],
        param: Value,
        arg: Value,
    ) -> bool {
        let (have, incoming) = (types[param.index()], types[arg.index()]);
        if incoming == TypeId::NEVER || have == incoming {
            return false;
        }
        if have == TypeId::NEVER {
            types[param.index()] = incoming;
            return true;
        }
        if let Some(joined) = self.vars.join(&mut self.types, have, incoming) {
            types[param.index()] = joined;
            return joined != have;
        }
        let what = match generic.param_origin.get(&param) {
            Some(Var::Local(i)) => format!(
                "variable `{}`",
                generic
                    .local_names
                    .get(*i as usize)
                    .map_or("?", String::as_str)
            ),
            _ => "this expression".to_owned(),
        };
        let func = &generic.func;
        let arg_span = func.values[arg.index()].span;
        let first = first_definition(func, types, param, have).unwrap_or(func.span);
        self.report(
            Diagnostic::error(
                "type-mismatch",
                format!(
                    "{what} would need two types: {} and {}",
                    self.types.name(have),
                    self.types.name(incoming)
                ),
                arg_span,
            )
            .with_label(format!("this is {}", self.types.with_article(incoming)))
            .with_secondary(first, format!("this is {}", self.types.with_article(have)))
            .with_hint("kiln gives each variable one type; use a separate variable for each type"),
        );
        false
    }

    fn eval(
        &mut self,
        id: InstanceId,
        generic: &GenericFunction,
        value: Value,
        types: &[TypeId],
    ) -> TypeId {
        let func = &generic.func;
        let ValueDef::Inst(inst) = &func.values[value.index()].def else {
            return TypeId::NEVER;
        };
        let span = func.values[value.index()].span;
        // An optional operand that must be a value is typed as the value (monomorphization
        // checks it for None).
        let needs_value = inst.value_operands(|v| {
            matches!(
                self.types.kind(types[v.index()]),
                TypeKind::Str | TypeKind::Bytes
            )
        });
        let resolved: HashMap<Value, TypeId> = inst
            .operands()
            .into_iter()
            .map(|v| {
                let t = self.vars.resolve(&mut self.types, types[v.index()]);
                match self.types.optional_inner(t) {
                    Some(inner) if needs_value.contains(&v) => (v, inner),
                    _ => (v, t),
                }
            })
            .collect();
        let ty = |v: &Value| resolved[v];
        if inst.operands().iter().any(|v| ty(v) == TypeId::NEVER)
            && !matches!(inst, Inst::CheckBound { .. })
        {
            return TypeId::NEVER;
        }
        // An operand whose type is an unbound variable is not known yet, except where the
        // value is only stored or passed on.
        let passes_values = matches!(
            inst,
            Inst::Build(..)
                | Inst::CompAdd(..)
                | Inst::SetItem(..)
                | Inst::StoreGlobal(..)
                | Inst::CellSet(..)
        );
        if !passes_values
            && inst
                .operands()
                .iter()
                .any(|v| matches!(self.types.kind(ty(v)), TypeKind::Var(_)))
        {
            return TypeId::NEVER;
        }
        if let Inst::Compare(_, a, b) = inst {
            let class_like = |t: TypeId| {
                matches!(
                    self.types.kind(t),
                    TypeKind::ClassOf(_) | TypeKind::Class(_) | TypeKind::Builtin(_)
                )
            };
            if class_like(ty(a)) || class_like(ty(b)) {
                self.report(
                    Diagnostic::error(
                        "unsupported-operation",
                        "comparing classes or functions is not supported by kiln yet".to_owned(),
                        span,
                    )
                    .with_label("not supported")
                    .with_hint("test the class with `isinstance(x, C)`"),
                );
                return TypeId::NEVER;
            }
        }
        // The `args` of exceptions made with different tuple types: their items' types are
        // known only at run time.
        let uses_items = matches!(
            inst,
            Inst::Compare(..)
                | Inst::GetItem(..)
                | Inst::GetIter(_)
                | Inst::Contains(..)
                | Inst::Binary(..)
                | Inst::UnpackCheck { .. }
        );
        if uses_items && inst.operands().iter().any(|v| ty(v) == TypeId::EXC_ARGS) {
            self.report(
                Diagnostic::error(
                    "unsupported-operation",
                    "using the items of this exception's `args` is not supported by kiln yet",
                    span,
                )
                .with_label("kiln knows the types of these items only at run time")
                .with_hint("kiln types `e.args` for an exception of one of the program's classes whose every construction passes arguments of the same types; keep other values in attributes"),
            );
            return TypeId::NEVER;
        }
        if let Some(result) = self.special_op(id, value, inst, &ty) {
            return self.typed_or_report(result, span);
        }
        if let Some(result) = self.eval_container(id, value, inst, (&ty, types), span) {
            // A container keeps its element variables (items added later may widen them).
            let result = result.map(|t| match self.types.kind(t) {
                TypeKind::Var(_) => self.vars.resolve(&mut self.types, t),
                _ => t,
            });
            return self.typed_or_report(result, span);
        }
        let result = match inst {
            Inst::Const(c) => Ok(const_type(c)),
            Inst::Undef => Ok(TypeId::NEVER),
            Inst::CheckBound { .. } => Ok(TypeId::NONE),
            Inst::LoadGlobal(global) => {
                self.global_readers.entry(*global).or_default().insert(id);
                Ok(self.global_types[global.index()])
            }
            Inst::StoreGlobal(global, v) => {
                let given = self.given_type(types, *v, ty(v));
                self.store_global(*global, given, span);
                Ok(TypeId::NONE)
            }
            Inst::BuiltinRef(Builtin::SysArgv) => Ok(TypeId::LIST_STR),
            Inst::BuiltinRef(builtin) => Ok(self.types.intern(TypeKind::Builtin(*builtin))),
            Inst::MakeFunction {
                code,
                defaults,
                cells,
            } => {
                for (i, default) in defaults.iter().enumerate() {
                    let slot = self.globals.default_slot(*code, i);
                    let span = func.values[default.index()].span;
                    self.store_global(slot, ty(default), span);
                }
                // A function made once (at module level, outside loops) without cells is
                // known from its type alone; any other is an object of its own, so each
                // evaluation of the `def` makes a different one.
                let made_once =
                    self.instances[id].code == Program::ENTRY && !cells::in_loop(func, value);
                match cells.is_empty() && made_once {
                    true => Ok(self.types.intern(TypeKind::Func(*code))),
                    false => {
                        let cells: Vec<TypeId> = cells.iter().map(ty).collect();
                        Ok(self.closure(*code, &cells))
                    }
                }
            }
            Inst::CellNew(name) => Ok(self.cell_new(id, value, name)),
            Inst::CellGet { cell, .. } => Ok(self.cell_get(id, ty(cell))),
            Inst::CellSet(cell, v) => {
                let given = self.given_type(types, *v, ty(v));
                self.cell_set(ty(cell), given, span);
                Ok(TypeId::NONE)
            }
            Inst::FreeCell(closure, index) => Ok(self.free_cell(ty(closure), *index)),
            Inst::CallEx {
                callee,
                parts,
                kwargs,
            } => {
                let parts: Vec<TypeId> = parts.iter().map(ty).collect();
                let kwargs = kwargs.as_ref().map(ty);
                self.unpacked_call(id, value, ty(callee), &parts, kwargs, span)
            }
            Inst::Call {
                callee,
                args,
                kwnames,
            } => {
                match self.types.kind(ty(callee)) {
                    TypeKind::Builtin(Builtin::Exception(_) | Builtin::SysExit) => {
                        // Monomorphization makes the exception's `args` tuple.
                        let fields = args.iter().map(ty).collect();
                        self.types.intern(TypeKind::Tuple(fields));
                    }
                    TypeKind::Builtin(Builtin::ExcInit) => {
                        let fields = args.iter().skip(1).map(ty).collect();
                        let tuple = self.types.intern(TypeKind::Tuple(fields));
                        let receiver = args.first().and_then(|a| self.types.instance_class(ty(a)));
                        if let Some(class) = receiver {
                            self.exc_args_source(class, tuple);
                        }
                    }
                    &TypeKind::Class(class) if self.classes.exception(class).is_some() => {
                        let positional = &args[..args.len() - kwnames.len()];
                        let kept = positional
                            .iter()
                            .map(ty)
                            .find(|&t| !typing::is_printable(self.types.kind(t)));
                        if let Some(arg) = kept {
                            let name = typing::python_name(&self.types, arg);
                            self.report(
                                Diagnostic::error(
                                    "unsupported-call",
                                    format!("an exception whose `args` hold a `{name}` is not supported by kiln yet"),
                                    span,
                                )
                                .with_label("its positional arguments become its `args`")
                                .with_hint("pass it as a keyword argument, or keep it in an attribute"),
                            );
                            return TypeId::NEVER;
                        }
                        let fields = positional.iter().map(ty).collect();
                        let tuple = self.types.intern(TypeKind::Tuple(fields));
                        self.exc_args_source(class, tuple);
                    }
                    TypeKind::Builtin(Builtin::Type) if args.len() == 1 => {
                        self.types.intern(TypeKind::ClassOf(ty(&args[0])));
                    }
                    TypeKind::Builtin(Builtin::Sys(crate::ir::sys::SysFn::OsEnviron)) => {
                        self.types.intern(TypeKind::Dict(TypeId::STR, TypeId::STR));
                    }
                    TypeKind::Builtin(Builtin::Divmod) => {
                        for number in [TypeId::INT, TypeId::FLOAT] {
                            self.types.intern(TypeKind::Tuple(vec![number, number]));
                        }
                    }
                    TypeKind::Builtin(Builtin::ObjectSetAttr) => {
                        return self.object_setattr(id, value, func, args, types, span);
                    }
                    _ => {}
                }
                self.call(id, value, *callee, args, kwnames, types)
            }
            Inst::CaughtException => Ok(TypeId::EXCEPTION),
            // What `send()` sends (None for `next()`).
            Inst::Yield(_) => self.sent_type(id, span),
            Inst::MakeClass(class) => Ok(self.types.intern(TypeKind::Class(*class))),
            Inst::SetAttr(object, _, v)
                if self.types.instance_class(ty(object)).is_some()
                    && self.has_special(id, ty(object), "__setattr__") =>
            {
                let given = self.given_type(types, *v, ty(v));
                self.special_setattr(id, value, ty(object), given, span)
            }
            Inst::SetAttr(object, name, v) => {
                let given = self.given_type(types, *v, ty(v));
                match self.class_set_attr(id, value, [*object, *v], ty(object), name, given, span) {
                    Some(result) => result,
                    None => {
                        let type_name = typing::python_name(&self.types, ty(object));
                        self.report(
                        Diagnostic::error(
                            "unsupported-attribute",
                            format!("setting attribute `{name}` of a `{type_name}` is not supported by kiln yet"),
                            span,
                        )
                        .with_label("not supported"),
                    );
                        return TypeId::NEVER;
                    }
                }
            }
            Inst::DeleteGlobal(_) => Ok(TypeId::NONE),
            Inst::RaiseExc { exc, cause } => {
                if let &TypeKind::Class(class) = self.types.kind(ty(exc)) {
                    if self.classes.exception(class).is_some() {
                        // `raise C`: `raise C()`.
                        let args = self.types.intern(TypeKind::Tuple(Vec::new()));
                        self.exc_args_source(class, args);
                        if let Err(message) = self.construct(id, value, class, &[], &[]) {
                            return self.typed_or_report(Err(message), span);
                        }
                    }
                }
                self.raised(ty(exc), span, "exceptions must derive from BaseException");
                if let Some(cause) = cause {
                    // `from last` where `last` is None or an exception: either is a cause.
                    let cause = self.types.optional_inner(ty(cause)).unwrap_or(ty(cause));
                    if cause != TypeId::NONE {
                        self.raised(
                            cause,
                            span,
                            "exception causes must derive from BaseException",
                        );
                    }
                }
                Ok(TypeId::NONE)
            }
            Inst::RaiseHandled | Inst::Reraise(_) | Inst::PushExcInfo(_) | Inst::PopExcept => {
                Ok(TypeId::NONE)
            }
            Inst::ExcMatch(_, class) => {
                if crate::mono::exc::caught_classes(ty(class), &self.types).is_none() {
                    let name = typing::python_name(&self.types, ty(class));
                    self.report(
                        Diagnostic::error(
                            "unsupported-except",
                            format!("an `except` clause naming a `{name}` is not supported by kiln yet"),
                            span,
                        )
                        .with_label("not an exception class")
                        .with_hint("kiln catches exception classes (`ValueError`, `(KeyError, IndexError)`, `Exception`, a class deriving from one, ...)"),
                    );
                    return TypeId::NEVER;
                }
                Ok(TypeId::BOOL)
            }
            Inst::Unary(op, v) => typing::unary(&self.types, *op, ty(v)).map(|p| p.result),
            Inst::Binary(op, a, b) | Inst::Inplace(op, a, b) => {
                let negative = is_negative_literal(func, *b);
                typing::binary(&self.types, *op, ty(a), ty(b), negative).map(|p| p.result)
            }
            Inst::Compare(op @ (CmpOp::Eq | CmpOp::Ne), a, b)
                if self.types.optional_inner(ty(a)).is_some()
                    || self.types.optional_inner(ty(b)).is_some() =>
            {
                self.report(
                    Diagnostic::error(
                        "unsupported-operation",
                        format!(
                            "`{}` with a value that may be None is not supported by kiln yet",
                            op.symbol()
                        ),
                        span,
                    )
                    .with_label("may be None")
                    .with_hint("test `x is None` / `x is not None` first"),
                );
                Ok(TypeId::BOOL)
            }
            Inst::Compare(op @ (CmpOp::Eq | CmpOp::Ne), a, b)
                if typing::undecidable_equality(&self.types, ty(a), ty(b)) =>
            {
                let (a, b) = (self.types.name(ty(a)), self.types.name(ty(b)));
                self.report(
                    Diagnostic::error(
                        "unsupported-operation",
                        format!(
                            "`{}` between a {a} and a {b} is not supported by kiln",
                            op.symbol()
                        ),
                        span,
                    )
                    .with_label("not supported")
                    .with_hint("kiln compares containers of one type; convert one side first"),
                );
                Ok(TypeId::BOOL)
            }
            Inst::Compare(op @ (CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge), a, b)
                if typing::unsupported_ordering(&self.types, ty(a), ty(b))
                    && !self.vars.unify(&mut self.types, ty(a), ty(b)) =>
            {
                // (Unifying first lets an empty display take the other side's type: `[] < [0]`.)
                let (a, b) = (self.types.name(ty(a)), self.types.name(ty(b)));
                self.report(
                    Diagnostic::error(
                        "unsupported-operation",
                        format!(
                            "`{}` between a {a} and a {b} is not supported by kiln yet",
                            op.symbol()
                        ),
                        span,
                    )
                    .with_label("not supported")
                    .with_hint("kiln orders containers of one type (tuples of one length)"),
                );
                Ok(TypeId::BOOL)
            }
            Inst::Compare(op, a, b) => {
                let (a, b) = (
                    self.vars.resolve(&mut self.types, ty(a)),
                    self.vars.resolve(&mut self.types, ty(b)),
                );
                typing::compare(&self.types, *op, a, b).map(|p| p.result)
            }
            Inst::Truthy(v) => typing::truthy(&self.types, ty(v)).map(|p| p.result),
            Inst::Iterable(v) => {
                let iterable = ty(v);
                // An instance whose `__iter__` is a generator function: the generator.
                let found = match self.types.instance_class(iterable) {
                    Some(_) if self.has_special(id, iterable, "__iter__") => {
                        self.method_target(id, iterable, "__iter__", &[], &[], true)
                    }
                    _ => Ok(None),
                };
                match found {
                    Ok(Some((target, made)))
                        if matches!(self.types.kind(made), TypeKind::Generator(..)) =>
                    {
                        self.record_target(id, value, Ok(Some((target, made))))
                    }
                    _ => Ok(iterable),
                }
            }
            Inst::GetIter(v) if self.types.instance_class(ty(v)).is_some() => {
                if !self.has_special(id, ty(v), "__iter__") {
                    if let Some(message) = self.instance_iteration_refusal(ty(v), "iteration") {
                        self.report(
                            Diagnostic::error("unsupported-iteration", message, span)
                                .with_label("not supported"),
                        );
                        return TypeId::NEVER;
                    }
                }
                self.instance_iter(id, value, ty(v))
            }
            Inst::IterHasNext(v) if self.types.instance_class(ty(v)).is_some() => self
                .instance_next(id, Some(value), ty(v))
                .map(|_| TypeId::BOOL),
            Inst::IterValue(v) if self.types.instance_class(ty(v)).is_some() => {
                // The call is the loop test's (`IterHasNext`); this is its result.
                self.instance_next(id, None, ty(v))
            }
            Inst::GetIter(v) => match self.types.kind(ty(v)).clone() {
                TypeKind::Iter(_) | TypeKind::RangeIter => {
                    self.report(
                        Diagnostic::error(
                            "unsupported-iteration",
                            "a loop over an iterator made by `iter()` is not supported by kiln yet",
                            span,
                        )
                        .with_label("kiln's iterators are values: a second loop over it would start again")
                        .with_hint("loop over the iterable itself; `iter(...)` works as what `__iter__` returns"),
                    );
                    return TypeId::NEVER;
                }
                TypeKind::Range => Ok(TypeId::RANGE_ITER),
                _ if self.types.item_type(ty(v)).is_some() => {
                    Ok(self.types.intern(TypeKind::Iter(ty(v))))
                }
                // Items whose types differ only in element types not known yet (`([1], [])`)
                // are made one type.
                TypeKind::Tuple(items)
                    if items
                        .windows(2)
                        .all(|pair| self.vars.unify(&mut self.types, pair[0], pair[1])) =>
                {
                    let tuple = self.vars.resolve(&mut self.types, ty(v));
                    match self.types.item_type(tuple) {
                        Some(_) => Ok(self.types.intern(TypeKind::Iter(tuple))),
                        None => Ok(TypeId::NEVER),
                    }
                }
                TypeKind::Tuple(_) => {
                    self.report(
                        Diagnostic::error(
                            "unsupported-iteration",
                            "iterating over a tuple whose items have different types is not supported by kiln",
                            span,
                        )
                        .with_label("items of different types")
                        .with_hint("kiln gives the loop variable one type"),
                    );
                    return TypeId::NEVER;
                }
                _ => Err(format!(
                    "'{}' object is not iterable",
                    typing::python_name(&self.types, ty(v))
                )),
            },
            Inst::IterHasNext(_) => Ok(TypeId::BOOL),
            Inst::IterValue(v) => match self.types.kind(ty(v)).clone() {
                TypeKind::Iter(t) => Ok(self.types.item_type(t).unwrap_or(TypeId::NEVER)),
                _ => Ok(TypeId::INT),
            },
            Inst::IterAdvance(v) => Ok(ty(v)),
            Inst::NarrowClass(v, classes) => Ok(
                match (self.types.kind(ty(v)), self.types.kind(ty(classes))) {
                    (&TypeKind::Poly(base), &TypeKind::Class(class))
                        if class != base && self.classes.is_subclass(class, base) =>
                    {
                        self.types.intern(TypeKind::Poly(class))
                    }
                    // `except C as e` for an exception class `C`.
                    (TypeKind::Exception, &TypeKind::Class(class))
                        if self.classes.exception(class).is_some() =>
                    {
                        self.types.intern(TypeKind::Poly(class))
                    }
                    _ => ty(v),
                },
            ),
            Inst::Narrow(v) => match self.types.kind(ty(v)) {
                TypeKind::Optional(t) => Ok(*t),
                // The edge where a None is not None is never taken.
                TypeKind::None => Ok(TypeId::NEVER),
                _ => Ok(ty(v)),
            },
            Inst::Format(v) => {
                if typing::is_printable(self.types.kind(ty(v))) {
                    Ok(TypeId::STR)
                } else {
                    let name = typing::python_name(&self.types, ty(v));
                    self.report(
                        Diagnostic::error(
                            "unsupported-format",
                            format!("formatting a `{name}` is not supported by kiln yet"),
                            span,
                        )
                        .with_label("in this f-string field"),
                    );
                    return TypeId::NEVER;
                }
            }
            Inst::BuildString(_) => Ok(TypeId::STR),
            Inst::GetAttr(object, name)
                if name == "__name__"
                    && matches!(
                        self.types.kind(ty(object)),
                        TypeKind::ClassOf(_) | TypeKind::Class(_)
                    ) =>
            {
                Ok(TypeId::STR)
            }
            // A function's `__name__` (not of the functions of kiln's Python modules, whose
            // names are their own).
            Inst::GetAttr(object, name)
                if name == "__name__" && self.types.functions(ty(object)).is_some() =>
            {
                let members = self.types.functions(ty(object)).unwrap_or_default();
                let library = members.iter().any(|&m| {
                    self.types
                        .function_code(m)
                        .is_some_and(|code| self.program.codes[code as usize].name.contains('.'))
                });
                if library {
                    return self.unsupported_attribute(ty(object), name, span);
                }
                Ok(TypeId::STR)
            }
            // `x.__class__`: `type(x)`.
            Inst::GetAttr(object, name)
                if name == "__class__"
                    && (typing::class_name(&self.types, ty(object)).is_some()
                        || self.types.is_exception(ty(object))) =>
            {
                Ok(self.types.intern(TypeKind::ClassOf(ty(object))))
            }
            Inst::GetAttr(object, name)
                if name == "args"
                    && self.types.is_exception(ty(object))
                    && self
                        .types
                        .instance_class(ty(object))
                        .is_none_or(|c| self.classes.field(c, "args").is_none()) =>
            {
                Ok(match self.types.instance_class(ty(object)) {
                    Some(class) => self.exc_args_type(id, class),
                    None => TypeId::EXC_ARGS,
                })
            }
            Inst::GetAttr(object, name)
                if name == "__traceback__" && self.types.is_exception(ty(object)) =>
            {
                Ok(self.types.intern(TypeKind::Traceback))
            }
            Inst::GetAttr(object, name)
                if name == "__init__"
                    && matches!(
                        self.types.kind(ty(object)),
                        TypeKind::Builtin(Builtin::Exception(_))
                    ) =>
            {
                Ok(self.types.intern(TypeKind::Builtin(Builtin::ExcInit)))
            }
            Inst::GetAttr(object, name)
                if matches!(
                    self.types.kind(ty(object)),
                    TypeKind::Instance(_) | TypeKind::Poly(_) | TypeKind::Class(_)
                ) =>
            {
                match self.class_get_attr(id, value, *object, ty(object), name) {
                    // What every object (and exception) has from `object`, `type` and
                    // `BaseException`: CPython finds it.
                    Some(Err(_))
                        if (name.starts_with("__") && name.ends_with("__"))
                            || (self.types.is_exception(ty(object))
                                && matches!(name.as_str(), "with_traceback" | "add_note"))
                            || self.is_library_class(ty(object)) =>
                    {
                        return self.unsupported_attribute(ty(object), name, span);
                    }
                    Some(Err(message)) => {
                        self.report(
                            Diagnostic::error(
                                "attribute-error",
                                format!("AttributeError: {message}"),
                                span,
                            )
                            .with_label("CPython raises this AttributeError here")
                            .with_hint("kiln reports errors it can prove at compile time"),
                        );
                        return TypeId::NEVER;
                    }
                    Some(Ok(t)) => Ok(t),
                    None => Ok(TypeId::NEVER),
                }
            }
            Inst::GetAttr(object, name) => {
                let receiver = self.types.kind(ty(object)).clone();
                match crate::ir::Method::lookup(&receiver, name) {
                    Some(method) => {
                        let receiver = match method {
                            crate::ir::Method::IntBitLength => TypeId::INT,
                            // As given, with its element-type variables: items added
                            // through the method may widen them (`xs.append(...)`).
                            crate::ir::Method::Named(_)
                                if self.vars.resolve(&mut self.types, types[object.index()])
                                    == ty(object) =>
                            {
                                types[object.index()]
                            }
                            crate::ir::Method::Named(_) => ty(object),
                        };
                        Ok(self.types.intern(TypeKind::Method(method, receiver)))
                    }
                    None => {
                        return self.unsupported_attribute(ty(object), name, span);
                    }
                }
            }
            other => {
                self.report(Diagnostic::error(
                    "internal-error",
                    format!("internal compiler error: typed instruction {other:?} before monomorphization"),
                    span,
                ));
                return TypeId::NEVER;
            }
        };
        match result {
            Ok(ty) => ty,
            Err(message) => {
                self.report(
                    Diagnostic::error("type-error", format!("TypeError: {message}"), span)
                        .with_label("CPython raises this TypeError here")
                        .with_hint("kiln reports type errors it can prove at compile time"),
                );
                TypeId::NEVER
            }
        }
    }

    /// The type of an operation, or `never` after reporting the TypeError CPython would raise.
    fn typed_or_report(&mut self, result: Result<TypeId, String>, span: Span) -> TypeId {
        result.unwrap_or_else(|message| {
            self.report(
                Diagnostic::error("type-error", format!("TypeError: {message}"), span)
                    .with_label("CPython raises this TypeError here")
                    .with_hint("kiln reports type errors it can prove at compile time"),
            );
            TypeId::NEVER
        })
    }

    /// Checks a raised value (or cause): an exception or a builtin exception class, whose
    /// instance without arguments needs the empty tuple type.
    fn raised(&mut self, ty: TypeId, span: Span, message: &str) {
        match self.types.kind(ty) {
            _ if self.types.is_exception(ty) => {}
            &TypeKind::Class(class) if self.classes.exception(class).is_some() => {}
            TypeKind::Builtin(Builtin::Exception(_)) => {
                self.types.intern(TypeKind::Tuple(Vec::new()));
            }
            _ => {
                let what = self.types.with_article(ty);
                self.report(
                    Diagnostic::error("type-error", format!("TypeError: {message}"), span)
                        .with_label(format!(
                            "CPython raises this TypeError here: {what} is not an exception"
                        ))
                        .with_hint("kiln reports type errors it can prove at compile time"),
                );
            }
        }
    }

    /// The type of `value` as its instruction gave it, with the element variables of a
    /// container (which items added later may widen), when that is its type `resolved`.
    fn given_type(&mut self, types: &[TypeId], value: Value, resolved: TypeId) -> TypeId {
        let given = types[value.index()];
        if !matches!(self.types.kind(given), TypeKind::Var(_))
            && self.vars.resolve(&mut self.types, given) == resolved
        {
            given
        } else {
            resolved
        }
    }

    fn store_global(&mut self, global: GlobalId, ty: TypeId, span: Span) {
        let (have, first) = (
            self.global_types[global.index()],
            self.global_first_store[global.index()],
        );
        let name = self.globals.display_name(global);
        let Some(joined) = self.join_stored(have, first, ty, span, &name) else {
            return;
        };
        self.global_types[global.index()] = joined;
        if have == TypeId::NEVER {
            self.global_first_store[global.index()] = Some(span);
        }
        for reader in self
            .global_readers
            .get(&global)
            .cloned()
            .unwrap_or_default()
        {
            self.enqueue(reader);
        }
    }

    /// The type of a variable several instances store to (a global, a cell) that had type
    /// `have` (first stored at `first`) once a value of type `ty` is stored at `span`: `None`
    /// if it stays the same, or if the two types do not join (reported).
    fn join_stored(
        &mut self,
        have: TypeId,
        first: Option<Span>,
        ty: TypeId,
        span: Span,
        name: &str,
    ) -> Option<TypeId> {
        if ty == TypeId::NEVER {
            return None;
        }
        let joined = self.vars.join(&mut self.types, have, ty);
        if joined.is_some() {
            return joined.filter(|&joined| joined != have);
        }
        if self.types.functions(have).is_some() && self.types.functions(ty).is_some() {
            // Two functions always join, up to a few closures of one nested function.
            self.report(
                Diagnostic::error(
                    "unsupported-closure",
                    format!(
                        "{name} would hold ever more kinds of closures (a function wrapping \
                         the variable's earlier value, again and again), which kiln does not \
                         compile yet"
                    ),
                    span,
                )
                .with_label("wraps the earlier value")
                .with_hint("keep the functions in a list and apply them one after the other"),
            );
            return None;
        }
        let mut diagnostic = Diagnostic::error(
            "type-mismatch",
            format!(
                "{name} would need two types: {} and {}",
                self.types.name(have),
                self.types.name(ty)
            ),
            span,
        )
        .with_label(format!("this is {}", self.types.with_article(ty)))
        .with_hint("kiln gives each variable one type; use a separate variable for each type");
        if let Some(first) = first {
            diagnostic = diagnostic
                .with_secondary(first, format!("this is {}", self.types.with_article(have)));
        }
        self.report(diagnostic);
        None
    }
}

/// The type of a literal.
pub fn const_type(c: &Const) -> TypeId {
    match c {
        Const::None => TypeId::NONE,
        Const::Bool(_) => TypeId::BOOL,
        Const::Int(_) | Const::BigInt(_) => TypeId::INT,
        Const::Float(_) => TypeId::FLOAT,
        Const::Str(_) => TypeId::STR,
        Const::Bytes(_) => TypeId::BYTES,
    }
}

/// The value of `value` if it is an integer constant.
pub fn const_int(func: &crate::ir::Function, value: Value) -> Option<i64> {
    match func.inst(value)? {
        Inst::Const(Const::Int(n)) => Some(*n),
        _ => None,
    }
}

/// The positions a slice with constant bounds (`t[1:]`, `t[::-1]`) selects from a sequence of
/// `len` items, in order, as CPython's `slice.indices` computes them; `None` when a bound is
/// computed at run time or the step is zero.
pub fn const_slice(func: &crate::ir::Function, slice: Value, len: usize) -> Option<Vec<usize>> {
    let Some(Inst::BuildSlice(start, stop, step)) = func.inst(slice) else {
        return None;
    };
    let bound = |v: Value| match func.inst(v)? {
        Inst::Const(Const::Int(n)) => Some(Some(*n)),
        Inst::Const(Const::None) => Some(None),
        _ => None,
    };
    let (start, stop, step) = (bound(*start)?, bound(*stop)?, bound(*step)?.unwrap_or(1));
    if step == 0 {
        return None;
    }
    let n = i64::try_from(len).ok()?;
    // Negative bounds count from the end; then clamp to [0, n] (or [-1, n-1] going down).
    let (low, high) = if step > 0 { (0, n) } else { (-1, n - 1) };
    let clamp = |b: Option<i64>, default: i64| match b {
        None => default,
        Some(b) if b < 0 => (b.saturating_add(n)).max(low),
        Some(b) => b.min(high),
    };
    let (first, end) = if step > 0 {
        (clamp(start, 0), clamp(stop, n))
    } else {
        (clamp(start, n - 1), clamp(stop, -1))
    };
    let mut positions = Vec::new();
    let mut k = first;
    while (step > 0 && k < end) || (step < 0 && k > end) {
        positions.push(usize::try_from(k).ok()?);
        k = k.checked_add(step)?;
    }
    Some(positions)
}

/// Whether `value` is a negative integer literal (which makes `int ** value` a float).
pub fn is_negative_literal(func: &crate::ir::Function, value: Value) -> bool {
    match func.inst(value) {
        Some(Inst::Const(Const::Int(n))) => *n < 0,
        Some(Inst::Const(Const::BigInt(digits))) => digits.starts_with('-'),
        _ => false,
    }
}

/// Where `param` first received a value of type `ty`, for the secondary label of a mismatch.
fn first_definition(
    func: &crate::ir::Function,
    types: &[TypeId],
    param: Value,
    ty: TypeId,
) -> Option<Span> {
    let ValueDef::Param(block, index) = func.values[param.index()].def else {
        return None;
    };
    for data in &func.blocks {
        for call in data.edges() {
            if call.block == block {
                let arg = *call.args.get(index as usize)?;
                if types[arg.index()] == ty {
                    return Some(func.values[arg.index()].span);
                }
            }
        }
    }
    None
}
