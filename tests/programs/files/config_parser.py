# An INI-style config file written, parsed, validated and queried.
class ConfigError(Exception):
    def __init__(self, line, message):
        super().__init__(f"line {line}: {message}")
        self.line = line

TEXT = """; sample configuration
[server]
host = example.org
port = 8080
debug = yes

[database]
name=inventory
  pool = 5
timeout = 2.5
[empty]
"""

with open("app.ini", "w") as f:
    n = f.write(TEXT)
print("wrote", n, "characters")

def parse(path):
    sections = {}
    current = ""
    with open(path) as f:
        number = 0
        for raw in f:
            number += 1
            line = raw.strip()
            if not line or line.startswith(";") or line.startswith("#"):
                continue
            if line.startswith("["):
                if not line.endswith("]"):
                    raise ConfigError(number, "unterminated section")
                current = line[1:-1]
                sections[current] = {}
                continue
            if "=" not in line:
                raise ConfigError(number, f"expected key = value, got {line!r}")
            if not current:
                raise ConfigError(number, "key outside a section")
            key, value = line.split("=", 1)
            sections[current][key.strip()] = value.strip()
    return sections

def get_int(cfg, section, key):
    items = cfg.get(section, {})
    if key not in items:
        return None
    return int(items[key])

cfg = parse("app.ini")
for name, items in cfg.items():
    print(f"[{name}] {len(items)} keys")
    for k in sorted(items):
        print(f"  {k:<8} = {items[k]!r}")
port = get_int(cfg, "server", "port")
pool = get_int(cfg, "database", "pool")
missing = get_int(cfg, "server", "workers")
print(f"port={port:>6} pool={pool:03} missing={missing}")
print(f"{missing!s:>8}|{missing!r:<8}|")
try:
    print(f"{missing:>8}")
except TypeError as e:
    print("TypeError:", e)
print(float(cfg["database"]["timeout"]) * 2, cfg["server"]["debug"] in ("yes", "true"))

for bad in ["[broken\n", "key = 1\n", "[s]\njust words\n"]:
    with open("bad.ini", "w") as f:
        f.write(bad)
    try:
        parse("bad.ini")
    except ConfigError as e:
        print("ConfigError:", e, "| at", e.line)
try:
    parse("absent.ini")
except FileNotFoundError as e:
    print("missing:", e)
