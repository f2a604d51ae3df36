//! Class statements. A class's methods and class attributes become module globals named
//! `Class.name`, stored in the order the class body defines them; `MAKE_CLASS` then makes the
//! class from its `ClassDef` (see `docs/bytecode.md`), which also lists the attributes its
//! methods assign on `self`: the fields of its instances.

use kiln_bytecode::{ClassDef, CodeKind, Diagnostic, Opcode};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::Emitter;
use crate::span_of;

impl Emitter<'_> {
    pub(super) fn class_def(&mut self, class: &ast::StmtClassDef) {
        let span = span_of(class);
        let name = class.name.as_str();
        if self.kind != CodeKind::Module || self.in_loop() || !self.fblocks.is_empty() {
            self.unsupported(
                "unsupported-class",
                "a class defined inside a function, loop or `try`",
                span,
                "define classes at the top level of the module",
            );
            return;
        }
        if let Some(decorator) = class.decorator_list.first() {
            self.unsupported(
                "unsupported-decorator",
                "a class decorator",
                span_of(decorator),
                "",
            );
            return;
        }
        if class.type_params.is_some() {
            self.unsupported("unsupported-type-params", "type parameters", span, "");
            return;
        }
        let mut base = None;
        let mut builtin_base = None;
        if let Some(arguments) = &class.arguments {
            if let Some(keyword) = arguments.keywords.first() {
                self.unsupported(
                    "unsupported-class",
                    "a class keyword argument",
                    span_of(keyword),
                    "",
                );
                return;
            }
            match &*arguments.args {
                [] => {}
                [Expr::Name(parent)] => {
                    // A class of this module, or one imported from another.
                    let parent_global = self.class_global(parent.id.as_str());
                    let found = self
                        .pools
                        .classes
                        .iter()
                        .position(|c| c.name == parent_global);
                    match found {
                        Some(index) => base = Some(u32::try_from(index).unwrap_or(u32::MAX)),
                        None if parent.id.as_str() == "object" => {}
                        None if kiln_bytecode::EXCEPTION_BASES.contains(&parent.id.as_str()) => {
                            builtin_base = Some(parent.id.to_string());
                        }
                        None => {
                            self.unsupported(
                                "unsupported-class",
                                "a base class that is not a class defined earlier in this module",
                                span_of(parent),
                                "",
                            );
                            return;
                        }
                    }
                }
                [_, second, ..] => {
                    self.unsupported(
                        "unsupported-class",
                        "multiple inheritance",
                        span_of(second),
                        "",
                    );
                    return;
                }
                [other] => {
                    self.unsupported("unsupported-class", "this base class", span_of(other), "");
                    return;
                }
            }
        }
        // The class's global: in a program module, `module.Name`, which is its name too.
        let qualified = crate::modules::ModuleTable::qualified(self.module.as_deref(), name);
        let mut def = ClassDef {
            name: qualified.clone(),
            base,
            builtin_base,
            methods: Vec::new(),
            attrs: Vec::new(),
            fields: Vec::new(),
            statics: Vec::new(),
            classmethods: Vec::new(),
            properties: Vec::new(),
        };
        self.pools.generated_span = span;
        let outer_class = self.class_name.replace(name.to_owned());
        let mut root_builtin = def.builtin_base.clone();
        let mut ancestor = def.base;
        while let Some(class) = ancestor.and_then(|b| self.pools.classes.get(b as usize)) {
            root_builtin.clone_from(&class.builtin_base);
            ancestor = class.base;
        }
        let outer_builtin = std::mem::replace(&mut self.builtin_base, root_builtin);
        let mut def_slots: Option<Vec<String>> = None;
        for stmt in &class.body {
            let stmt_span = span_of(stmt);
            match stmt {
                Stmt::FunctionDef(method)
                    if is_special(method.name.as_str())
                        && !SPECIAL_METHODS.contains(&method.name.as_str()) =>
                {
                    self.unsupported(
                        "unsupported-special-method",
                        &format!("the special method `{}`", method.name),
                        span_of(method),
                        &format!("kiln calls these special methods: {}", SPECIAL_METHODS.join(", ")),
                    );
                }
                Stmt::FunctionDef(method) => {
                    let Some(kind) = self.method_kind(method) else {
                        continue;
                    };
                    let mut method_name = self.mangle(method.name.as_str());
                    match &kind {
                        MethodKind::Static => def.statics.push(method_name.clone()),
                        MethodKind::Class => def.classmethods.push(method_name.clone()),
                        MethodKind::Getter => def.properties.push(method_name.clone()),
                        MethodKind::Setter(property) => method_name = format!("{property}.setter"),
                        MethodKind::Plain => {}
                    }
                    let undecorated = ast::StmtFunctionDef {
                        decorator_list: Default::default(),
                        ..method.clone()
                    };
                    self.at(stmt_span, |e| {
                        e.function_def_as(&undecorated, &format!("{qualified}.{method_name}"), Some(base))
                    });
                    if !def.methods.contains(&method_name) {
                        def.methods.push(method_name.clone());
                    }
                    if kind == MethodKind::Static {
                        continue;
                    }
                    if let Some(this) = method.parameters.args.first() {
                        let mut fields = Vec::new();
                        self_fields(&method.body, this.parameter.name.as_str(), &mut fields);
                        for field in fields {
                            let field = self.mangle(&field);
                            if !def.fields.contains(&field) {
                                def.fields.push(field);
                            }
                        }
                    }
                }
                Stmt::Assign(assign) => match &assign.targets[..] {
                    [Expr::Name(target)] if target.id.as_str() == "__slots__" => {
                        def_slots = self.slots(&assign.value, stmt_span);
                    }
                    [Expr::Name(target)]
                        if target.id.starts_with("__") && target.id.ends_with("__") =>
                    {
                        self.unsupported(
                            "unsupported-class",
                            &format!("setting `{}` in a class body", target.id),
                            stmt_span,
                            "",
                        );
                    }
                    [Expr::Name(target)] => {
                        self.at(stmt_span, |e| e.expr(&assign.value));
                        let attr = self.mangle(target.id.as_str());
                        self.class_attr(&mut def, &attr);
                    }
                    _ => self.unsupported(
                        "unsupported-class",
                        "this assignment in a class body",
                        stmt_span,
                        "assign one name: `count = 0`",
                    ),
                },
                Stmt::AnnAssign(assign) => {
                    if let (Expr::Name(target), Some(value)) = (&*assign.target, &assign.value) {
                        self.at(stmt_span, |e| e.expr(value));
                        self.class_attr(&mut def, target.id.as_str());
                    }
                }
                Stmt::Pass(_) => {}
                Stmt::Expr(e) if matches!(&*e.value, Expr::StringLiteral(_)) => {}
                _ => self.unsupported(
                    "unsupported-class",
                    "this statement in a class body",
                    stmt_span,
                    "a class body may hold methods, `name = value` class attributes and a docstring",
                ),
            }
        }
        self.class_name = outer_class;
        self.builtin_base = outer_builtin;
        if let Some(slots) = def_slots.take() {
            if let Some(field) = def.fields.iter().find(|f| !slots.contains(f)) {
                self.unsupported(
                    "unsupported-class",
                    &format!("a method setting `{field}`, which `__slots__` does not list (CPython raises AttributeError)"),
                    span,
                    "list every attribute the methods set in `__slots__`",
                );
                return;
            }
        }
        if def.fields.len() > 64 {
            self.unsupported(
                "unsupported-class",
                &format!(
                    "a class whose instances have {} attributes (kiln handles up to 64)",
                    def.fields.len()
                ),
                span,
                "",
            );
            return;
        }
        // Assigning a property calls its setter: it is no field.
        let properties = def.properties.clone();
        def.fields.retain(|f| !properties.contains(f));
        // An instance attribute shadowing a class attribute or method would make what
        // `self.x` reads depend on whether it was assigned yet.
        let mut inherited: Vec<&str> = def
            .attrs
            .iter()
            .chain(&def.methods)
            .map(String::as_str)
            .collect();
        let mut ancestor = def.base;
        while let Some(class) = ancestor.and_then(|b| self.pools.classes.get(b as usize)) {
            inherited.extend(class.attrs.iter().chain(&class.methods).map(String::as_str));
            ancestor = class.base;
        }
        if let Some(field) = def.fields.iter().find(|f| inherited.contains(&f.as_str())) {
            self.unsupported(
                "unsupported-class",
                &format!(
                    "an instance attribute `{field}` with the name of a class attribute or method"
                ),
                span,
                "rename one of them",
            );
            return;
        }
        let def_name = def.name.clone();
        if self.pools.classes.iter().any(|c| c.name == def_name) {
            self.error(
                Diagnostic::error(
                    "unsupported-class",
                    format!(
                        "class `{name}` is defined twice; kiln needs one definition per class name"
                    ),
                    span,
                )
                .with_label("defined again here"),
            );
            return;
        }
        let index = u32::try_from(self.pools.classes.len()).unwrap_or(u32::MAX);
        self.pools.classes.push(def);
        self.at(span, |e| {
            e.emit(Opcode::MakeClass, index);
            let global = e.name(&def_name);
            e.emit(Opcode::StoreGlobal, global);
        });
    }

    /// How a method is decorated; `None` (reported) for a decorator kiln does not compile.
    fn method_kind(&mut self, method: &ast::StmtFunctionDef) -> Option<MethodKind> {
        let [decorator] = &method.decorator_list[..] else {
            if let Some(extra) = method.decorator_list.get(1) {
                self.unsupported(
                    "unsupported-decorator",
                    "more than one decorator",
                    span_of(extra),
                    "",
                );
                return None;
            }
            return Some(MethodKind::Plain);
        };
        match &decorator.expression {
            Expr::Name(n) if n.id.as_str() == "staticmethod" => Some(MethodKind::Static),
            Expr::Name(n) if n.id.as_str() == "classmethod" => Some(MethodKind::Class),
            Expr::Name(n) if n.id.as_str() == "property" => Some(MethodKind::Getter),
            Expr::Attribute(a)
                if a.attr.as_str() == "setter"
                    && matches!(&*a.value, Expr::Name(n) if n.id.as_str() == method.name.as_str()) =>
            {
                Some(MethodKind::Setter(method.name.to_string()))
            }
            _ => {
                self.unsupported(
                    "unsupported-decorator",
                    "this decorator",
                    span_of(decorator),
                    "kiln compiles `@staticmethod`, `@classmethod`, `@property` and `@name.setter` on methods",
                );
                None
            }
        }
    }

    /// `super().name(args)` in a method: the base classes' method `name`, called with the
    /// method's `self` first. False if `call` is not such a call.
    pub(super) fn super_call(&mut self, call: &ast::ExprCall) -> bool {
        let Expr::Attribute(attribute) = &*call.func else {
            return false;
        };
        let Expr::Call(inner) = &*attribute.value else {
            return false;
        };
        let is_super = matches!(&*inner.func, Expr::Name(n) if n.id.as_str() == "super")
            && inner.arguments.args.is_empty()
            && inner.arguments.keywords.is_empty();
        if !is_super {
            return false;
        }
        let span = span_of(call);
        let Some((base, this)) = self.method.clone() else {
            self.unsupported("unsupported-super", "`super()` outside a method", span, "");
            self.load_const(kiln_bytecode::Constant::None);
            return true;
        };
        let name = attribute.attr.as_str();
        let mut owner = base;
        while let Some(class) = owner.and_then(|b| self.pools.classes.get(b as usize)) {
            if class.methods.iter().any(|m| m == name) {
                break;
            }
            owner = class.base;
        }
        let owner = owner.and_then(|o| self.pools.classes.get(o as usize));
        let builtin = self.builtin_base.clone().filter(|_| name == "__init__");
        if owner.is_none() && builtin.is_none() {
            self.unsupported(
                "unsupported-super",
                &format!("`super().{name}` when no base class defines `{name}`"),
                span,
                "",
            );
            self.load_const(kiln_bytecode::Constant::None);
            return true;
        }
        if !call.arguments.keywords.is_empty()
            || call
                .arguments
                .args
                .iter()
                .any(|a| matches!(a, Expr::Starred(_)))
        {
            self.unsupported(
                "unsupported-super",
                "keyword or `*` arguments to a `super()` call",
                span,
                "",
            );
            self.load_const(kiln_bytecode::Constant::None);
            return true;
        }
        let (global, attr) = match (owner, builtin) {
            (Some(owner), _) => (format!("{}.{name}", owner.name), None),
            // `BaseException.__init__`, through the builtin class the hierarchy derives from.
            (None, Some(builtin)) => (builtin, Some(self.name(name))),
            (None, None) => return true,
        };
        let method = self.name(&global);
        self.at(span, |e| {
            match attr {
                Some(attr) => {
                    e.emit(Opcode::LoadBuiltin, method);
                    e.emit(Opcode::LoadAttr, attr);
                }
                None => e.emit(Opcode::LoadGlobal, method),
            }
            e.load_name(&this, span);
        });
        for arg in &call.arguments.args {
            self.expr(arg);
        }
        let count = u32::try_from(call.arguments.args.len() + 1).unwrap_or(u32::MAX);
        self.at(span, |e| e.emit(Opcode::Call, count));
        true
    }

    /// The names a `__slots__` declaration lists (a tuple or list of string literals).
    fn slots(&mut self, value: &Expr, span: kiln_bytecode::Span) -> Option<Vec<String>> {
        let items = match value {
            Expr::Tuple(t) => &t.elts,
            Expr::List(l) => &l.elts,
            Expr::StringLiteral(s) => return Some(vec![self.mangle(s.value.to_str())]),
            _ => {
                self.unsupported(
                    "unsupported-class",
                    "this `__slots__`",
                    span,
                    "list the names: `__slots__ = (\"x\", \"y\")`",
                );
                return None;
            }
        };
        let mut names = Vec::new();
        for item in items {
            match item {
                Expr::StringLiteral(s) => names.push(self.mangle(s.value.to_str())),
                _ => {
                    self.unsupported(
                        "unsupported-class",
                        "this `__slots__`",
                        span,
                        "list the names as string literals",
                    );
                    return None;
                }
            }
        }
        Some(names)
    }

    /// Stores the value on the stack as class attribute `attr`.
    fn class_attr(&mut self, def: &mut ClassDef, attr: &str) {
        let global = self.name(&format!("{}.{attr}", def.name));
        self.emit(Opcode::StoreGlobal, global);
        if !def.attrs.iter().any(|a| a == attr) {
            def.attrs.push(attr.to_owned());
        }
    }
}

