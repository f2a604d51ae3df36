import os
import os.path
from os.path import join, split, basename, dirname, splitext, normpath, isabs

paths = ["", "/", "//", "///", "////a", "a", "a/", "a//", "/a", "//a", "///a", "a/b", "a/b/",
         "a//b", "a/./b", "a/../b", "../a", "../../a/b/..", "/..", "/../..", "//..", "//../x",
         ".", "..", "./", "../", "a/.", "a/..", "...", ".a", "a.", "a.b.c", ".a.b", "..a",
         "a/.b", "a/..b", "/x/y.tar.gz", "x.y/z", "x.y/.z", "x/y.", "foo.bar/", "  /  ",
         "a/b/c/../../..", "a/b/c/../../../..", "/a/b/../../..", "~", "~/x", "~user/x",
         "\u00e9t\u00e9/caf\u00e9.txt", "a\\b\\c.d", "/a/./../b//c/"]
for p in paths:
    print(repr(p), split(p), basename(p), repr(dirname(p)), splitext(p), normpath(p), isabs(p))
    print("  ", os.path.split(p), os.path.normpath(p + "/x"))
pairs = [["", ""], ["a", ""], ["", "b"], ["a", "/b"], ["a/", "b"], ["a//", "b"], ["/", "b"],
         ["a", "b/"], ["a", "", "c"], ["a", "b", "/c", "d"], ["", "", ""], ["x", ".", "..", "y"]]
for pr in pairs:
    if len(pr) == 2:
        print(repr(join(pr[0], pr[1])))
    else:
        print(repr(join(pr[0], pr[1], pr[2])))
print(join("a", "b", "c", "d", "e"))
print(os.path.join("/usr", "lib", "python3"))
print(os.sep, os.name, repr(os.linesep), os.curdir, os.pardir)
print(os.path.sep)
