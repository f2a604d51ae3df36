//! Type variables for element types not known yet (`xs = []` before `xs.append(1)`).
//!
//! A container created without items gets a fresh variable as its element type
//! (`list[?0]`). Variables are unified when values meet (an item is added, two lists flow
//! into one variable, a list is passed where another is expected); a variable is bound at
//! most once, to one type, so inference stays monotone: element types, like all types, only
//! move from unknown to one concrete type. After inference every type is *resolved*:
//! variables are replaced by what they are bound to, and a variable never bound (a list
//! nothing is ever added to) becomes `never`.

use crate::ir::{TypeId, TypeKind, Types};

/// The union–find table of type variables.
#[derive(Default)]
pub struct Vars {
    parent: Vec<u32>,
    bound: Vec<TypeId>,
    /// Counts bindings and unions: a change means types resolved earlier may differ now.
    pub epoch: u64,
}

impl Vars {
    /// A new unbound variable, as a type.
    pub fn fresh(&mut self, types: &mut Types) -> TypeId {
        let id = u32::try_from(self.parent.len()).unwrap_or(u32::MAX);
        self.parent.push(id);
        self.bound.push(TypeId::NEVER);
        types.intern(TypeKind::Var(id))
    }

    fn find(&mut self, mut var: u32) -> u32 {
        while self.parent[var as usize] != var {
            let grand = self.parent[self.parent[var as usize] as usize];
            self.parent[var as usize] = grand;
            var = grand;
        }
        var
    }

    /// `ty` with every bound variable replaced by its type and every unbound one by its
    /// representative (`unbound` maps it to something else, e.g. `never` at the end).
    pub fn resolve(&mut self, types: &mut Types, ty: TypeId) -> TypeId {
        self.resolve_with(types, ty, false)
    }

    /// What variable `ty` is bound to, as bound (the variables inside kept); for an unbound
    /// one, its representative; `ty` itself if it is no variable.
    pub fn bound(&mut self, types: &Types, ty: TypeId) -> TypeId {
        let TypeKind::Var(var) = *types.kind(ty) else {
            return ty;
        };
        let root = self.find(var);
        match self.bound[root as usize] {
            // Every variable was interned when it was made.
            TypeId::NEVER => types.lookup(&TypeKind::Var(root)).unwrap_or(ty),
            bound => self.bound(types, bound),
        }
    }

    /// Like [`resolve`](Self::resolve), with unbound variables replaced by `never`.
    pub fn finish(&mut self, types: &mut Types, ty: TypeId) -> TypeId {
        self.resolve_with(types, ty, true)
    }

    fn resolve_with(&mut self, types: &mut Types, ty: TypeId, finish: bool) -> TypeId {
        let kind = types.kind(ty).clone();
        let go =
            |t: TypeId, this: &mut Self, types: &mut Types| this.resolve_with(types, t, finish);
        let resolved = match kind {
            TypeKind::Var(var) => {
                let root = self.find(var);
                let bound = self.bound[root as usize];
                return if bound != TypeId::NEVER {
                    go(bound, self, types)
                } else if finish {
                    TypeId::NEVER
                } else {
                    types.intern(TypeKind::Var(root))
                };
            }
            TypeKind::List(t) => TypeKind::List(go(t, self, types)),
            TypeKind::Set(t) => TypeKind::Set(go(t, self, types)),
            TypeKind::FrozenSet(t) => TypeKind::FrozenSet(go(t, self, types)),
            TypeKind::Dict(k, v) => {
                let k = go(k, self, types);
                TypeKind::Dict(k, go(v, self, types))
            }
            TypeKind::Tuple(ts) => {
                TypeKind::Tuple(ts.into_iter().map(|t| go(t, self, types)).collect())
            }
            TypeKind::Zip(ts) => {
                TypeKind::Zip(ts.into_iter().map(|t| go(t, self, types)).collect())
            }
            TypeKind::DictView(view, d) => TypeKind::DictView(view, go(d, self, types)),
            TypeKind::Enumerate(t) => TypeKind::Enumerate(go(t, self, types)),
            TypeKind::Reversed(t) => TypeKind::Reversed(go(t, self, types)),
            TypeKind::Iter(t) => TypeKind::Iter(go(t, self, types)),
            TypeKind::Generator(t, s) => {
                let t = go(t, self, types);
                TypeKind::Generator(t, go(s, self, types))
            }
            TypeKind::Optional(t) => TypeKind::Optional(go(t, self, types)),
            TypeKind::Method(m, t) => TypeKind::Method(m, go(t, self, types)),
            _ => return ty,
        };
        types.intern(resolved)
    }

