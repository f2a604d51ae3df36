# kiln's `os`: the environment, the working directory, directories and files, over the
# runtime (`_kiln.os_*`); `os.path` is its own module (`os.path.py`), inserted with it.

import _kiln

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"
environ = _kiln.os_environ()


def getenv(key, default=None):
    return environ.get(key, default)


def getcwd():
    return _kiln.os_getcwd()


def listdir(path="."):
    return _kiln.os_listdir(path)


def mkdir(path, mode=511):
    _kiln.os_mkdir(path, mode)


def makedirs(path, mode=511, exist_ok=False):
    parts = [part for part in path.split("/") if part]
    parent = "/" if path.startswith("/") else ""
    for part in parts[:-1]:
        parent += part + "/"
        if _kiln.os_stat_kind(parent) < 0:
            _kiln.os_mkdir(parent, mode)
    if exist_ok and _kiln.os_stat_kind(path) == 2:
        return
    _kiln.os_mkdir(path, mode)


def remove(path):
    _kiln.os_remove(path)


def unlink(path):
    _kiln.os_remove(path)


def rmdir(path):
    _kiln.os_rmdir(path)


def rename(src, dst):
    _kiln.os_rename(src, dst)


def replace(src, dst):
    _kiln.os_rename(src, dst)
