# f-string fields of every supported type render like str().
i = 42
f = 0.1 + 0.2
b = i > 40
s = "text"
n = -7
print(f"int {i}, float {f}, bool {b}, str {s}, none {None}")
print(f"{n}{n}{n}", f"{s}", f"", f"no fields")
print(f"{1e16} {1e-5} {-0.0} {float('inf')} {float('nan')} {2.5} {1 / 3}")
print(f"{True} {False} {not b}")
print(f"{9223372036854775807} {-9223372036854775807}")
x = f"{i}"
print(x, len(x), x == "42", x + "!")
