import os
import os.path
from os.path import join, splitext

print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir)
print(os.path.join("a", "b", "c.txt"), join("/x/", "y"), join("a", "/abs", "z"), join("", "q"))
for p in ["a/b/c.txt", "/", "name", "dir/", ".bashrc", "a/b.tar.gz", "/x//y/", "..."]:
    print(repr(p), os.path.split(p), os.path.basename(p), repr(os.path.dirname(p)), splitext(p))
for p in ["a/./b/../c", "/../x", "//a//b", "///a", "", ".", "a/..", "../../x/./y/"]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs("/a"), os.path.isabs("a"))
home = os.getenv("HOME")
print(home is not None, os.getenv("KILN_SURELY_UNSET_VAR"), os.getenv("KILN_SURELY_UNSET_VAR", "dflt"))
print("PATH" in os.environ, os.environ.get("KILN_SURELY_UNSET_VAR", "none"))
cwd = os.getcwd()
print(os.path.abspath("sub/../file.txt") == os.path.join(cwd, "file.txt"))
os.makedirs("data/nested/deep")
os.makedirs("data/nested", exist_ok=True)
os.mkdir("data/other")
with open("data/nested/a.txt", "w") as f:
    f.write("12345")
print(sorted(os.listdir("data")), sorted(os.listdir("data/nested")))
print(os.path.exists("data"), os.path.isdir("data"), os.path.isfile("data"))
print(os.path.exists("data/nested/a.txt"), os.path.isfile("data/nested/a.txt"), os.path.getsize("data/nested/a.txt"))
os.rename("data/nested/a.txt", "data/b.txt")
print(os.path.exists("data/nested/a.txt"), os.path.exists("data/b.txt"))
os.remove("data/b.txt")
os.rmdir("data/other")
print(sorted(os.listdir("data")))
for action in ["remove", "rmdir", "mkdir", "listdir", "getsize", "rename"]:
    try:
        if action == "remove":
            os.remove("missing.txt")
        elif action == "rmdir":
            os.rmdir("data")
        elif action == "mkdir":
            os.mkdir("data")
        elif action == "listdir":
            os.listdir("nowhere")
        elif action == "getsize":
            os.path.getsize("nowhere")
        else:
            os.rename("nowhere", "elsewhere")
    except OSError as e:
        print(action, type(e).__name__, e)
try:
    os.makedirs("data/nested")
except FileExistsError as e:
    print("makedirs", e)
print(os.path.expanduser("~/x") == os.path.join(os.environ["HOME"], "x"), os.path.expanduser("~other/x"))
