# "raise X from None" inside a handler suppresses the context: only the new exception is reported.
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"config key {k} is required") from None


cfg = {"host": "localhost"}
print(get(cfg, "host"))
print(get(cfg, "port"))
