def config(**opts):
    return opts.get("debug", False)
print(config())
