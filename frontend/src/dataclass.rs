//! `@dataclass`: the methods the `dataclasses` module would generate (`__init__`, `__repr__`,
//! `__eq__` and, with `order=True`, the orderings) are added to the class as Python source,
//! before scopes are analysed, so the rest of the frontend compiles them like written ones.
//!
//! The generated functions are parsed from text placed past the end of the real source, so
//! their positions are unique (scopes are keyed by position) and tell the emitter to attribute
//! their instructions to the class statement. A field's default expression keeps its own
//! position: it becomes the default of the `__init__` parameter, evaluated once when the class
//! is made (the field is then no class attribute).

use std::fmt::Write;

use kiln_bytecode::Diagnostic;
use ruff_python_ast::{self as ast, Expr, Stmt};

use crate::span_of;

/// The name generated code reads `dataclasses.FrozenInstanceError` by (bound by an import
/// `expand` adds when a class is frozen).
const FROZEN: &str = "__kiln_FrozenInstanceError";

/// One field of a dataclass.
#[derive(Clone)]
struct Field {
    name: String,
    /// The annotated assignment declaring it.
    span: kiln_bytecode::Span,
    /// `x: int = 0`, `field(default=0)`.
    default: Option<Expr>,
    /// `field(default_factory=list)`.
    factory: Option<Expr>,
    /// A parameter of `__init__` (`field(init=False)` is not).
    init: bool,
    /// Shown by `__repr__` (`field(repr=False)` is not).
    repr: bool,
    /// Compared by `__eq__` and the orderings (`field(compare=False)` is not).
    compare: bool,
}

/// The options of `@dataclass(...)`.
struct Options {
    init: bool,
    repr: bool,
    eq: bool,
    order: bool,
    /// Instances cannot be changed after `__init__`: assigning an attribute raises
    /// FrozenInstanceError, and they hash by their fields.
    frozen: bool,
}

/// The names `from dataclasses import ...` bound at module level.
#[derive(Default)]
struct Imported {
    dataclass: Vec<String>,
    field: Vec<String>,
}

/// Adds the generated methods to every `@dataclass` class of `body`; gives the first offset
/// past the text they were parsed from.
pub fn expand(module: &mut ast::ModModule, source_len: usize) -> Result<usize, Vec<Diagnostic>> {
    let body = &mut module.body;
    let imported = imports(body);
    if imported.dataclass.is_empty() {
        return Ok(source_len + 1);
    }
    let mut diagnostics = Vec::new();
    // The dataclasses so far: name, fields, whether it has `__post_init__`.
    let mut classes: Vec<(String, Vec<Field>, bool)> = Vec::new();
    let mut offset = source_len + 1;
    let mut frozen = false;
    // The classes some class of the module derives from.
    let subclassed: Vec<String> = body
        .iter()
        .filter_map(|s| match s {
            Stmt::ClassDef(c) => match c.arguments.as_deref().map(|a| &*a.args) {
                Some([Expr::Name(base)]) => Some(base.id.to_string()),
                _ => None,
            },
            _ => None,
        })
        .collect();
    for stmt in body.iter_mut() {
        let Stmt::ClassDef(class) = stmt else {
            continue;
        };
        let Some(options) = decorator(class, &imported, &mut diagnostics) else {
            continue;
        };
        class.decorator_list.clear();
        frozen |= options.frozen;
        let (mut fields, inherited_post_init) = match class.arguments.as_deref().map(|a| &*a.args) {
            Some([Expr::Name(base)]) => classes
                .iter()
                .find(|(name, ..)| name == base.id.as_str())
                .map(|(_, fields, post_init)| (fields.clone(), *post_init))
                .unwrap_or_default(),
            _ => (Vec::new(), false),
        };
        let generates_init = options.init
            && !class
                .body
                .iter()
                .any(|s| matches!(s, Stmt::FunctionDef(f) if f.name.as_str() == "__init__"));
        for stmt in class.body.iter_mut() {
            let Stmt::AnnAssign(assign) = stmt else {
                continue;
            };
            let Expr::Name(target) = &*assign.target else {
                continue;
            };
            let Some(field) = field_of(target.id.as_str(), assign, &imported, &mut diagnostics)
            else {
                continue;
            };
            // The default is the generated `__init__` parameter's: no class attribute. With
            // the class's own `__init__`, it stays a class attribute (as in CPython).
            assign.value = match generates_init {
                true => None,
                false => field.default.clone().map(Box::new),
            };
            match fields.iter_mut().find(|f| f.name == field.name) {
                Some(existing) => *existing = field,
                None => fields.push(field),
            }
        }
        let defined = |name: &str| {
            class
                .body
                .iter()
                .any(|s| matches!(s, Stmt::FunctionDef(f) if f.name.as_str() == name))
        };
        let post_init = defined("__post_init__") || inherited_post_init;
        let subclassed = subclassed.contains(&class.name.to_string());
        let text = methods(
            class.name.as_str(),
            &fields,
            &options,
            &defined,
            post_init,
            subclassed,
        );
        let mut defaulted = false;
        let missing = fields.iter().filter(|f| f.init).find(|f| {
            let has = f.default.is_some() || f.factory.is_some();
            let follows = defaulted && !has;
            defaulted |= has;
            follows
        });
        if let Some(missing) = missing {
            diagnostics.push(
                Diagnostic::error(
                    "type-error",
                    format!(
                        "TypeError: non-default argument '{}' follows default argument",
                        missing.name
                    ),
                    missing.span,
                )
                .with_label("CPython raises this TypeError when it makes the class"),
            );
            continue;
        }
        let padded = format!("{}{text}", "\n".repeat(offset));
        offset += text.len() + 1;
        match crate::parse(&padded) {
            Ok(module) => {
                for mut generated in module.body {
                    if let Stmt::FunctionDef(def) = &mut generated {
                        if def.name.as_str() == "__init__" {
                            set_defaults(def, &fields);
                        }
                    }
                    class.body.push(generated);
                }
            }
            Err(mut errors) => {
                for error in &mut errors {
                    error.primary.span = span_of(class);
                }
                diagnostics.extend(errors);
            }
        }
        classes.push((class.name.to_string(), fields, post_init));
    }
    if frozen {
        let text = format!("from dataclasses import FrozenInstanceError as {FROZEN}\n");
        let padded = format!("{}{text}", "\n".repeat(offset));
        offset += text.len() + 1;
        if let Ok(generated) = crate::parse(&padded) {
            for (i, stmt) in generated.body.into_iter().enumerate() {
                body.insert(i, stmt);
            }
        }
    }
    if diagnostics.is_empty() {
        Ok(offset)
    } else {
        Err(diagnostics)
    }
}

