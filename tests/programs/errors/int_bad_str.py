# int() of a string that is not an integer literal.
print(int(" 12 "))
print(int("1_000"))
print(int("abc"))
