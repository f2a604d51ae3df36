# `except*` (exception groups) is not compiled.
try:  # error: [unsupported-try]
    print(1)
except* ValueError:
    print("group")
