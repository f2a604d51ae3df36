import os
from os.path import join, exists, isdir, isfile, splitext, basename, getsize

def write(path, text):
    with open(path, "w") as f:
        f.write(text)

os.makedirs(join("proj", "src", "pkg"))
os.makedirs("proj/data/")
write("proj/src/a.py", "a = 1\n")
write("proj/src/pkg/b.py", "b = 2\n" * 4)
write("proj/data/x.csv", "1,2,3\n4,5,6\n")
write("proj/README", "readme")

def backup_name(path, n):
    root, ext = splitext(path)
    return f"{root}.bak{n}{ext}"

def backup(path):
    n = 1
    while exists(backup_name(path, n)):
        n += 1
    os.rename(path, backup_name(path, n))
    write(path, "")
    return backup_name(path, n)

print(backup("proj/src/a.py"))
print(backup("proj/src/a.py"))
print(backup("proj/README"))
print(sorted(os.listdir("proj/src")), sorted(os.listdir("proj")))
stack = ["proj"]
total = 0
count = 0
while stack:
    d = stack.pop()
    for name in sorted(os.listdir(d), reverse=True):
        p = join(d, name)
        if isdir(p):
            stack.append(p)
        else:
            total += getsize(p)
            count += 1
            print(f"{p:<28}{getsize(p):>4}")
print(count, total)
os.replace("proj/data/x.csv", "proj/data/y.csv")
print(sorted(os.listdir("proj/data")))
write("proj/data/z.csv", "zz")
os.replace("proj/data/z.csv", "proj/data/y.csv")
print(sorted(os.listdir("proj/data")), getsize("proj/data/y.csv"))
try:
    os.rmdir("proj/data")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.makedirs("proj/src/pkg")
except FileExistsError as e:
    print("exists:", e)
os.makedirs("proj/src/pkg", exist_ok=True)
os.makedirs("proj/src/pkg/deep/er/est", exist_ok=True)
print(isdir("proj/src/pkg/deep/er/est"), isfile("proj/src/pkg/deep"))
