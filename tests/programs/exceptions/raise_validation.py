# A validating function raises different classes with f-string messages; the caller catches them per item.
def validate(name, age):
    if len(name) == 0:
        raise ValueError("empty name")
    if age < 0:
        raise ValueError(f"negative age for {name}: {age}")
    if age > 150:
        raise OverflowError(f"age {age} too large")
    return f"{name} ({age})"


people = [("ann", 31), ("", 5), ("bob", -2), ("cy", 200), ("dee", 0)]
ok = []
bad = 0
for name, age in people:
    try:
        ok.append(validate(name, age))
    except ValueError as e:
        bad += 1
        print("invalid:", e)
    except ArithmeticError as e:
        bad += 1
        print("out of range:", e)
print(ok, bad)
