# chr() of a negative value raises ValueError.
n = 65
print(chr(n))
print(chr(n - 66))
