# A lambda may not read a variable of a comprehension around it: kiln compiles a comprehension
# into the function around it, so every lambda it makes would share one cell.
def squares(n):
    funcs = [lambda: i * i for i in range(n)]  # error: [unsupported-closure]
    return len(funcs)


print(squares(3))