    /// Makes `a` and `b` the same type, binding variables as needed; false if they cannot be
    /// (two different concrete types). `never` unifies with anything and binds nothing.
    ///
    /// A variable bound to an instance type widens to the common base when it meets an
    /// instance of another class (`shapes.append(Circle())` then `shapes.append(Square())`
    /// makes `list[Shape]`): a step up a finite class chain, so inference stays monotone.
    pub fn unify(&mut self, types: &mut Types, a: TypeId, b: TypeId) -> bool {
        if self.widen(types, a, b) || self.widen(types, b, a) {
            return true;
        }
        // Bound variables are followed one level at a time, so the variables inside a bound
        // type (a list's element type) are unified, not copies of what they are bound to.
        let a = self.bound(types, a);
        let b = self.bound(types, b);
        if a == b || a == TypeId::NEVER || b == TypeId::NEVER {
            return true;
        }
        match (types.kind(a).clone(), types.kind(b).clone()) {
            (TypeKind::Var(x), TypeKind::Var(y)) => {
                self.parent[x as usize] = y;
                self.epoch += 1;
                true
            }
            (TypeKind::Var(x), _) => self.bind(types, x, b),
            (_, TypeKind::Var(y)) => self.bind(types, y, a),
            (TypeKind::List(x), TypeKind::List(y))
            | (TypeKind::Set(x), TypeKind::Set(y))
            | (TypeKind::FrozenSet(x), TypeKind::FrozenSet(y))
            | (TypeKind::Enumerate(x), TypeKind::Enumerate(y))
            | (TypeKind::Reversed(x), TypeKind::Reversed(y))
            | (TypeKind::Iter(x), TypeKind::Iter(y))
            | (TypeKind::Optional(x), TypeKind::Optional(y)) => self.unify(types, x, y),
            (TypeKind::Generator(x, s), TypeKind::Generator(y, t)) => {
                self.unify(types, x, y) && self.unify(types, s, t)
            }
            (TypeKind::DictView(v, x), TypeKind::DictView(w, y)) if v == w => {
                self.unify(types, x, y)
            }
            (TypeKind::Dict(k1, v1), TypeKind::Dict(k2, v2)) => {
                self.unify(types, k1, k2) && self.unify(types, v1, v2)
            }
            (TypeKind::Tuple(xs), TypeKind::Tuple(ys)) | (TypeKind::Zip(xs), TypeKind::Zip(ys))
                if xs.len() == ys.len() =>
            {
                xs.iter().zip(&ys).all(|(&x, &y)| self.unify(types, x, y))
            }
            _ => false,
        }
    }

    /// Lets a value of type `item` go where values of type `slot` go (an item into a
    /// container, say): unifies them, except that an instance of a class goes into a slot of
    /// one of its bases without changing either type.
    pub fn admit(&mut self, types: &mut Types, slot: TypeId, item: TypeId) -> bool {
        if self.unify(types, slot, item) {
            return true;
        }
        let (slot, item) = (self.resolve(types, slot), self.resolve(types, item));
        if let (TypeKind::Funcs(members), Some(functions)) =
            (types.kind(slot), types.functions(item))
        {
            return functions.iter().all(|f| members.contains(f));
        }
        match (types.kind(slot), types.instance_class(item)) {
            (&TypeKind::Poly(base), Some(class)) => types.derives(class, base),
            _ => false,
        }
    }

