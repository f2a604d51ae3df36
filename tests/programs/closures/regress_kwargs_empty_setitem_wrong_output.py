def config(**opts):
    opts["n"] = 3
    return opts
print(config())
