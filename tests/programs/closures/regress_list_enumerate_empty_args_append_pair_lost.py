def pairs(*names):
    out = list(enumerate(names))
    out.append((99, "end"))
    return out
print(pairs())
print(pairs("a", "b"))
