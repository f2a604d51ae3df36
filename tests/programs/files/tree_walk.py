# A small directory tree made, walked by hand with os.listdir, measured and cleaned up.
import os
import os.path

layout = {
    "project/src/main.py": "print('hi')\n",
    "project/src/util.py": "def f():\n    return 1\n",
    "project/docs/readme.md": "# Readme\n\nSome text.\n",
    "project/data/numbers.csv": "1,2,3\n4,5,6\n",
    "project/data/empty.txt": "",
}
for path, text in layout.items():
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def walk(top, depth):
    total = 0
    for name in sorted(os.listdir(top)):
        path = os.path.join(top, name)
        if os.path.isdir(path):
            print("  " * depth + name + "/")
            total += walk(path, depth + 1)
        else:
            size = os.path.getsize(path)
            stem, ext = os.path.splitext(name)
            print("  " * depth + f"{name} ({size} bytes, stem={stem!r}, ext={ext!r})")
            total += size
    return total


print("project/")
print("total bytes:", walk("project", 1))

by_ext = {}
for path in layout:
    ext = os.path.splitext(path)[1] or "(none)"
    by_ext[ext] = by_ext.get(ext, 0) + 1
print(sorted(by_ext.items()))

for path in layout:
    os.remove(path)
for directory in ["project/src", "project/docs", "project/data", "project"]:
    os.rmdir(directory)
print(os.path.exists("project"))
