//! Values as words, and the type descriptors that say how to read them.
//!
//! Inside containers every Python value is one 64-bit *word*: an `int` its
//! tagged word, a `float` its IEEE bits, a `bool` 0 or 1, `None` 0, and a
//! `str` or container its object's address. A word does not say what it
//! is; the [`TypeDesc`] of the container does. Codegen emits one static
//! descriptor per container type the program uses; the runtime reads them
//! to hash, compare, print and trace elements.
//!
//! Guarantee: a container's descriptor never changes, and every word stored
//! in it is a valid value of the descriptor's element type.

/// What a word holds (the `tag` of a [`TypeDesc`]).
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    /// No value can have this type (the element type of a list never filled).
    Never = 0,
    None = 1,
    Bool = 2,
    Int = 3,
    Float = 4,
    Str = 5,
    /// `args[0]` is the element type.
    List = 6,
    /// `args[0..len]` are the field types.
    Tuple = 7,
    /// `args[0]` the key type, `args[1]` the value type.
    Dict = 8,
    /// `args[0]` is the element type.
    Set = 9,
    /// `args[0]` is the element type.
    FrozenSet = 10,
    Bytes = 11,
    /// An exception object (`exception.rs`).
    Exception = 12,
    /// An instance of a class (`instance.rs`).
    Instance = 13,
    /// A tuple whose item types only the tuple's own descriptor knows (an exception's
    /// `args`).
    Args = 14,
    /// A generator object (`generator.rs`): compared and hashed by identity.
    Generator = 15,
}

/// The static description of a type, emitted by codegen as a constant.
#[repr(C)]
#[derive(Debug)]
pub struct TypeDesc {
    /// A [`Tag`] number.
    pub tag: u32,
    /// How many entries `args` has.
    pub len: u32,
    /// The type arguments (element, key/value or field types).
    pub args: *const *const TypeDesc,
}

// SAFETY: descriptors are immutable constants.
unsafe impl Sync for TypeDesc {}

impl TypeDesc {
    /// The tag; an unknown number reads as [`Tag::Never`].
    pub fn tag(&self) -> Tag {
        match self.tag {
            1 => Tag::None,
            2 => Tag::Bool,
            3 => Tag::Int,
            4 => Tag::Float,
            5 => Tag::Str,
            6 => Tag::List,
            7 => Tag::Tuple,
            8 => Tag::Dict,
            9 => Tag::Set,
            10 => Tag::FrozenSet,
            11 => Tag::Bytes,
            12 => Tag::Exception,
            13 => Tag::Instance,
            14 => Tag::Args,
            15 => Tag::Generator,
            _ => Tag::Never,
        }
    }

    /// Type argument `i`.
    ///
    /// # Panics
    /// If `i >= len` (a codegen bug).
    pub fn arg(&self, i: usize) -> &'static TypeDesc {
        assert!(i < self.len as usize, "type descriptor has no argument {i}");
        // SAFETY: codegen emits `len` valid descriptor pointers.
        unsafe { &**self.args.add(i) }
    }

    /// True if words of this type may reference heap objects (so a
    /// container of them must be traced by the collector).
    pub fn is_traced(&self) -> bool {
        !matches!(self.tag(), Tag::Never | Tag::None | Tag::Bool | Tag::Float)
    }
}

macro_rules! scalar_desc {
    ($($name:ident = $tag:ident;)*) => {$(
        #[doc = concat!("The descriptor of `", stringify!($tag), "` words.")]
        pub static $name: TypeDesc = TypeDesc { tag: Tag::$tag as u32, len: 0, args: std::ptr::null() };
    )*};
}

scalar_desc! {
    NEVER = Never;
    NONE = None;
    BOOL = Bool;
    INT = Int;
    FLOAT = Float;
    STR = Str;
}

/// `list[str]`, the result of `str.split` and friends.
pub static LIST_OF_STR: TypeDesc = TypeDesc {
    tag: Tag::List as u32,
    len: 1,
    args: &STR_ARGS as *const [&TypeDesc; 1] as *const *const TypeDesc,
};
static STR_ARGS: [&TypeDesc; 1] = [&STR];

/// `list[int]` (`random.sample(range(...), k)`).
pub static LIST_OF_INT: TypeDesc = TypeDesc {
    tag: Tag::List as u32,
    len: 1,
    args: &INT_ARGS as *const [&TypeDesc; 1] as *const *const TypeDesc,
};
static INT_ARGS: [&TypeDesc; 1] = [&INT];

/// The word passed for an optional `int` argument that is omitted or
/// `None` (`start`, `end`, `maxsplit`, `count`, slice bounds...): odd like
/// a big int word, but with address 0, so no int has it.
pub const NONE_INT: u64 = 1;
