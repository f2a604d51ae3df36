import os
import os.path

def build_tree():
    layout = {
        "src/main.py": "print('hi')\n" * 3,
        "src/util/helpers.py": "x = 1\n",
        "src/util/__init__.py": "",
        "docs/readme.md": "# Title\n\nSome text here.\n",
        "docs/img/logo.png": "PNGDATA" * 10,
        "build/out.o": "o" * 100,
        "notes.txt": "remember\n",
        ".hidden/cfg": "k=v\n",
    }
    for rel, content in sorted(layout.items()):
        d = os.path.dirname(rel)
        if d:
            os.makedirs(d, exist_ok=True)
        with open(rel, "w") as f:
            f.write(content)

def walk(top):
    files = []
    dirs = []
    for name in sorted(os.listdir(top)):
        full = os.path.join(top, name)
        if os.path.isdir(full):
            dirs.append(full)
            sub_files, sub_dirs = walk(full)
            files.extend(sub_files)
            dirs.extend(sub_dirs)
        elif os.path.isfile(full):
            files.append(full)
    return files, dirs

build_tree()
files, dirs = walk(".")
print(dirs)
by_ext = {}
for f in files:
    ext = os.path.splitext(f)[1] or "<none>"
    by_ext[ext] = by_ext.get(ext, 0) + os.path.getsize(f)
    print(f"{f:28} {os.path.getsize(f):5d} {os.path.basename(f)!r}")
for ext, size in sorted(by_ext.items()):
    print(ext, size)
print(sum(os.path.getsize(f) for f in files))
largest = max(files, key=os.path.getsize)
print("largest", largest, os.path.normpath(largest))
# cleanup deepest first
for f in files:
    os.remove(f)
for d in sorted(dirs, key=lambda p: -p.count("/")):
    os.rmdir(d)
print(os.listdir("."))
print(os.path.exists("src"), os.path.isdir("docs"))
