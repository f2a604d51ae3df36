x = 1
def f(:  # error: [syntax-error]
    return x
