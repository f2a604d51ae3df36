# `**kwargs` parameters are compiled; a keyword argument next to `*` or `**` unpacking is not.
def options(x, **kwargs):
    return x, kwargs


print(options(1, color="red"))
print(options(*(1,), color="red"))  # error: [unsupported-star-args]
