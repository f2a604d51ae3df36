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
    # CPython's: the parent first (when it does not exist), then the directory itself.
    head, tail = _split(path)
    if not tail:
        head, tail = _split(head)
    if head and tail and _kiln.os_stat_kind(head) < 0:
        try:
            makedirs(head, mode, exist_ok)
        except FileExistsError:
            pass
    try:
        _kiln.os_mkdir(path, mode)
    except OSError:
        if not exist_ok or _kiln.os_stat_kind(path) != 2:
            raise


def _split(p):
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, p[i:]


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
