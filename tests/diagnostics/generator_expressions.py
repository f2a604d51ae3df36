# A generator expression reading a variable of a comprehension around it: kiln compiles the
# comprehension into the function around it, so every generator would share one cell.
grid = [(x + y for x in range(2)) for y in range(3)]  # error: [unsupported-closure]
