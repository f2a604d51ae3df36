//! Inference rules for `str` methods: each method's positional parameters are checked
//! against a table, and the result type follows from the method.

use super::containers::is_int;
use super::Cx;
use crate::ir::{TypeId, TypeKind};
use crate::typing::CallError;

impl Cx<'_> {
    pub(super) fn str_method(
        &mut self,
        name: &str,
        arg_types: &[TypeId],
        kwnames: &[String],
    ) -> Result<TypeId, CallError> {
        let n = arg_types.len() - kwnames.len();
        let list_of_str = self.types.intern(TypeKind::List(TypeId::STR));
        let str3 = self
            .types
            .intern(TypeKind::Tuple(vec![TypeId::STR, TypeId::STR, TypeId::STR]));
        let joined = arg_types.first().and_then(|&t| self.resolved_item(t));
        // `sep.join(xs)` where the items of `xs` are not known yet: they are strings.
        let joined = match joined.map(|t| self.types.kind(t).clone()) {
            Some(TypeKind::Var(_)) if name == "join" => joined
                .filter(|&t| self.vars.unify(&mut self.types, t, TypeId::STR))
                .map(|_| TypeId::STR),
            _ => joined,
        };
        if name == "format" {
            // The frontend compiles `"literal".format(...)`; only computed strings get here.
            return Err(CallError::Unsupported(
                "str.format() on a computed format string is not supported by kiln yet; write \
                 the format string literally at the call (`\"{} {}\".format(a, b)`) or use an \
                 f-string"
                    .into(),
            ));
        }
        let kind = |i: usize| self.types.kind(arg_types[i]).clone();
        let str_or_none = |k: &TypeKind| matches!(k, TypeKind::Str | TypeKind::None);
        let bad = || {
            CallError::Unsupported(format!(
                "these arguments of str.{name}() are not supported by kiln yet"
            ))
        };
        // The positional parameters each method takes (the first `required` of them must be
        // given): `S` a str, `s` a str or None, `I` an int, `N` an int or None (a start or
        // end), `P` a str or a tuple of str (a prefix), `J` an iterable of str.
        let (required, params) = match name {
            "split" | "rsplit" => (0, "sI"),
            "splitlines" => (0, "I"),
            "join" => (1, "J"),
            "strip" | "lstrip" | "rstrip" => (0, "s"),
            "replace" => (2, "SSI"),
            "find" | "rfind" | "index" | "rindex" | "count" => (1, "SNN"),
            "startswith" | "endswith" => (1, "PNN"),
            "center" | "ljust" | "rjust" => (1, "IS"),
            "zfill" => (1, "I"),
            "expandtabs" => (0, "I"),
            "removeprefix" | "removesuffix" | "partition" | "rpartition" => (1, "S"),
            "encode" => (0, "ss"),
            _ => (0, ""),
        };
        let fits = |k: &TypeKind, param: char| match param {
            'S' => *k == TypeKind::Str,
            's' => str_or_none(k),
            'I' => is_int(k),
            'N' => is_int(k) || *k == TypeKind::None,
            'P' => match k {
                TypeKind::Str => true,
                TypeKind::Tuple(ts) => ts.iter().all(|&t| t == TypeId::STR),
                _ => false,
            },
            _ => true,
        };
        if n < required
            || n > params.len()
            || params
                .chars()
                .zip(0..n)
                .any(|(param, i)| !fits(&kind(i), param))
        {
            return Err(bad());
        }
        let keywords: &[&str] = match name {
            "split" | "rsplit" => &["sep", "maxsplit"],
            "splitlines" => &["keepends"],
            "encode" => &["encoding", "errors"],
            "expandtabs" => &["tabsize"],
            _ => &[],
        };
        if let Some(keyword) = kwnames.iter().find(|k| !keywords.contains(&k.as_str())) {
            return Err(CallError::TypeError(format!(
                "'{keyword}' is an invalid keyword argument for {name}()"
            )));
        }
        for (k, keyword) in kwnames.iter().enumerate() {
            let param = match keyword.as_str() {
                "sep" => 's',
                "maxsplit" | "keepends" | "tabsize" => 'I',
                "encoding" | "errors" => 's',
                _ => continue,
            };
            if !fits(&kind(n + k), param) {
                return Err(bad());
            }
        }
        Ok(match name {
            "split" | "rsplit" => list_of_str,
            "splitlines" => list_of_str,
            "join" => match joined {
                // `NEVER`: an empty tuple.
                Some(TypeId::STR | TypeId::NEVER) => TypeId::STR,
                _ => {
                    return Err(CallError::Unsupported(
                        "str.join() of anything but strings is not supported by kiln".into(),
                    ))
                }
            },
            // The arguments were checked against the parameter table above.
            "strip" | "lstrip" | "rstrip" | "replace" | "upper" | "lower" | "title"
            | "capitalize" | "swapcase" | "casefold" | "center" | "ljust" | "rjust" | "zfill"
            | "expandtabs" | "removeprefix" | "removesuffix" => TypeId::STR,
            "find" | "rfind" | "index" | "rindex" | "count" => TypeId::INT,
            "startswith" | "endswith" | "isdigit" | "isalpha" | "isspace" | "isalnum"
            | "isupper" | "islower" | "isdecimal" | "isnumeric" | "istitle" | "isidentifier"
            | "isascii" => TypeId::BOOL,
            "partition" | "rpartition" => str3,
            "encode" => TypeId::BYTES,
            _ => {
                return Err(CallError::Unsupported(format!(
                    "str.{name}() is not supported by kiln yet"
                )))
            }
        })
    }

    /// The typing of a call of a `bytes` method.
    pub(super) fn bytes_method(
        &mut self,
        name: &'static str,
        arg_types: &[TypeId],
        kwnames: &[String],
    ) -> Result<TypeId, CallError> {
        let str_or_none =
            |&t: &TypeId| matches!(self.types.kind(t), TypeKind::Str | TypeKind::None);
        match name {
            "decode" if arg_types.len() <= 2 && arg_types.iter().all(str_or_none) => {
                codec_keywords(name, kwnames)?;
                Ok(TypeId::STR)
            }
            "hex" if arg_types.is_empty() => Ok(TypeId::STR),
            _ => Err(CallError::Unsupported(format!(
                "these arguments of bytes.{name}() are not supported by kiln yet"
            ))),
        }
    }
}

/// `encode` / `decode` take `encoding` and `errors`, by position or keyword.
fn codec_keywords(name: &str, kwnames: &[String]) -> Result<(), CallError> {
    match kwnames.iter().find(|k| *k != "encoding" && *k != "errors") {
        Some(keyword) => Err(CallError::TypeError(format!(
            "'{keyword}' is an invalid keyword argument for {name}()"
        ))),
        None => Ok(()),
    }
}
