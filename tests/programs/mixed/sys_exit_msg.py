# sys.exit with a string message after a user exception is handled: message on stderr, status 1
import sys


class ConfigError(Exception):
    def __init__(self, key: str):
        super().__init__(f"bad key {key}")
        self.key = key


def load(keys: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, k in enumerate(keys):
        if not k.isidentifier():
            raise ConfigError(k)
        out[k] = i
    return out


print(load(["a", "b"]))
try:
    load(["ok", "9bad"])
except ConfigError as e:
    print("error:", e, "key=", e.key)
    sys.exit("fatal: " + str(e))
