# A replace count beyond Py_ssize_t raises OverflowError.
print("aaa".replace("a", "b", 2 ** 61))
print("aaa".replace("a", "b", 2 ** 63))
