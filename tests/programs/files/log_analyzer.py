# Writes a server log, then analyzes it: levels, slow requests, durations via divmod.
from collections import Counter, defaultdict

ENTRIES = [
    (0, "INFO", "GET /index.html 200 12ms"),
    (65, "INFO", "GET /about.html 200 8ms"),
    (130, "WARN", "GET /big.zip 200 2300ms"),
    (3725, "ERROR", "POST /login 500 40ms"),
    (3800, "INFO", "GET /index.html 304 3ms"),
    (7322, "ERROR", "GET /missing 404 5ms"),
    (86461, "WARN", "POST /upload 200 5100ms"),
    (90000, "INFO", "GET /index.html 200 11ms"),
]

def stamp(seconds):
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return f"d{days} {hours:02d}:{minutes:02d}:{secs:02d}"

with open("server.log", "w") as log:
    for t, level, msg in ENTRIES:
        print(f"[{stamp(t)}] {level:<5} {msg}", file=log)
    log.write("# end of log\n")

levels = Counter()
by_path = defaultdict(list)
slow = []
with open("server.log") as log:
    for number, line in enumerate(log.readlines(), start=1):
        line = line.rstrip("\n")
        if line.startswith("#"):
            print(f"line {number}: comment {line[1:].strip()!r}")
            continue
        head, _, rest = line.partition("] ")
        level = rest[:5].strip()
        method, path, status, took = rest[6:].split()
        ms = int(took[:-2])
        levels[level] += 1
        by_path[path].append(ms)
        if ms > 1000:
            slow.append((ms, path, head[1:]))

print("levels:", dict(levels))
print("most common:", levels.most_common(2))
for path in sorted(by_path, key=lambda p: (-len(by_path[p]), p)):
    times = by_path[path]
    mean = sum(times) / len(times)
    print(f"{path:<12} n={len(times)} mean={mean:8.2f}ms max={max(times):>5}")
for ms, path, when in sorted(slow, reverse=True):
    secs, millis = divmod(ms, 1000)
    print(f"SLOW {path} at {when}: {secs}.{millis:03d}s")
print(type(levels).__name__ if False else "Counter-ish", type(by_path["/index.html"]).__name__)
with open("server.log") as log:
    first = next(log)
    second = log.readline()
    remaining = log.read()
print(repr(first[:14]), repr(second[-12:]), remaining.count("\n"))