/// How a method is defined.
#[derive(Clone, Debug, PartialEq, Eq)]
enum MethodKind {
    Plain,
    Static,
    Class,
    Getter,
    /// The setter of the named property.
    Setter(String),
}

/// The special methods kiln calls where CPython would.
pub(crate) const SPECIAL_METHODS: &[&str] = &[
    "__init__",
    // Called by the `__init__` that `@dataclass` generates.
    "__post_init__",
    "__repr__",
    "__str__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__hash__",
    "__enter__",
    "__exit__",
    "__iter__",
    "__next__",
    "__setattr__",
    "__len__",
    "__bool__",
    "__contains__",
    "__getitem__",
    "__setitem__",
    "__call__",
    "__neg__",
    "__pos__",
    "__invert__",
    "__add__",
    "__sub__",
    "__mul__",
    "__truediv__",
    "__floordiv__",
    "__mod__",
    "__pow__",
    "__and__",
    "__or__",
    "__xor__",
    "__lshift__",
    "__rshift__",
    "__radd__",
    "__rsub__",
    "__rmul__",
    "__rtruediv__",
    "__rfloordiv__",
    "__rmod__",
    "__rpow__",
    "__rand__",
    "__ror__",
    "__rxor__",
    "__rlshift__",
    "__rrshift__",
    "__iadd__",
    "__isub__",
    "__imul__",
    "__itruediv__",
    "__ifloordiv__",
    "__imod__",
    "__ipow__",
    "__iand__",
    "__ior__",
    "__ixor__",
    "__ilshift__",
    "__irshift__",
];

