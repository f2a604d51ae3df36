import os
from os.path import join, isdir, exists

names = [f"n{i}" for i in range(10)]
for n in names:
    os.mkdir(n)
    for j in range(3):
        with open(join(n, f"f{j}.txt"), "w") as f:
            f.write("x" * (j + 1) * len(n))
print(sorted(os.listdir(".")))
for n in names[::2]:
    for fn in sorted(os.listdir(n)):
        os.unlink(join(n, fn))
    os.rmdir(n)
print(sorted(os.listdir(".")), [exists(n) for n in names])
for n in names[1::2]:
    os.rename(n, n.upper())
print(sorted(os.listdir(".")), isdir("N1"), isdir("n1"))
sizes = {d: sum(os.path.getsize(join(d, f)) for f in os.listdir(d)) for d in os.listdir(".")}
print(sorted(sizes.items()))
os.makedirs("a/b/c/d")
os.makedirs("a/b/x")
print(sorted(os.listdir("a/b")), os.listdir("a/b/c"))
os.rmdir("a/b/c/d")
os.rmdir("a/b/c")
print(sorted(os.listdir("a/b")))
