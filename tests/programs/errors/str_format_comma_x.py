# The "," option cannot be combined with hex.
n = 65535
print(format(n, "_x"), format(n, ","))
print(format(n, ",x"))
