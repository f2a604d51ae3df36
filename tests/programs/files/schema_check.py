# Validates parsed records against a schema and reports type names like CPython does
# (type(x).__name__ of values and containers), writing an error log file.
class Field:
    def __init__(self, name, kind, required):
        self.name = name
        self.kind = kind
        self.required = required

SCHEMA = [Field("id", "int", True), Field("name", "str", True), Field("score", "float", False),
          Field("tags", "list", False)]

def convert(kind, text):
    if kind == "int":
        return str(type(int(text)).__name__)
    if kind == "float":
        return type(float(text)).__name__
    if kind == "list":
        return type(text.split(";")).__name__
    return type(text).__name__

LINES = ["id=1 name=ann score=9.5 tags=a;b", "id=x name=bob", "name=cy score=7",
         "id=4 name=dee score=high", "id=5 name=eve extra=1", "id=6 name=fay tags="]
with open("input.txt", "w") as f:
    f.write("\n".join(LINES) + "\n")

errors = []
good = []
with open("input.txt") as f:
    for lineno, line in enumerate(f.read().splitlines(), 1):
        rec = {k: v for k, _, v in (part.partition("=") for part in line.split())}
        problems = []
        types = {}
        for field in SCHEMA:
            if field.name not in rec:
                if field.required:
                    problems.append(f"missing {field.name}")
                continue
            try:
                types[field.name] = convert(field.kind, rec[field.name])
            except ValueError as e:
                problems.append(f"{field.name}: {type(e).__name__}: {e}")
        unknown = sorted(set(rec) - {fl.name for fl in SCHEMA})
        if unknown:
            problems.append(f"unknown {unknown}")
        if problems:
            errors.append((lineno, problems))
        else:
            good.append((lineno, types))

with open("errors.log", "w") as log:
    for lineno, problems in errors:
        for p in problems:
            print(f"line {lineno}: {p}", file=log)
print(open("errors.log").read(), end="")
for lineno, types in good:
    print(lineno, types)
nested = {"a": [(1, "x")], "b": []}
print(type(nested).__name__, type(nested["a"]).__name__, type(nested["a"][0]).__name__,
      type(nested["a"][0][1]).__name__, type(good).__name__, type(errors[0][1]).__name__)
