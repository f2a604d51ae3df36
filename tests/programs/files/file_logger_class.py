# A logger class that owns an optional file, levels filtered, rotation after N lines,
# files passed to functions and kept in a dict.
class RotatingLog:
    LEVELS = {"DEBUG": 10, "INFO": 20, "WARN": 30, "ERROR": 40}

    def __init__(self, base, max_lines, min_level):
        self.base = base
        self.max_lines = max_lines
        self.min_level = self.LEVELS[min_level]
        self.index = 0
        self.lines = 0
        self.f = None
        self.names = []

    def start(self):
        name = f"{self.base}.{self.index}"
        self.names.append(name)
        self.f = open(name, "w")
        self.lines = 0

    def log(self, level, msg):
        if self.LEVELS[level] < self.min_level:
            return False
        if self.f is None:
            self.start()
        elif self.lines >= self.max_lines:
            self.f.close()
            self.index += 1
            self.start()
        f = self.f
        if f is not None:
            print(f"{level:<5} {msg}", file=f)
            self.lines += 1
        return True

    def shutdown(self):
        if self.f is not None:
            self.f.close()
            self.f = None

def dump(f, title):
    print(f"--- {title} ({f.name}, mode {f.mode})")
    for n, line in enumerate(f.readlines(), 1):
        print(f"{n:3}: {line}", end="")

log = RotatingLog("app.log", 3, "INFO")
kept = 0
for i in range(11):
    level = ["DEBUG", "INFO", "WARN", "ERROR"][i % 4]
    if log.log(level, f"event {i} " + "*" * (i % 3)):
        kept += 1
log.shutdown()
log.shutdown()
print("kept", kept, "files", log.names)
for name in log.names:
    with open(name) as f:
        dump(f, name)

streams = {}
for name in log.names:
    streams[name] = open(name)
firsts = {name: s.readline().split()[0] for name, s in streams.items()}
print(firsts)
for s in streams.values():
    s.close()
print(all(s.closed for s in streams.values()))
