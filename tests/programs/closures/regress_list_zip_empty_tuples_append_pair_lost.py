n = list(zip((), ()))
n.append((1, "a"))
print(n)
print(n[0][1] + "!")
