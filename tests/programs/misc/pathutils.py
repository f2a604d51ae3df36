import os.path as osp
from os.path import join, normpath, split, splitext, basename, dirname, isabs, abspath

def relpath_simple(path, start):
    p = [x for x in normpath(path).split("/") if x]
    s = [x for x in normpath(start).split("/") if x]
    i = 0
    while i < min(len(p), len(s)) and p[i] == s[i]:
        i += 1
    parts = [".."] * (len(s) - i) + p[i:]
    return "/".join(parts) if parts else "."

def change_ext(path, ext):
    root, _ = splitext(path)
    return root + ext

def components(path):
    out = []
    while True:
        head, tail = split(path)
        if tail:
            out.append(tail)
        if head == path or not head:
            if head:
                out.append(head)
            break
        path = head
    out.reverse()
    return out

tests = ["/usr/local/lib/python3.11/site.py", "a/b/../c/./d.txt", "///x//y/", "rel/file.tar.gz",
         ".bashrc", "dir.d/noext", "/", "", "a/b/c/", "../up/../../x.py"]
for t in tests:
    print(repr(t))
    print("   norm", repr(normpath(t)), "comp", components(t))
    print("   ext", repr(change_ext(t, ".bak")), repr(basename(t)), repr(dirname(t)))
    print("   abs?", isabs(t), isabs(abspath(t)), abspath(t) == normpath(join(abspath("."), t)))
print(relpath_simple("/a/b/c/d", "/a/b/x"))
print(relpath_simple("/a/b", "/a/b"))
print(relpath_simple("/q", "/a/b/c"))
print(osp.join("a", "b"), osp.basename("/x/y/"), osp.dirname("/x/y/"), osp.splitext("x.y.z"))
print(abspath("/a/../../b/./c//"), abspath("//a"), abspath("///a"))
print(normpath("//"), normpath("//a//b"), normpath("/./.."), normpath("a/b/../../../c"))
