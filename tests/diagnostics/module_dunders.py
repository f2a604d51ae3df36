# The names every CPython module has are refused, not reported as undefined.
print(__file__)  # error: [unsupported-name]
print(__doc__)  # error: [unsupported-name]
