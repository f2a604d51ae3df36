def a(p): print("A", p)
def b(p): print("B", p)
listeners = {}
def on(fn):
    if "c" not in listeners:
        listeners["c"] = []
    listeners["c"].append(fn)
on(a)
on(b)
for fn in listeners["c"]:
    fn(1)