/// The names module-level `from dataclasses import ...` statements bind.
fn imports(body: &[Stmt]) -> Imported {
    let mut imported = Imported::default();
    for stmt in body {
        let Stmt::ImportFrom(import) = stmt else {
            continue;
        };
        if import.module.as_ref().map(|m| m.as_str()) != Some("dataclasses") || import.level != 0 {
            continue;
        }
        for alias in &import.names {
            let bound = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
            match alias.name.as_str() {
                "dataclass" => imported.dataclass.push(bound),
                "field" => imported.field.push(bound),
                _ => {}
            }
        }
    }
    imported
}

/// The options of `class`'s `@dataclass` decorator; `None` if it has none.
fn decorator(
    class: &ast::StmtClassDef,
    imported: &Imported,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Options> {
    let [decorator] = &class.decorator_list[..] else {
        return None;
    };
    let is_dataclass = |e: &Expr| matches!(e, Expr::Name(n) if imported.dataclass.iter().any(|d| d == n.id.as_str()));
    let mut options = Options {
        init: true,
        repr: true,
        eq: true,
        order: false,
        frozen: false,
    };
    match &decorator.expression {
        e if is_dataclass(e) => {}
        Expr::Call(call) if is_dataclass(&call.func) && call.arguments.args.is_empty() => {
            for keyword in &call.arguments.keywords {
                let name = keyword.arg.as_ref().map_or("", |a| a.as_str());
                let Expr::BooleanLiteral(value) = &keyword.value else {
                    diagnostics.push(unsupported(
                        &format!("`@dataclass({name}=...)` with a value other than True or False"),
                        span_of(keyword),
                    ));
                    continue;
                };
                match name {
                    "init" => options.init = value.value,
                    "repr" => options.repr = value.value,
                    "eq" => options.eq = value.value,
                    "order" => options.order = value.value,
                    "frozen" => options.frozen = value.value,
                    "unsafe_hash" | "match_args" | "kw_only" | "slots"
                        if !value.value || name == "match_args" => {}
                    _ => diagnostics.push(unsupported(
                        &format!("`@dataclass({name}=...)`"),
                        span_of(keyword),
                    )),
                }
            }
        }
        _ => return None,
    }
    if options.order && !options.eq {
        diagnostics.push(
            Diagnostic::error(
                "value-error",
                "ValueError: eq must be true if order is true",
                span_of(decorator),
            )
            .with_label("CPython raises this ValueError when it makes the class"),
        );
    }
    if options.order {
        // CPython will not replace an ordering the class defines itself.
        let own = class.body.iter().find_map(|s| match s {
            Stmt::FunctionDef(f)
                if matches!(f.name.as_str(), "__lt__" | "__le__" | "__gt__" | "__ge__") =>
            {
                Some(f)
            }
            _ => None,
        });
        if let Some(method) = own {
            diagnostics.push(
                Diagnostic::error(
                    "type-error",
                    format!(
                        "TypeError: Cannot overwrite attribute {} in class {}. Consider using functools.total_ordering",
                        method.name,
                        class.name
                    ),
                    span_of(method),
                )
                .with_label("CPython raises this TypeError when it makes the class"),
            );
        }
    }
    Some(options)
}

/// The field an annotated class attribute declares, with what `field(...)` says of it.
fn field_of(
    name: &str,
    assign: &ast::StmtAnnAssign,
    imported: &Imported,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Field> {
    let mut field = Field {
        name: name.to_owned(),
        span: span_of(assign),
        default: None,
        factory: None,
        init: true,
        repr: true,
        compare: true,
    };
    if is_class_var(&assign.annotation) {
        return None;
    }
    let Some(value) = assign.value.as_deref() else {
        return Some(field);
    };
    let call = match value {
        Expr::Call(call) if matches!(&*call.func, Expr::Name(n) if imported.field.iter().any(|f| f == n.id.as_str())) => {
            call
        }
        Expr::List(_) | Expr::Dict(_) | Expr::Set(_) => {
            let class = match value {
                Expr::List(_) => "list",
                Expr::Dict(_) => "dict",
                _ => "set",
            };
            diagnostics.push(
                Diagnostic::error(
                    "value-error",
                    format!(
                        "ValueError: mutable default <class '{class}'> for field {name} is not allowed: use default_factory"
                    ),
                    span_of(value),
                )
                .with_label("CPython raises this ValueError when it makes the class")
                .with_hint("write `field(default_factory=list)`"),
            );
            return None;
        }
        _ => {
            field.default = Some(value.clone());
            return Some(field);
        }
    };
    if let Some(arg) = call.arguments.args.first() {
        diagnostics.push(unsupported(
            "a positional argument to `field()`",
            span_of(arg),
        ));
        return None;
    }
    for keyword in &call.arguments.keywords {
        let flag = |diagnostics: &mut Vec<Diagnostic>| match &keyword.value {
            Expr::BooleanLiteral(b) => Some(b.value),
            other => {
                diagnostics.push(unsupported(
                    "a `field()` flag other than True or False",
                    span_of(other),
                ));
                None
            }
        };
        match keyword.arg.as_ref().map_or("", |a| a.as_str()) {
            "default" => field.default = Some(keyword.value.clone()),
            "default_factory" => field.factory = Some(keyword.value.clone()),
            "init" => field.init = flag(diagnostics)?,
            "repr" => field.repr = flag(diagnostics)?,
            "compare" => field.compare = flag(diagnostics)?,
            other => {
                diagnostics.push(unsupported(
                    &format!("`field({other}=...)`"),
                    span_of(keyword),
                ));
                return None;
            }
        }
    }
    Some(field)
}

/// `ClassVar[...]` (a class attribute, not a field).
fn is_class_var(annotation: &Expr) -> bool {
    let head = match annotation {
        Expr::Subscript(s) => &*s.value,
        other => other,
    };
    match head {
        Expr::Name(n) => n.id.as_str() == "ClassVar",
        Expr::Attribute(a) => a.attr.as_str() == "ClassVar",
        _ => false,
    }
}

/// The source of the methods `@dataclass` adds to class `name` (those it defines itself
/// stay).
fn methods(
    name: &str,
    fields: &[Field],
    options: &Options,
    defined: &dyn Fn(&str) -> bool,
    post_init: bool,
    subclassed: bool,
) -> String {
    let mut out = String::new();
    if options.init && !defined("__init__") {
        let params: String = fields
            .iter()
            .filter(|f| f.init)
            .map(|f| match f.default.is_some() || f.factory.is_some() {
                true => format!(", {}=None", f.name),
                false => format!(", {}", f.name),
            })
            .collect();
        let _ = writeln!(out, "def __init__(self{params}):");
        for f in fields {
            let value = match (&f.factory, f.init) {
                (Some(_), true) => {
                    format!("{0} if {0} is not None else __kiln_factory_{0}()", f.name)
                }
                (Some(_), false) => format!("__kiln_factory_{}()", f.name),
                (None, true) => f.name.clone(),
                (None, false) if f.default.is_some() => format!("__kiln_default_{}", f.name),
                (None, false) => continue,
            };
            match options.frozen {
                true => {
                    let _ = writeln!(out, "    object.__setattr__(self, \"{}\", {value})", f.name);
                }
                false => {
                    let _ = writeln!(out, "    self.{} = {value}", f.name);
                }
            }
        }
        if post_init {
            let _ = writeln!(out, "    self.__post_init__()");
        }
        let _ = writeln!(out, "    return None");
    }
    if options.repr && !defined("__repr__") {
        let shown: Vec<String> = fields
            .iter()
            .filter(|f| f.repr)
            .map(|f| format!("{0}={{self.{0}!r}}", f.name))
            .collect();
        let _ = writeln!(out, "def __repr__(self):");
        // The class of the instance, as CPython's `self.__class__.__qualname__`.
        let _ = writeln!(
            out,
            "    return f\"{{type(self).__name__}}({})\"",
            shown.join(", ")
        );
    }
    let compared = |who: &str| {
        let items: Vec<String> = fields
            .iter()
            .filter(|f| f.compare)
            .map(|f| format!("{who}.{},", f.name))
            .collect();
        format!("({})", items.join(" "))
    };
    if options.frozen && !defined("__setattr__") {
        let _ = writeln!(out, "def __setattr__(self, name, value):");
        let _ = writeln!(
            out,
            "    raise {FROZEN}(f\"cannot assign to field {{name!r}}\")"
        );
    }
    if options.frozen && options.eq && !defined("__hash__") {
        let _ = writeln!(out, "def __hash__(self):");
        let _ = writeln!(out, "    return hash({})", compared("self"));
    }
    // As CPython's: only an instance of the very same class compares by fields.
    let same_class = match subclassed {
        true => {
            format!("isinstance(other, {name}) and type(other).__name__ == type(self).__name__")
        }
        false => format!("isinstance(other, {name})"),
    };
    let mut compare = |method: &str, op: &str| {
        if !defined(method) {
            let _ = writeln!(out, "def {method}(self, other):");
            let _ = writeln!(out, "    if {same_class}:");
            // Equality field by field (as the tuples compare), so that fields kiln keeps
            // out of tuples (optional instances) compare too.
            let test = match op {
                "==" => {
                    let each: Vec<String> = fields
                        .iter()
                        .filter(|f| f.compare)
                        .map(|f| format!("self.{0} == other.{0}", f.name))
                        .collect();
                    match each.is_empty() {
                        true => "True".to_owned(),
                        false => each.join(" and "),
                    }
                }
                _ => format!("{} {op} {}", compared("self"), compared("other")),
            };
            let _ = writeln!(out, "        return {test}");
            match op {
                "==" => {
                    let _ = writeln!(out, "    return False");
                }
                _ => {
                    let _ = writeln!(
                        out,
                        "    raise TypeError(f\"'{op}' not supported between instances of '{{type(self).__name__}}' and '{{type(other).__name__}}'\")"
                    );
                }
            }
        }
    };
    if options.eq {
        compare("__eq__", "==");
    }

    if options.order {
        compare("__lt__", "<");
        compare("__le__", "<=");
        compare("__gt__", ">");
        compare("__ge__", ">=");
    }
    out
}

/// Gives the generated `__init__` the fields' default expressions (in their own places):
/// `None` stands for them in the generated text.
fn set_defaults(def: &mut ast::StmtFunctionDef, fields: &[Field]) {
    for param in def.parameters.args.iter_mut() {
        let Some(field) = fields
            .iter()
            .find(|f| f.name == param.parameter.name.as_str())
        else {
            continue;
        };
        if let Some(default) = &field.default {
            param.default = Some(Box::new(default.clone()));
        }
    }
    // `__kiln_default_x` / `__kiln_factory_x` (fields `__init__` does not take) read the
    // expressions themselves.
    let replace = |expr: &mut Expr| {
        let Expr::Name(n) = expr else {
            return;
        };
        let id = n.id.as_str();
        let found = fields.iter().find_map(|f| {
            if id == format!("__kiln_default_{}", f.name) {
                f.default.clone()
            } else if id == format!("__kiln_factory_{}", f.name) {
                f.factory.clone()
            } else {
                None
            }
        });
        if let Some(expr_of_field) = found {
            *expr = expr_of_field;
        }
    };
    for stmt in def.body.iter_mut() {
        // `self.x = value` or `object.__setattr__(self, "x", value)`.
        let value = match stmt {
            Stmt::Assign(assign) => &mut *assign.value,
            Stmt::Expr(e) => match &mut *e.value {
                Expr::Call(call) if call.arguments.args.len() == 3 => &mut call.arguments.args[2],
                _ => continue,
            },
            _ => continue,
        };
        match value {
            Expr::Call(call) => replace(&mut call.func),
            Expr::If(choice) => {
                if let Expr::Call(call) = &mut *choice.orelse {
                    replace(&mut call.func);
                }
            }
            other => replace(other),
        }
    }
}

fn unsupported(what: &str, span: kiln_bytecode::Span) -> Diagnostic {
    Diagnostic::error(
        "unsupported-dataclass",
        format!("{what} is not supported by kiln yet"),
        span,
    )
    .with_label("not supported")
}

/// Whether `span` lies in the text generated for a dataclass (past the real source).
pub fn is_generated(span: kiln_bytecode::Span, source_len: usize) -> bool {
    span.end as usize > source_len
}
