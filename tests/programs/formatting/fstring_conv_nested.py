# Conversions of nested containers whose strings contain quotes, escapes and non-ASCII text.
grid = [["a", "b'c"], ["d\"e", "f\\g"], []]
print(f"{grid}")
print(f"{grid!r}")
print(f"{grid!a}")
print(f"[{grid!r:>50}]")
book = {"título": ["Ñandú", "naïve"], "tags": ["it's", "\t"], "empty": []}
print(f"{book}")
print(f"{book!a}")
rows = [("ann", 3.5, True), ("bö'b", -0.0, False)]
print(f"{rows!r}")
print(f"{rows!a}")
nested = (("x",), (("y", "z"),), ())
print(f"{nested} {nested!a} {len(nested)}")
sets = {"€"}
print(f"{sets!r} {sets!a}")
deep = [[[["ω"]]]]
print(f"{deep!s} {deep!a} {deep[0][0]!r}")
escapes = ["\r", "\x1b[0m", "\u200b", "\ufeff", "\U0001f600", "\x85", "\xa0"]
print(f"{escapes}")
print(f"{escapes!a}")
