import os
os.mkdir("a\0b")
