x = 2
from tkinter import Tk  # error: [unsupported-import]
print(x)
