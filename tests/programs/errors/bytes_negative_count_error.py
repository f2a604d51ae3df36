# bytes(n) builds n zero bytes; a negative count raises ValueError.
sizes = [3, 2, 1, 0, -1]
for n in sizes:
    z = bytes(n)
    print(n, z, len(z), z.hex())
