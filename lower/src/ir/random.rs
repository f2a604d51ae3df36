//! The functions of the `random` module kiln compiles (the builtins `random.random`, ...).

named_fns! {
    /// A function of the `random` module (named as in the module).
    RandomFn {
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
}
