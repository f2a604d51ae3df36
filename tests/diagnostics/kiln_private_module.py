import _kiln  # error: [unsupported-import]
print(_kiln.file_open("x", "r"))