    /// The type of a variable that holds values of types `a` and `b`: their unified type, or
    /// the optional of one when the other is None (`x = None` ... `x = 1`: `Optional[int]`).
    /// `None` if no type holds both.
    pub fn join(&mut self, types: &mut Types, a: TypeId, b: TypeId) -> Option<TypeId> {
        if a == TypeId::NEVER || (b != TypeId::NEVER && self.unify(types, a, b)) {
            let kept = if a == TypeId::NEVER { b } else { a };
            // A container type keeps its element variables, so items added later may widen
            // them; a bare variable is replaced by what it is bound to.
            return Some(match types.kind(kept) {
                TypeKind::Var(_) => self.resolve(types, kept),
                _ => kept,
            });
        }
        let (a, b) = (self.resolve(types, a), self.resolve(types, b));
        if b == TypeId::NEVER {
            return Some(a);
        }
        let value = match (types.kind(a), types.kind(b)) {
            (TypeKind::None, _) => b,
            (_, TypeKind::None) => a,
            (TypeKind::Optional(x), _) => {
                let x = *x;
                if self.unify(types, x, b) {
                    return Some(a);
                }
                let joined = types.class_join(x, b)?;
                return types.optional(joined);
            }
            (_, TypeKind::Optional(y)) => {
                let y = *y;
                if self.unify(types, a, y) {
                    return Some(b);
                }
                let joined = types.class_join(a, y)?;
                return types.optional(joined);
            }
            _ => return types.covariant_join(a, b),
        };
        types.optional(value)
    }

    /// Widens variable `var` bound to an instance type to hold instances of type `other`
    /// too; false if `var` is not such a variable or `other` is no such type.
    fn widen(&mut self, types: &mut Types, var: TypeId, other: TypeId) -> bool {
        let TypeKind::Var(v) = *types.kind(var) else {
            return false;
        };
        let root = self.find(v);
        let bound = self.bound[root as usize];
        let other_root = match *types.kind(other) {
            TypeKind::Var(o) => Some(self.find(o)).filter(|&o| o != root),
            _ => None,
        };
        let other = self.resolve(types, other);
        let object = |t: TypeId| types.instance_class(t).is_some() || types.functions(t).is_some();
        if !object(bound) || !object(other) {
            return false;
        }
        let Some(joined) = types.class_join(bound, other) else {
            return false;
        };
        if joined != bound || other_root.is_some() {
            self.bound[root as usize] = joined;
            if let Some(o) = other_root {
                self.parent[o as usize] = root;
            }
            self.epoch += 1;
        }
        true
    }

    fn bind(&mut self, types: &mut Types, var: u32, ty: TypeId) -> bool {
        if self.occurs(types, var, ty) {
            return false;
        }
        self.bound[var as usize] = ty;
        self.epoch += 1;
        true
    }

    /// Whether variable `var` occurs inside `ty` (binding it would make an infinite type).
    fn occurs(&mut self, types: &mut Types, var: u32, ty: TypeId) -> bool {
        match types.kind(ty).clone() {
            TypeKind::Var(v) => self.find(v) == var,
            TypeKind::List(t)
            | TypeKind::Set(t)
            | TypeKind::FrozenSet(t)
            | TypeKind::Enumerate(t)
            | TypeKind::Reversed(t)
            | TypeKind::Iter(t)
            | TypeKind::Optional(t)
            | TypeKind::DictView(_, t)
            | TypeKind::Method(_, t)
            | TypeKind::BoundMethod(_, t)
            | TypeKind::VirtualMethod(_, t)
            | TypeKind::ClassOf(t) => self.occurs(types, var, t),
            TypeKind::Dict(k, v) | TypeKind::Generator(k, v) => {
                self.occurs(types, var, k) || self.occurs(types, var, v)
            }
            TypeKind::Tuple(ts) | TypeKind::Zip(ts) => {
                ts.iter().any(|&t| self.occurs(types, var, t))
            }
            _ => false,
        }
    }
}
