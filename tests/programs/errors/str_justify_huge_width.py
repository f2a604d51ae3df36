# A padding width too large to allocate raises MemoryError in CPython.
s = "a"
print(s.ljust(3) + "|")
print(len(s.ljust(2 ** 62 - 1)))
