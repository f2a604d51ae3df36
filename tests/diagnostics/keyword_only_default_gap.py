# kiln's defaults cover the last parameters: a keyword-only parameter without a default after
# a parameter with one is refused.
def f(a=1, *, b):  # error: [unsupported-keyword-only]
    return a + b
