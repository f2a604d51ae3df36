# isinstance with builtin types (decided by the types) and exception classes (at run time).
def kind(x):
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "text"
    return "other"

print(kind(1), kind(2.5), kind("a"), kind([1]), kind(True))
try:
    {}["k"]
except Exception as e:
    print(isinstance(e, KeyError), isinstance(e, LookupError), isinstance(e, (ValueError, IndexError)), isinstance(e, int))
    print(isinstance(5, ValueError))
