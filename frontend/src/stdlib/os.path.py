# kiln's `os.path`: CPython's `posixpath`, over the runtime for what asks the file system.

import _kiln

sep = "/"


def isabs(s):
    return s.startswith("/")


def join(a, *p):
    path = a
    for b in p:
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    i = p.rfind("/") + 1
    head = p[:i]
    tail = p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    return p[p.rfind("/") + 1:]


def dirname(p):
    head = p[:p.rfind("/") + 1]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def splitext(p):
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        name_index = sep_index + 1
        while name_index < dot_index:
            if p[name_index] != ".":
                return p[:dot_index], p[dot_index:]
            name_index += 1
    return p, ""


def normpath(path):
    if not path:
        return "."
    initial_slashes = 1 if path.startswith("/") else 0
    if initial_slashes and path.startswith("//") and not path.startswith("///"):
        initial_slashes = 2
    parts = []
    for part in path.split("/"):
        if part == "" or part == ".":
            continue
        if part != ".." or (not initial_slashes and not parts) or (parts and parts[-1] == ".."):
            parts.append(part)
        elif parts:
            parts.pop()
    joined = "/" * initial_slashes + "/".join(parts)
    return joined or "."


def abspath(path):
    if not path.startswith("/"):
        path = join(_kiln.os_getcwd(), path)
    return normpath(path)


def exists(path):
    return _kiln.os_stat_kind(path) >= 0


def isfile(path):
    return _kiln.os_stat_kind(path) == 1


def isdir(path):
    return _kiln.os_stat_kind(path) == 2


def getsize(path):
    return _kiln.os_getsize(path)


def expanduser(path):
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = _kiln.os_environ().get("HOME", "")
    if not home:
        return path
    home = home.rstrip("/")
    return (home + path[i:]) or "/"