/// Whether `name` is a special (`__dunder__`) name.
fn is_special(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

/// Adds to `fields` every attribute `body` assigns on `this` (`self.x = ...`, `self.x += ...`).
fn self_fields(body: &[Stmt], this: &str, fields: &mut Vec<String>) {
    fn add(target: &Expr, this: &str, fields: &mut Vec<String>) {
        if let Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) =
            target
        {
            elts.iter().for_each(|t| add(t, this, fields));
            return;
        }
        if let Expr::Starred(starred) = target {
            add(&starred.value, this, fields);
            return;
        }
        if let Expr::Attribute(attribute) = target {
            if matches!(&*attribute.value, Expr::Name(n) if n.id.as_str() == this) {
                let name = attribute.attr.as_str();
                if !fields.iter().any(|f| f == name) {
                    fields.push(name.to_owned());
                }
            }
        }
    }
    for stmt in body {
        match stmt {
            Stmt::Assign(s) => s.targets.iter().for_each(|t| add(t, this, fields)),
            Stmt::AugAssign(s) => add(&s.target, this, fields),
            Stmt::AnnAssign(s) => add(&s.target, this, fields),
            Stmt::If(s) => {
                self_fields(&s.body, this, fields);
                for clause in &s.elif_else_clauses {
                    self_fields(&clause.body, this, fields);
                }
            }
            Stmt::For(s) => {
                self_fields(&s.body, this, fields);
                self_fields(&s.orelse, this, fields);
            }
            Stmt::While(s) => {
                self_fields(&s.body, this, fields);
                self_fields(&s.orelse, this, fields);
            }
            Stmt::Try(s) => {
                self_fields(&s.body, this, fields);
                for handler in &s.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    self_fields(&handler.body, this, fields);
                }
                self_fields(&s.orelse, this, fields);
                self_fields(&s.finalbody, this, fields);
            }
            // `object.__setattr__(self, "name", value)`.
            Stmt::Expr(e) => {
                let Expr::Call(call) = &*e.value else {
                    continue;
                };
                let raw = matches!(&*call.func, Expr::Attribute(a)
                    if a.attr.as_str() == "__setattr__"
                        && matches!(&*a.value, Expr::Name(n) if n.id.as_str() == "object"));
                if let (true, [Expr::Name(object), Expr::StringLiteral(name), _]) =
                    (raw, &call.arguments.args[..])
                {
                    let name = name.value.to_str();
                    if object.id.as_str() == this && !fields.iter().any(|f| f == name) {
                        fields.push(name.to_owned());
                    }
                }
            }
            _ => {}
        }
    }
}
