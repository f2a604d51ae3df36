# A maxsplit beyond Py_ssize_t raises OverflowError.
s = "a b c"
print(s.split(None, 2 ** 61))
print(s.split(None, 2 ** 70))
