import os.path as osp
from os import getcwd, listdir, environ, sep
from os.path import exists, basename
import sys
print(len(getcwd()) > 0, "PATH" in environ, listdir("."))

print(osp.basename("/a/b/c.py"), basename("x/y"), sep, exists("nope"))
script = "tool.py"
name, ext = osp.splitext(script)
print(name, ext)
