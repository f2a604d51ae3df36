import tkinter  # error: [unsupported-import]
print(1 + 1)
