# None has no format spec support: a non-empty spec raises TypeError.
value = None
print(f"{value} [{value!s:>4}] [{value!r:<6}]")
print(f"{value:>4}")
