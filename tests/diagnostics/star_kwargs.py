def options(x, **kwargs):  # error: [unsupported-star-args]
    return x
print(options(1))
