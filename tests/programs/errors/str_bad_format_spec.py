# An unknown format code raises ValueError at run time (the spec is a variable).
spec = ".2f"
print(format(1.5, spec))
spec = "z"
print(format(1, spec))
