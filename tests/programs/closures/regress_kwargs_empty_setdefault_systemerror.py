def config(**opts):
    opts.setdefault("n", 3)
    return opts
print(config())
