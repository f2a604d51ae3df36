# Tuples format with an empty spec only.
point = (1, 2)
print(f"{point} {point!r:>10} {format(point)}")
print(f"{point:>10}")
