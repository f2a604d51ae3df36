//! The functions of the `random` module kiln compiles (the builtins `random.random`, ...).

macro_rules! random_fns {
    ($($variant:ident = $name:literal,)*) => {
        /// A function of the `random` module.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RandomFn {
            $($variant,)*
        }

        impl RandomFn {
            /// The function named `name` in the module.
            pub fn from_name(name: &str) -> Option<RandomFn> {
                Some(match name {
                    $($name => RandomFn::$variant,)*
                    _ => return None,
                })
            }

            /// Its name in the module.
            pub fn name(self) -> &'static str {
                match self {
                    $(RandomFn::$variant => $name,)*
                }
            }
        }
    };
}

random_fns! {
    Seed = "seed",
    Random = "random",
    Getrandbits = "getrandbits",
    Randrange = "randrange",
    Randint = "randint",
    Choice = "choice",
    Shuffle = "shuffle",
    Sample = "sample",
    Choices = "choices",
    Uniform = "uniform",
    Gauss = "gauss",
    Normalvariate = "normalvariate",
    Expovariate = "expovariate",
}
