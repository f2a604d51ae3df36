# A tuple of exception classes is only compiled where an `except` clause or `isinstance` uses it.
errors = (ValueError, KeyError)  # error: [unsupported-item]
print(len(errors))  # error: [unsupported-item]
