# A tiny key-value store persisted to a text file: set/delete are appended to a journal,
# load replays it, compact rewrites it.
class StoreError(Exception):
    pass

class Store:
    def __init__(self, path):
        self.path = path
        self.data = {}
        self.ops = 0

    def load(self):
        self.data = {}
        try:
            with open(self.path) as f:
                pass
        except FileNotFoundError:
            return 0
        count = 0
        with open(self.path) as f:
            for line in f:
                count += 1
                op, _, rest = line.rstrip("\n").partition(" ")
                if op == "set":
                    key, _, value = rest.partition("=")
                    self.data[key] = value
                elif op == "del":
                    self.data.pop(rest, "")
                else:
                    raise StoreError(f"{self.path}:{count}: bad op {op!r}")
        return count

    def set(self, key, value):
        if "=" in key or " " in key:
            raise StoreError(f"bad key {key!r}")
        with open(self.path, "a") as f:
            f.write(f"set {key}={value}\n")
        self.data[key] = value
        self.ops += 1

    def delete(self, key):
        if key not in self.data:
            raise KeyError(key)
        with open(self.path, "a") as f:
            print("del", key, file=f)
        del self.data[key]
        self.ops += 1

    def compact(self):
        with open(self.path, "w") as f:
            f.writelines(f"set {k}={v}\n" for k, v in sorted(self.data.items()))

s = Store("journal.txt")
print("loaded", s.load())
s.set("name", "kiln")
s.set("lang", "python")
s.set("version", "3.11")
s.set("name", "kiln compiler")
s.delete("lang")
for bad in ["has space", "a=b"]:
    try:
        s.set(bad, "x")
    except StoreError as e:
        print("StoreError:", e)
try:
    s.delete("nope")
except KeyError as e:
    print("KeyError:", e)
print(s.ops, s.data)
t = Store("journal.txt")
print("replayed", t.load(), "ops ->", t.data)
print(open("journal.txt").read(), end="")
t.compact()
print("compacted:", open("journal.txt").readlines())
print("reloaded", t.load(), t.data == s.data)
with open("journal.txt", "a") as f:
    f.write("oops x\n")
try:
    Store("journal.txt").load()
except StoreError as e:
    print("StoreError:", e)
