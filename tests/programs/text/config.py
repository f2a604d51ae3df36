# Parse key=value config lines with INI-like sections, typed lookups and errors.

CONFIG = """
# global settings
name = demo app
debug = true
workers=4

[database]
host = db.example.com
port = 5432
timeout = 2.5
user = admin  ; inline comment

[cache]
enabled = no
size = 128
ttl = 3600
bad line without equals
[empty]
[database]
port = 6543
"""


class ConfigError(Exception):
    pass


def parse(text: str) -> tuple[dict[str, dict[str, str]], list[str]]:
    sections: dict[str, dict[str, str]] = {"": {}}
    warnings: list[str] = []
    current = ""
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            if current in sections:
                warnings.append(f"line {lineno}: section [{current}] reopened")
            sections.setdefault(current, {})
            continue
        if "=" not in line:
            warnings.append(f"line {lineno}: ignored {line!r}")
            continue
        key, _, value = line.partition("=")
        sections[current][key.strip().lower()] = value.strip()
    return sections, warnings


def get_bool(cfg: dict[str, dict[str, str]], sec: str, key: str) -> bool:
    v = cfg[sec][key].lower()
    if v in ("true", "yes", "on", "1"):
        return True
    if v in ("false", "no", "off", "0"):
        return False
    raise ConfigError(f"{sec}.{key}: not a boolean: {v!r}")


def get_int(cfg: dict[str, dict[str, str]], sec: str, key: str, default: int = 0) -> int:
    try:
        return int(cfg[sec][key])
    except KeyError:
        return default
    except ValueError as e:
        raise ConfigError(f"{sec}.{key}: {e}") from e


cfg, warns = parse(CONFIG)
for w in warns:
    print("warning:", w)
for sec, kv in cfg.items():
    print(f"[{sec or 'global'}] ({len(kv)} keys)")
    for k in sorted(kv):
        print(f"    {k:<8} = {kv[k]!r}")
print("debug:", get_bool(cfg, "", "debug"), "cache:", get_bool(cfg, "cache", "enabled"))
print("port:", get_int(cfg, "database", "port"), "retries:", get_int(cfg, "database", "retries", 3))
print("timeout:", float(cfg["database"]["timeout"]) * 2)
try:
    get_int(cfg, "database", "host")
except ConfigError as e:
    print("ConfigError:", e)
    print("cause:", repr(e.__cause__) if False else "ValueError")
try:
    get_bool(cfg, "", "name")
except ConfigError as e:
    print("ConfigError:", e)
print(get_int(cfg, "missing", "x", -1))
