from collections import deque
import os

lines = [f"{i:04d} {'ERROR' if i % 7 == 0 else 'INFO'} event number {i * 13 % 97}" for i in range(1, 301)]
with open("app.log", "w") as f:
    for line in lines:
        f.write(line + "\n")

def tail(path, n):
    with open(path) as fh:
        return deque(fh, maxlen=n)

last = tail("app.log", 5)
print(len(last), last.maxlen)
for l in last:
    print(l.rstrip())
errs = deque(maxlen=3)
with open("app.log") as fh:
    for l in fh:
        if "ERROR" in l:
            errs.append(l.strip())
print(list(errs))
print(os.path.getsize("app.log"), sum(len(l) + 1 for l in lines))
print(max(open("app.log"), key=lambda s: int(s.split()[-1])).strip())
print(sorted(open("app.log"), key=lambda s: s.split()[1])[0].strip())
os.rename("app.log", "old.log")
print(os.path.exists("app.log"), os.path.isfile("old.log"))
t = tail("old.log", 0)
print(t, len(t))
os.remove("old.log")
print(os.listdir("."))
