# bytes([...]) with a value outside 0..255 raises ValueError.
values = [65, 66, 256]
print(bytes(values[:2]))
print(bytes(values))
