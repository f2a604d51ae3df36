# A make-like tool: rules "target: deps" in a file, a topological build order, cycle
# detection with a custom exception, and a build log written as targets are "built".
class CycleError(Exception):
    def __init__(self, path):
        super().__init__(" -> ".join(path))
        self.path = path

RULES = """# comment line
app: main.o util.o libz
main.o: main.c util.h
util.o: util.c util.h

libz: zlib.c
test: app data.txt
"""
with open("Makefile.txt", "w") as f:
    f.write(RULES)

def load_rules(path):
    deps = {}
    with open(path) as f:
        for raw in f:
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            target, _, rest = line.partition(":")
            deps[target.strip()] = rest.split()
    return deps

def build_order(deps, goal):
    order = []
    state = {}
    def visit(node, path):
        mark = state.get(node, 0)
        if mark == 1:
            raise CycleError(path + [node])
        if mark == 2:
            return
        state[node] = 1
        for d in deps.get(node, []):
            visit(d, path + [node])
        state[node] = 2
        order.append(node)
    visit(goal, [])
    return order

deps = load_rules("Makefile.txt")
print({t: len(d) for t, d in deps.items()})
with open("build.log", "w") as log:
    for goal in ["test", "util.o", "zlib.c"]:
        order = build_order(deps, goal)
        steps = [t for t in order if t in deps]
        print(f"{goal}: {' '.join(order)}")
        for n, t in enumerate(steps, 1):
            log.write(f"[{goal}] {n}/{len(steps)} build {t}\n")
print(open("build.log").read(), end="")

with open("Makefile.txt", "a") as f:
    f.write("util.h: app\n")
deps = load_rules("Makefile.txt")
try:
    build_order(deps, "test")
except CycleError as e:
    print("cycle:", e)
    print("length", len(e.path), "starts and ends with", e.path[0] if False else e.path[-1])
build_order(deps, "main.o")
