def maybe(n):
    return n if n > 0 else None


print(maybe(3) < 5)
print(maybe(-1) < 5)
